//! The registry's records, after the WHO Trial Registration Data Set (TRDS): a registration
//! (the key fields on chain, the full data set as a hash), the trial built on it, its protocol
//! versions, the participants' enrolments (requested by the participant, confirmed or screened
//! out by the sponsor's site), data-snapshot and adverse-event commitments, the results and
//! their outcome discrepancies, and the answers the runtime API gives.
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
///
/// `Terminated` and `Suspended` can come before recruitment as well as after it, so whether a
/// trial recruited is not read from its status but from [`Trial::recruitment_started_at`].
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
	pub definition_hash: H256,
}

/// An outcome a results publication reports on: the kind it is reported as and the hash of
/// its definition and time frame (the commitment's `definition_hash`, if it was pre-registered).
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
	pub definition_hash: H256,
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
		/// The hash of its definition and time frame.
		definition_hash: H256,
	},
	/// A reported outcome that was not pre-registered.
	Unregistered {
		/// The kind it is reported as.
		kind: OutcomeKind,
		/// The hash of its definition and time frame.
		definition_hash: H256,
	},
	/// A pre-registered outcome reported as the other kind (a secondary outcome promoted to
	/// primary, or the reverse).
	KindChanged {
		/// The hash of its definition and time frame.
		definition_hash: H256,
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
	/// How many participants the trial means to enrol: the most that may be confirmed
	/// (enrolled) at once. Pending enrolments do not count.
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
	/// The ethics committee that approved the trial: the one that approves its amendments
	/// and, with any regulator, may suspend it.
	pub ethics_committee: Option<OrgId>,
	/// The hash of the reason the sponsor terminated it.
	pub termination_reason: Option<H256>,
	/// When it was registered: milliseconds since the Unix epoch.
	pub registered_at: Moment,
	/// When the sponsor opened recruitment, if it ever did. Set once, by `start_recruiting`,
	/// and kept whatever happens after: data snapshots, adverse events and results are for a
	/// trial that recruited.
	pub recruitment_started_at: Option<Moment>,
	/// How many enrolments await the site's decision.
	pub pending: u32,
	/// How many participants are enrolled: confirmed by the site. At most `target_enrolment`.
	pub enrolled: u32,
	/// How many enrolments the site screened out (and were not requested again).
	pub screened_out: u32,
	/// How many participants have withdrawn (and not enrolled again).
	pub withdrawn: u32,
	/// How many data snapshots were committed: the next one's index.
	pub data_snapshots: u32,
	/// How many adverse events were reported: the next one's index.
	pub adverse_events: u32,
}

impl<T: Config> Trial<T> {
	/// Whether the trial ever recruited: data snapshots and adverse events are committed from
	/// then on, whatever its status now.
	pub fn has_recruited(&self) -> bool {
		self.recruitment_started_at.is_some()
	}

	/// Whether an ethics committee approved the trial: protocol amendments are proposed from
	/// then on.
	pub fn is_approved(&self) -> bool {
		self.approval_hash.is_some()
	}

	/// Whether the trial's results (and the outcome check) are due: it recruited, and has
	/// closed recruitment (`Active`), finished (`Completed`) or been stopped (`Terminated`).
	/// A trial terminated before it recruited owes no results.
	pub fn results_due(&self) -> bool {
		self.has_recruited()
			&& matches!(
				self.status,
				TrialStatus::Active | TrialStatus::Completed | TrialStatus::Terminated
			)
	}

	/// The status the trial stands in: its status, or while `Suspended` the status it resumes
	/// in.
	pub fn standing(&self) -> TrialStatus {
		self.suspension.map_or(self.status, |suspension| suspension.from)
	}

	/// The latest protocol version, approved or pending.
	pub fn latest_protocol_version(&self) -> ProtocolVersion {
		self.pending_amendment.unwrap_or(self.current_protocol_version)
	}
}

/// Who lifts a suspension: the body that suspended the trial, through one of its
/// reviewers, or governance. The argument of `Pallet::do_lift_suspension`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Lifter<AccountId> {
	/// The chain's governance (`Config::GovernanceOrigin`), for any suspension.
	Governance,
	/// An account that must be an `Auditor` or `Admin` of the ethics committee or regulator
	/// that suspended the trial.
	Reviewer(AccountId),
}

/// Who lifted a suspension, as `SuspensionLifted` records it.
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
pub enum LiftedBy {
	/// The ethics committee or regulator that had suspended the trial.
	Organization(OrgId),
	/// The chain's governance.
	Governance,
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
	/// The ethics committee or regulator that suspended it: the one body (with governance)
	/// that may lift the suspension.
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

/// Why the sponsor's site screened an enrolment out: a code, never free text (nothing on
/// chain describes a patient).
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
pub enum ScreeningReason {
	/// The participant does not meet the protocol's eligibility criteria.
	NotEligible,
	/// The research consent does not hold up (not informed, not the participant's own, ...).
	ConsentInvalid,
	/// The person is already taking part, under another account.
	Duplicate,
	/// Another reason, by a code of the sponsor's own list.
	Other(u16),
}

/// Where a participant's enrolment stands.
///
/// ```text
/// enrol → Pending → (site) confirm → Enrolled
///                 → (site) screen out → ScreenedOut
/// Pending | Enrolled → (participant) withdraw → Withdrawn
/// ScreenedOut | Withdrawn → (participant) enrol → Pending, at most MaxEnrolmentAttempts times
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
pub enum EnrolmentStatus {
	/// Requested by the participant, awaiting the site's decision. Does not count toward the
	/// target enrolment.
	Pending,
	/// Confirmed by an investigator of the sponsor: takes part, and counts toward the target
	/// enrolment.
	Enrolled,
	/// Screened out by an investigator of the sponsor, for the reason given.
	ScreenedOut(ScreeningReason),
	/// Withdrawn by the participant.
	Withdrawn,
}

impl EnrolmentStatus {
	/// Whether the enrolment is in progress: pending or enrolled.
	pub fn is_active(self) -> bool {
		matches!(self, Self::Pending | Self::Enrolled)
	}
}

/// A participant's enrolment in a trial. One per account and trial: enrolling again after a
/// withdrawal or a screening-out reuses it, and counts one more attempt.
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
	/// The research consent that permitted it (checked again when the site confirms).
	pub consent: ConsentId,
	/// When the participant last asked to enrol.
	pub requested_at: Moment,
	/// When the site confirmed or screened out that request; `None` while pending.
	pub decided_at: Option<Moment>,
	/// When the participant last re-consented to an amended protocol, if they did.
	pub reconsented_at: Option<Moment>,
	/// Pending, enrolled, screened out or withdrawn.
	pub status: EnrolmentStatus,
	/// When the participant withdrew, while withdrawn.
	pub withdrawn_at: Option<Moment>,
	/// How many times the participant has asked to enrol in this trial, this time included:
	/// at most `MaxEnrolmentAttempts`.
	pub attempts: u32,
}

impl Enrolment {
	/// Whether the participant must consent again: pending or enrolled under a protocol
	/// version older than `current`.
	pub fn needs_reconsent(&self, current: ProtocolVersion) -> bool {
		self.status.is_active() && self.protocol_version < current
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
	/// Enrolments awaiting the site's decision.
	pub pending: u32,
	/// Participants enrolled: confirmed by the site.
	pub enrolled: u32,
	/// Enrolments the site screened out.
	pub screened_out: u32,
	/// Participants withdrawn.
	pub withdrawn: u32,
	/// Pending or enrolled participants whose consent is for an older protocol version.
	pub needing_reconsent: u32,
}

/// A commitment to a snapshot of a trial's data.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct DataSnapshot<AccountId> {
	/// The hash of the snapshot (a data export, a Merkle root of records).
	pub snapshot_hash: H256,
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
	pub report_hash: H256,
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
