//! Protocol amendments: the sponsor proposes the next protocol version of an approved trial,
//! an ethics committee puts it in force, and pending and enrolled participants under an older
//! version need to re-consent.

use crate::{
	Config, Error, Event, Pallet, ParticipantsByVersion, ProtocolVersion, ProtocolVersionRecord,
	ProtocolVersions, TrialArtifact, TrialHashes, TrialId, Trials, SPONSOR_ROLES,
};
use frame_support::{ensure, traits::Get};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Proposes the next protocol version of `trial_id`, and returns it.
	///
	/// # Errors
	///
	/// - those of [`Self::sponsor_trial`];
	/// - [`Error::TrialEnded`] if the trial is completed or terminated;
	/// - [`Error::TrialNotApproved`] if no ethics committee has approved the trial yet (the
	///   protocol under review is changed by registering the trial again, not by amending
	///   it behind the committee's back);
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
		ensure!(trial.is_approved(), Error::<T>::TrialNotApproved);
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
	/// - [`Error::DuplicateHash`] if `decision_hash` is already recorded for the trial;
	/// - [`Error::Overflow`] if the pending version has no record (inconsistent storage).
	pub fn do_approve_amendment(
		who: T::AccountId,
		trial_id: TrialId,
		decision_hash: H256,
	) -> DispatchResult {
		let committee = Self::ethics_reviewer(&who)?;
		let mut trial = Self::trial_of(trial_id)?;
		ensure!(trial.ethics_committee == Some(committee), Error::<T>::NotTheTrialsCommittee);
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
		let count = trial
			.pending
			.saturating_add(trial.enrolled)
			.saturating_sub(ParticipantsByVersion::<T>::get(trial_id, version));
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::AmendmentApproved { trial: trial_id, version, committee });
		Self::deposit_event(Event::ParticipantsNeedReconsent { trial: trial_id, version, count });
		Ok(())
	}
}
