//! The reads behind the runtime API: a trial, pages of trials by index, protocol history,
//! outcome report, enrolment counts and enrolments, pages of data snapshots and adverse
//! events, and hash look-ups. Each reads the keys it names or one page.

use crate::{
	AdverseEvent, AdverseEvents, ConditionCode, Config, DataSnapshot, DataSnapshots, Enrolment,
	EnrolmentCounts, Enrolments, OutcomeReport, Pallet, ParticipantsByVersion,
	ProtocolVersionRecord, ProtocolVersions, Trial, TrialArtifact, TrialFilter, TrialHashes,
	TrialId, TrialResults, Trials, TrialsByCondition, TrialsByPhase, TrialsBySponsor,
	TrialsByStatus,
};
use alloc::vec::Vec;
use codec::FullCodec;
use frame_support::{storage::IterableStorageDoubleMap, traits::Get};
use sp_core::H256;

impl<T: Config> Pallet<T> {
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

	/// The enrolment counts of `trial_id`: pending, enrolled (confirmed), screened out,
	/// withdrawn, and pending or enrolled under an older protocol version; `None` for an
	/// unknown trial.
	pub fn enrolment_counts(trial_id: TrialId) -> Option<EnrolmentCounts> {
		let trial = Trials::<T>::get(trial_id)?;
		let at_current = ParticipantsByVersion::<T>::get(trial_id, trial.current_protocol_version);
		Some(EnrolmentCounts {
			pending: trial.pending,
			enrolled: trial.enrolled,
			screened_out: trial.screened_out,
			withdrawn: trial.withdrawn,
			needing_reconsent: trial
				.pending
				.saturating_add(trial.enrolled)
				.saturating_sub(at_current),
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

	/// The indexes of one page: from `start`, at most `limit` (capped at `MaxPageSize`),
	/// below `count`.
	fn page_range(start: u32, limit: u32, count: u32) -> core::ops::Range<u32> {
		let end = start.saturating_add(limit.min(T::MaxPageSize::get())).min(count);
		start..end.max(start)
	}

	/// `limit`, capped at `MaxPageSize`.
	fn page_size(limit: u32) -> usize {
		usize::try_from(limit.min(T::MaxPageSize::get())).unwrap_or(usize::MAX)
	}
}
