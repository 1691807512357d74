//! Data integrity: the sponsor's investigators commit data-snapshot hashes and adverse-event
//! reports, for a trial that recruited.

use crate::{
	AdverseEvent, AdverseEvents, Config, DataSnapshot, DataSnapshots, Error, Event, Moment, Pallet,
	Severity, TrialArtifact, TrialHashes, TrialId, Trials, INVESTIGATOR_ROLES,
};
use frame_support::ensure;
use sp_core::H256;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Commits a data snapshot of `trial_id`, and returns its index.
	///
	/// # Errors
	///
	/// - those of [`Self::sponsor_trial`] for an `Investigator`: [`Error::NotAMember`],
	///   [`Error::OrganizationSuspended`], [`Error::NotASponsor`],
	///   [`Error::NotAnInvestigator`], [`Error::UnknownTrial`], [`Error::NotTrialSponsor`];
	/// - [`Error::TrialNotStarted`] if the trial never recruited (whatever its status: a
	///   trial terminated or suspended before recruiting has no data);
	/// - [`Error::InvalidPeriod`] if `period_start` is after `period_end` or `period_end` is
	///   in the future;
	/// - [`Error::DuplicateHash`] if `snapshot_hash` is already recorded for the trial;
	/// - [`Error::Overflow`] if the indexes are exhausted.
	pub fn do_commit_data_snapshot(
		who: T::AccountId,
		trial_id: TrialId,
		snapshot_hash: H256,
		record_count: u32,
		period_start: Moment,
		period_end: Moment,
	) -> Result<u32, DispatchError> {
		let (_sponsor, mut trial) = Self::sponsor_trial(&who, trial_id, INVESTIGATOR_ROLES)?;
		ensure!(trial.has_recruited(), Error::<T>::TrialNotStarted);
		let now = Self::now();
		ensure!(period_start <= period_end && period_end <= now, Error::<T>::InvalidPeriod);
		Self::ensure_new_hash(trial_id, &snapshot_hash)?;
		let index = trial.data_snapshots;
		trial.data_snapshots = index.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let snapshot = DataSnapshot {
			snapshot_hash,
			record_count,
			period_start,
			period_end,
			by: who,
			at: now,
		};
		DataSnapshots::<T>::insert(trial_id, index, snapshot);
		TrialHashes::<T>::insert(trial_id, snapshot_hash, TrialArtifact::DataSnapshot(index));
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::DataSnapshotCommitted { trial: trial_id, index, snapshot_hash });
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
		report_hash: H256,
	) -> Result<u32, DispatchError> {
		let (_sponsor, mut trial) = Self::sponsor_trial(&who, trial_id, INVESTIGATOR_ROLES)?;
		ensure!(trial.has_recruited(), Error::<T>::TrialNotStarted);
		Self::ensure_new_hash(trial_id, &report_hash)?;
		let index = trial.adverse_events;
		trial.adverse_events = index.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let report = AdverseEvent { severity, report_hash, by: who, at: Self::now() };
		AdverseEvents::<T>::insert(trial_id, index, report);
		TrialHashes::<T>::insert(trial_id, report_hash, TrialArtifact::AdverseEvent(index));
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::AdverseEventReported { trial: trial_id, index, severity });
		Ok(index)
	}
}
