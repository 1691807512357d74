// End-to-end tests of health-record anchors and patient consent on `healthchain-node --dev`,
// driven as a hospital's software and a patient's wallet would drive them:
//
// - a practitioner anchors a document hash for a consenting patient, and the runtime API
//   (through a raw `state_call` and through `dev.api.call`) verifies it as Active, then as
//   Superseded after an amendment;
// - a patient grants the hospital read access, the practitioner's request to see a record is
//   logged, the patient revokes, the next request is refused, and the patient's access log
//   shows exactly the one read;
// - a patient who holds no tokens, onboarded by the hospital, grants consent without fees.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { blake2AsHex, mnemonicGenerate } from '@polkadot/util-crypto';

import { findEvent, signAndSendInBlock } from './lib/chain.mjs';
import { rpc, withNodeLogs } from './lib/node.mjs';
import { useDevNode } from './lib/suite.mjs';

/** The demo hospital's organisation id (see runtime/src/demo_consortium.rs). */
const HOSPITAL = 0;

/** The suite's dev node and its API connection (see lib/suite.mjs). */
let dev = null;
const account = (uri) => dev.account(uri);

/** A fresh 32-byte content hash, as a hospital would compute over an encrypted document. */
const documentHash = (label) => blake2AsHex(`${label} ${Date.now()} ${Math.random()}`);

/** The terms of a consent grant to the demo hospital, for treatment, every category. */
const hospitalTerms = (actions) => ({
	grantee: { Organization: HOSPITAL },
	actions,
	categories: 'All',
	purpose: 'Treatment',
	validFrom: null,
	validUntil: null,
});

/** Verifies `hash` through a raw `state_call` of `EhrAnchorApi_verify_hash`, as a tool without
 * @polkadot/api would, and decodes the answer with the runtime's own types. */
async function verifyByStateCall(hash) {
	const encoded = await rpc(dev.node.httpUrl, 'state_call', ['EhrAnchorApi_verify_hash', hash]);
	const method = dev.api.call.ehrAnchorApi.verifyHash;
	return dev.api.registry.createType(method.meta.type.toString(), encoded);
}

/** The patient grants the demo hospital `actions`, and the grant's id. */
async function grantHospital(patient, actions) {
	const { events } = await signAndSendInBlock(
		dev.api,
		dev.api.tx.consent.grant(patient.address, hospitalTerms(actions)),
		patient,
	);
	return findEvent(dev.api, events, 'consent', 'ConsentGranted').data[0].toNumber();
}

/** The practitioner anchors a new laboratory report for `patient`; the record's id. */
async function anchorLabReport(practitioner, patient, hash) {
	const { events } = await signAndSendInBlock(
		dev.api,
		dev.api.tx.ehrAnchor.anchor(patient.address, 'LaboratoryReport', hash, 'Sha2_256', 'ipfs://bafy-e2e-report', null),
		practitioner,
	);
	return findEvent(dev.api, events, 'ehrAnchor', 'RecordAnchored').data[0].toNumber();
}

describe('health records and consent on healthchain-node --dev', { concurrency: false }, () => {
	dev = useDevNode();

	it(
		'anchors a document for a consenting patient and verifies it as Active, then Superseded',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const patient = account('//Dave');
			const practitioner = account('//HospitalPractitioner');
			const first = documentHash('report v1');

			// Without the patient's consent, the hospital cannot write to their record.
			await assert.rejects(
				anchorLabReport(practitioner, patient, first),
				/ehrAnchor\.NoConsent/,
			);
			assert.equal((await verifyByStateCall(first)).type, 'Unknown');

			await grantHospital(patient, { read: false, write: true });
			const record = await anchorLabReport(practitioner, patient, first);

			const active = await verifyByStateCall(first);
			assert.equal(active.type, 'Known');
			assert.equal(active.asKnown.recordId.toNumber(), record);
			assert.equal(active.asKnown.status.toString(), 'Active');
			assert.equal(active.asKnown.record.patient.toString(), patient.address);
			assert.equal(active.asKnown.record.authorOrg.unwrap().toNumber(), HOSPITAL);

			const second = documentHash('report v2');
			const { events } = await signAndSendInBlock(
				dev.api,
				dev.api.tx.ehrAnchor.amend(record, second, 'Sha2_256', 'ipfs://bafy-e2e-report-v2', null),
				practitioner,
			);
			const amended = findEvent(dev.api, events, 'ehrAnchor', 'RecordAmended');
			const newRecord = amended.data[0].toNumber();

			const superseded = await verifyByStateCall(first);
			assert.equal(superseded.asKnown.status.toString(), 'Superseded');
			assert.equal(superseded.asKnown.record.supersededBy.unwrap().toNumber(), newRecord);
			const current = await dev.api.call.ehrAnchorApi.verifyHash(second);
			assert.equal(current.asKnown.status.toString(), 'Active');
			assert.equal(current.asKnown.record.version.toNumber(), 2);

			const history = await dev.api.call.ehrAnchorApi.history(newRecord);
			assert.deepEqual(history.map(([id]) => id.toNumber()), [record, newRecord]);
		}),
	);

	it(
		'logs a permitted read, refuses after revocation, and shows the patient exactly that read',
		{ timeout: 240_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const patient = account('//Eve');
			const practitioner = account('//HospitalPractitioner');
			const write = await grantHospital(patient, { read: false, write: true });
			const record = await anchorLabReport(practitioner, patient, documentHash('eve report'));

			const read = await grantHospital(patient, { read: true, write: false });
			const { events } = await signAndSendInBlock(dev.api, dev.api.tx.ehrAnchor.requestAccess(record, 'Treatment'), practitioner);
			const granted = findEvent(dev.api, events, 'ehrAnchor', 'AccessGranted');
			assert.equal(granted.data[0].toNumber(), record);
			assert.equal(granted.data[3].asConsent.toNumber(), read);
			findEvent(dev.api, events, 'consent', 'AccessRecorded');

			const revoked = await signAndSendInBlock(dev.api, dev.api.tx.consent.revoke(read), patient);
			findEvent(dev.api, revoked.events, 'consent', 'ConsentRevoked');
			await assert.rejects(
				signAndSendInBlock(dev.api, dev.api.tx.ehrAnchor.requestAccess(record, 'Treatment'), practitioner),
				/ehrAnchor\.ConsentRevoked/,
			);

			const log = await dev.api.call.consentApi.accessLog(patient.address, null, 10);
			assert.equal(log.length, 1, `expected exactly one logged read, got ${log.toString()}`);
			const [, entry] = log[0];
			assert.equal(entry.accessor.toString(), practitioner.address);
			assert.equal(entry.org.unwrap().toNumber(), HOSPITAL);
			assert.equal(entry.basis.asConsent.toNumber(), read);
			assert.equal(entry.record.unwrap().toNumber(), record);
			assert.equal(entry.purpose.toString(), 'Treatment');

			const consents = await dev.api.call.consentApi.consents(patient.address, null, 10);
			const statuses = Object.fromEntries(consents.map(([, id, grant]) => [id.toNumber(), grant.status.toString()]));
			assert.deepEqual(statuses, { [write]: 'Active', [read]: 'Revoked' });
		}),
	);

	it(
		'lets an onboarded patient with no tokens grant consent without paying fees',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const patient = account(mnemonicGenerate());
			const practitioner = account('//HospitalPractitioner');
			const balance = async () => (await dev.api.query.system.account(patient.address)).data.free.toBigInt();
			assert.equal(await balance(), 0n);

			// Not onboarded: the pool refuses the transaction (no account to pay from).
			await assert.rejects(grantHospital(patient, { read: true, write: false }), /Invalid|1010|Inability to pay/);

			const onboarded = await signAndSendInBlock(dev.api, dev.api.tx.consent.onboardPatient(patient.address), practitioner);
			findEvent(dev.api, onboarded.events, 'consent', 'PatientOnboarded');

			const consent = await grantHospital(patient, { read: true, write: false });
			assert.equal(await balance(), 0n);
			const grant = (await dev.api.call.consentApi.consents(patient.address, null, 1))[0][2];
			assert.equal(grant.status.toString(), 'Active');
			const revoked = await signAndSendInBlock(dev.api, dev.api.tx.consent.revoke(consent), patient);
			findEvent(dev.api, revoked.events, 'consent', 'ConsentRevoked');
			assert.equal(await balance(), 0n);
		}),
	);
});
