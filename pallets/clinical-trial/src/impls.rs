//! The registry's logic: the `do_*` functions behind the calls, and the reads behind the
//! runtime API.
//!
//! Every `do_*` checks everything before it writes anything, so a refused call leaves no
//! trace. No call and no read iterates over all trials or participants: each touches the keys
//! it names, one trial's outcomes (at most `MaxOutcomes` and `MaxReportedOutcomes`) or
//! protocol versions (at most `MaxProtocolVersions`), or one page of an index.

use crate::{
	has_duplicates, is_valid_condition_code, is_valid_country_code, AdverseEvent, AdverseEvents,
	ConditionCode, Config, ConsentError, ConsentId, ConsentProvider, DataSnapshot, DataSnapshots,
	Discrepancies, EnrolledByVersion, Enrolment, EnrolmentCounts, EnrolmentStatus, Enrolments,
	Error, Event, MemberRole, Membership, Moment, NextTrialId, OrgId, OrganizationKind,
	OrganizationRegistry, OutcomeCommitment, OutcomeDiscrepancy, OutcomeKind, OutcomeReport,
	Pallet, ProtocolVersion, ProtocolVersionRecord, ProtocolVersions, Registration, RegistryError,
	ReportedOutcomes, Results, Severity, Suspension, Trial, TrialArtifact, TrialFilter,
	TrialHashes, TrialId, TrialProtocol, TrialResults, TrialStatus, Trials, TrialsByCondition,
	TrialsByPhase, TrialsBySponsor, TrialsByStatus, ETHICS_COMMITTEES, INVESTIGATOR_ROLES,
	OVERSIGHT_BODIES, REVIEWER_ROLES, SPONSORS, SPONSOR_ROLES,
};
use alloc::vec::Vec;
use codec::FullCodec;
use frame_support::{
	ensure,
	storage::IterableStorageDoubleMap,
	traits::{Get, Time},
};
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
			TrialHashes::<T>::insert(trial_id, outcome.hash, TrialArtifact::Outcome(index));
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
			termination_reason: None,
			registered_at: now,
			enrolled: 0,
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
			registration.outcomes.iter().map(|outcome| outcome.hash).collect();
		ensure!(!has_duplicates(&hashes), Error::<T>::DuplicateOutcome);
		hashes.push(registration.data_set_hash);
		hashes.push(registration.protocol_hash);
		ensure!(!has_duplicates(&hashes), Error::<T>::DuplicateHash);
		Ok(())
	}

	/// Approves `trial_id` and its protocol version in force for the ethics committee `who`
	/// acts for.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotAnEthicsCommittee`], [`Error::NotAReviewer`] unless `who` is an `Auditor`
	///   or `Admin` of an active ethics committee;
	/// - [`Error::UnknownTrial`];
	/// - [`Error::InvalidTransition`] unless the trial is `Registered`;
	/// - [`Error::DuplicateHash`] if `decision_hash` is already recorded for the trial.
	pub fn do_approve_trial(
		who: T::AccountId,
		trial_id: TrialId,
		decision_hash: H256,
	) -> DispatchResult {
		let committee = Self::ethics_reviewer(&who)?;
		let mut trial = Self::trial_of(trial_id)?;
		ensure!(trial.status == TrialStatus::Registered, Error::<T>::InvalidTransition);
		Self::ensure_new_hash(trial_id, &decision_hash)?;
		let version = trial.current_protocol_version;
		let mut record =
			ProtocolVersions::<T>::get(trial_id, version).ok_or(Error::<T>::Overflow)?;

		record.approved_at = Some(Self::now());
		record.ethics_decision_hash = Some(decision_hash);
		ProtocolVersions::<T>::insert(trial_id, version, record);
		TrialHashes::<T>::insert(trial_id, decision_hash, TrialArtifact::EthicsDecision(version));
		trial.approval_hash = Some(decision_hash);
		Self::move_to(trial_id, &mut trial, TrialStatus::Approved);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::TrialApproved { trial: trial_id, committee, decision_hash });
		Ok(())
	}

	/// Opens recruitment of `trial_id`: `Approved` → `Recruiting`.
	///
	/// # Errors
	///
	/// Those of [`Self::sponsor_trial`], and [`Error::InvalidTransition`] unless the trial is
	/// `Approved`.
	pub fn do_start_recruiting(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		Self::sponsor_move(&who, trial_id, TrialStatus::Approved, TrialStatus::Recruiting)?;
		Self::deposit_event(Event::RecruitmentStarted { trial: trial_id });
		Ok(())
	}

	/// Closes recruitment of `trial_id`: `Recruiting` → `Active`.
	///
	/// # Errors
	///
	/// Those of [`Self::sponsor_trial`], and [`Error::InvalidTransition`] unless the trial is
	/// `Recruiting`.
	pub fn do_close_recruitment(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		Self::sponsor_move(&who, trial_id, TrialStatus::Recruiting, TrialStatus::Active)?;
		Self::deposit_event(Event::RecruitmentClosed { trial: trial_id });
		Ok(())
	}

	/// Completes `trial_id`: `Active` → `Completed`.
	///
	/// # Errors
	///
	/// Those of [`Self::sponsor_trial`], and [`Error::InvalidTransition`] unless the trial is
	/// `Active`.
	pub fn do_complete_trial(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		Self::sponsor_move(&who, trial_id, TrialStatus::Active, TrialStatus::Completed)?;
		Self::deposit_event(Event::TrialCompleted { trial: trial_id });
		Ok(())
	}

	/// Terminates `trial_id` early, from any status but `Completed` and `Terminated`.
	///
	/// # Errors
	///
	/// Those of [`Self::sponsor_trial`]; [`Error::InvalidTransition`] if the trial has
	/// ended; [`Error::DuplicateHash`] if `reason_hash` is already recorded for the trial.
	pub fn do_terminate_trial(
		who: T::AccountId,
		trial_id: TrialId,
		reason_hash: H256,
	) -> DispatchResult {
		let (_sponsor, mut trial) = Self::sponsor_trial(&who, trial_id, SPONSOR_ROLES)?;
		let from = trial.status;
		ensure!(!from.has_ended(), Error::<T>::InvalidTransition);
		Self::ensure_new_hash(trial_id, &reason_hash)?;

		TrialHashes::<T>::insert(trial_id, reason_hash, TrialArtifact::TerminationReason);
		trial.termination_reason = Some(reason_hash);
		trial.suspension = None;
		Self::move_to(trial_id, &mut trial, TrialStatus::Terminated);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::TrialTerminated { trial: trial_id, from, reason_hash });
		Ok(())
	}

	/// Suspends `trial_id` for the ethics committee or regulator `who` acts for.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotAnOversightBody`], [`Error::NotAReviewer`] unless `who` is an `Auditor`
	///   or `Admin` of an active ethics committee or regulator;
	/// - [`Error::UnknownTrial`];
	/// - [`Error::InvalidTransition`] unless the trial is `Approved`, `Recruiting` or
	///   `Active`.
	pub fn do_suspend_trial(
		who: T::AccountId,
		trial_id: TrialId,
		reason_hash: H256,
	) -> DispatchResult {
		let by_org = Self::oversight_reviewer(&who)?;
		let mut trial = Self::trial_of(trial_id)?;
		let from = trial.status;
		ensure!(from.may_be_suspended(), Error::<T>::InvalidTransition);

		trial.suspension = Some(Suspension { from, by_org, reason_hash, at: Self::now() });
		Self::move_to(trial_id, &mut trial, TrialStatus::Suspended);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::TrialSuspended { trial: trial_id, by_org, from, reason_hash });
		Ok(())
	}

	/// Lifts the suspension of `trial_id`: it resumes in the status it was suspended in.
	///
	/// # Errors
	///
	/// Those of [`Self::do_suspend_trial`]'s caller check, [`Error::UnknownTrial`], and
	/// [`Error::InvalidTransition`] unless the trial is `Suspended`.
	pub fn do_lift_suspension(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		let by_org = Self::oversight_reviewer(&who)?;
		let mut trial = Self::trial_of(trial_id)?;
		ensure!(trial.status == TrialStatus::Suspended, Error::<T>::InvalidTransition);
		let status =
			trial.suspension.map(|suspension| suspension.from).ok_or(Error::<T>::Overflow)?;

		trial.suspension = None;
		Self::move_to(trial_id, &mut trial, status);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::SuspensionLifted { trial: trial_id, by_org, status });
		Ok(())
	}

	/// Proposes the next protocol version of `trial_id`, and returns it.
	///
	/// # Errors
	///
	/// - those of [`Self::sponsor_trial`];
	/// - [`Error::TrialEnded`] if the trial is completed or terminated;
	/// - [`Error::AmendmentPending`] if an amendment awaits approval;
	/// - [`Error::TooManyProtocolVersions`] if the trial has `MaxProtocolVersions` versions;
	/// - [`Error::DuplicateHash`] if the two hashes are equal or either is already recorded
	///   for the trial;
	/// - [`Error::Overflow`] if the version number would overflow.
	pub fn do_propose_amendment(
		who: T::AccountId,
		trial_id: TrialId,
		protocol_hash: H256,
		summary_hash: H256,
	) -> Result<ProtocolVersion, DispatchError> {
		let (_sponsor, mut trial) = Self::sponsor_trial(&who, trial_id, SPONSOR_ROLES)?;
		ensure!(!trial.status.has_ended(), Error::<T>::TrialEnded);
		ensure!(trial.pending_amendment.is_none(), Error::<T>::AmendmentPending);
		let version = trial.current_protocol_version.checked_add(1).ok_or(Error::<T>::Overflow)?;
		ensure!(version <= T::MaxProtocolVersions::get(), Error::<T>::TooManyProtocolVersions);
		ensure!(protocol_hash != summary_hash, Error::<T>::DuplicateHash);
		Self::ensure_new_hash(trial_id, &protocol_hash)?;
		Self::ensure_new_hash(trial_id, &summary_hash)?;

		let record = ProtocolVersionRecord {
			version,
			protocol_hash,
			summary_hash: Some(summary_hash),
			proposed_at: Self::now(),
			approved_at: None,
			ethics_decision_hash: None,
		};
		ProtocolVersions::<T>::insert(trial_id, version, record);
		TrialHashes::<T>::insert(trial_id, protocol_hash, TrialArtifact::Protocol(version));
		TrialHashes::<T>::insert(trial_id, summary_hash, TrialArtifact::ProtocolSummary(version));
		trial.pending_amendment = Some(version);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::AmendmentProposed { trial: trial_id, version, protocol_hash });
		Ok(version)
	}

	/// Approves the pending amendment of `trial_id` for the ethics committee `who` acts for:
	/// its version is in force from now on.
	///
	/// # Errors
	///
	/// - the caller errors of [`Self::do_approve_trial`], and [`Error::UnknownTrial`];
	/// - [`Error::TrialEnded`] if the trial is completed or terminated;
	/// - [`Error::NoPendingAmendment`] if no amendment awaits approval;
	/// - [`Error::DuplicateHash`] if `decision_hash` is already recorded for the trial.
	pub fn do_approve_amendment(
		who: T::AccountId,
		trial_id: TrialId,
		decision_hash: H256,
	) -> DispatchResult {
		let committee = Self::ethics_reviewer(&who)?;
		let mut trial = Self::trial_of(trial_id)?;
		ensure!(!trial.status.has_ended(), Error::<T>::TrialEnded);
		let version = trial.pending_amendment.ok_or(Error::<T>::NoPendingAmendment)?;
		Self::ensure_new_hash(trial_id, &decision_hash)?;
		let mut record =
			ProtocolVersions::<T>::get(trial_id, version).ok_or(Error::<T>::Overflow)?;

		record.approved_at = Some(Self::now());
		record.ethics_decision_hash = Some(decision_hash);
		ProtocolVersions::<T>::insert(trial_id, version, record);
		TrialHashes::<T>::insert(trial_id, decision_hash, TrialArtifact::EthicsDecision(version));
		trial.current_protocol_version = version;
		trial.pending_amendment = None;
		let count = trial.enrolled.saturating_sub(EnrolledByVersion::<T>::get(trial_id, version));
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::AmendmentApproved { trial: trial_id, version, committee });
		Self::deposit_event(Event::ParticipantsNeedReconsent { trial: trial_id, version, count });
		Ok(())
	}

	/// Enrols `who` in `trial_id` under its protocol version in force.
	///
	/// # Errors
	///
	/// - [`Error::UnknownTrial`];
	/// - [`Error::NotRecruiting`] unless the trial is `Recruiting`;
	/// - [`Error::AlreadyEnrolled`] if `who` is enrolled;
	/// - [`Error::EnrolmentFull`] if the trial has its target enrolment enrolled;
	/// - [`Error::NoResearchConsent`], [`Error::ConsentRevoked`], [`Error::ConsentExpired`],
	///   [`Error::ConsentNotYetValid`], [`Error::ConsentLogFull`] unless `who` has an active
	///   research consent for the trial and that version;
	/// - [`Error::Overflow`] if a count would overflow.
	pub fn do_enrol(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		let mut trial = Self::trial_of(trial_id)?;
		ensure!(trial.status == TrialStatus::Recruiting, Error::<T>::NotRecruiting);
		let previous = Enrolments::<T>::get(trial_id, &who);
		ensure!(
			previous.is_none_or(|enrolment| enrolment.status != EnrolmentStatus::Enrolled),
			Error::<T>::AlreadyEnrolled
		);
		ensure!(trial.enrolled < trial.registration.target_enrolment, Error::<T>::EnrolmentFull);
		let protocol_version = trial.current_protocol_version;
		let consent = Self::research_consent(&who, trial_id, protocol_version)?;
		let enrolled = trial.enrolled.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let at_version = EnrolledByVersion::<T>::get(trial_id, protocol_version)
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;

		trial.enrolled = enrolled;
		if previous.is_some() {
			trial.withdrawn = trial.withdrawn.saturating_sub(1);
		}
		EnrolledByVersion::<T>::insert(trial_id, protocol_version, at_version);
		let enrolment = Enrolment {
			protocol_version,
			consent,
			enrolled_at: Self::now(),
			status: EnrolmentStatus::Enrolled,
			withdrawn_at: None,
		};
		Enrolments::<T>::insert(trial_id, &who, enrolment);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::ParticipantEnrolled {
			trial: trial_id,
			participant: who,
			protocol_version,
			consent,
		});
		Ok(())
	}

	/// Moves the enrolment of `who` in `trial_id` to the protocol version in force.
	///
	/// # Errors
	///
	/// - [`Error::UnknownTrial`];
	/// - [`Error::TrialEnded`] if the trial is completed or terminated;
	/// - [`Error::NotEnrolled`] unless `who` is enrolled;
	/// - [`Error::ReconsentNotNeeded`] if the enrolment is under the version in force;
	/// - the consent errors of [`Self::do_enrol`];
	/// - [`Error::Overflow`] if a count would overflow.
	pub fn do_reconsent(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		let trial = Self::trial_of(trial_id)?;
		ensure!(!trial.status.has_ended(), Error::<T>::TrialEnded);
		let mut enrolment = Enrolments::<T>::get(trial_id, &who)
			.filter(|enrolment| enrolment.status == EnrolmentStatus::Enrolled)
			.ok_or(Error::<T>::NotEnrolled)?;
		let current = trial.current_protocol_version;
		ensure!(enrolment.needs_reconsent(current), Error::<T>::ReconsentNotNeeded);
		let consent = Self::research_consent(&who, trial_id, current)?;
		let at_current = EnrolledByVersion::<T>::get(trial_id, current)
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;

		Self::decrement_enrolled_by_version(trial_id, enrolment.protocol_version);
		EnrolledByVersion::<T>::insert(trial_id, current, at_current);
		enrolment.protocol_version = current;
		enrolment.consent = consent;
		enrolment.enrolled_at = Self::now();
		Enrolments::<T>::insert(trial_id, &who, enrolment);
		Self::deposit_event(Event::ParticipantReconsented {
			trial: trial_id,
			participant: who,
			protocol_version: current,
			consent,
		});
		Ok(())
	}

	/// Withdraws `who` from `trial_id`, whatever the trial's status.
	///
	/// # Errors
	///
	/// - [`Error::UnknownTrial`];
	/// - [`Error::NotEnrolled`] unless `who` is enrolled;
	/// - [`Error::Overflow`] if a count would overflow.
	pub fn do_withdraw(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		let mut trial = Self::trial_of(trial_id)?;
		let mut enrolment = Enrolments::<T>::get(trial_id, &who)
			.filter(|enrolment| enrolment.status == EnrolmentStatus::Enrolled)
			.ok_or(Error::<T>::NotEnrolled)?;
		let withdrawn = trial.withdrawn.checked_add(1).ok_or(Error::<T>::Overflow)?;

		trial.withdrawn = withdrawn;
		trial.enrolled = trial.enrolled.saturating_sub(1);
		Self::decrement_enrolled_by_version(trial_id, enrolment.protocol_version);
		enrolment.status = EnrolmentStatus::Withdrawn;
		enrolment.withdrawn_at = Some(Self::now());
		Enrolments::<T>::insert(trial_id, &who, enrolment);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::ParticipantWithdrawn { trial: trial_id, participant: who });
		Ok(())
	}

	/// Commits a data snapshot of `trial_id`, and returns its index.
	///
	/// # Errors
	///
	/// - those of [`Self::sponsor_trial`] for an `Investigator`: [`Error::NotAMember`],
	///   [`Error::OrganizationSuspended`], [`Error::NotASponsor`],
	///   [`Error::NotAnInvestigator`], [`Error::UnknownTrial`], [`Error::NotTrialSponsor`];
	/// - [`Error::TrialNotStarted`] if the trial has not started recruiting;
	/// - [`Error::InvalidPeriod`] if `period_start` is after `period_end` or `period_end` is
	///   in the future;
	/// - [`Error::DuplicateHash`] if `hash` is already recorded for the trial;
	/// - [`Error::Overflow`] if the indexes are exhausted.
	pub fn do_commit_data_snapshot(
		who: T::AccountId,
		trial_id: TrialId,
		hash: H256,
		record_count: u32,
		period_start: Moment,
		period_end: Moment,
	) -> Result<u32, DispatchError> {
		let (_sponsor, mut trial) = Self::sponsor_trial(&who, trial_id, INVESTIGATOR_ROLES)?;
		ensure!(trial.has_started(), Error::<T>::TrialNotStarted);
		let now = Self::now();
		ensure!(period_start <= period_end && period_end <= now, Error::<T>::InvalidPeriod);
		Self::ensure_new_hash(trial_id, &hash)?;
		let index = trial.data_snapshots;
		trial.data_snapshots = index.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let snapshot =
			DataSnapshot { hash, record_count, period_start, period_end, by: who, at: now };
		DataSnapshots::<T>::insert(trial_id, index, snapshot);
		TrialHashes::<T>::insert(trial_id, hash, TrialArtifact::DataSnapshot(index));
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::DataSnapshotCommitted { trial: trial_id, index, hash });
		Ok(index)
	}

	/// Records an adverse-event report of `trial_id`, and returns its index.
	///
	/// # Errors
	///
	/// Those of [`Self::do_commit_data_snapshot`] but [`Error::InvalidPeriod`].
	pub fn do_report_adverse_event(
		who: T::AccountId,
		trial_id: TrialId,
		severity: Severity,
		hash: H256,
	) -> Result<u32, DispatchError> {
		let (_sponsor, mut trial) = Self::sponsor_trial(&who, trial_id, INVESTIGATOR_ROLES)?;
		ensure!(trial.has_started(), Error::<T>::TrialNotStarted);
		Self::ensure_new_hash(trial_id, &hash)?;
		let index = trial.adverse_events;
		trial.adverse_events = index.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let report = AdverseEvent { severity, hash, by: who, at: Self::now() };
		AdverseEvents::<T>::insert(trial_id, index, report);
		TrialHashes::<T>::insert(trial_id, hash, TrialArtifact::AdverseEvent(index));
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::AdverseEventReported { trial: trial_id, index, severity });
		Ok(index)
	}

	/// Publishes the results of `trial_id` and records their outcome discrepancies.
	///
	/// # Errors
	///
	/// - those of [`Self::sponsor_trial`];
	/// - [`Error::ResultsNotAllowed`] unless the trial is `Active` or `Completed`;
	/// - [`Error::ResultsAlreadyPublished`] if they were published;
	/// - [`Error::DuplicateOutcome`] if an outcome hash is reported twice;
	/// - [`Error::DuplicateHash`] if `results_hash` is already recorded for the trial;
	/// - [`Error::Overflow`] if the discrepancies exceed their bound (they cannot).
	pub fn do_publish_results(
		who: T::AccountId,
		trial_id: TrialId,
		results_hash: H256,
		reported: ReportedOutcomes<T>,
	) -> DispatchResult {
		let (_sponsor, trial) = Self::sponsor_trial(&who, trial_id, SPONSOR_ROLES)?;
		ensure!(
			matches!(trial.status, TrialStatus::Active | TrialStatus::Completed),
			Error::<T>::ResultsNotAllowed
		);
		ensure!(!TrialResults::<T>::contains_key(trial_id), Error::<T>::ResultsAlreadyPublished);
		let reported_hashes: Vec<H256> = reported.iter().map(|outcome| outcome.hash).collect();
		ensure!(!has_duplicates(&reported_hashes), Error::<T>::DuplicateOutcome);
		Self::ensure_new_hash(trial_id, &results_hash)?;
		let discrepancies = Self::outcome_discrepancies(&trial.registration.outcomes, &reported)?;

		let count = u32::try_from(discrepancies.len()).unwrap_or(u32::MAX);
		for discrepancy in discrepancies.iter() {
			Self::deposit_event(Event::OutcomeDiscrepancyFound {
				trial: trial_id,
				discrepancy: *discrepancy,
			});
		}
		TrialHashes::<T>::insert(trial_id, results_hash, TrialArtifact::Results);
		let results = Results {
			results_hash,
			reported,
			discrepancies,
			published_by: who,
			published_at: Self::now(),
		};
		TrialResults::<T>::insert(trial_id, results);
		Self::deposit_event(Event::ResultsPublished {
			trial: trial_id,
			results_hash,
			discrepancies: count,
		});
		Ok(())
	}

	/// How `reported` differs from the pre-registered `commitments`: each commitment not
	/// reported is `Missing`, each reported as the other kind is `KindChanged` (in the
	/// commitments' order), then each reported outcome not pre-registered is `Unregistered`
	/// (in the reported order).
	///
	/// # Errors
	///
	/// [`Error::Overflow`] if the discrepancies exceed `MaxOutcomes + MaxReportedOutcomes`,
	/// which they cannot.
	pub fn outcome_discrepancies(
		commitments: &[OutcomeCommitment],
		reported: &ReportedOutcomes<T>,
	) -> Result<Discrepancies<T>, DispatchError> {
		let mut discrepancies = Discrepancies::<T>::default();
		for commitment in commitments {
			let found = match reported.iter().find(|outcome| outcome.hash == commitment.hash) {
				None => Some(OutcomeDiscrepancy::Missing {
					kind: commitment.kind,
					hash: commitment.hash,
				}),
				Some(outcome) if outcome.kind != commitment.kind => {
					Some(OutcomeDiscrepancy::KindChanged {
						hash: commitment.hash,
						registered: commitment.kind,
						reported: outcome.kind,
					})
				}
				Some(_) => None,
			};
			if let Some(discrepancy) = found {
				discrepancies.try_push(discrepancy).map_err(|_| Error::<T>::Overflow)?;
			}
		}
		for outcome in reported.iter() {
			if !commitments.iter().any(|commitment| commitment.hash == outcome.hash) {
				let discrepancy =
					OutcomeDiscrepancy::Unregistered { kind: outcome.kind, hash: outcome.hash };
				discrepancies.try_push(discrepancy).map_err(|_| Error::<T>::Overflow)?;
			}
		}
		Ok(discrepancies)
	}

	/// Trial `trial_id`, if it exists.
	pub fn trial(trial_id: TrialId) -> Option<Trial<T>> {
		Trials::<T>::get(trial_id)
	}

	/// One page of the trials `filter` selects, each with its id: at most `limit` (capped at
	/// `MaxPageSize`), after trial `start_after` (the last id of the previous page), or from
	/// the first when `None`. Storage order, stable while the listing's index does not
	/// change; an empty page ends the listing. A condition code longer than
	/// `MaxConditionCodeLength` selects nothing.
	pub fn trials(
		filter: TrialFilter,
		start_after: Option<TrialId>,
		limit: u32,
	) -> Vec<(TrialId, Trial<T>)> {
		let page = Self::page_size(limit);
		let ids: Vec<TrialId> = match filter {
			TrialFilter::All => {
				let trials = match start_after {
					Some(cursor) => Trials::<T>::iter_from_key(cursor),
					None => Trials::<T>::iter(),
				};
				return trials.take(page).collect();
			}
			TrialFilter::Status(status) => {
				Self::index_page::<TrialsByStatus<T>, _>(status, start_after, page)
			}
			TrialFilter::Condition(code) => {
				let Ok(code) = ConditionCode::<T>::try_from(code) else { return Vec::new() };
				Self::index_page::<TrialsByCondition<T>, _>(code, start_after, page)
			}
			TrialFilter::Sponsor(sponsor) => {
				Self::index_page::<TrialsBySponsor<T>, _>(sponsor, start_after, page)
			}
			TrialFilter::Phase(phase) => {
				Self::index_page::<TrialsByPhase<T>, _>(phase, start_after, page)
			}
		};
		ids.into_iter()
			.filter_map(|trial_id| Trials::<T>::get(trial_id).map(|trial| (trial_id, trial)))
			.collect()
	}

	/// One page of the trial ids the index `Index` lists under `key`: at most `page`, after
	/// trial `start_after`, or from the first when `None`. Storage order.
	fn index_page<Index, Key>(key: Key, start_after: Option<TrialId>, page: usize) -> Vec<TrialId>
	where
		Key: FullCodec,
		Index: IterableStorageDoubleMap<Key, TrialId, ()>,
	{
		match start_after {
			Some(cursor) => {
				let after = Index::hashed_key_for(&key, cursor);
				Index::iter_key_prefix_from(key, after).take(page).collect()
			}
			None => Index::iter_key_prefix(key).take(page).collect(),
		}
	}

	/// Every protocol version of `trial_id`, oldest first, the pending amendment included;
	/// empty for an unknown trial.
	pub fn protocol_history(trial_id: TrialId) -> Vec<ProtocolVersionRecord> {
		let Some(trial) = Trials::<T>::get(trial_id) else { return Vec::new() };
		(1..=trial.latest_protocol_version())
			.filter_map(|version| ProtocolVersions::<T>::get(trial_id, version))
			.collect()
	}

	/// The pre-registered outcomes of `trial_id` and its results (with their discrepancies)
	/// if published; `None` for an unknown trial.
	pub fn outcome_report(trial_id: TrialId) -> Option<OutcomeReport<T>> {
		let trial = Trials::<T>::get(trial_id)?;
		Some((trial.registration.outcomes.into_inner(), TrialResults::<T>::get(trial_id)))
	}

	/// The enrolment counts of `trial_id`; `None` for an unknown trial.
	pub fn enrolment_counts(trial_id: TrialId) -> Option<EnrolmentCounts> {
		let trial = Trials::<T>::get(trial_id)?;
		let at_current = EnrolledByVersion::<T>::get(trial_id, trial.current_protocol_version);
		Some(EnrolmentCounts {
			enrolled: trial.enrolled,
			withdrawn: trial.withdrawn,
			needing_reconsent: trial.enrolled.saturating_sub(at_current),
		})
	}

	/// The enrolment of `participant` in `trial_id`, if any.
	pub fn enrolment(trial_id: TrialId, participant: T::AccountId) -> Option<Enrolment> {
		Enrolments::<T>::get(trial_id, participant)
	}

	/// One page of the data snapshots of `trial_id`, oldest first: at most `limit` (capped at
	/// `MaxPageSize`) from the `start`-th (0 is the first), each with its index.
	pub fn data_snapshots(
		trial_id: TrialId,
		start: u32,
		limit: u32,
	) -> Vec<(u32, DataSnapshot<T::AccountId>)> {
		let count = Trials::<T>::get(trial_id).map_or(0, |trial| trial.data_snapshots);
		Self::page_range(start, limit, count)
			.filter_map(|index| DataSnapshots::<T>::get(trial_id, index).map(|item| (index, item)))
			.collect()
	}

	/// One page of the adverse-event reports of `trial_id`, as [`Self::data_snapshots`].
	pub fn adverse_events(
		trial_id: TrialId,
		start: u32,
		limit: u32,
	) -> Vec<(u32, AdverseEvent<T::AccountId>)> {
		let count = Trials::<T>::get(trial_id).map_or(0, |trial| trial.adverse_events);
		Self::page_range(start, limit, count)
			.filter_map(|index| AdverseEvents::<T>::get(trial_id, index).map(|item| (index, item)))
			.collect()
	}

	/// Which record of `trial_id` the hash `hash` is, if any.
	pub fn find_hash(trial_id: TrialId, hash: H256) -> Option<TrialArtifact> {
		TrialHashes::<T>::get(trial_id, hash)
	}

	/// The pallet error for a consent refusal.
	pub fn consent_refusal(error: ConsentError) -> Error<T> {
		match error {
			ConsentError::NoConsent => Error::<T>::NoResearchConsent,
			ConsentError::ConsentRevoked => Error::<T>::ConsentRevoked,
			ConsentError::ConsentExpired => Error::<T>::ConsentExpired,
			ConsentError::ConsentNotYetValid => Error::<T>::ConsentNotYetValid,
			ConsentError::AccessLogFull => Error::<T>::ConsentLogFull,
		}
	}

	/// Checks the registry's invariants:
	///
	/// - every trial's id is below [`NextTrialId`]; it is in the status, sponsor, phase and
	///   condition indexes under its own values, and every index entry names a trial with
	///   that value;
	/// - a trial is `Suspended` exactly when it has a `suspension`;
	/// - its protocol versions 1 to the latest exist, the pending one (if any) unapproved and
	///   the others approved once the trial is approved;
	/// - its enrolled and withdrawn counts are those of its enrolments, and its per-version
	///   counts add up to the enrolled participants at each version;
	/// - its data snapshots and adverse events are numbered without gaps.
	///
	/// # Errors
	///
	/// A message naming the first invariant found broken.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next_trial = NextTrialId::<T>::get();
		for (trial_id, trial) in Trials::<T>::iter() {
			ensure!(trial_id < next_trial, "a trial's id is not below NextTrialId");
			ensure!(
				TrialsByStatus::<T>::contains_key(trial.status, trial_id),
				"a trial is missing from its status index"
			);
			ensure!(
				TrialsBySponsor::<T>::contains_key(trial.sponsor, trial_id),
				"a trial is missing from its sponsor index"
			);
			ensure!(
				TrialsByPhase::<T>::contains_key(trial.registration.phase, trial_id),
				"a trial is missing from its phase index"
			);
			for code in trial.registration.conditions.iter() {
				ensure!(
					TrialsByCondition::<T>::contains_key(code, trial_id),
					"a trial is missing from a condition index"
				);
			}
			ensure!(
				(trial.status == TrialStatus::Suspended) == trial.suspension.is_some(),
				"a trial is suspended exactly when it has a status to resume"
			);
			for version in 1..=trial.latest_protocol_version() {
				let record = ProtocolVersions::<T>::get(trial_id, version)
					.ok_or("a trial's protocol history has a gap")?;
				ensure!(record.version == version, "a protocol version is stored under another");
				let pending = trial.pending_amendment == Some(version);
				ensure!(
					!pending || record.approved_at.is_none(),
					"a pending amendment is approved"
				);
			}
			let mut enrolled: u32 = 0;
			let mut withdrawn: u32 = 0;
			for (_participant, enrolment) in Enrolments::<T>::iter_prefix(trial_id) {
				match enrolment.status {
					EnrolmentStatus::Enrolled => enrolled = enrolled.saturating_add(1),
					EnrolmentStatus::Withdrawn => withdrawn = withdrawn.saturating_add(1),
				}
			}
			ensure!(enrolled == trial.enrolled, "a trial's enrolled count is wrong");
			ensure!(withdrawn == trial.withdrawn, "a trial's withdrawn count is wrong");
			let by_version = EnrolledByVersion::<T>::iter_prefix_values(trial_id)
				.fold(0u32, |sum, count| sum.saturating_add(count));
			ensure!(by_version == trial.enrolled, "a trial's per-version counts are wrong");
			for index in 0..trial.data_snapshots {
				ensure!(
					DataSnapshots::<T>::contains_key(trial_id, index),
					"a trial's data snapshots have a gap"
				);
			}
			for index in 0..trial.adverse_events {
				ensure!(
					AdverseEvents::<T>::contains_key(trial_id, index),
					"a trial's adverse events have a gap"
				);
			}
		}
		for (status, trial_id, ()) in TrialsByStatus::<T>::iter() {
			ensure!(
				Trials::<T>::get(trial_id).is_some_and(|trial| trial.status == status),
				"a status index entry names a trial in another status"
			);
		}
		for (sponsor, trial_id, ()) in TrialsBySponsor::<T>::iter() {
			ensure!(
				Trials::<T>::get(trial_id).is_some_and(|trial| trial.sponsor == sponsor),
				"a sponsor index entry names another sponsor's trial"
			);
		}
		for (phase, trial_id, ()) in TrialsByPhase::<T>::iter() {
			ensure!(
				Trials::<T>::get(trial_id).is_some_and(|trial| trial.registration.phase == phase),
				"a phase index entry names a trial of another phase"
			);
		}
		for (code, trial_id, ()) in TrialsByCondition::<T>::iter() {
			ensure!(
				Trials::<T>::get(trial_id)
					.is_some_and(|trial| trial.registration.conditions.contains(&code)),
				"a condition index entry names a trial not studying it"
			);
		}
		Ok(())
	}

	/// The trial `trial_id` for the sponsor `who` acts for in one of `roles`.
	///
	/// # Errors
	///
	/// [`Error::NotAMember`], [`Error::OrganizationSuspended`], [`Error::NotASponsor`], then
	/// [`Error::NotPermittedToManageTrial`] (for [`SPONSOR_ROLES`]) or
	/// [`Error::NotAnInvestigator`] (for [`INVESTIGATOR_ROLES`]); [`Error::UnknownTrial`];
	/// [`Error::NotTrialSponsor`] if the trial is another sponsor's.
	fn sponsor_trial(
		who: &T::AccountId,
		trial_id: TrialId,
		roles: &[MemberRole],
	) -> Result<(OrgId, Trial<T>), DispatchError> {
		let wrong_role = if roles == INVESTIGATOR_ROLES {
			Error::<T>::NotAnInvestigator
		} else {
			Error::<T>::NotPermittedToManageTrial
		};
		let sponsor =
			Self::acting_as(who, SPONSORS, roles, Error::<T>::NotASponsor, wrong_role)?.org;
		let trial = Self::trial_of(trial_id)?;
		ensure!(trial.sponsor == sponsor, Error::<T>::NotTrialSponsor);
		Ok((sponsor, trial))
	}

	/// Moves the trial of the sponsor `who` acts for from `from` to `to`.
	fn sponsor_move(
		who: &T::AccountId,
		trial_id: TrialId,
		from: TrialStatus,
		to: TrialStatus,
	) -> DispatchResult {
		let (_sponsor, mut trial) = Self::sponsor_trial(who, trial_id, SPONSOR_ROLES)?;
		ensure!(trial.status == from, Error::<T>::InvalidTransition);
		Self::move_to(trial_id, &mut trial, to);
		Trials::<T>::insert(trial_id, trial);
		Ok(())
	}

	/// Sets the trial's status to `to`, keeping the status index in step. The caller stores
	/// the trial.
	fn move_to(trial_id: TrialId, trial: &mut Trial<T>, to: TrialStatus) {
		TrialsByStatus::<T>::remove(trial.status, trial_id);
		TrialsByStatus::<T>::insert(to, trial_id, ());
		trial.status = to;
	}

	/// The ethics committee `who` reviews for.
	fn ethics_reviewer(who: &T::AccountId) -> Result<OrgId, Error<T>> {
		Self::acting_as(
			who,
			ETHICS_COMMITTEES,
			REVIEWER_ROLES,
			Error::<T>::NotAnEthicsCommittee,
			Error::<T>::NotAReviewer,
		)
		.map(|membership| membership.org)
	}

	/// The ethics committee or regulator `who` reviews for.
	fn oversight_reviewer(who: &T::AccountId) -> Result<OrgId, Error<T>> {
		Self::acting_as(
			who,
			OVERSIGHT_BODIES,
			REVIEWER_ROLES,
			Error::<T>::NotAnOversightBody,
			Error::<T>::NotAReviewer,
		)
		.map(|membership| membership.org)
	}

	/// Trial `trial_id`, or [`Error::UnknownTrial`].
	fn trial_of(trial_id: TrialId) -> Result<Trial<T>, Error<T>> {
		Trials::<T>::get(trial_id).ok_or(Error::<T>::UnknownTrial)
	}

	/// [`Error::DuplicateHash`] if `hash` is already recorded for `trial_id`.
	fn ensure_new_hash(trial_id: TrialId, hash: &H256) -> DispatchResult {
		ensure!(!TrialHashes::<T>::contains_key(trial_id, hash), Error::<T>::DuplicateHash);
		Ok(())
	}

	/// The research consent of `who` for `trial_id` under `protocol_version`.
	fn research_consent(
		who: &T::AccountId,
		trial_id: TrialId,
		protocol_version: ProtocolVersion,
	) -> Result<ConsentId, Error<T>> {
		let trial = TrialProtocol { trial: trial_id, protocol_version };
		<T::Consent as ConsentProvider<T::AccountId>>::research_consent(who, trial)
			.map_err(Self::consent_refusal)
	}

	/// One fewer participant of `trial_id` enrolled at `version`.
	fn decrement_enrolled_by_version(trial_id: TrialId, version: ProtocolVersion) {
		let count = EnrolledByVersion::<T>::get(trial_id, version).saturating_sub(1);
		if count == 0 {
			EnrolledByVersion::<T>::remove(trial_id, version);
		} else {
			EnrolledByVersion::<T>::insert(trial_id, version, count);
		}
	}

	/// The indexes of one page: from `start`, at most `limit` (capped at `MaxPageSize`),
	/// below `count`.
	fn page_range(start: u32, limit: u32, count: u32) -> core::ops::Range<u32> {
		let end = start.saturating_add(limit.min(T::MaxPageSize::get())).min(count);
		start..end.max(start)
	}

	fn now() -> Moment {
		<T::Time as Time>::now()
	}

	/// `limit`, capped at `MaxPageSize`.
	fn page_size(limit: u32) -> usize {
		usize::try_from(limit.min(T::MaxPageSize::get())).unwrap_or(usize::MAX)
	}

	/// The membership `who` acts in, for an active organisation of one of `kinds` in one of
	/// `roles`; `wrong_kind` and `wrong_role` are the errors for another kind or role.
	fn acting_as(
		who: &T::AccountId,
		kinds: &[OrganizationKind],
		roles: &[MemberRole],
		wrong_kind: Error<T>,
		wrong_role: Error<T>,
	) -> Result<Membership, Error<T>> {
		<T::Registry as OrganizationRegistry<T::AccountId>>::ensure_acting_as(who, kinds, roles)
			.map_err(|error| match error {
				RegistryError::NotAMember => Error::<T>::NotAMember,
				RegistryError::OrganizationSuspended => Error::<T>::OrganizationSuspended,
				RegistryError::WrongOrganizationKind => wrong_kind,
				RegistryError::WrongRole => wrong_role,
			})
	}
}
