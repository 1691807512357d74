//! The registry's invariants, checked by `try_state` (and after every unit test): every rule
//! the pallet's documentation claims of its storage.

use crate::{
	AdverseEvents, Config, DataSnapshots, EnrolmentStatus, Enrolments, NextTrialId, Pallet,
	ParticipantsByVersion, ProtocolVersion, ProtocolVersions, Trial, TrialArtifact, TrialHashes,
	TrialId, TrialResults, TrialStatus, Trials, TrialsByCondition, TrialsByPhase, TrialsBySponsor,
	TrialsByStatus,
};
use alloc::collections::BTreeMap;
use frame_support::{ensure, traits::Get};
use sp_core::H256;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks the registry's invariants:
	///
	/// - every trial's id is below [`NextTrialId`]; it is in the status, sponsor, phase and
	///   condition indexes under its own values, and every index entry names a trial with
	///   that value;
	/// - lifecycle: a trial is `Suspended` exactly when it has a `suspension`, from a status
	///   that may be suspended; `Terminated` exactly when it has a termination reason; it has
	///   an approval unless it stands `Registered` (or was terminated before approval); it has
	///   recruited exactly when it stands `Recruiting`, `Active` or `Completed` (either way
	///   when `Terminated`), and only after an approval;
	/// - protocol history: versions 1 to the latest exist and no other; before the first
	///   approval there is no amendment; a pending amendment is the next version and
	///   unapproved, and every other version is approved once the trial is;
	/// - enrolment: its pending, enrolled, screened-out and withdrawn counts are those of its
	///   enrolments; the enrolled (confirmed) count is at most the target enrolment; the
	///   pending and enrolled participants at each protocol version are those
	///   `ParticipantsByVersion` counts; every enrolment has between 1 and
	///   `MaxEnrolmentAttempts` attempts, a protocol version in force or older, a decision
	///   time exactly when confirmed or screened out, a withdrawal time exactly when
	///   withdrawn; a trial that never recruited has no enrolments;
	/// - commitments: data snapshots and adverse events are numbered without gaps and exist
	///   only for a trial that recruited; results exist only for a trial whose results were
	///   due (it recruited and stands `Active`, `Completed` or `Terminated`), and their
	///   discrepancies are those of the reported outcomes against the pre-registered ones;
	/// - the hash index names every document of the trial as the record it is;
	/// - every record of a trial (protocol versions, enrolments, per-version counts,
	///   snapshots, adverse events, results, hashes) belongs to an existing trial.
	///
	/// Always compiled, not only under `try-runtime`: the `try_state` hook calls it, and so
	/// do the unit tests and the runtime's call-sequence fuzzer (`runtime/tests/fuzz.rs`),
	/// after every block it applies.
	///
	/// # Errors
	///
	/// A message naming the first invariant found broken.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next_trial = NextTrialId::<T>::get();
		for (trial_id, trial) in Trials::<T>::iter() {
			ensure!(trial_id < next_trial, "a trial's id is not below NextTrialId");
			Self::check_indexes_of(trial_id, &trial)?;
			Self::check_lifecycle(&trial)?;
			Self::check_protocol_history(trial_id, &trial)?;
			Self::check_enrolments(trial_id, &trial)?;
			Self::check_commitments(trial_id, &trial)?;
			Self::check_hashes(trial_id, &trial)?;
		}
		Self::check_index_entries()?;
		Self::check_no_orphans()
	}

	/// The trial is in each of its indexes.
	fn check_indexes_of(trial_id: TrialId, trial: &Trial<T>) -> Result<(), TryRuntimeError> {
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
		Ok(())
	}

	/// Status, suspension, termination, approval and recruitment agree.
	fn check_lifecycle(trial: &Trial<T>) -> Result<(), TryRuntimeError> {
		ensure!(
			(trial.status == TrialStatus::Suspended) == trial.suspension.is_some(),
			"a trial is suspended exactly when it has a status to resume"
		);
		ensure!(
			trial.suspension.is_none_or(|suspension| suspension.from.may_be_suspended()),
			"a suspension resumes in a status that may not be suspended"
		);
		ensure!(
			(trial.status == TrialStatus::Terminated) == trial.termination_reason.is_some(),
			"a trial is terminated exactly when it has a termination reason"
		);
		ensure!(
			trial.is_approved() == trial.ethics_committee.is_some(),
			"a trial's approval and its approving committee disagree"
		);
		let standing = trial.standing();
		match standing {
			TrialStatus::Registered => {
				ensure!(!trial.is_approved(), "a registered trial has an approval");
			}
			TrialStatus::Terminated => {}
			_ => ensure!(trial.is_approved(), "a trial past registration has no approval"),
		}
		match standing {
			TrialStatus::Recruiting | TrialStatus::Active | TrialStatus::Completed => {
				ensure!(
					trial.has_recruited(),
					"a recruiting or later trial never started recruiting"
				)
			}
			TrialStatus::Registered | TrialStatus::Approved => {
				ensure!(!trial.has_recruited(), "a trial recruited before it was recruiting")
			}
			TrialStatus::Terminated | TrialStatus::Suspended => {}
		}
		ensure!(
			!trial.has_recruited() || trial.is_approved(),
			"a trial recruited without ethics approval"
		);
		Ok(())
	}

	/// Versions 1 to the latest exist and no other; amendments only after the first approval;
	/// a pending amendment is the next version and unapproved, the others approved.
	fn check_protocol_history(trial_id: TrialId, trial: &Trial<T>) -> Result<(), TryRuntimeError> {
		let approved = trial.is_approved();
		let latest = trial.latest_protocol_version();
		ensure!(
			approved || latest == 1,
			"a trial's protocol was amended before its first approval"
		);
		ensure!(
			(1..=T::MaxProtocolVersions::get()).contains(&latest),
			"a trial has more protocol versions than MaxProtocolVersions"
		);
		if let Some(pending) = trial.pending_amendment {
			ensure!(
				trial.current_protocol_version.checked_add(1) == Some(pending),
				"a pending amendment is not the next protocol version"
			);
		}
		for version in 1..=latest {
			let record = ProtocolVersions::<T>::get(trial_id, version)
				.ok_or("a trial's protocol history has a gap")?;
			ensure!(record.version == version, "a protocol version is stored under another");
			let pending = trial.pending_amendment == Some(version);
			ensure!(!pending || record.approved_at.is_none(), "a pending amendment is approved");
			let should_be_approved = approved && !pending;
			ensure!(
				record.approved_at.is_some() == should_be_approved
					&& record.ethics_decision_hash.is_some() == should_be_approved,
				"a protocol version in force is not approved, or one is approved too early"
			);
			ensure!(
				record.summary_hash.is_some() == (version > 1),
				"an amendment has no summary of changes, or version 1 has one"
			);
		}
		for version in ProtocolVersions::<T>::iter_key_prefix(trial_id) {
			ensure!(
				(1..=latest).contains(&version),
				"a protocol version beyond the trial's latest is stored"
			);
		}
		Ok(())
	}

	/// The trial's counts are those of its enrolments, within the target and the attempts
	/// bound, and the per-version counts match the pending and enrolled participants.
	fn check_enrolments(trial_id: TrialId, trial: &Trial<T>) -> Result<(), TryRuntimeError> {
		let max_attempts = T::MaxEnrolmentAttempts::get();
		let (mut pending, mut enrolled, mut screened_out, mut withdrawn) = (0u32, 0u32, 0u32, 0u32);
		let mut by_version: BTreeMap<ProtocolVersion, u32> = BTreeMap::new();
		for (_participant, enrolment) in Enrolments::<T>::iter_prefix(trial_id) {
			ensure!(
				(1..=max_attempts).contains(&enrolment.attempts),
				"an enrolment's attempts are outside 1 to MaxEnrolmentAttempts"
			);
			ensure!(
				(1..=trial.current_protocol_version).contains(&enrolment.protocol_version),
				"an enrolment is under a protocol version not in force"
			);
			let decided = matches!(
				enrolment.status,
				EnrolmentStatus::Enrolled | EnrolmentStatus::ScreenedOut(_)
			);
			ensure!(
				!decided || enrolment.decided_at.is_some(),
				"a confirmed or screened-out enrolment has no decision time"
			);
			ensure!(
				enrolment.status != EnrolmentStatus::Pending || enrolment.decided_at.is_none(),
				"a pending enrolment has a decision time"
			);
			ensure!(
				(enrolment.status == EnrolmentStatus::Withdrawn)
					== enrolment.withdrawn_at.is_some(),
				"an enrolment has a withdrawal time exactly when withdrawn"
			);
			let count = match enrolment.status {
				EnrolmentStatus::Pending => &mut pending,
				EnrolmentStatus::Enrolled => &mut enrolled,
				EnrolmentStatus::ScreenedOut(_) => &mut screened_out,
				EnrolmentStatus::Withdrawn => &mut withdrawn,
			};
			*count = count.saturating_add(1);
			if enrolment.status.is_active() {
				let at_version = by_version.entry(enrolment.protocol_version).or_insert(0);
				*at_version = at_version.saturating_add(1);
			}
		}
		ensure!(pending == trial.pending, "a trial's pending count is wrong");
		ensure!(enrolled == trial.enrolled, "a trial's enrolled count is wrong");
		ensure!(screened_out == trial.screened_out, "a trial's screened-out count is wrong");
		ensure!(withdrawn == trial.withdrawn, "a trial's withdrawn count is wrong");
		ensure!(
			trial.enrolled <= trial.registration.target_enrolment,
			"a trial has more participants enrolled than its target enrolment"
		);
		let all =
			pending.saturating_add(enrolled).saturating_add(screened_out).saturating_add(withdrawn);
		ensure!(all == 0 || trial.has_recruited(), "a trial that never recruited has enrolments");
		let stored: BTreeMap<ProtocolVersion, u32> =
			ParticipantsByVersion::<T>::iter_prefix(trial_id).collect();
		ensure!(stored == by_version, "a trial's per-version participant counts are wrong");
		Ok(())
	}

	/// Snapshots and adverse events are numbered without gaps and only for a trial that
	/// recruited; results only where due, with the discrepancies of what they report.
	fn check_commitments(trial_id: TrialId, trial: &Trial<T>) -> Result<(), TryRuntimeError> {
		ensure!(
			trial.has_recruited() || (trial.data_snapshots == 0 && trial.adverse_events == 0),
			"a trial that never recruited has data snapshots or adverse events"
		);
		for index in 0..trial.data_snapshots {
			ensure!(
				DataSnapshots::<T>::contains_key(trial_id, index),
				"a trial's data snapshots have a gap"
			);
		}
		for index in DataSnapshots::<T>::iter_key_prefix(trial_id) {
			ensure!(index < trial.data_snapshots, "a data snapshot beyond the trial's count");
		}
		for index in 0..trial.adverse_events {
			ensure!(
				AdverseEvents::<T>::contains_key(trial_id, index),
				"a trial's adverse events have a gap"
			);
		}
		for index in AdverseEvents::<T>::iter_key_prefix(trial_id) {
			ensure!(index < trial.adverse_events, "an adverse event beyond the trial's count");
		}
		if let Some(results) = TrialResults::<T>::get(trial_id) {
			ensure!(
				trial.has_recruited()
					&& matches!(
						trial.standing(),
						TrialStatus::Active | TrialStatus::Completed | TrialStatus::Terminated
					),
				"a trial has results that were not due"
			);
			let discrepancies =
				Self::outcome_discrepancies(&trial.registration.outcomes, &results.reported)?;
			ensure!(
				discrepancies == results.discrepancies,
				"a trial's outcome discrepancies are not those of its results"
			);
		}
		Ok(())
	}

	/// The hash index names every document of the trial as the record it is.
	fn check_hashes(trial_id: TrialId, trial: &Trial<T>) -> Result<(), TryRuntimeError> {
		let names = |hash: H256, artifact: TrialArtifact| {
			TrialHashes::<T>::get(trial_id, hash) == Some(artifact)
		};
		let registration = &trial.registration;
		ensure!(
			names(registration.data_set_hash, TrialArtifact::RegistrationDataSet),
			"the registration data set is not in the hash index"
		);
		for (index, outcome) in (0u32..).zip(registration.outcomes.iter()) {
			ensure!(
				names(outcome.definition_hash, TrialArtifact::Outcome(index)),
				"a pre-registered outcome is not in the hash index"
			);
		}
		for version in 1..=trial.latest_protocol_version() {
			let Some(record) = ProtocolVersions::<T>::get(trial_id, version) else { continue };
			ensure!(
				names(record.protocol_hash, TrialArtifact::Protocol(version)),
				"a protocol version is not in the hash index"
			);
			if let Some(summary) = record.summary_hash {
				ensure!(
					names(summary, TrialArtifact::ProtocolSummary(version)),
					"an amendment's summary is not in the hash index"
				);
			}
			if let Some(decision) = record.ethics_decision_hash {
				ensure!(
					names(decision, TrialArtifact::EthicsDecision(version)),
					"an ethics decision is not in the hash index"
				);
			}
		}
		if let Some(reason) = trial.termination_reason {
			ensure!(
				names(reason, TrialArtifact::TerminationReason),
				"the termination reason is not in the hash index"
			);
		}
		for (index, snapshot) in DataSnapshots::<T>::iter_prefix(trial_id) {
			ensure!(
				names(snapshot.snapshot_hash, TrialArtifact::DataSnapshot(index)),
				"a data snapshot is not in the hash index"
			);
		}
		for (index, report) in AdverseEvents::<T>::iter_prefix(trial_id) {
			ensure!(
				names(report.report_hash, TrialArtifact::AdverseEvent(index)),
				"an adverse event is not in the hash index"
			);
		}
		if let Some(results) = TrialResults::<T>::get(trial_id) {
			ensure!(
				names(results.results_hash, TrialArtifact::Results),
				"the results are not in the hash index"
			);
		}
		Ok(())
	}

	/// Every index entry names a trial with the indexed value.
	fn check_index_entries() -> Result<(), TryRuntimeError> {
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

	/// Every per-trial record belongs to an existing trial.
	fn check_no_orphans() -> Result<(), TryRuntimeError> {
		let exists = |trial_id: TrialId| Trials::<T>::contains_key(trial_id);
		ensure!(
			ProtocolVersions::<T>::iter_keys().all(|(trial_id, _)| exists(trial_id)),
			"a protocol version of an unknown trial"
		);
		ensure!(
			Enrolments::<T>::iter_keys().all(|(trial_id, _)| exists(trial_id)),
			"an enrolment in an unknown trial"
		);
		ensure!(
			ParticipantsByVersion::<T>::iter_keys().all(|(trial_id, _)| exists(trial_id)),
			"a per-version participant count of an unknown trial"
		);
		ensure!(
			DataSnapshots::<T>::iter_keys().all(|(trial_id, _)| exists(trial_id)),
			"a data snapshot of an unknown trial"
		);
		ensure!(
			AdverseEvents::<T>::iter_keys().all(|(trial_id, _)| exists(trial_id)),
			"an adverse event of an unknown trial"
		);
		ensure!(TrialResults::<T>::iter_keys().all(exists), "results of an unknown trial");
		ensure!(
			TrialHashes::<T>::iter_keys().all(|(trial_id, _)| exists(trial_id)),
			"a hash of an unknown trial"
		);
		Ok(())
	}
}
