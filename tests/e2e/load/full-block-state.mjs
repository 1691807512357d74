// The genesis state of the full-block benchmarks (`healthchain-node benchmark extrinsic`,
// node/src/benchmarking.rs, run by scripts/full-blocks.sh).
//
// `benchmark extrinsic` builds and times its block on the chain's genesis state, and the
// healthcare calls need state to succeed: a patient's consent, a record, a batch in stock, a
// recruiting trial. This tool makes that state through the demo consortium's own
// transactions on a `healthchain-node --dev`, checks every id the node's builders rely on,
// stops the node, and exports the state as a raw chain spec whose genesis it is:
//
// - PATIENTS patients //BenchPatient{i}, funded, each with research consent for the trial
//   (protocol version 1) to its sponsor;
// - the first CONSENTED_PATIENTS also let the hospital read and write for treatment, and the
//   hospital's practitioner anchored record i for patient i;
// - batch 0 of the manufacturer in stock, and shipments 0..SHIPMENTS of one pack each to the
//   distributor, in transit;
// - trial 0 of the demo sponsor, approved and recruiting.
//
//   node load/full-block-state.mjs --out FILE     (HEALTHCHAIN_NODE names the node binary)
//
// tests/e2e/full-blocks.test.mjs imports `makeFullBlockState` to make a smaller state.

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { gtinWithCheckDigit } from '@healthchain/api';
import { Keyring } from '@polkadot/keyring';
import { blake2AsHex, cryptoWaitReady, xxhashAsHex } from '@polkadot/util-crypto';

import { connectApi, eventFields, signAndSendInBlock, treatmentConsent } from '../lib/chain.mjs';
import { resolveNodeBinary, startNodeWith } from '../lib/node.mjs';

/** These must match node/src/benchmarking.rs. */
export const PATIENTS = 1_600;
export const CONSENTED_PATIENTS = 16;
export const SHIPMENTS = 1_600;
const BATCH = 0;
const TRIAL = 0;
/** Demo organisation ids (runtime/src/demo_consortium.rs). */
const HOSPITAL = 0;
const DISTRIBUTOR = 5;
const TRIAL_SPONSOR = 8;
/** One HCT (12 decimals). */
const HCT = 10n ** 12n;
/** Calls per `utility.batchAll`, and transactions in flight at once. */
const CHUNK = 200;
const WINDOW = 256;

const defaultLog = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Runs `tasks` (functions returning promises) with at most `window` in flight. */
async function inWindow(tasks, window) {
	let next = 0;
	const worker = async () => {
		while (next < tasks.length) {
			const index = next;
			next += 1;
			await tasks[index]();
		}
	};
	await Promise.all(Array.from({ length: Math.min(window, tasks.length) }, worker));
}

/** The events named `section.method` among `events`, in order. */
function eventsNamed(api, events, section, method) {
	return events.filter(({ event }) => event.section === section && event.method === method).map(({ event }) => eventFields(event));
}

/** Sends `calls` from `signer` in `utility.batchAll`s, each in a block; returns their events. */
async function batchFrom(api, signer, calls) {
	const events = [];
	for (let start = 0; start < calls.length; start += CHUNK) {
		const sent = await signAndSendInBlock(api, api.tx.utility.batchAll(calls.slice(start, start + CHUNK)), signer);
		events.push(...sent.events);
	}
	return events;
}

/** Fails unless `ids` are exactly `first, first + 1, ...` (what the node's builders assume). */
function expectIds(what, ids, first, count) {
	const numbers = ids.map((id) => Number(id.toString()));
	const expected = Array.from({ length: count }, (_, i) => first + i);
	if (JSON.stringify(numbers) !== JSON.stringify(expected)) {
		throw new Error(`${what}: got ids ${numbers.slice(0, 5).join(', ')}…, the builders expect ${first}..${first + count - 1}`);
	}
}

/** Runs `healthchain-node export-state` on `basePath` and returns the raw chain spec. */
async function exportState(binary, basePath, logPath) {
	const logStream = createWriteStream(logPath, { flags: 'a' });
	const child = spawn(binary, ['export-state', '--dev', '--base-path', basePath], { stdio: ['ignore', 'pipe', 'pipe'] });
	const chunks = [];
	child.stdout.on('data', (chunk) => chunks.push(chunk));
	child.stderr.pipe(logStream);
	const code = await new Promise((resolve) => child.on('close', resolve));
	if (code !== 0) {
		throw new Error(`export-state exited with ${code}; log ${logPath}`);
	}
	return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Makes the benchmark state and writes its raw chain spec to `out`; the node's database and
 * logs go in `out`'s directory. `patients` and `shipments` below the builders' counts make a
 * smaller state, in which only the first extrinsics of a block succeed (for tests).
 */
export async function makeFullBlockState({ out, patients: patientCount = PATIENTS, shipments = SHIPMENTS, log = defaultLog }) {
	if (patientCount < CONSENTED_PATIENTS) {
		throw new Error(`at least ${CONSENTED_PATIENTS} patients: the builders use that many records`);
	}
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519' });
	const account = (uri) => keyring.addFromUri(uri);
	const dir = path.dirname(path.resolve(out));
	const basePath = path.join(dir, 'chain');
	const node = await startNodeWith({ args: ['--dev', '--dev-block-time', '1000', '--base-path', basePath], logDir: dir });
	log(`node up (log ${node.logPath})`);
	const api = await connectApi(node.wsUrl);
	try {
		const patients = Array.from({ length: patientCount }, (_, i) => account(`//BenchPatient${i}`));
		await batchFrom(api, account('//Alice'), patients.map((p) => api.tx.balances.transferKeepAlive(p.address, 100n * HCT)));
		log(`${patientCount} patients funded`);

		// The trial: registered by the sponsor's investigator, approved by the ethics committee.
		const investigator = account('//SponsorInvestigator');
		const registered = await signAndSendInBlock(
			api,
			api.tx.clinicalTrial.registerTrial({
				title: 'Healthchain full-block benchmark trial',
				conditions: ['C50.9'],
				phase: 'Phase3',
				studyType: 'Interventional',
				targetEnrolment: 100_000,
				countries: ['DE'],
				secondaryIds: [],
				dataSetHash: blake2AsHex('benchmark trial data set'),
				protocolHash: blake2AsHex('benchmark trial protocol, version 1'),
				outcomes: [{ kind: 'Primary', definitionHash: blake2AsHex('benchmark primary outcome') }],
			}),
			investigator,
		);
		expectIds('trial', eventsNamed(api, registered.events, 'clinicalTrial', 'TrialRegistered').map((e) => e.trial), TRIAL, 1);
		await signAndSendInBlock(api, api.tx.clinicalTrial.approveTrial(TRIAL, blake2AsHex('benchmark approval')), account('//EthicsReviewer'));
		await signAndSendInBlock(api, api.tx.clinicalTrial.startRecruiting(TRIAL), investigator);
		log(`trial ${TRIAL} recruiting`);

		// Every patient: research consent to the sponsor for the trial, as enrolment asks.
		await inWindow(
			patients.map((patient) => () =>
				signAndSendInBlock(
					api,
					api.tx.consent.grant(patient.address, {
						grantee: { Organization: TRIAL_SPONSOR },
						actions: { read: true, write: false },
						categories: 'All',
						purpose: { Research: { trial: TRIAL, protocolVersion: 1 } },
						validFrom: null,
						validUntil: null,
					}),
					patient,
				),
			),
			WINDOW,
		);
		log(`${patientCount} research consents`);

		// The first patients let the hospital read and write; its practitioner anchors a record each.
		const consented = patients.slice(0, CONSENTED_PATIENTS);
		await Promise.all(
			consented.map((patient) =>
				signAndSendInBlock(api, api.tx.consent.grant(patient.address, treatmentConsent({ org: HOSPITAL, read: true, write: true })), patient),
			),
		);
		const anchored = await batchFrom(
			api,
			account('//HospitalPractitioner'),
			consented.map((patient, i) =>
				api.tx.ehrAnchor.anchor(patient.address, 'LaboratoryReport', blake2AsHex(`benchmark record ${i}`, 256), 'Sha2_256', `ipfs://bafy-bench-${i}`, null),
			),
		);
		expectIds('records', eventsNamed(api, anchored, 'ehrAnchor', 'RecordAnchored').map((e) => e.record), 0, CONSENTED_PATIENTS);
		log(`${CONSENTED_PATIENTS} records anchored with consent`);

		// A batch of a million packs in the manufacturer's stock, and shipments of one pack each.
		const logistics = account('//ManufacturerLogistics');
		const gtin = gtinWithCheckDigit('0950600099990');
		await signAndSendInBlock(api, api.tx.drugTrace.registerProduct(gtin, blake2AsHex('benchmark product'), 200, 800, 60_000), logistics);
		const commissioned = await signAndSendInBlock(
			api,
			api.tx.drugTrace.commissionBatch(gtin, 'LOT-BENCH-1', Date.now() + 10 * 365 * 24 * 3600 * 1000, 1_000_000, blake2AsHex('benchmark serials')),
			logistics,
		);
		expectIds('batch', eventsNamed(api, commissioned.events, 'drugTrace', 'BatchCommissioned').map((e) => e.batch), BATCH, 1);
		const shipped = await batchFrom(
			api,
			logistics,
			Array.from({ length: shipments }, (_, i) => api.tx.drugTrace.ship(BATCH, DISTRIBUTOR, 1, blake2AsHex(`benchmark shipment ${i}`))),
		);
		expectIds('shipments', eventsNamed(api, shipped, 'drugTrace', 'Shipped').map((e) => e.shipment), 0, shipments);
		log(`batch ${BATCH} in stock, ${shipments} shipments in transit`);
	} finally {
		await api.disconnect();
		await node.stop();
	}

	const spec = await exportState(await resolveNodeBinary(), basePath, path.join(dir, 'export-state.log'));
	// The state's block number: a chain starting from this state starts again at block #1.
	const blockNumberKey = xxhashAsHex('System', 128) + xxhashAsHex('Number', 128).slice(2);
	if (!(blockNumberKey in spec.genesis.raw.top)) {
		throw new Error(`the exported state has no System::Number (${blockNumberKey}): has the spec's format changed?`);
	}
	delete spec.genesis.raw.top[blockNumberKey];
	spec.name = 'Healthchain full-block benchmark state';
	spec.id = 'healthchain_full_block';
	await writeFile(out, JSON.stringify(spec));
	log(`the benchmark state's chain spec: ${out} (${((await readFile(out)).length / 1e6).toFixed(1)} MB)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values: options } = parseArgs({ options: { out: { type: 'string' } } });
	if (!options.out) {
		console.error('usage: full-block-state.mjs --out FILE');
		process.exit(2);
	}
	makeFullBlockState({ out: options.out }).catch((err) => {
		console.error(err);
		process.exit(1);
	});
}
