//! The JSON the `clinicalTrial_*` methods answer with: the pallet's records as a researcher
//! reads them, built from the runtime API's SCALE types.
//!
//! Hashes are `0x` and 64 lower-case hex digits, accounts SS58 addresses, times milliseconds
//! since the Unix epoch, enum values their Rust variant names (`"Recruiting"`, `"Phase3"`).
//! Registry text that is not valid UTF-8 is rendered lossily rather than refused, so a reader
//! always gets an answer.

use pallet_clinical_trial::{
	AdverseEvent, Config, ConsentId, DataSnapshot, Enrolment, EnrolmentCounts, EnrolmentStatus,
	Moment, OrgId, OutcomeCommitment, OutcomeDiscrepancy, OutcomeKind, Phase, ProtocolVersion,
	ProtocolVersionRecord, ReportedOutcome, Results, ScreeningReason, Severity, StudyType,
	Suspension, Trial, TrialArtifact, TrialId, TrialStatus,
};
use serde::{Deserialize, Serialize};
use sp_core::{crypto::Ss58Codec, hexdisplay::HexDisplay, H256};

/// How a trial filter is written: `null` or `"all"`, `{"status": "Recruiting"}`,
/// `{"condition": "C50.9"}`, `{"sponsor": 8}` or `{"phase": "Phase3"}`.
///
/// Taken as raw JSON and read by [`crate::parse_filter`], so that a filter the RPC does not
/// understand is refused with a message naming what it accepts.
pub type TrialFilterJson = serde_json::Value;

/// Every trial status, in declaration order.
pub const TRIAL_STATUSES: [TrialStatus; 7] = [
	TrialStatus::Registered,
	TrialStatus::Approved,
	TrialStatus::Recruiting,
	TrialStatus::Active,
	TrialStatus::Completed,
	TrialStatus::Terminated,
	TrialStatus::Suspended,
];

/// Every trial phase, in declaration order.
pub const PHASES: [Phase; 8] = [
	Phase::EarlyPhase1,
	Phase::Phase1,
	Phase::Phase1Phase2,
	Phase::Phase2,
	Phase::Phase2Phase3,
	Phase::Phase3,
	Phase::Phase4,
	Phase::NotApplicable,
];

/// `hash` as `0x` and 64 lower-case hex digits (all of them: `H256`'s `Display` abbreviates).
pub fn hash_hex(hash: &H256) -> String {
	format!("0x{}", HexDisplay::from(hash.as_fixed_bytes()))
}

/// `account` as an SS58 address, in the process's default SS58 format.
pub fn account_ss58<AccountId: Ss58Codec>(account: &AccountId) -> String {
	account.to_ss58check()
}

/// Registry text as a string: UTF-8, or lossily if it is not.
fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

/// A trial status's name: its Rust variant name.
pub fn status_name(status: TrialStatus) -> &'static str {
	match status {
		TrialStatus::Registered => "Registered",
		TrialStatus::Approved => "Approved",
		TrialStatus::Recruiting => "Recruiting",
		TrialStatus::Active => "Active",
		TrialStatus::Completed => "Completed",
		TrialStatus::Terminated => "Terminated",
		TrialStatus::Suspended => "Suspended",
	}
}

/// A phase's name: its Rust variant name.
pub fn phase_name(phase: Phase) -> &'static str {
	match phase {
		Phase::EarlyPhase1 => "EarlyPhase1",
		Phase::Phase1 => "Phase1",
		Phase::Phase1Phase2 => "Phase1Phase2",
		Phase::Phase2 => "Phase2",
		Phase::Phase2Phase3 => "Phase2Phase3",
		Phase::Phase3 => "Phase3",
		Phase::Phase4 => "Phase4",
		Phase::NotApplicable => "NotApplicable",
	}
}

/// A study type's name: its Rust variant name.
pub fn study_type_name(study_type: StudyType) -> &'static str {
	match study_type {
		StudyType::Interventional => "Interventional",
		StudyType::Observational => "Observational",
		StudyType::ExpandedAccess => "ExpandedAccess",
	}
}

/// An outcome kind's name: `"Primary"` or `"Secondary"`.
pub fn outcome_kind_name(kind: OutcomeKind) -> &'static str {
	match kind {
		OutcomeKind::Primary => "Primary",
		OutcomeKind::Secondary => "Secondary",
	}
}

/// An enrolment status's name: `"Pending"`, `"Enrolled"`, `"ScreenedOut"` or `"Withdrawn"`
/// (the screening reason is a field of its own).
pub fn enrolment_status_name(status: EnrolmentStatus) -> &'static str {
	match status {
		EnrolmentStatus::Pending => "Pending",
		EnrolmentStatus::Enrolled => "Enrolled",
		EnrolmentStatus::ScreenedOut(_) => "ScreenedOut",
		EnrolmentStatus::Withdrawn => "Withdrawn",
	}
}

/// A severity's name: its Rust variant name.
pub fn severity_name(severity: Severity) -> &'static str {
	match severity {
		Severity::Mild => "Mild",
		Severity::Moderate => "Moderate",
		Severity::Severe => "Severe",
		Severity::LifeThreatening => "LifeThreatening",
		Severity::Fatal => "Fatal",
	}
}

/// A pre-registered outcome, with its position in the registration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeJson {
	/// Its position in the registration, from 0: the index `findHash` names.
	pub index: u32,
	/// `"Primary"` or `"Secondary"`.
	pub kind: String,
	/// The hash of its definition and time frame.
	pub definition_hash: String,
}

impl OutcomeJson {
	/// The outcome at position `index` of a registration.
	pub fn new(index: u32, outcome: &OutcomeCommitment) -> Self {
		Self {
			index,
			kind: outcome_kind_name(outcome.kind).into(),
			definition_hash: hash_hex(&outcome.definition_hash),
		}
	}

	/// Every outcome of a registration, numbered from 0.
	pub fn list(outcomes: &[OutcomeCommitment]) -> Vec<Self> {
		(0u32..).zip(outcomes).map(|(index, outcome)| Self::new(index, outcome)).collect()
	}
}

/// A trial: its registration, where it stands and its counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialJson {
	/// Its id.
	pub id: TrialId,
	/// The sponsoring organisation's id.
	pub sponsor: OrgId,
	/// The investigator who registered it, as an SS58 address.
	pub registered_by: String,
	/// The public title.
	pub title: String,
	/// The conditions studied, as ICD-10 or MeSH codes.
	pub conditions: Vec<String>,
	/// The phase's name.
	pub phase: String,
	/// The study type's name.
	pub study_type: String,
	/// How many participants it means to enrol.
	pub target_enrolment: u32,
	/// The countries of recruitment, as ISO 3166-1 alpha-2 codes.
	pub countries: Vec<String>,
	/// Its ids in other registries.
	pub secondary_ids: Vec<String>,
	/// The hash of the full registration data set.
	pub data_set_hash: String,
	/// The hash of the protocol as registered: protocol version 1.
	pub protocol_hash: String,
	/// The pre-registered outcomes.
	pub outcomes: Vec<OutcomeJson>,
	/// The status's name.
	pub status: String,
	/// While `Suspended`: by whom, why, since when, and the status it resumes in.
	pub suspension: Option<SuspensionJson>,
	/// The protocol version in force.
	pub current_protocol_version: ProtocolVersion,
	/// The version of an amendment awaiting ethics approval.
	pub pending_amendment: Option<ProtocolVersion>,
	/// The hash of the ethics committee's approval decision.
	pub approval_hash: Option<String>,
	/// The ethics committee that approved it.
	pub ethics_committee: Option<OrgId>,
	/// The hash of the reason it was terminated.
	pub termination_reason: Option<String>,
	/// When it was registered.
	pub registered_at: Moment,
	/// When recruitment opened; `null` if the trial never recruited.
	pub recruitment_started_at: Option<Moment>,
	/// Whether its results (and their outcome check) are due: it recruited and is active,
	/// completed or terminated.
	pub results_due: bool,
	/// Enrolments awaiting the site's decision.
	pub pending: u32,
	/// Participants enrolled: confirmed by the site.
	pub enrolled: u32,
	/// Enrolments the site screened out.
	pub screened_out: u32,
	/// Participants withdrawn.
	pub withdrawn: u32,
	/// Data snapshots committed.
	pub data_snapshots: u32,
	/// Adverse events reported.
	pub adverse_events: u32,
}

impl TrialJson {
	/// Trial `id` as JSON.
	pub fn new<R>(id: TrialId, trial: &Trial<R>) -> Self
	where
		R: Config,
		R::AccountId: Ss58Codec,
	{
		let registration = &trial.registration;
		Self {
			id,
			sponsor: trial.sponsor,
			registered_by: account_ss58(&trial.registered_by),
			title: text(&registration.title),
			conditions: registration.conditions.iter().map(|code| text(code)).collect(),
			phase: phase_name(registration.phase).into(),
			study_type: study_type_name(registration.study_type).into(),
			target_enrolment: registration.target_enrolment,
			countries: registration.countries.iter().map(|code| text(code)).collect(),
			secondary_ids: registration.secondary_ids.iter().map(|id| text(id)).collect(),
			data_set_hash: hash_hex(&registration.data_set_hash),
			protocol_hash: hash_hex(&registration.protocol_hash),
			outcomes: OutcomeJson::list(&registration.outcomes),
			status: status_name(trial.status).into(),
			suspension: trial.suspension.as_ref().map(SuspensionJson::from),
			current_protocol_version: trial.current_protocol_version,
			pending_amendment: trial.pending_amendment,
			approval_hash: trial.approval_hash.as_ref().map(hash_hex),
			ethics_committee: trial.ethics_committee,
			termination_reason: trial.termination_reason.as_ref().map(hash_hex),
			registered_at: trial.registered_at,
			recruitment_started_at: trial.recruitment_started_at,
			results_due: trial.results_due(),
			pending: trial.pending,
			enrolled: trial.enrolled,
			screened_out: trial.screened_out,
			withdrawn: trial.withdrawn,
			data_snapshots: trial.data_snapshots,
			adverse_events: trial.adverse_events,
		}
	}
}

/// A suspension in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SuspensionJson {
	/// The status the trial was suspended in, and resumes in when the suspension is lifted.
	pub from: String,
	/// The ethics committee or regulator that suspended it.
	pub by_org: OrgId,
	/// The hash of the reason.
	pub reason_hash: String,
	/// When it was suspended.
	pub at: Moment,
}

impl From<&Suspension> for SuspensionJson {
	fn from(suspension: &Suspension) -> Self {
		Self {
			from: status_name(suspension.from).into(),
			by_org: suspension.by_org,
			reason_hash: hash_hex(&suspension.reason_hash),
			at: suspension.at,
		}
	}
}

/// One version of a trial's protocol.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolVersionJson {
	/// Its number: 1 at registration.
	pub version: ProtocolVersion,
	/// The hash of the protocol document.
	pub protocol_hash: String,
	/// The hash of the amendment's summary of changes; `null` for version 1.
	pub summary_hash: Option<String>,
	/// When it was registered or proposed.
	pub proposed_at: Moment,
	/// When an ethics committee approved it; `null` while pending.
	pub approved_at: Option<Moment>,
	/// The hash of the approval decision; `null` while pending.
	pub ethics_decision_hash: Option<String>,
}

impl From<&ProtocolVersionRecord> for ProtocolVersionJson {
	fn from(record: &ProtocolVersionRecord) -> Self {
		Self {
			version: record.version,
			protocol_hash: hash_hex(&record.protocol_hash),
			summary_hash: record.summary_hash.as_ref().map(hash_hex),
			proposed_at: record.proposed_at,
			approved_at: record.approved_at,
			ethics_decision_hash: record.ethics_decision_hash.as_ref().map(hash_hex),
		}
	}
}

/// An outcome a results publication reports on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportedOutcomeJson {
	/// The kind it is reported as.
	pub kind: String,
	/// The hash of its definition and time frame.
	pub definition_hash: String,
}

impl From<&ReportedOutcome> for ReportedOutcomeJson {
	fn from(outcome: &ReportedOutcome) -> Self {
		Self {
			kind: outcome_kind_name(outcome.kind).into(),
			definition_hash: hash_hex(&outcome.definition_hash),
		}
	}
}

/// A difference between the pre-registered outcomes and those the results report, tagged by
/// `"type"`: `{"type": "Missing", "kind": "Primary", "definitionHash": "0x…"}`,
/// `{"type": "Unregistered", "kind": …, "definitionHash": …}` or
/// `{"type": "KindChanged", "definitionHash": …, "registered": "Secondary", "reported": …}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all_fields = "camelCase")]
pub enum DiscrepancyJson {
	/// A pre-registered outcome the results do not report.
	Missing {
		/// Its registered kind.
		kind: String,
		/// The hash of its definition and time frame.
		definition_hash: String,
	},
	/// A reported outcome that was not pre-registered.
	Unregistered {
		/// The kind it is reported as.
		kind: String,
		/// The hash of its definition and time frame.
		definition_hash: String,
	},
	/// A pre-registered outcome reported as the other kind.
	KindChanged {
		/// The hash of its definition and time frame.
		definition_hash: String,
		/// The kind it was registered as.
		registered: String,
		/// The kind it is reported as.
		reported: String,
	},
}

impl From<&OutcomeDiscrepancy> for DiscrepancyJson {
	fn from(discrepancy: &OutcomeDiscrepancy) -> Self {
		match discrepancy {
			OutcomeDiscrepancy::Missing { kind, definition_hash } => Self::Missing {
				kind: outcome_kind_name(*kind).into(),
				definition_hash: hash_hex(definition_hash),
			},
			OutcomeDiscrepancy::Unregistered { kind, definition_hash } => Self::Unregistered {
				kind: outcome_kind_name(*kind).into(),
				definition_hash: hash_hex(definition_hash),
			},
			OutcomeDiscrepancy::KindChanged { definition_hash, registered, reported } => {
				Self::KindChanged {
					definition_hash: hash_hex(definition_hash),
					registered: outcome_kind_name(*registered).into(),
					reported: outcome_kind_name(*reported).into(),
				}
			}
		}
	}
}

/// A trial's published results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultsJson {
	/// The hash of the results document.
	pub results_hash: String,
	/// The outcomes reported, as published.
	pub reported: Vec<ReportedOutcomeJson>,
	/// How they differ from the pre-registered ones.
	pub discrepancies: Vec<DiscrepancyJson>,
	/// Who published them, as an SS58 address.
	pub published_by: String,
	/// When.
	pub published_at: Moment,
}

impl ResultsJson {
	/// Published results as JSON.
	pub fn new<R>(results: &Results<R>) -> Self
	where
		R: Config,
		R::AccountId: Ss58Codec,
	{
		Self {
			results_hash: hash_hex(&results.results_hash),
			reported: results.reported.iter().map(ReportedOutcomeJson::from).collect(),
			discrepancies: results.discrepancies.iter().map(DiscrepancyJson::from).collect(),
			published_by: account_ss58(&results.published_by),
			published_at: results.published_at,
		}
	}
}

/// A trial's pre-registered outcomes and, once published, its results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeReportJson {
	/// The pre-registered outcomes.
	pub outcomes: Vec<OutcomeJson>,
	/// The results with their discrepancies; `null` until published.
	pub results: Option<ResultsJson>,
}

impl OutcomeReportJson {
	/// An outcome report as JSON.
	pub fn new<R>(outcomes: &[OutcomeCommitment], results: Option<&Results<R>>) -> Self
	where
		R: Config,
		R::AccountId: Ss58Codec,
	{
		Self { outcomes: OutcomeJson::list(outcomes), results: results.map(ResultsJson::new) }
	}
}

/// A trial's enrolment counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnrolmentCountsJson {
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

impl From<&EnrolmentCounts> for EnrolmentCountsJson {
	fn from(counts: &EnrolmentCounts) -> Self {
		Self {
			pending: counts.pending,
			enrolled: counts.enrolled,
			screened_out: counts.screened_out,
			withdrawn: counts.withdrawn,
			needing_reconsent: counts.needing_reconsent,
		}
	}
}

/// Why the site screened an enrolment out, tagged by `"reason"`: `{"reason": "NotEligible"}`,
/// `{"reason": "ConsentInvalid"}`, `{"reason": "Duplicate"}` or
/// `{"reason": "Other", "code": 7}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason")]
pub enum ScreeningReasonJson {
	/// Does not meet the eligibility criteria.
	NotEligible,
	/// The research consent does not hold up.
	ConsentInvalid,
	/// Already taking part under another account.
	Duplicate,
	/// A reason of the sponsor's own list.
	Other {
		/// Its code.
		code: u16,
	},
}

impl From<ScreeningReason> for ScreeningReasonJson {
	fn from(reason: ScreeningReason) -> Self {
		match reason {
			ScreeningReason::NotEligible => Self::NotEligible,
			ScreeningReason::ConsentInvalid => Self::ConsentInvalid,
			ScreeningReason::Duplicate => Self::Duplicate,
			ScreeningReason::Other(code) => Self::Other { code },
		}
	}
}

/// A participant's enrolment in a trial.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnrolmentJson {
	/// The protocol version the participant consented to.
	pub protocol_version: ProtocolVersion,
	/// The id of the research consent that permitted it.
	pub consent: ConsentId,
	/// When the participant last asked to enrol.
	pub requested_at: Moment,
	/// When the site confirmed or screened out that request; `null` while pending.
	pub decided_at: Option<Moment>,
	/// When the participant last re-consented; `null` if they have not.
	pub reconsented_at: Option<Moment>,
	/// `"Pending"`, `"Enrolled"`, `"ScreenedOut"` or `"Withdrawn"`.
	pub status: String,
	/// Why the site screened the enrolment out; `null` unless `"ScreenedOut"`.
	pub screening_reason: Option<ScreeningReasonJson>,
	/// When the participant withdrew; `null` unless `"Withdrawn"`.
	pub withdrawn_at: Option<Moment>,
	/// How many times the account has asked to enrol in the trial, this time included.
	pub attempts: u32,
	/// Whether the participant must consent to the protocol version in force.
	pub needs_reconsent: bool,
}

impl EnrolmentJson {
	/// An enrolment as JSON, in a trial whose protocol version in force is `current`.
	pub fn new(enrolment: &Enrolment, current: ProtocolVersion) -> Self {
		let screening_reason = match enrolment.status {
			EnrolmentStatus::ScreenedOut(reason) => Some(ScreeningReasonJson::from(reason)),
			EnrolmentStatus::Pending | EnrolmentStatus::Enrolled | EnrolmentStatus::Withdrawn => {
				None
			}
		};
		Self {
			protocol_version: enrolment.protocol_version,
			consent: enrolment.consent,
			requested_at: enrolment.requested_at,
			decided_at: enrolment.decided_at,
			reconsented_at: enrolment.reconsented_at,
			status: enrolment_status_name(enrolment.status).into(),
			screening_reason,
			withdrawn_at: enrolment.withdrawn_at,
			attempts: enrolment.attempts,
			needs_reconsent: enrolment.needs_reconsent(current),
		}
	}
}

/// A commitment to a snapshot of a trial's data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DataSnapshotJson {
	/// Its index in the trial, from 0.
	pub index: u32,
	/// The hash of the snapshot.
	pub snapshot_hash: String,
	/// How many records it holds.
	pub record_count: u32,
	/// The start of the period it covers.
	pub period_start: Moment,
	/// The end of that period.
	pub period_end: Moment,
	/// The investigator who committed it, as an SS58 address.
	pub by: String,
	/// When it was committed.
	pub at: Moment,
}

impl DataSnapshotJson {
	/// Snapshot `index` as JSON.
	pub fn new<AccountId: Ss58Codec>(index: u32, snapshot: &DataSnapshot<AccountId>) -> Self {
		Self {
			index,
			snapshot_hash: hash_hex(&snapshot.snapshot_hash),
			record_count: snapshot.record_count,
			period_start: snapshot.period_start,
			period_end: snapshot.period_end,
			by: account_ss58(&snapshot.by),
			at: snapshot.at,
		}
	}
}

/// An adverse-event report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AdverseEventJson {
	/// Its index in the trial, from 0.
	pub index: u32,
	/// The severity's name.
	pub severity: String,
	/// The hash of the report.
	pub report_hash: String,
	/// The investigator who reported it, as an SS58 address.
	pub by: String,
	/// When it was reported.
	pub at: Moment,
}

impl AdverseEventJson {
	/// Report `index` as JSON.
	pub fn new<AccountId: Ss58Codec>(index: u32, event: &AdverseEvent<AccountId>) -> Self {
		Self {
			index,
			severity: severity_name(event.severity).into(),
			report_hash: hash_hex(&event.report_hash),
			by: account_ss58(&event.by),
			at: event.at,
		}
	}
}

/// Which record of a trial a hash is, tagged by `"artifact"`:
/// `{"artifact": "Protocol", "version": 2}`, `{"artifact": "Outcome", "index": 0}`,
/// `{"artifact": "Results"}`, ...
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "artifact")]
pub enum ArtifactJson {
	/// The full registration data set.
	RegistrationDataSet,
	/// The protocol document of a version.
	Protocol {
		/// The protocol version.
		version: ProtocolVersion,
	},
	/// The summary of changes of an amendment.
	ProtocolSummary {
		/// The protocol version the amendment proposed.
		version: ProtocolVersion,
	},
	/// A pre-registered outcome.
	Outcome {
		/// Its position in the registration, from 0.
		index: u32,
	},
	/// The ethics decision approving a protocol version (1: the trial's approval).
	EthicsDecision {
		/// The protocol version approved.
		version: ProtocolVersion,
	},
	/// The reason the trial was terminated.
	TerminationReason,
	/// The results document.
	Results,
	/// A data snapshot.
	DataSnapshot {
		/// Its index, from 0.
		index: u32,
	},
	/// An adverse-event report.
	AdverseEvent {
		/// Its index, from 0.
		index: u32,
	},
}

impl From<TrialArtifact> for ArtifactJson {
	fn from(artifact: TrialArtifact) -> Self {
		match artifact {
			TrialArtifact::RegistrationDataSet => Self::RegistrationDataSet,
			TrialArtifact::Protocol(version) => Self::Protocol { version },
			TrialArtifact::ProtocolSummary(version) => Self::ProtocolSummary { version },
			TrialArtifact::Outcome(index) => Self::Outcome { index },
			TrialArtifact::EthicsDecision(version) => Self::EthicsDecision { version },
			TrialArtifact::TerminationReason => Self::TerminationReason,
			TrialArtifact::Results => Self::Results,
			TrialArtifact::DataSnapshot(index) => Self::DataSnapshot { index },
			TrialArtifact::AdverseEvent(index) => Self::AdverseEvent { index },
		}
	}
}
