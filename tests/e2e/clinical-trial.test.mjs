// End-to-end test of the clinical-trial registry on `healthchain-node --dev`, driven as a
// sponsor's, an ethics committee's, a regulator's and patients' software would drive it, and
// queried over the `clinicalTrial_*` JSON-RPC as a researcher or auditor would:
//
// - the demo sponsor registers a trial with pre-registered outcomes, the demo ethics committee
//   approves it, and recruitment opens;
// - a patient with research consent to the trial's sponsor, allowing reads, for the trial's
//   protocol version asks to enrol and is pending until the sponsor's investigator confirms
//   them; one without such consent (none, one to another organisation, one without the read
//   action) is refused;
// - an approved protocol amendment flags the enrolled patient for re-consent, until they
//   consent to the new version;
// - the sponsor commits a data snapshot and an adverse event, and publishes results that drop
//   a pre-registered primary outcome and add one that was not pre-registered: both are
//   flagged on chain and in the outcome report;
// - a regulator suspends the trial; another oversight body cannot lift the suspension, the
//   regulator can.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { stringToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

import { blockTime, eventFields, findEvent, signAndSendInBlock } from './lib/chain.mjs';
import { rpc, withNodeLogs } from './lib/node.mjs';
import { useDevNode } from './lib/suite.mjs';

/** Demo organisation ids (see runtime/src/demo_consortium.rs). */
const ETHICS_COMMITTEE = 6;
const REGULATOR = 7;
const TRIAL_SPONSOR = 8;
const RESEARCH_INSTITUTE = 9;

/** JSON-RPC error codes of the `clinicalTrial_*` namespace. */
const INVALID_PARAMS = -32602;
const UNKNOWN_TRIAL = 4001;

/** The trial's public registry metadata: no patient data. */
const TITLE = 'Statin dose trial in early-stage breast cancer';
const CONDITION = 'C50.9';
const COUNTRIES = ['DE', 'FR'];
const SECONDARY_ID = 'NCT01234567';

/** The hash of each off-chain document, as the sponsor and the committee would compute it. */
const DOCUMENT = {
	dataSet: blake2AsHex('WHO TRDS data set: statin dose trial in early-stage breast cancer'),
	protocolV1: blake2AsHex('Statin dose trial protocol, version 1'),
	primaryOutcome: blake2AsHex('Primary outcome: invasive disease-free survival at 5 years'),
	secondPrimaryOutcome: blake2AsHex('Primary outcome: change in LDL cholesterol at 12 weeks'),
	secondaryOutcome: blake2AsHex('Secondary outcome: grade 3 or higher myalgia within 24 weeks'),
	approvalV1: blake2AsHex('Ethics committee decision: protocol version 1 approved'),
	protocolV2: blake2AsHex('Statin dose trial protocol, version 2'),
	amendmentSummary: blake2AsHex('Summary of changes: protocol version 1 to 2'),
	approvalV2: blake2AsHex('Ethics committee decision: protocol version 2 approved'),
	dataSnapshot: blake2AsHex('Data export: statin dose trial, first four weeks'),
	adverseEvent: blake2AsHex('Adverse event report: grade 2 myalgia'),
	results: blake2AsHex('Results: statin dose trial in early-stage breast cancer'),
	unregisteredOutcome: blake2AsHex('Outcome not pre-registered: overall survival at 3 years'),
};

/** The suite's dev node and its API connection (see lib/suite.mjs). */
let dev = null;
const account = (uri) => dev.account(uri);

/** What the steps hand on to the next ones (times are the chain's, in milliseconds). */
const state = {
	trial: null,
	recruitmentStartedAt: null,
	firstConsent: null,
	requestedAt: null,
	confirmedAt: null,
	snapshot: null,
};

/** The trial registered by the first step; fails the later steps clearly if it did not run. */
function registeredTrial() {
	assert.notEqual(state.trial, null, 'an earlier step should have registered the trial');
	return state.trial;
}

/**
 * Asserts that `typed` (an answer decoded with @healthchain/api's types, as JSON) says what
 * `raw` (the node's JSON) says: every field of `raw` is in `typed` with the same value, and a
 * field only `typed` has (a variant's field another variant lacks) is null.
 */
function assertSameAnswer(typed, raw, path) {
	if (Array.isArray(raw)) {
		assert.ok(Array.isArray(typed), `${path}: the package decoded ${JSON.stringify(typed)}, not a list`);
		assert.equal(typed.length, raw.length, `${path}: the package decoded ${typed.length} items, not ${raw.length}`);
		raw.forEach((item, i) => assertSameAnswer(typed[i], item, `${path}[${i}]`));
	} else if (raw !== null && typeof raw === 'object') {
		assert.ok(typed !== null && typeof typed === 'object', `${path}: the package decoded ${JSON.stringify(typed)}`);
		for (const [key, value] of Object.entries(raw)) {
			assert.ok(key in typed, `${path}.${key}: the package's type has no such field`);
			assertSameAnswer(typed[key], value, `${path}.${key}`);
		}
		for (const key of Object.keys(typed).filter((key) => !(key in raw))) {
			assert.equal(typed[key], null, `${path}.${key}: the node sent no such field`);
		}
	} else {
		assert.deepEqual(typed, raw, `${path}: the package decoded another value`);
	}
}

/**
 * Calls `method` over the node's HTTP JSON-RPC (the `at` block parameter left out), as a
 * researcher with `curl` would, and returns its answer. The same call through
 * `dev.api.rpc.clinicalTrial` (@healthchain/api's definitions) must answer the same, so every
 * answer this suite reads checks the package's types too.
 */
async function query(method, ...params) {
	const raw = await rpc(dev.node.httpUrl, method, params);
	const [section, name] = method.split('_');
	const typed = await dev.api.rpc[section][name](...params);
	assertSameAnswer(typed.toJSON(), raw, method);
	return raw;
}

/** Expects `method(...params)` to fail with JSON-RPC error `code`. */
async function assertRpcError(code, method, ...params) {
	await assert.rejects(
		query(method, ...params),
		(err) => {
			assert.equal(err.rpcError?.code, code, `${method} should fail with code ${code}, got: ${err.message}`);
			return true;
		},
		`${method}(${JSON.stringify(params)}) should fail with JSON-RPC error ${code}`,
	);
}

/** Signs and submits `tx`, and returns the events of its block. */
async function send(tx, signer) {
	return (await signAndSendInBlock(dev.api, tx, signer)).events;
}

/** Signs and submits `tx`, and returns the events of its block and the chain's time in it. */
async function sendTimed(tx, signer) {
	const { blockHash, events } = await signAndSendInBlock(dev.api, tx, signer);
	return { events, now: (await blockTime(dev.api, blockHash)).now };
}

/** The patient gives research consent for `trial` under `protocolVersion` to `grantee`
 * (the trial's sponsor unless said otherwise) with `actions` (read unless said otherwise).
 * Enrolment asks for exactly a grant to the sponsor that allows reading. Returns the
 * consent's id. */
async function grantResearchConsent(
	patient,
	trial,
	protocolVersion,
	{ grantee = TRIAL_SPONSOR, actions = { read: true, write: false } } = {},
) {
	const terms = {
		grantee: { Organization: grantee },
		actions,
		categories: 'All',
		purpose: { Research: { trial, protocolVersion } },
		validFrom: null,
		validUntil: null,
	};
	const events = await send(dev.api.tx.consent.grant(patient.address, terms), patient);
	return eventFields(findEvent(dev.api, events, 'consent', 'ConsentGranted')).consent.toNumber();
}

describe('clinical trials on healthchain-node --dev', { concurrency: false }, () => {
	dev = useDevNode();

	it(
		'registers a trial for the demo sponsor, which the ethics committee approves and the sponsor opens',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const investigator = account('//SponsorInvestigator');
			const reviewer = account('//EthicsReviewer');

			const registration = {
				title: TITLE,
				conditions: [CONDITION],
				phase: 'Phase3',
				studyType: 'Interventional',
				targetEnrolment: 100,
				countries: COUNTRIES.map((code) => stringToU8a(code)),
				secondaryIds: [SECONDARY_ID],
				dataSetHash: DOCUMENT.dataSet,
				protocolHash: DOCUMENT.protocolV1,
				outcomes: [
					{ kind: 'Primary', definitionHash: DOCUMENT.primaryOutcome },
					{ kind: 'Primary', definitionHash: DOCUMENT.secondPrimaryOutcome },
					{ kind: 'Secondary', definitionHash: DOCUMENT.secondaryOutcome },
				],
			};
			const registered = eventFields(
				findEvent(dev.api, await send(dev.api.tx.clinicalTrial.registerTrial(registration), investigator), 'clinicalTrial', 'TrialRegistered'),
			);
			assert.equal(registered.sponsor.toNumber(), TRIAL_SPONSOR, 'the trial is registered for the investigator\'s sponsor');
			state.trial = registered.trial.toNumber();

			const approved = eventFields(
				findEvent(dev.api, 
					await send(dev.api.tx.clinicalTrial.approveTrial(state.trial, DOCUMENT.approvalV1), reviewer),
					'clinicalTrial',
					'TrialApproved',
				),
			);
			assert.equal(approved.trial.toNumber(), state.trial);
			assert.equal(approved.committee.toNumber(), ETHICS_COMMITTEE, 'the reviewer\'s ethics committee approves');
			assert.equal(approved.decisionHash.toHex(), DOCUMENT.approvalV1);

			const opening = await sendTimed(dev.api.tx.clinicalTrial.startRecruiting(state.trial), investigator);
			const started = findEvent(dev.api, opening.events, 'clinicalTrial', 'RecruitmentStarted');
			assert.equal(eventFields(started).trial.toNumber(), state.trial);
			state.recruitmentStartedAt = opening.now;
		}),
	);

	it(
		'enrols a patient with research consent to the sponsor once its investigator confirms, and refuses one without',
		{ timeout: 240_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const trial = registeredTrial();
			const dave = account('//Dave');
			const eve = account('//Eve');
			const investigator = account('//SponsorInvestigator');
			const refusedWithout = async (why) => {
				await assert.rejects(
					send(dev.api.tx.clinicalTrial.enrol(trial), eve),
					/clinicalTrial\.NoResearchConsent/,
					`Eve ${why}, so her enrolment should fail with clinicalTrial.NoResearchConsent`,
				);
			};

			await refusedWithout('gave no research consent');
			// Research consent counts only when given to the trial's sponsor, allowing reads.
			await grantResearchConsent(eve, trial, 1, { grantee: RESEARCH_INSTITUTE });
			await refusedWithout('consented to another organisation than the sponsor');
			await grantResearchConsent(eve, trial, 1, { actions: { read: false, write: true } });
			await refusedWithout('consented to the sponsor without the read action');

			// Dave asks to enrol: his enrolment is pending, and does not count yet.
			state.firstConsent = await grantResearchConsent(dave, trial, 1);
			const request = await sendTimed(dev.api.tx.clinicalTrial.enrol(trial), dave);
			state.requestedAt = request.now;
			const requested = eventFields(findEvent(dev.api, request.events, 'clinicalTrial', 'EnrolmentRequested'));
			assert.equal(requested.trial.toNumber(), trial);
			assert.equal(requested.participant.toString(), dave.address);
			assert.equal(requested.protocolVersion.toNumber(), 1, 'Dave asks to enrol under protocol version 1');
			assert.equal(requested.consent.toNumber(), state.firstConsent, 'the request names Dave\'s research consent');
			assert.equal(requested.attempt.toNumber(), 1, 'Dave\'s first attempt');
			assert.deepEqual(
				await query('clinicalTrial_enrolmentCounts', trial),
				{ pending: 1, enrolled: 0, screenedOut: 0, withdrawn: 0, needingReconsent: 0 },
				'Dave is pending, not enrolled',
			);
			const pending = await query('clinicalTrial_enrolment', trial, dave.address);
			assert.equal(pending.status, 'Pending');
			assert.equal(pending.requestedAt, state.requestedAt);
			assert.equal(pending.decidedAt, null, 'the site has not decided yet');

			// Only the sponsor's site confirms: not the participant.
			await assert.rejects(
				send(dev.api.tx.clinicalTrial.confirmEnrolment(trial, dave.address), dave),
				/clinicalTrial\.NotAMember/,
				'Dave cannot confirm his own enrolment',
			);
			const confirmation = await sendTimed(dev.api.tx.clinicalTrial.confirmEnrolment(trial, dave.address), investigator);
			state.confirmedAt = confirmation.now;
			const confirmed = eventFields(findEvent(dev.api, confirmation.events, 'clinicalTrial', 'EnrolmentConfirmed'));
			assert.equal(confirmed.trial.toNumber(), trial);
			assert.equal(confirmed.participant.toString(), dave.address);
			assert.equal(confirmed.consent.toNumber(), state.firstConsent, 'the confirmation checked Dave\'s research consent again');
			assert.equal(confirmed.by.toString(), investigator.address);
			assert.deepEqual(
				await query('clinicalTrial_enrolmentCounts', trial),
				{ pending: 0, enrolled: 1, screenedOut: 0, withdrawn: 0, needingReconsent: 0 },
				'Dave is enrolled',
			);
		}),
	);

	it(
		'approves a protocol amendment and flags the enrolled patient for re-consent',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const trial = registeredTrial();
			const investigator = account('//SponsorInvestigator');
			const reviewer = account('//EthicsReviewer');

			const proposed = eventFields(
				findEvent(dev.api, 
					await send(dev.api.tx.clinicalTrial.proposeAmendment(trial, DOCUMENT.protocolV2, DOCUMENT.amendmentSummary), investigator),
					'clinicalTrial',
					'AmendmentProposed',
				),
			);
			assert.equal(proposed.version.toNumber(), 2, 'the amendment is protocol version 2');
			assert.equal(proposed.protocolHash.toHex(), DOCUMENT.protocolV2);

			const events = await send(dev.api.tx.clinicalTrial.approveAmendment(trial, DOCUMENT.approvalV2), reviewer);
			const approved = eventFields(findEvent(dev.api, events, 'clinicalTrial', 'AmendmentApproved'));
			assert.equal(approved.version.toNumber(), 2);
			assert.equal(approved.committee.toNumber(), ETHICS_COMMITTEE);
			const reconsent = eventFields(findEvent(dev.api, events, 'clinicalTrial', 'ParticipantsNeedReconsent'));
			assert.equal(reconsent.trial.toNumber(), trial);
			assert.equal(reconsent.version.toNumber(), 2);
			assert.equal(reconsent.count.toNumber(), 1, 'Dave, enrolled under version 1, needs to re-consent');
		}),
	);

	it(
		'answers registry queries over the clinicalTrial_* JSON-RPC',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const trial = registeredTrial();
			const dave = account('//Dave');
			const investigator = account('//SponsorInvestigator');

			assert.deepEqual(
				await query('clinicalTrial_enrolmentCounts', trial),
				{ pending: 0, enrolled: 1, screenedOut: 0, withdrawn: 0, needingReconsent: 1 },
				'one participant enrolled, who needs to re-consent',
			);

			assert.notEqual(state.requestedAt, null, 'an earlier step should have enrolled Dave');
			assert.deepEqual(
				await query('clinicalTrial_enrolment', trial, dave.address),
				{
					protocolVersion: 1,
					consent: state.firstConsent,
					requestedAt: state.requestedAt,
					decidedAt: state.confirmedAt,
					reconsentedAt: null,
					status: 'Enrolled',
					screeningReason: null,
					withdrawnAt: null,
					attempts: 1,
					needsReconsent: true,
				},
				'Dave, confirmed under protocol version 1 with his first request, needs to consent to version 2',
			);

			const history = await query('clinicalTrial_protocolHistory', trial);
			assert.deepEqual(history.map(({ version }) => version), [1, 2], 'the history lists versions 1 and 2');
			assert.equal(history[0].protocolHash, DOCUMENT.protocolV1);
			assert.equal(history[0].summaryHash, null, 'version 1 has no summary of changes');
			assert.equal(history[1].protocolHash, DOCUMENT.protocolV2);
			assert.equal(history[1].summaryHash, DOCUMENT.amendmentSummary);
			assert.deepEqual(
				history.map(({ ethicsDecisionHash }) => ethicsDecisionHash),
				[DOCUMENT.approvalV1, DOCUMENT.approvalV2],
				'both versions carry their ethics decision',
			);

			const details = await query('clinicalTrial_trial', trial);
			assert.ok(details, `clinicalTrial_trial(${trial}) should return the trial`);
			assert.equal(details.id, trial);
			assert.equal(details.sponsor, TRIAL_SPONSOR);
			assert.equal(details.registeredBy, investigator.address, 'the registering investigator, as an SS58 address');
			assert.equal(details.status, 'Recruiting');
			assert.equal(details.currentProtocolVersion, 2, 'the amendment is in force');
			assert.equal(details.pendingAmendment, null);
			assert.equal(details.title, TITLE);
			assert.deepEqual(details.conditions, [CONDITION]);
			assert.equal(details.phase, 'Phase3');
			assert.equal(details.studyType, 'Interventional');
			assert.equal(details.targetEnrolment, 100);
			assert.deepEqual(details.countries, COUNTRIES);
			assert.deepEqual(details.secondaryIds, [SECONDARY_ID]);
			assert.equal(details.dataSetHash, DOCUMENT.dataSet);
			assert.equal(details.approvalHash, DOCUMENT.approvalV1);
			assert.deepEqual(details.outcomes, [
				{ index: 0, kind: 'Primary', definitionHash: DOCUMENT.primaryOutcome },
				{ index: 1, kind: 'Primary', definitionHash: DOCUMENT.secondPrimaryOutcome },
				{ index: 2, kind: 'Secondary', definitionHash: DOCUMENT.secondaryOutcome },
			]);
			assert.equal(details.recruitmentStartedAt, state.recruitmentStartedAt, 'recruitment opened in the block of startRecruiting');
			assert.equal(details.resultsDue, false, 'no results are due while the trial recruits');
			assert.equal(details.pending, 0);
			assert.equal(details.enrolled, 1);
			assert.equal(details.screenedOut, 0);
			assert.equal(details.withdrawn, 0);
			assert.equal(await query('clinicalTrial_trial', 9999), null, 'an unknown trial is null');

			const listed = async (filter) => (await query('clinicalTrial_trials', filter)).map(({ id }) => id);
			assert.ok((await listed({ condition: CONDITION })).includes(trial), `the trials studying ${CONDITION} include the trial`);
			assert.ok((await listed({ status: 'Recruiting' })).includes(trial), 'the recruiting trials include the trial');
			assert.ok(!(await listed({ status: 'Completed' })).includes(trial), 'the completed trials do not include the trial');
			await assertRpcError(INVALID_PARAMS, 'clinicalTrial_trials', { status: 'Bogus' });
			// Parameters left out in the middle (null over HTTP, an empty Option through the
			// package): every trial, from the first, a page of 50.
			assert.ok((await query('clinicalTrial_trials', null, null, 50)).some(({ id }) => id === trial), 'all trials include the trial');

			assert.deepEqual(
				await query('clinicalTrial_findHash', trial, DOCUMENT.protocolV2),
				{ artifact: 'Protocol', version: 2 },
				'the version 2 protocol hash is found as that protocol',
			);
			await assertRpcError(UNKNOWN_TRIAL, 'clinicalTrial_protocolHistory', 9999);
		}),
	);

	it(
		'moves the patient to the amended protocol once they consent to it',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const trial = registeredTrial();
			const dave = account('//Dave');

			const consent = await grantResearchConsent(dave, trial, 2);
			const renewal = await sendTimed(dev.api.tx.clinicalTrial.reconsent(trial), dave);
			const reconsented = eventFields(findEvent(dev.api, renewal.events, 'clinicalTrial', 'ParticipantReconsented'));
			assert.equal(reconsented.participant.toString(), dave.address);
			assert.equal(reconsented.protocolVersion.toNumber(), 2);
			assert.equal(reconsented.consent.toNumber(), consent, 'the re-consent names the version 2 consent');

			assert.deepEqual(
				await query('clinicalTrial_enrolmentCounts', trial),
				{ pending: 0, enrolled: 1, screenedOut: 0, withdrawn: 0, needingReconsent: 0 },
				'nobody needs to re-consent any more',
			);
			const enrolment = await query('clinicalTrial_enrolment', trial, dave.address);
			assert.equal(enrolment.status, 'Enrolled');
			assert.equal(enrolment.protocolVersion, 2);
			assert.equal(enrolment.consent, consent);
			assert.equal(enrolment.reconsentedAt, renewal.now, 'the re-consent is dated');
			assert.equal(enrolment.decidedAt, state.confirmedAt, 'the site\'s confirmation stands');
			assert.equal(enrolment.needsReconsent, false);
		}),
	);

	it(
		'commits data and an adverse event, and flags outcomes the published results switched',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const trial = registeredTrial();
			const investigator = account('//SponsorInvestigator');

			findEvent(dev.api, await send(dev.api.tx.clinicalTrial.closeRecruitment(trial), investigator), 'clinicalTrial', 'RecruitmentClosed');

			// The dev chain's clock is not the wall clock: it starts two hours back and moves on
			// one slot per block (node/src/dev.rs), so the period is taken from the chain's time.
			// A snapshot's period may not end after the block it is committed in.
			const chainNow = (await dev.api.query.timestamp.now()).toNumber();
			const periodEnd = chainNow - 60_000;
			const periodStart = periodEnd - 28 * 24 * 3600 * 1000;
			state.snapshot = { periodStart, periodEnd };
			const committed = eventFields(
				findEvent(dev.api, 
					await send(dev.api.tx.clinicalTrial.commitDataSnapshot(trial, DOCUMENT.dataSnapshot, 1, periodStart, periodEnd), investigator),
					'clinicalTrial',
					'DataSnapshotCommitted',
				),
			);
			assert.equal(committed.index.toNumber(), 0, 'the first snapshot has index 0');
			assert.equal(committed.snapshotHash.toHex(), DOCUMENT.dataSnapshot);

			const reported = eventFields(
				findEvent(dev.api, 
					await send(dev.api.tx.clinicalTrial.reportAdverseEvent(trial, 'Moderate', DOCUMENT.adverseEvent), investigator),
					'clinicalTrial',
					'AdverseEventReported',
				),
			);
			assert.equal(reported.index.toNumber(), 0);
			assert.equal(reported.severity.toString(), 'Moderate');

			// The results leave out the second primary outcome and report one that was never
			// pre-registered: outcome switching, which the chain must flag.
			const outcomes = [
				{ kind: 'Primary', definitionHash: DOCUMENT.primaryOutcome },
				{ kind: 'Secondary', definitionHash: DOCUMENT.secondaryOutcome },
				{ kind: 'Primary', definitionHash: DOCUMENT.unregisteredOutcome },
			];
			const events = await send(dev.api.tx.clinicalTrial.publishResults(trial, DOCUMENT.results, outcomes), investigator);
			const discrepancies = events
				.filter(({ event }) => dev.api.events.clinicalTrial.OutcomeDiscrepancyFound.is(event))
				.map(({ event }) => {
					const { discrepancy } = eventFields(event);
					return { type: discrepancy.type, ...discrepancy.value.toJSON() };
				});
			assert.deepEqual(
				discrepancies,
				[
					{ type: 'Missing', kind: 'Primary', definitionHash: DOCUMENT.secondPrimaryOutcome },
					{ type: 'Unregistered', kind: 'Primary', definitionHash: DOCUMENT.unregisteredOutcome },
				],
				'the omitted primary outcome is Missing and the new one Unregistered',
			);
			const published = eventFields(findEvent(dev.api, events, 'clinicalTrial', 'ResultsPublished'));
			assert.equal(published.resultsHash.toHex(), DOCUMENT.results);
			assert.equal(published.discrepancies.toNumber(), 2, 'two outcome discrepancies');
		}),
	);

	it(
		'reports the outcome discrepancies, the data snapshot and the adverse event over JSON-RPC',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const trial = registeredTrial();
			const investigator = account('//SponsorInvestigator');

			assert.equal((await query('clinicalTrial_trial', trial)).resultsDue, true, 'results are due once the trial recruited and closed recruitment');
			const report = await query('clinicalTrial_outcomeReport', trial);
			assert.equal(report.outcomes.length, 3, 'three pre-registered outcomes');
			assert.ok(report.results, 'the results are published');
			assert.equal(report.results.resultsHash, DOCUMENT.results);
			assert.equal(report.results.publishedBy, investigator.address);
			assert.deepEqual(
				report.results.discrepancies,
				[
					{ type: 'Missing', kind: 'Primary', definitionHash: DOCUMENT.secondPrimaryOutcome },
					{ type: 'Unregistered', kind: 'Primary', definitionHash: DOCUMENT.unregisteredOutcome },
				],
				'the outcome report flags the omitted and the unregistered outcome',
			);

			const snapshots = await query('clinicalTrial_dataSnapshots', trial);
			assert.equal(snapshots.length, 1, 'one data snapshot');
			assert.equal(snapshots[0].index, 0);
			assert.equal(snapshots[0].snapshotHash, DOCUMENT.dataSnapshot);
			assert.equal(snapshots[0].recordCount, 1);
			assert.ok(state.snapshot, 'an earlier step should have committed the snapshot');
			assert.equal(snapshots[0].periodStart, state.snapshot.periodStart);
			assert.equal(snapshots[0].periodEnd, state.snapshot.periodEnd);
			assert.equal(snapshots[0].by, investigator.address);

			const adverse = await query('clinicalTrial_adverseEvents', trial);
			assert.equal(adverse.length, 1, 'one adverse-event report');
			assert.equal(adverse[0].severity, 'Moderate');
			assert.equal(adverse[0].reportHash, DOCUMENT.adverseEvent);
			assert.equal(adverse[0].by, investigator.address);
		}),
	);

	it(
		'shows who suspended the trial, why and where it resumes, until the suspension is lifted',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const trial = registeredTrial();
			const regulator = account('//RegulatorAuditor');
			const reason = blake2AsHex('Regulator notice: suspension pending a safety review');

			const suspended = eventFields(
				findEvent(dev.api, await send(dev.api.tx.clinicalTrial.suspendTrial(trial, reason), regulator), 'clinicalTrial', 'TrialSuspended'),
			);
			assert.equal(suspended.byOrg.toNumber(), REGULATOR);
			assert.equal(suspended.from.toString(), 'Active');

			const details = await query('clinicalTrial_trial', trial);
			assert.equal(details.status, 'Suspended');
			assert.ok(details.suspension, 'a suspended trial carries its suspension');
			assert.equal(details.suspension.from, 'Active', 'the trial resumes where it was');
			assert.equal(details.suspension.byOrg, REGULATOR, 'the demo regulator suspended it');
			assert.equal(details.suspension.reasonHash, reason);
			assert.equal(typeof details.suspension.at, 'number');
			assert.ok(
				(await query('clinicalTrial_trials', { status: 'Suspended' })).some(({ id }) => id === trial),
				'the suspended trials include the trial',
			);

			// Only the body that suspended the trial (or governance) lifts the suspension: not the
			// ethics committee.
			await assert.rejects(
				send(dev.api.tx.clinicalTrial.liftSuspension(trial), account('//EthicsReviewer')),
				/clinicalTrial\.NotTheSuspendingBody/,
				'the ethics committee did not suspend the trial, so it cannot lift the regulator\'s suspension',
			);
			assert.equal((await query('clinicalTrial_trial', trial)).status, 'Suspended');

			const lifted = eventFields(
				findEvent(dev.api, await send(dev.api.tx.clinicalTrial.liftSuspension(trial), regulator), 'clinicalTrial', 'SuspensionLifted'),
			);
			assert.equal(lifted.trial.toNumber(), trial);
			assert.ok(lifted.by.isOrganization, `the suspending body lifted it, got ${lifted.by.toString()}`);
			assert.equal(lifted.by.asOrganization.toNumber(), REGULATOR, 'the regulator that suspended the trial lifts it');
			assert.equal(lifted.status.toString(), 'Active', 'the trial resumes where it was');
			const resumed = await query('clinicalTrial_trial', trial);
			assert.equal(resumed.status, 'Active');
			assert.equal(resumed.suspension, null);
		}),
	);
});
