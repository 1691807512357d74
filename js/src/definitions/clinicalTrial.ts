// The `clinicalTrial_*` JSON-RPC (pallets/clinical-trial/rpc): its methods and the types of
// their answers. Custom RPCs are never in a runtime's metadata, so Polkadot.js knows them only
// from definitions like these. The node answers in plain JSON (camelCase fields, names for
// enum values, SS58 accounts, `0x` hashes); each type below decodes that JSON field for field.
// An internally tagged JSON enum (`{"artifact": "Protocol", "version": 2}`) is a struct here:
// its tag, and each variant's fields as options.
//
// Every optional parameter is an `Option`: Polkadot.js drops only the arguments left off the
// end of a call and turns any other into its declared type, so `trials(undefined, undefined,
// 10)` would send filter `{"status":"Registered"}` and startAfter 0 were they plain types; as
// options they go as `null`, which the node reads as "left out".
//
// One limit of Polkadot.js's `Text`: a string that is `0x` and valid hex is read as the UTF-8
// of those bytes (a secondary id `"0x4142"` reads `"AB"`). The node's exact JSON is always
// `api.rpc.clinicalTrial.<method>.raw(...)`.

/** The block to answer at: the best block when left out. */
const AT = { name: 'at', type: 'Option<BlockHash>', isOptional: true };
const TRIAL = { name: 'trial', type: 'u32' };
const START = { name: 'start', type: 'Option<u32>', isOptional: true };
const LIMIT = { name: 'limit', type: 'Option<u32>', isOptional: true };

export default {
	rpc: {
		trial: {
			description: 'Trial `trial`, or None if no trial has that id.',
			params: [TRIAL, AT],
			type: 'Option<ClinicalTrialInfo>',
		},
		trials: {
			description:
				'One page of the trials `filter` selects (every trial when left out): at most `limit` (20 when left out, capped at the runtime\'s MaxPageSize) after trial `startAfter`, the last id of the previous page. An empty page ends the listing.',
			params: [
				{ name: 'filter', type: 'Option<ClinicalTrialFilter>', isOptional: true },
				{ name: 'startAfter', type: 'Option<u32>', isOptional: true },
				LIMIT,
				AT,
			],
			type: 'Vec<ClinicalTrialInfo>',
		},
		protocolHistory: {
			description: 'Every protocol version of `trial`, oldest first, a pending amendment included.',
			params: [TRIAL, AT],
			type: 'Vec<ClinicalTrialProtocolVersion>',
		},
		outcomeReport: {
			description:
				'The pre-registered outcomes of `trial` and, once published, its results with their outcome discrepancies.',
			params: [TRIAL, AT],
			type: 'ClinicalTrialOutcomeReport',
		},
		enrolmentCounts: {
			description:
				'How many enrolments of `trial` are pending, enrolled, screened out and withdrawn, and how many participants need to re-consent.',
			params: [TRIAL, AT],
			type: 'ClinicalTrialEnrolmentCounts',
		},
		enrolment: {
			description: 'The enrolment of `participant` in `trial`, or None if the account never enrolled.',
			params: [TRIAL, { name: 'participant', type: 'AccountId' }, AT],
			type: 'Option<ClinicalTrialEnrolment>',
		},
		dataSnapshots: {
			description:
				'One page of the data snapshots of `trial`, oldest first: at most `limit` from the `start`-th (0 when left out).',
			params: [TRIAL, START, LIMIT, AT],
			type: 'Vec<ClinicalTrialDataSnapshot>',
		},
		adverseEvents: {
			description: 'One page of the adverse-event reports of `trial`, oldest first, as dataSnapshots.',
			params: [TRIAL, START, LIMIT, AT],
			type: 'Vec<ClinicalTrialAdverseEvent>',
		},
		findHash: {
			description: 'Which record of `trial` the document hashing to `hash` is, or None if it is none of them.',
			params: [TRIAL, { name: 'hash', type: 'H256' }, AT],
			type: 'Option<ClinicalTrialArtifact>',
		},
	},
	types: {
		ClinicalTrialStatus: {
			_enum: ['Registered', 'Approved', 'Recruiting', 'Active', 'Completed', 'Terminated', 'Suspended'],
		},
		ClinicalTrialPhase: {
			_enum: ['EarlyPhase1', 'Phase1', 'Phase1Phase2', 'Phase2', 'Phase2Phase3', 'Phase3', 'Phase4', 'NotApplicable'],
		},
		ClinicalTrialStudyType: { _enum: ['Interventional', 'Observational', 'ExpandedAccess'] },
		ClinicalTrialOutcomeKind: { _enum: ['Primary', 'Secondary'] },
		ClinicalTrialEnrolmentStatus: { _enum: ['Pending', 'Enrolled', 'ScreenedOut', 'Withdrawn'] },
		ClinicalTrialSeverity: { _enum: ['Mild', 'Moderate', 'Severe', 'LifeThreatening', 'Fatal'] },
		/** A trial filter; it encodes as the RPC's `{"status": "Recruiting"}` and the like. */
		ClinicalTrialFilter: {
			_enum: {
				Status: 'ClinicalTrialStatus',
				Condition: 'Text',
				Sponsor: 'u32',
				Phase: 'ClinicalTrialPhase',
			},
		},
		ClinicalTrialOutcome: {
			index: 'u32',
			kind: 'ClinicalTrialOutcomeKind',
			definitionHash: 'H256',
		},
		ClinicalTrialSuspension: {
			from: 'ClinicalTrialStatus',
			byOrg: 'u32',
			reasonHash: 'H256',
			at: 'u64',
		},
		ClinicalTrialInfo: {
			id: 'u32',
			sponsor: 'u32',
			registeredBy: 'AccountId',
			title: 'Text',
			conditions: 'Vec<Text>',
			phase: 'ClinicalTrialPhase',
			studyType: 'ClinicalTrialStudyType',
			targetEnrolment: 'u32',
			countries: 'Vec<Text>',
			secondaryIds: 'Vec<Text>',
			dataSetHash: 'H256',
			protocolHash: 'H256',
			outcomes: 'Vec<ClinicalTrialOutcome>',
			status: 'ClinicalTrialStatus',
			suspension: 'Option<ClinicalTrialSuspension>',
			currentProtocolVersion: 'u32',
			pendingAmendment: 'Option<u32>',
			approvalHash: 'Option<H256>',
			ethicsCommittee: 'Option<u32>',
			terminationReason: 'Option<H256>',
			registeredAt: 'u64',
			recruitmentStartedAt: 'Option<u64>',
			resultsDue: 'bool',
			pending: 'u32',
			enrolled: 'u32',
			screenedOut: 'u32',
			withdrawn: 'u32',
			dataSnapshots: 'u32',
			adverseEvents: 'u32',
		},
		ClinicalTrialProtocolVersion: {
			version: 'u32',
			protocolHash: 'H256',
			summaryHash: 'Option<H256>',
			proposedAt: 'u64',
			approvedAt: 'Option<u64>',
			ethicsDecisionHash: 'Option<H256>',
		},
		ClinicalTrialReportedOutcome: {
			kind: 'ClinicalTrialOutcomeKind',
			definitionHash: 'H256',
		},
		ClinicalTrialDiscrepancyType: { _enum: ['Missing', 'Unregistered', 'KindChanged'] },
		/** `Missing` and `Unregistered` carry `kind`; `KindChanged` carries `registered` and `reported`. */
		ClinicalTrialDiscrepancy: {
			type: 'ClinicalTrialDiscrepancyType',
			definitionHash: 'H256',
			kind: 'Option<ClinicalTrialOutcomeKind>',
			registered: 'Option<ClinicalTrialOutcomeKind>',
			reported: 'Option<ClinicalTrialOutcomeKind>',
		},
		ClinicalTrialResults: {
			resultsHash: 'H256',
			reported: 'Vec<ClinicalTrialReportedOutcome>',
			discrepancies: 'Vec<ClinicalTrialDiscrepancy>',
			publishedBy: 'AccountId',
			publishedAt: 'u64',
		},
		ClinicalTrialOutcomeReport: {
			outcomes: 'Vec<ClinicalTrialOutcome>',
			results: 'Option<ClinicalTrialResults>',
		},
		ClinicalTrialEnrolmentCounts: {
			pending: 'u32',
			enrolled: 'u32',
			screenedOut: 'u32',
			withdrawn: 'u32',
			needingReconsent: 'u32',
		},
		ClinicalTrialScreeningReasonKind: { _enum: ['NotEligible', 'ConsentInvalid', 'Duplicate', 'Other'] },
		/** `Other` carries the sponsor's `code`. */
		ClinicalTrialScreeningReason: {
			reason: 'ClinicalTrialScreeningReasonKind',
			code: 'Option<u16>',
		},
		ClinicalTrialEnrolment: {
			protocolVersion: 'u32',
			consent: 'u64',
			requestedAt: 'u64',
			decidedAt: 'Option<u64>',
			reconsentedAt: 'Option<u64>',
			status: 'ClinicalTrialEnrolmentStatus',
			screeningReason: 'Option<ClinicalTrialScreeningReason>',
			withdrawnAt: 'Option<u64>',
			attempts: 'u32',
			needsReconsent: 'bool',
		},
		ClinicalTrialDataSnapshot: {
			index: 'u32',
			snapshotHash: 'H256',
			recordCount: 'u32',
			periodStart: 'u64',
			periodEnd: 'u64',
			by: 'AccountId',
			at: 'u64',
		},
		ClinicalTrialAdverseEvent: {
			index: 'u32',
			severity: 'ClinicalTrialSeverity',
			reportHash: 'H256',
			by: 'AccountId',
			at: 'u64',
		},
		ClinicalTrialArtifactKind: {
			_enum: [
				'RegistrationDataSet',
				'Protocol',
				'ProtocolSummary',
				'Outcome',
				'EthicsDecision',
				'TerminationReason',
				'Results',
				'DataSnapshot',
				'AdverseEvent',
			],
		},
		/** `version` for the protocol kinds, `index` for outcomes, snapshots and adverse events. */
		ClinicalTrialArtifact: {
			artifact: 'ClinicalTrialArtifactKind',
			version: 'Option<u32>',
			index: 'Option<u32>',
		},
	},
};
