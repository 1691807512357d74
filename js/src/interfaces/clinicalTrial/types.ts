// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { Enum, Option, Struct, Text, Vec, bool, u16, u32, u64 } from '@polkadot/types-codec';
import type { AccountId, H256 } from '@polkadot/types/interfaces/runtime';

/** @name ClinicalTrialAdverseEvent */
export interface ClinicalTrialAdverseEvent extends Struct {
  readonly index: u32;
  readonly severity: ClinicalTrialSeverity;
  readonly reportHash: H256;
  readonly by: AccountId;
  readonly at: u64;
}

/** @name ClinicalTrialArtifact */
export interface ClinicalTrialArtifact extends Struct {
  readonly artifact: ClinicalTrialArtifactKind;
  readonly version: Option<u32>;
  readonly index: Option<u32>;
}

/** @name ClinicalTrialArtifactKind */
export interface ClinicalTrialArtifactKind extends Enum {
  readonly isRegistrationDataSet: boolean;
  readonly isProtocol: boolean;
  readonly isProtocolSummary: boolean;
  readonly isOutcome: boolean;
  readonly isEthicsDecision: boolean;
  readonly isTerminationReason: boolean;
  readonly isResults: boolean;
  readonly isDataSnapshot: boolean;
  readonly isAdverseEvent: boolean;
  readonly type: 'RegistrationDataSet' | 'Protocol' | 'ProtocolSummary' | 'Outcome' | 'EthicsDecision' | 'TerminationReason' | 'Results' | 'DataSnapshot' | 'AdverseEvent';
}

/** @name ClinicalTrialDataSnapshot */
export interface ClinicalTrialDataSnapshot extends Struct {
  readonly index: u32;
  readonly snapshotHash: H256;
  readonly recordCount: u32;
  readonly periodStart: u64;
  readonly periodEnd: u64;
  readonly by: AccountId;
  readonly at: u64;
}

/** @name ClinicalTrialDiscrepancy */
export interface ClinicalTrialDiscrepancy extends Struct {
  readonly type: ClinicalTrialDiscrepancyType;
  readonly definitionHash: H256;
  readonly kind: Option<ClinicalTrialOutcomeKind>;
  readonly registered: Option<ClinicalTrialOutcomeKind>;
  readonly reported: Option<ClinicalTrialOutcomeKind>;
}

/** @name ClinicalTrialDiscrepancyType */
export interface ClinicalTrialDiscrepancyType extends Enum {
  readonly isMissing: boolean;
  readonly isUnregistered: boolean;
  readonly isKindChanged: boolean;
  readonly type: 'Missing' | 'Unregistered' | 'KindChanged';
}

/** @name ClinicalTrialEnrolment */
export interface ClinicalTrialEnrolment extends Struct {
  readonly protocolVersion: u32;
  readonly consent: u64;
  readonly requestedAt: u64;
  readonly decidedAt: Option<u64>;
  readonly reconsentedAt: Option<u64>;
  readonly status: ClinicalTrialEnrolmentStatus;
  readonly screeningReason: Option<ClinicalTrialScreeningReason>;
  readonly withdrawnAt: Option<u64>;
  readonly attempts: u32;
  readonly needsReconsent: bool;
}

/** @name ClinicalTrialEnrolmentCounts */
export interface ClinicalTrialEnrolmentCounts extends Struct {
  readonly pending: u32;
  readonly enrolled: u32;
  readonly screenedOut: u32;
  readonly withdrawn: u32;
  readonly needingReconsent: u32;
}

/** @name ClinicalTrialEnrolmentStatus */
export interface ClinicalTrialEnrolmentStatus extends Enum {
  readonly isPending: boolean;
  readonly isEnrolled: boolean;
  readonly isScreenedOut: boolean;
  readonly isWithdrawn: boolean;
  readonly type: 'Pending' | 'Enrolled' | 'ScreenedOut' | 'Withdrawn';
}

/** @name ClinicalTrialFilter */
export interface ClinicalTrialFilter extends Enum {
  readonly isStatus: boolean;
  readonly asStatus: ClinicalTrialStatus;
  readonly isCondition: boolean;
  readonly asCondition: Text;
  readonly isSponsor: boolean;
  readonly asSponsor: u32;
  readonly isPhase: boolean;
  readonly asPhase: ClinicalTrialPhase;
  readonly type: 'Status' | 'Condition' | 'Sponsor' | 'Phase';
}

/** @name ClinicalTrialInfo */
export interface ClinicalTrialInfo extends Struct {
  readonly id: u32;
  readonly sponsor: u32;
  readonly registeredBy: AccountId;
  readonly title: Text;
  readonly conditions: Vec<Text>;
  readonly phase: ClinicalTrialPhase;
  readonly studyType: ClinicalTrialStudyType;
  readonly targetEnrolment: u32;
  readonly countries: Vec<Text>;
  readonly secondaryIds: Vec<Text>;
  readonly dataSetHash: H256;
  readonly protocolHash: H256;
  readonly outcomes: Vec<ClinicalTrialOutcome>;
  readonly status: ClinicalTrialStatus;
  readonly suspension: Option<ClinicalTrialSuspension>;
  readonly currentProtocolVersion: u32;
  readonly pendingAmendment: Option<u32>;
  readonly approvalHash: Option<H256>;
  readonly ethicsCommittee: Option<u32>;
  readonly terminationReason: Option<H256>;
  readonly registeredAt: u64;
  readonly recruitmentStartedAt: Option<u64>;
  readonly resultsDue: bool;
  readonly pending: u32;
  readonly enrolled: u32;
  readonly screenedOut: u32;
  readonly withdrawn: u32;
  readonly dataSnapshots: u32;
  readonly adverseEvents: u32;
}

/** @name ClinicalTrialOutcome */
export interface ClinicalTrialOutcome extends Struct {
  readonly index: u32;
  readonly kind: ClinicalTrialOutcomeKind;
  readonly definitionHash: H256;
}

/** @name ClinicalTrialOutcomeKind */
export interface ClinicalTrialOutcomeKind extends Enum {
  readonly isPrimary: boolean;
  readonly isSecondary: boolean;
  readonly type: 'Primary' | 'Secondary';
}

/** @name ClinicalTrialOutcomeReport */
export interface ClinicalTrialOutcomeReport extends Struct {
  readonly outcomes: Vec<ClinicalTrialOutcome>;
  readonly results: Option<ClinicalTrialResults>;
}

/** @name ClinicalTrialPhase */
export interface ClinicalTrialPhase extends Enum {
  readonly isEarlyPhase1: boolean;
  readonly isPhase1: boolean;
  readonly isPhase1Phase2: boolean;
  readonly isPhase2: boolean;
  readonly isPhase2Phase3: boolean;
  readonly isPhase3: boolean;
  readonly isPhase4: boolean;
  readonly isNotApplicable: boolean;
  readonly type: 'EarlyPhase1' | 'Phase1' | 'Phase1Phase2' | 'Phase2' | 'Phase2Phase3' | 'Phase3' | 'Phase4' | 'NotApplicable';
}

/** @name ClinicalTrialProtocolVersion */
export interface ClinicalTrialProtocolVersion extends Struct {
  readonly version: u32;
  readonly protocolHash: H256;
  readonly summaryHash: Option<H256>;
  readonly proposedAt: u64;
  readonly approvedAt: Option<u64>;
  readonly ethicsDecisionHash: Option<H256>;
}

/** @name ClinicalTrialReportedOutcome */
export interface ClinicalTrialReportedOutcome extends Struct {
  readonly kind: ClinicalTrialOutcomeKind;
  readonly definitionHash: H256;
}

/** @name ClinicalTrialResults */
export interface ClinicalTrialResults extends Struct {
  readonly resultsHash: H256;
  readonly reported: Vec<ClinicalTrialReportedOutcome>;
  readonly discrepancies: Vec<ClinicalTrialDiscrepancy>;
  readonly publishedBy: AccountId;
  readonly publishedAt: u64;
}

/** @name ClinicalTrialScreeningReason */
export interface ClinicalTrialScreeningReason extends Struct {
  readonly reason: ClinicalTrialScreeningReasonKind;
  readonly code: Option<u16>;
}

/** @name ClinicalTrialScreeningReasonKind */
export interface ClinicalTrialScreeningReasonKind extends Enum {
  readonly isNotEligible: boolean;
  readonly isConsentInvalid: boolean;
  readonly isDuplicate: boolean;
  readonly isOther: boolean;
  readonly type: 'NotEligible' | 'ConsentInvalid' | 'Duplicate' | 'Other';
}

/** @name ClinicalTrialSeverity */
export interface ClinicalTrialSeverity extends Enum {
  readonly isMild: boolean;
  readonly isModerate: boolean;
  readonly isSevere: boolean;
  readonly isLifeThreatening: boolean;
  readonly isFatal: boolean;
  readonly type: 'Mild' | 'Moderate' | 'Severe' | 'LifeThreatening' | 'Fatal';
}

/** @name ClinicalTrialStatus */
export interface ClinicalTrialStatus extends Enum {
  readonly isRegistered: boolean;
  readonly isApproved: boolean;
  readonly isRecruiting: boolean;
  readonly isActive: boolean;
  readonly isCompleted: boolean;
  readonly isTerminated: boolean;
  readonly isSuspended: boolean;
  readonly type: 'Registered' | 'Approved' | 'Recruiting' | 'Active' | 'Completed' | 'Terminated' | 'Suspended';
}

/** @name ClinicalTrialStudyType */
export interface ClinicalTrialStudyType extends Enum {
  readonly isInterventional: boolean;
  readonly isObservational: boolean;
  readonly isExpandedAccess: boolean;
  readonly type: 'Interventional' | 'Observational' | 'ExpandedAccess';
}

/** @name ClinicalTrialSuspension */
export interface ClinicalTrialSuspension extends Struct {
  readonly from: ClinicalTrialStatus;
  readonly byOrg: u32;
  readonly reasonHash: H256;
  readonly at: u64;
}

export type PHANTOM_CLINICALTRIAL = 'clinicalTrial';
