//! Runtime API of the clinical-trial registry (`pallet-clinical-trial`).
//!
//! Answers, at any block: a trial by id; the trials in a status, studying a condition, of a
//! sponsor or of a phase, page by page; a trial's protocol history; its pre-registered
//! outcomes with its results and their discrepancies; its enrolment counts and one
//! participant's enrolment; its data snapshots and adverse-event reports, page by page; and
//! which record of a trial a document's hash is. Reachable with `state_call`
//! (`ClinicalTrialApi_trial`, `ClinicalTrialApi_trials`, `ClinicalTrialApi_protocol_history`,
//! `ClinicalTrialApi_outcome_report`, `ClinicalTrialApi_enrolment_counts`,
//! `ClinicalTrialApi_enrolment`, `ClinicalTrialApi_data_snapshots`,
//! `ClinicalTrialApi_adverse_events`, `ClinicalTrialApi_find_hash`, each with its
//! SCALE-encoded arguments) and from Polkadot.js as `api.call.clinicalTrialApi.*`.
//!
//! The answers are the pallet's own types, re-exported here, so a client decodes exactly
//! what the chain stores. The trial and results types carry the runtime's bounds, so they are
//! parameters of the API; a runtime implements it as
//!
//! ```ignore
//! impl pallet_clinical_trial_runtime_api::ClinicalTrialApi<
//! 	Block,
//! 	AccountId,
//! 	pallet_clinical_trial::Trial<Runtime>,
//! 	pallet_clinical_trial::Results<Runtime>,
//! > for Runtime
//! {
//! 	/* each method calls the pallet's read of the same name */
//! }
//! ```

#![cfg_attr(not(feature = "std"), no_std)]
#![warn(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
use sp_core::H256;

pub use pallet_clinical_trial::{
	AdverseEvent, DataSnapshot, Enrolment, EnrolmentCounts, EnrolmentStatus, OrgId,
	OutcomeCommitment, OutcomeDiscrepancy, OutcomeKind, Phase, ProtocolVersion,
	ProtocolVersionRecord, ReportedOutcome, ScreeningReason, Severity, StudyType, TrialArtifact,
	TrialFilter, TrialId, TrialStatus,
};

sp_api::decl_runtime_apis! {
	/// Queries of the clinical-trial registry.
	#[api_version(2)]
	pub trait ClinicalTrialApi<AccountId, Trial, Results>
	where
		AccountId: Codec,
		Trial: Codec,
		Results: Codec,
	{
		/// Trial `trial`: sponsor, registration, status, protocol version in force, pending
		/// amendment, approval and counts; `None` if no such trial exists.
		fn trial(trial: TrialId) -> Option<Trial>;

		/// One page of the trials `filter` selects (all, or by status, condition code bytes,
		/// sponsor or phase), each with its id: at most `limit` (capped at the pallet's
		/// `MaxPageSize`), after trial `start_after` (the last id of the previous page), or
		/// from the first when `None`. An empty page ends the listing.
		fn trials(
			filter: TrialFilter,
			start_after: Option<TrialId>,
			limit: u32,
		) -> Vec<(TrialId, Trial)>;

		/// Every protocol version of `trial`, oldest first, a pending amendment included.
		fn protocol_history(trial: TrialId) -> Vec<ProtocolVersionRecord>;

		/// The pre-registered outcomes of `trial` and, once published, its results with their
		/// outcome discrepancies; `None` if no such trial exists.
		fn outcome_report(trial: TrialId) -> Option<(Vec<OutcomeCommitment>, Option<Results>)>;

		/// How many enrolments of `trial` are pending, enrolled (confirmed by the sponsor's
		/// site), screened out and withdrawn, and how many pending or enrolled participants
		/// need to re-consent; `None` if no such trial exists.
		fn enrolment_counts(trial: TrialId) -> Option<EnrolmentCounts>;

		/// The enrolment of `participant` in `trial`, if any: its status (pending, enrolled,
		/// screened out with the reason, withdrawn), protocol version, consent, times and
		/// attempts.
		fn enrolment(trial: TrialId, participant: AccountId) -> Option<Enrolment>;

		/// One page of the data snapshots of `trial`, oldest first: at most `limit` (capped at
		/// the pallet's `MaxPageSize`) from the `start`-th (0 is the first), each with its
		/// index. An empty page ends the listing.
		fn data_snapshots(
			trial: TrialId,
			start: u32,
			limit: u32,
		) -> Vec<(u32, DataSnapshot<AccountId>)>;

		/// One page of the adverse-event reports of `trial`, as `data_snapshots`.
		fn adverse_events(
			trial: TrialId,
			start: u32,
			limit: u32,
		) -> Vec<(u32, AdverseEvent<AccountId>)>;

		/// Which record of `trial` the document hashing to `hash` is, if any.
		fn find_hash(trial: TrialId, hash: H256) -> Option<TrialArtifact>;
	}
}
