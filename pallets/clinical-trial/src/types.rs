//! The registry's records, after the WHO Trial Registration Data Set (TRDS): a registration
//! (the key fields on chain, the full data set as a hash), the trial built on it, its protocol
//! versions, the participants' enrolments, data-snapshot and adverse-event commitments, the
//! results and their outcome discrepancies, and the answers the runtime API gives.
//!
//! Registry text (title, condition codes, country codes, registry ids) is public trial
//! metadata, never patient data. Participants are pseudonymous accounts; everything else about
//! them, and every document, is known by its hash.
//!
//! The types that carry the runtime's bounds are generic over the pallet's `Config` (their
//! bounds are its constants); the runtime API names them as `Trial<Runtime>` and
//! `Results<Runtime>`.

use crate::Config;
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use healthchain_primitives::{ConsentId, MemberRole, Moment, OrgId, OrganizationKind};
use scale_info::TypeInfo;
use sp_core::H256;

pub use healthchain_primitives::{ProtocolVersion, TrialId};

/// The organisations that sponsor trials: they register them and run them.
pub const SPONSORS: &[OrganizationKind] =
	&[OrganizationKind::TrialSponsor, OrganizationKind::ResearchInstitute];

/// The organisations that approve trials and their amendments.
pub const ETHICS_COMMITTEES: &[OrganizationKind] = &[OrganizationKind::EthicsCommittee];

/// The organisations that may suspend a trial and lift its suspension.
pub const OVERSIGHT_BODIES: &[OrganizationKind] =
	&[OrganizationKind::EthicsCommittee, OrganizationKind::Regulator];

/// The roles in which a sponsor's member registers a trial and commits its data.
pub const INVESTIGATOR_ROLES: &[MemberRole] = &[MemberRole::Investigator];

/// The roles in which a sponsor's member moves its trial along, amends its protocol and
/// publishes its results.
pub const SPONSOR_ROLES: &[MemberRole] = &[MemberRole::Investigator, MemberRole::Admin];

/// The roles in which an ethics committee's or regulator's member reviews a trial.
pub const REVIEWER_ROLES: &[MemberRole] = &[MemberRole::Auditor, MemberRole::Admin];

/// A trial's public title (TRDS items 9 and 10), as UTF-8.
pub type Title<T> = BoundedVec<u8, <T as Config>::MaxTitleLength>;

/// A health condition studied (TRDS item 12), as an ICD-10 or MeSH code in ASCII ("C50.9").
pub type ConditionCode<T> = BoundedVec<u8, <T as Config>::MaxConditionCodeLength>;

/// The conditions a trial studies: at least one, each once.
pub type Conditions<T> = BoundedVec<ConditionCode<T>, <T as Config>::MaxConditions>;

/// A country of recruitment (TRDS item 11), as its ISO 3166-1 alpha-2 code (`*b"DE"`).
pub type CountryCode = [u8; 2];

/// The countries a trial recruits in, each once.
pub type Countries<T> = BoundedVec<CountryCode, <T as Config>::MaxCountries>;

/// A trial's id in another registry (TRDS item 3: ClinicalTrials.gov, EU CTR, ...), as ASCII.
pub type SecondaryId<T> = BoundedVec<u8, <T as Config>::MaxSecondaryIdLength>;

/// A trial's ids in other registries.
pub type SecondaryIds<T> = BoundedVec<SecondaryId<T>, <T as Config>::MaxSecondaryIds>;

/// A trial's pre-registered outcomes.
pub type OutcomeCommitments<T> = BoundedVec<OutcomeCommitment, <T as Config>::MaxOutcomes>;

/// The outcomes a results publication reports.
pub type ReportedOutcomes<T> = BoundedVec<ReportedOutcome, <T as Config>::MaxReportedOutcomes>;

/// The outcome discrepancies of a results publication.
pub type Discrepancies<T> = BoundedVec<OutcomeDiscrepancy, MaxDiscrepancies<T>>;

/// A trial's pre-registered outcomes and, once published, its results with their outcome
/// discrepancies.
pub type OutcomeReport<T> = (Vec<OutcomeCommitment>, Option<Results<T>>);

/// The most discrepancies a results publication can have: every pre-registered outcome
/// missing and every reported one unregistered, `MaxOutcomes + MaxReportedOutcomes`.
pub struct MaxDiscrepancies<T>(PhantomData<T>);

impl<T: Config> Get<u32> for MaxDiscrepancies<T> {
	fn get() -> u32 {
		T::MaxOutcomes::get().saturating_add(T::MaxReportedOutcomes::get())
	}
}

/// A trial's phase (TRDS item 15), as ClinicalTrials.gov names them.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Phase {
	/// Early phase 1 (formerly phase 0): exploratory, no therapeutic intent.
	EarlyPhase1,
	/// Phase 1: safety and dosage in a few people.
	Phase1,
	/// A combined phase 1 and phase 2 trial.
	Phase1Phase2,
	/// Phase 2: efficacy and side effects.
	Phase2,
	/// A combined phase 2 and phase 3 trial.
	Phase2Phase3,
	/// Phase 3: efficacy against the standard treatment in many people.
	Phase3,
	/// Phase 4: after marketing authorisation.
	Phase4,
	/// Not a drug trial (devices, behavioural interventions, observational studies).
	NotApplicable,
}

/// A study's type (TRDS item 15).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum StudyType {
	/// Participants are assigned to interventions by the protocol.
	Interventional,
	/// Participants are observed; the study assigns no intervention.
	Observational,
	/// Access to an investigational product outside a trial.
	ExpandedAccess,
}

/// Where a trial stands (TRDS item 18, recruitment status, with the ethics steps before it).
///
/// ```text
/// Registered → Approved → Recruiting → Active → Completed
///      any but Completed/Terminated → Terminated
///      Approved | Recruiting | Active ⇄ Suspended
/// ```
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum TrialStatus {
	/// Registered by its sponsor, awaiting ethics approval.
	Registered,
	/// Approved by an ethics committee, not recruiting yet.
	Approved,
	/// Recruiting: participants may enrol.
	Recruiting,
	/// Recruitment closed, the trial runs.
	Active,
	/// Finished as planned.
	Completed,
	/// Stopped early by its sponsor.
	Terminated,
	/// Suspended by an ethics committee or regulator; the trial's `suspension` says by whom,
	/// why, since when, and where it resumes.
	Suspended,
}

impl TrialStatus {
	/// Whether the trial is over: `Completed` or `Terminated`.
	pub fn has_ended(self) -> bool {
		matches!(self, Self::Completed | Self::Terminated)
	}

	/// Whether a trial in this status may be suspended.
	pub fn may_be_suspended(self) -> bool {
		matches!(self, Self::Approved | Self::Recruiting | Self::Active)
	}

	/// Whether a trial in this status has started: it recruits, runs or has run.
	fn is_under_way(self) -> bool {
		!matches!(self, Self::Registered | Self::Approved | Self::Suspended)
	}
}

/// Whether an outcome is primary or secondary (TRDS items 19 and 20).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum OutcomeKind {
	/// A primary outcome: what the trial is designed to show.
	Primary,
	/// A secondary outcome.
	Secondary,
}

/// A pre-registered outcome: its kind and the hash of its definition, metric and time frame.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct OutcomeCommitment {
	/// Primary or secondary.
	pub kind: OutcomeKind,
	/// The hash of the outcome's definition and time frame.
	pub hash: H256,
}

/// An outcome a results publication reports on: the kind it is reported as and the hash of
/// its definition and time frame (the commitment's hash, if it was pre-registered).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct ReportedOutcome {
	/// Primary or secondary, as reported.
	pub kind: OutcomeKind,
	/// The hash of the outcome's definition and time frame.
	pub hash: H256,
}

/// A difference between the outcomes a trial pre-registered and those its results report.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum OutcomeDiscrepancy {
	/// A pre-registered outcome the results do not report.
	Missing {
		/// Its registered kind.
		kind: OutcomeKind,
		/// Its hash.
		hash: H256,
	},
	/// A reported outcome that was not pre-registered.
	Unregistered {
		/// The kind it is reported as.
		kind: OutcomeKind,
		/// Its hash.
		hash: H256,
	},
	/// A pre-registered outcome reported as the other kind (a secondary outcome promoted to
	/// primary, or the reverse).
	KindChanged {
		/// Its hash.
		hash: H256,
		/// The kind it was registered as.
		registered: OutcomeKind,
		/// The kind it is reported as.
		reported: OutcomeKind,
	},
}

/// What a sponsor registers: the argument of `register_trial`.
///
/// The key fields of the WHO TRDS are here for queries; the full data set (sponsor contacts,
/// interventions, eligibility criteria, ...) stays off chain, committed to by
/// `data_set_hash`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct Registration<T: Config> {
	/// The public title, UTF-8, not empty.
	pub title: Title<T>,
	/// The conditions studied: at least one, each once, each printable ASCII.
	pub conditions: Conditions<T>,
	/// The phase.
	pub phase: Phase,
	/// The study type.
	pub study_type: StudyType,
	/// How many participants the trial means to enrol: the most that may be enrolled at once.
	pub target_enrolment: u32,
	/// The countries of recruitment, each once, each two upper-case ASCII letters.
	pub countries: Countries<T>,
	/// The trial's ids in other registries, none empty.
	pub secondary_ids: SecondaryIds<T>,
	/// The hash of the full registration data set.
	pub data_set_hash: H256,
	/// The hash of the protocol: protocol version 1.
	pub protocol_hash: H256,
	/// The pre-registered outcomes: at least one primary, each hash once.
	pub outcomes: OutcomeCommitments<T>,
}

/// A registered trial.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct Trial<T: Config> {
	/// The sponsor (or research institute) that registered it and runs it.
	pub sponsor: OrgId,
	/// The investigator who registered it.
	pub registered_by: T::AccountId,
	/// What was registered.
	pub registration: Registration<T>,
	/// Where it stands.
	pub status: TrialStatus,
	/// While `Suspended`: who suspended it, why, when, and the status it resumes in.
	pub suspension: Option<Suspension>,
	/// The protocol version in force: what participants consent to.
	pub current_protocol_version: ProtocolVersion,
	/// A proposed amendment awaiting ethics approval: its version, one above the current.
	pub pending_amendment: Option<ProtocolVersion>,
	/// The hash of the ethics committee's approval decision.
	pub approval_hash: Option<H256>,
	/// The hash of the reason the sponsor terminated it.
	pub termination_reason: Option<H256>,
	/// When it was registered: milliseconds since the Unix epoch.
	pub registered_at: Moment,
	/// How many participants are enrolled.
	pub enrolled: u32,
	/// How many participants have withdrawn (and not enrolled again).
	pub withdrawn: u32,
	/// How many data snapshots were committed: the next one's index.
	pub data_snapshots: u32,
	/// How many adverse events were reported: the next one's index.
	pub adverse_events: u32,
}

impl<T: Config> Trial<T> {
	/// Whether the trial has started recruiting (counting a suspension from a started trial):
	/// data and adverse events are committed from then on.
	pub fn has_started(&self) -> bool {
		match self.status {
			TrialStatus::Suspended => {
				self.suspension.is_some_and(|suspension| suspension.from.is_under_way())
			}
			status => status.is_under_way(),
		}
	}

	/// The latest protocol version, approved or pending.
	pub fn latest_protocol_version(&self) -> ProtocolVersion {
		self.pending_amendment.unwrap_or(self.current_protocol_version)
	}
}

/// A suspension in force.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Suspension {
	/// The status the trial was suspended in, and resumes in when the suspension is lifted.
	pub from: TrialStatus,
	/// The ethics committee or regulator that suspended it.
	pub by_org: OrgId,
	/// The hash of the reason.
	pub reason_hash: H256,
	/// When: milliseconds since the Unix epoch.
	pub at: Moment,
}

/// One version of a trial's protocol.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct ProtocolVersionRecord {
	/// Its number: 1 at registration, one more with each amendment.
	pub version: ProtocolVersion,
	/// The hash of the protocol document.
	pub protocol_hash: H256,
	/// The hash of the amendment's summary of changes (`None` for version 1).
	pub summary_hash: Option<H256>,
	/// When it was registered or proposed.
	pub proposed_at: Moment,
	/// When an ethics committee approved it, if it has.
	pub approved_at: Option<Moment>,
	/// The hash of the approval decision, if approved.
	pub ethics_decision_hash: Option<H256>,
}

/// Whether a participant takes part.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum EnrolmentStatus {
	/// Takes part.
	Enrolled,
	/// Has withdrawn.
	Withdrawn,
}

/// A participant's enrolment in a trial.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Enrolment {
	/// The protocol version the participant consented to.
	pub protocol_version: ProtocolVersion,
	/// The research consent that permitted it.
	pub consent: ConsentId,
	/// When the participant enrolled (or last re-consented).
	pub enrolled_at: Moment,
	/// Enrolled or withdrawn.
	pub status: EnrolmentStatus,
	/// When the participant withdrew, if they did.
	pub withdrawn_at: Option<Moment>,
}

impl Enrolment {
	/// Whether the participant must consent again: enrolled under a protocol version older
	/// than `current`.
	pub fn needs_reconsent(&self, current: ProtocolVersion) -> bool {
		self.status == EnrolmentStatus::Enrolled && self.protocol_version < current
	}
}

/// A trial's enrolment counts.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct EnrolmentCounts {
	/// Participants enrolled.
	pub enrolled: u32,
	/// Participants withdrawn.
	pub withdrawn: u32,
	/// Enrolled participants whose consent is for an older protocol version.
	pub needing_reconsent: u32,
}

/// A commitment to a snapshot of a trial's data.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct DataSnapshot<AccountId> {
	/// The hash of the snapshot (a data export, a Merkle root of records).
	pub hash: H256,
	/// How many records it holds.
	pub record_count: u32,
	/// The start of the period it covers: milliseconds since the Unix epoch.
	pub period_start: Moment,
	/// The end of that period, not after the commitment.
	pub period_end: Moment,
	/// The investigator who committed it.
	pub by: AccountId,
	/// When it was committed.
	pub at: Moment,
}

/// How severe an adverse event is (after CTCAE grades 1 to 5).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Severity {
	/// Grade 1.
	Mild,
	/// Grade 2.
	Moderate,
	/// Grade 3.
	Severe,
	/// Grade 4.
	LifeThreatening,
	/// Grade 5.
	Fatal,
}

/// An adverse-event report: its severity and the hash of the report.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct AdverseEvent<AccountId> {
	/// How severe.
	pub severity: Severity,
	/// The hash of the report.
	pub hash: H256,
	/// The investigator who reported it.
	pub by: AccountId,
	/// When it was reported.
	pub at: Moment,
}

/// A trial's published results.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct Results<T: Config> {
	/// The hash of the results document.
	pub results_hash: H256,
	/// The outcomes reported, as published.
	pub reported: ReportedOutcomes<T>,
	/// How the reported outcomes differ from the pre-registered ones.
	pub discrepancies: Discrepancies<T>,
	/// Who published them.
	pub published_by: T::AccountId,
	/// When.
	pub published_at: Moment,
}

/// Which record of a trial a hash is.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum TrialArtifact {
	/// The full registration data set.
	RegistrationDataSet,
	/// The protocol document of a version.
	Protocol(ProtocolVersion),
	/// The summary of changes of an amendment.
	ProtocolSummary(ProtocolVersion),
	/// A pre-registered outcome, by its position in the registration.
	Outcome(u32),
	/// The ethics decision approving a protocol version (1: the trial's approval).
	EthicsDecision(ProtocolVersion),
	/// The reason the trial was terminated.
	TerminationReason,
	/// The results document.
	Results,
	/// A data snapshot, by index.
	DataSnapshot(u32),
	/// An adverse-event report, by index.
	AdverseEvent(u32),
}

/// Which trials a listing returns.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub enum TrialFilter {
	/// Every trial.
	All,
	/// The trials in a status.
	Status(TrialStatus),
	/// The trials studying a condition, by its code's bytes.
	Condition(Vec<u8>),
	/// The trials of a sponsor.
	Sponsor(OrgId),
	/// The trials of a phase.
	Phase(Phase),
}

/// Whether `code` may be a condition code: not empty, printable ASCII without spaces.
pub fn is_valid_condition_code(code: &[u8]) -> bool {
	!code.is_empty() && code.iter().all(u8::is_ascii_graphic)
}

/// Whether `code` may be an ISO 3166-1 alpha-2 country code: two upper-case ASCII letters.
pub fn is_valid_country_code(code: &CountryCode) -> bool {
	code.iter().all(u8::is_ascii_uppercase)
}

/// Whether an item of `items` appears more than once.
pub fn has_duplicates<Item: PartialEq>(items: &[Item]) -> bool {
	items.iter().enumerate().any(|(position, item)| {
		items.iter().skip(position.saturating_add(1)).any(|other| other == item)
	})
}
