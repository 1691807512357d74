// The record gateway's web viewer in a real headless Chromium (Debian's `chromium`, driven by
// playwright-core), against a dev node and a `healthchain gateway serve --viewer`:
// - a clinic practitioner signs in through a browser wallet (a test double of the Polkadot.js
//   extension's injected API, signing with the clinic's development key) and cannot open a
//   record without consent: the chain refuses to log the read and the gateway releases nothing;
// - the patient grants the clinic; the practitioner opens the record: the read is logged on
//   chain (signed in the page), then the gateway releases the document, shown in the page;
// - the patient signs in with a development key and sees the record, the grant and the read
//   on the access log, and revokes the grant in the page; the practitioner's next open is
//   refused and the gateway has released exactly one document;
// - fifteen minutes without activity sign the practitioner out, the open document with them
//   (automatic logoff); signing out leaves nothing of the session in the page.
// Screenshots of the main pages go to HEALTHCHAIN_VIEWER_SCREENSHOTS (docs/viewer keeps them)
// or the test's temporary directory.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { hexToU8a, stringToU8a, u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { sha256AsU8a } from '@polkadot/util-crypto';
import { chromium } from 'playwright-core';

import { eventFields, findEvent, signAndSendInBlock, treatmentConsent } from './lib/chain.mjs';
import { getFreePorts, waitFor, withNodeLogs } from './lib/node.mjs';
import { useDevNode } from './lib/suite.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const VIEWER_DIR = path.resolve(here, '../../client/viewer/dist');
/** The demo consortium's hospital and clinic (runtime/src/demo_consortium.rs). */
const HOSPITAL = 0;
const CLINIC = 1;

/** The `healthchain` tool (scripts/test.sh passes the one it built). */
function cliBinary() {
	const binary = process.env.HEALTHCHAIN_CLI;
	if (!binary) throw new Error('HEALTHCHAIN_CLI must name the healthchain binary (scripts/test.sh sets it)');
	return binary;
}

function chromiumBinary() {
	return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

/** A synthetic FHIR R4 DocumentReference, its attachment inline. */
function fhirDocument() {
	const text = 'Discharge summary (synthetic): admitted for observation, discharged well.';
	return JSON.stringify({
		resourceType: 'DocumentReference',
		status: 'current',
		type: { coding: [{ system: 'http://loinc.org', code: '18842-5', display: 'Discharge summary' }] },
		content: [
			{ attachment: { contentType: 'text/plain', data: Buffer.from(text).toString('base64') } },
		],
	});
}

/** A signed request to the gateway: the nonce it issued, the message signed by `pair`. */
async function signedFetch(url, pair, method, pathAndQuery, body) {
	const { nonce, audience } = await (await fetch(`${url}/auth/nonce`)).json();
	let covered = pathAndQuery;
	const headers = { 'content-type': 'application/fhir+json' };
	if (body !== undefined) {
		const hash = u8aToHex(sha256AsU8a(body)).slice(2);
		covered += `:${hash}`;
		headers['x-healthchain-content-sha256'] = hash;
	}
	const message = `healthchain-gateway:v1:${audience}:${nonce}:${method}:${covered}`;
	return fetch(`${url}${pathAndQuery}`, {
		method,
		body,
		headers: {
			...headers,
			'x-healthchain-account': pair.address,
			'x-healthchain-nonce': nonce,
			'x-healthchain-signature': u8aToHex(pair.sign(stringToU8a(message))),
		},
	});
}

/** The gateway's counter `name` from /metrics (which must list it). */
async function metric(url, name) {
	const text = await (await fetch(`${url}/metrics`)).text();
	const line = text.split('\n').find((l) => l.startsWith(`${name} `));
	assert.ok(line, `/metrics has no ${name}`);
	return Number(line.split(' ')[1]);
}

/** Puts a browser wallet into the page: the Polkadot.js extension's injected API
 * (`window.injectedWeb3`), whose signer asks the test (which holds `pair`) to sign. Raw
 * messages are signed wrapped in <Bytes>, as the extension signs them. */
async function injectWallet(page, api, pair) {
	await page.exposeFunction('testWalletSignRaw', ({ data }) => ({
		id: 1,
		signature: u8aToHex(pair.sign(u8aWrapBytes(hexToU8a(data)))),
	}));
	await page.exposeFunction('testWalletSignPayload', (payload) => {
		const extrinsic = api.registry.createType('ExtrinsicPayload', payload, { version: payload.version });
		return { id: 1, signature: extrinsic.sign(pair).signature };
	});
	await page.addInitScript(({ address }) => {
		const accounts = [{ address, name: 'Clinic practitioner (test wallet)', type: 'sr25519' }];
		window.injectedWeb3 = {
			'test-wallet': {
				version: '0.63.1',
				enable: async () => ({
					accounts: { get: async () => accounts, subscribe: (cb) => (cb(accounts), () => {}) },
					signer: {
						signRaw: (raw) => window.testWalletSignRaw(raw),
						signPayload: (payload) => window.testWalletSignPayload(payload),
					},
				}),
			},
		};
	}, { address: pair.address });
}

/** Waits for the page's status line to settle on a message matching `pattern`. */
async function statusMatching(page, pattern) {
	await page.waitForFunction(
		(source) => new RegExp(source).test(document.getElementById('status').textContent),
		pattern.source,
		{ timeout: 120_000 },
	);
	return page.locator('#status').textContent();
}

describe('the web viewer, in headless Chromium against a dev node and a gateway', () => {
	const dev = useDevNode();
	const run = { gateway: null, log: null, browser: null, url: null, shots: null };

	before(async () => {
		await access(path.join(VIEWER_DIR, 'viewer.js')).catch(() => {
			throw new Error(`no viewer in ${VIEWER_DIR}: npm ci && npm run build in client/viewer`);
		});
		await access(chromiumBinary()).catch(() => {
			throw new Error(`no Chromium at ${chromiumBinary()}: scripts/setup.sh installs Debian's chromium`);
		});
		const dir = dev.tmp.dir;
		run.shots = process.env.HEALTHCHAIN_VIEWER_SCREENSHOTS ?? path.join(dir, 'screenshots');
		await mkdir(run.shots, { recursive: true });
		const kek = path.join(dir, 'kek.hex');
		const made = spawnSync(cliBinary(), ['gateway', 'new-kek', kek], { encoding: 'utf8' });
		assert.equal(made.status, 0, `new-kek failed: ${made.stderr}`);
		const [port] = await getFreePorts(1);
		run.url = `http://127.0.0.1:${port}`;
		run.log = path.join(dir, 'gateway.log');
		const args = [
			'--url', dev.node.wsUrl, 'gateway', 'serve',
			'--listen', `127.0.0.1:${port}`,
			'--data-dir', path.join(dir, 'gateway'),
			'--kek-file', kek,
			'--suri', `//HospitalPractitioner`,
			'--viewer', VIEWER_DIR,
			'--viewer-dev-accounts',
		];
		run.gateway = spawn(cliBinary(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
		run.gateway.stderr.pipe(createWriteStream(run.log));
		await waitFor(async () => (await fetch(`${run.url}/health`).catch(() => null))?.ok, {
			timeoutMs: 60_000,
			what: `the gateway to answer (log: ${run.log})`,
		});
		run.browser = await chromium.launch({
			executablePath: chromiumBinary(),
			args: [
				'--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
				'--disable-background-networking', '--disable-component-update', '--disable-sync',
			],
		});
	}, { timeout: 120_000 });

	after(async () => {
		if (run.browser) await run.browser.close();
		if (run.gateway) {
			run.gateway.kill('SIGTERM');
			await new Promise((resolve) => run.gateway.once('exit', resolve));
		}
	}, { timeout: 60_000 });

	/** A new page on the viewer, connected to the chain. */
	async function openViewer(setup) {
		const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const errors = [];
		page.on('pageerror', (error) => errors.push(error.message));
		if (setup) await setup(page);
		await page.goto(`${run.url}/`);
		await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
		return { page, errors };
	}

	it(
		'shows a patient their records, grants and access log, lets them revoke, and opens a consented record for a clinician',
		{ timeout: 600_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const { api } = dev;
			const dave = dev.account('//Dave');
			const hospital = dev.account('//HospitalPractitioner');
			const clinic = dev.account('//ClinicPractitioner');

			// The hospital stores Dave's discharge summary through its gateway.
			await signAndSendInBlock(api, api.tx.consent.grant(dave.address, treatmentConsent({ org: HOSPITAL, write: true })), dave);
			const body = fhirDocument();
			const stored = await signedFetch(run.url, hospital, 'POST', `/records?patient=${dave.address}&category=DischargeSummary`, body);
			assert.equal(stored.status, 201, await stored.clone().text());
			const { record } = await stored.json();

			// The page's own files carry a policy that confines them.
			const index = await fetch(`${run.url}/viewer/`);
			const policy = index.headers.get('content-security-policy');
			assert.ok(policy.startsWith("default-src 'none'; script-src 'self' 'wasm-unsafe-eval';"), policy);
			assert.ok(policy.includes(`connect-src 'self' ${dev.node.wsUrl.replace(/\/$/, '')};`), policy);
			// Only the viewer's own files: nothing else of the directory, nothing above it.
			for (const other of ['package.json', '..%2Fpackage.json', '..%2F..%2FCargo.toml']) {
				assert.equal((await fetch(`${run.url}/viewer/${other}`)).status, 404, other);
			}

			// The clinic's practitioner signs in with the browser wallet.
			const clinician = await openViewer((page) => injectWallet(page, api, clinic));
			await clinician.page.click('#extension');
			await clinician.page.click('#extension-accounts button');
			await clinician.page.waitForSelector('#open:not([hidden])');
			assert.match(await clinician.page.locator('#who').textContent(), /Practitioner of organisation 1 \(Clinic\)/);

			// Without consent the chain refuses to log the read, and nothing is asked of the gateway.
			await clinician.page.fill('#open-record', String(record));
			await clinician.page.click('#open-form button');
			const refused = await statusMatching(clinician.page, /was not opened/);
			assert.match(refused, /the chain refused: /);
			assert.equal(await clinician.page.locator('#document').isHidden(), true);
			assert.equal(await metric(run.url, 'healthchain_gateway_documents_released_total'), 0);

			// Dave grants the clinic; the practitioner's read is logged on chain, then released.
			const granted = await signAndSendInBlock(api, api.tx.consent.grant(dave.address, treatmentConsent({ org: CLINIC, read: true })), dave);
			const grant = eventFields(findEvent(api, granted.events, 'consent', 'ConsentGranted')).consent.toString();
			await clinician.page.click('#open-form button');
			const opened = await statusMatching(clinician.page, /is open|was not opened/);
			assert.match(opened, new RegExp(`Record ${record} is open`));
			const shown = await clinician.page.locator('#document-text').textContent();
			assert.deepEqual(JSON.parse(shown), JSON.parse(body));
			assert.equal(await metric(run.url, 'healthchain_gateway_documents_released_total'), 1);
			await clinician.page.screenshot({ path: path.join(run.shots, 'clinician-open-record.png'), fullPage: true });

			// Fifteen minutes without activity sign the practitioner out, and the document goes with
			// them (the page's clock, run forward); nothing of it is left in the page.
			await clinician.page.clock.install();
			await clinician.page.clock.fastForward('14:50');
			assert.equal(await clinician.page.locator('#document').isVisible(), true);
			await clinician.page.clock.fastForward('00:15');
			assert.match(await statusMatching(clinician.page, /Signed out/), /after 15 minutes without activity/);
			assert.equal(await clinician.page.locator('#document').isHidden(), true);
			assert.equal(await clinician.page.locator('#document-text').textContent(), '');
			assert.equal(await clinician.page.locator('#tabs').isHidden(), true);
			assert.equal(await clinician.page.locator('#sign-in').isVisible(), true);
			await clinician.page.click('#extension');
			await clinician.page.click('#extension-accounts button');
			await clinician.page.waitForSelector('#open:not([hidden])');

			// Dave signs in with his development key.
			const patient = await openViewer();
			await patient.page.selectOption('#dev-account', 'Dave');
			await patient.page.click('#dev button[type="submit"]');
			await patient.page.waitForSelector('#records:not([hidden]) tbody tr td');
			const recordRow = patient.page.locator('#records tbody tr', { hasText: 'DischargeSummary' });
			assert.match(await recordRow.textContent(), new RegExp(`^${record}DischargeSummaryActiveHospitalPractitioner, organisation 0 \\(Hospital\\)`));
			await patient.page.screenshot({ path: path.join(run.shots, 'patient-records.png'), fullPage: true });

			await patient.page.click('#tabs button[data-tab="log"]');
			const read = patient.page.locator('#log tbody tr', { hasText: 'ClinicPractitioner' });
			await read.waitFor();
			assert.match(await read.textContent(), new RegExp(`ClinicPractitionerorganisation 1 \\(Clinic\\)${record}DischargeSummaryTreatmentgrant ${grant}`));
			await patient.page.screenshot({ path: path.join(run.shots, 'patient-access-log.png'), fullPage: true });

			await patient.page.click('#tabs button[data-tab="grants"]');
			const row = patient.page.locator('#grants tbody tr', { hasText: 'organisation 1' });
			await row.waitFor();
			assert.match(await row.textContent(), new RegExp(`^${grant}organisation 1 \\(Clinic\\)read`));
			assert.match(await row.textContent(), /Active/);
			await patient.page.screenshot({ path: path.join(run.shots, 'patient-grants.png'), fullPage: true });
			// Revoking asks first, naming the grant and whom it lets in.
			const asked = new Promise((resolve) => patient.page.once('dialog', (dialog) => {
				resolve(dialog.message());
				dialog.accept();
			}));
			await row.locator('button', { hasText: 'Revoke' }).click();
			assert.equal(await asked, `Revoke grant ${grant} to organisation 1 (Clinic)? Their next read is refused.`);
			assert.match(await statusMatching(patient.page, /is revoked|was not revoked/), new RegExp(`Grant ${grant} is revoked`));
			const revokedRow = patient.page.locator('#grants tbody tr', { hasText: 'organisation 1' });
			assert.match(await revokedRow.textContent(), /Revoked/);
			assert.equal(await revokedRow.locator('button').count(), 0);
			const onChain = await api.call.consentApi.consents(dave.address, null, 10);
			const stored_grant = onChain[0].find(([, id]) => id.toString() === grant);
			assert.equal(stored_grant[2].status.type, 'Revoked');

			// The revocation stops the practitioner's next read (the form was emptied at sign-out).
			assert.equal(await clinician.page.inputValue('#open-record'), '');
			await clinician.page.fill('#open-record', String(record));
			await clinician.page.click('#open-form button');
			assert.match(await statusMatching(clinician.page, /was not opened/), /the chain refused: /);
			assert.equal(await metric(run.url, 'healthchain_gateway_documents_released_total'), 1);

			// A patient is no reader: the page says so before anything is logged on chain.
			await patient.page.click('#tabs button[data-tab="open"]');
			await patient.page.fill('#open-record', String(record));
			await patient.page.click('#open-form button');
			assert.match(await statusMatching(patient.page, /was not opened/), /only practitioners and pharmacists/);

			// Dave opens his own record from his list: the gateway releases it to the record's
			// patient without a read logged on chain.
			await patient.page.click('#tabs button[data-tab="records"]');
			const own = patient.page.locator('#records tbody tr', { hasText: 'DischargeSummary' });
			await own.locator('button', { hasText: 'Open' }).click();
			assert.match(await statusMatching(patient.page, /is open|was not opened/), new RegExp(`Record ${record} is open`));
			assert.deepEqual(JSON.parse(await patient.page.locator('#document-text').textContent()), JSON.parse(body));
			assert.equal(await metric(run.url, 'healthchain_gateway_documents_released_total'), 2);
			await patient.page.screenshot({ path: path.join(run.shots, 'patient-open-record.png'), fullPage: true });
			const log = await api.call.consentApi.accessLog(dave.address, null, 10);
			assert.equal(log.length, 1, 'one read logged: the clinic practitioner\'s');

			// Signing out leaves nothing of the session in the page, and the tabs cannot bring it back.
			await patient.page.click('#sign-out');
			assert.equal(await patient.page.locator('#tabs').isHidden(), true);
			assert.equal(await patient.page.locator('#document').isHidden(), true);
			assert.equal(await patient.page.locator('#document-text').textContent(), '');
			for (const table of ['records', 'grants', 'log']) {
				assert.equal(await patient.page.locator(`#${table} tbody tr`).count(), 0, table);
				assert.equal(await patient.page.locator(`#${table}`).isHidden(), true, table);
			}

			assert.deepEqual([...clinician.errors, ...patient.errors], [], 'the pages threw');
		}),
	);
});
