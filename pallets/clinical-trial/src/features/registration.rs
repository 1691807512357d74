//! Registration: a sponsor's investigator registers a trial with its key TRDS fields, its
//! protocol (version 1) and its pre-registered outcomes.

use crate::{
	has_duplicates, is_valid_condition_code, is_valid_country_code, Config, Error, Event,
	NextTrialId, OutcomeKind, Pallet, ProtocolVersionRecord, ProtocolVersions, Registration, Trial,
	TrialArtifact, TrialHashes, TrialId, TrialStatus, Trials, TrialsByCondition, TrialsByPhase,
	TrialsBySponsor, TrialsByStatus, INVESTIGATOR_ROLES, SPONSORS,
};
use alloc::vec::Vec;
use frame_support::ensure;
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Registers a trial for the sponsor `who` acts for, and returns its id.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`], [`Error::NotASponsor`],
	///   [`Error::NotAnInvestigator`] unless `who` is an `Investigator` of an active trial
	///   sponsor or research institute;
	/// - the errors of [`Self::validate_registration`];
	/// - [`Error::Overflow`] if the trial ids are exhausted.
	pub fn do_register_trial(
		who: T::AccountId,
		registration: Registration<T>,
	) -> Result<TrialId, DispatchError> {
		let sponsor = Self::acting_as(
			&who,
			SPONSORS,
			INVESTIGATOR_ROLES,
			Error::<T>::NotASponsor,
			Error::<T>::NotAnInvestigator,
		)?
		.org;
		Self::validate_registration(&registration)?;
		let trial_id = NextTrialId::<T>::get();
		let next_trial_id = trial_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let now = Self::now();

		NextTrialId::<T>::put(next_trial_id);
		ProtocolVersions::<T>::insert(
			trial_id,
			1,
			ProtocolVersionRecord {
				version: 1,
				protocol_hash: registration.protocol_hash,
				summary_hash: None,
				proposed_at: now,
				approved_at: None,
				ethics_decision_hash: None,
			},
		);
		TrialHashes::<T>::insert(
			trial_id,
			registration.data_set_hash,
			TrialArtifact::RegistrationDataSet,
		);
		TrialHashes::<T>::insert(trial_id, registration.protocol_hash, TrialArtifact::Protocol(1));
		for (index, outcome) in (0u32..).zip(registration.outcomes.iter()) {
			TrialHashes::<T>::insert(
				trial_id,
				outcome.definition_hash,
				TrialArtifact::Outcome(index),
			);
		}
		TrialsByStatus::<T>::insert(TrialStatus::Registered, trial_id, ());
		TrialsBySponsor::<T>::insert(sponsor, trial_id, ());
		TrialsByPhase::<T>::insert(registration.phase, trial_id, ());
		for code in registration.conditions.iter() {
			TrialsByCondition::<T>::insert(code, trial_id, ());
		}
		let trial = Trial {
			sponsor,
			registered_by: who,
			registration,
			status: TrialStatus::Registered,
			suspension: None,
			current_protocol_version: 1,
			pending_amendment: None,
			approval_hash: None,
			ethics_committee: None,
			termination_reason: None,
			registered_at: now,
			recruitment_started_at: None,
			pending: 0,
			enrolled: 0,
			screened_out: 0,
			withdrawn: 0,
			data_snapshots: 0,
			adverse_events: 0,
		};
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::TrialRegistered { trial: trial_id, sponsor });
		Ok(trial_id)
	}

	/// Checks a registration's fields.
	///
	/// # Errors
	///
	/// In this order: [`Error::EmptyTitle`], [`Error::InvalidTitle`] (not UTF-8),
	/// [`Error::NoConditions`], [`Error::InvalidConditionCode`], [`Error::DuplicateCondition`],
	/// [`Error::ZeroTargetEnrolment`], [`Error::InvalidCountryCode`],
	/// [`Error::DuplicateCountry`], [`Error::EmptySecondaryId`], [`Error::NoPrimaryOutcome`],
	/// [`Error::DuplicateOutcome`] (two outcomes with one hash), [`Error::DuplicateHash`] (the
	/// data set, protocol and outcome hashes are not all different).
	pub fn validate_registration(registration: &Registration<T>) -> DispatchResult {
		ensure!(!registration.title.is_empty(), Error::<T>::EmptyTitle);
		ensure!(core::str::from_utf8(&registration.title).is_ok(), Error::<T>::InvalidTitle);
		ensure!(!registration.conditions.is_empty(), Error::<T>::NoConditions);
		ensure!(
			registration.conditions.iter().all(|code| is_valid_condition_code(code)),
			Error::<T>::InvalidConditionCode
		);
		ensure!(
			!has_duplicates(registration.conditions.as_slice()),
			Error::<T>::DuplicateCondition
		);
		ensure!(registration.target_enrolment > 0, Error::<T>::ZeroTargetEnrolment);
		ensure!(
			registration.countries.iter().all(is_valid_country_code),
			Error::<T>::InvalidCountryCode
		);
		ensure!(!has_duplicates(registration.countries.as_slice()), Error::<T>::DuplicateCountry);
		ensure!(
			registration.secondary_ids.iter().all(|id| !id.is_empty()),
			Error::<T>::EmptySecondaryId
		);
		ensure!(
			registration.outcomes.iter().any(|outcome| outcome.kind == OutcomeKind::Primary),
			Error::<T>::NoPrimaryOutcome
		);
		let mut hashes: Vec<H256> =
			registration.outcomes.iter().map(|outcome| outcome.definition_hash).collect();
		ensure!(!has_duplicates(&hashes), Error::<T>::DuplicateOutcome);
		hashes.push(registration.data_set_hash);
		hashes.push(registration.protocol_hash);
		ensure!(!has_duplicates(&hashes), Error::<T>::DuplicateHash);
		Ok(())
	}
}
