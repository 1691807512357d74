// End-to-end tests of health-record anchors and patient consent on `healthchain-node --dev`,
// driven as a hospital's software and a patient's wallet would drive them:
//
// - a practitioner anchors a document hash for a consenting patient, and the runtime API
//   (through a raw `state_call` and through `dev.api.call`) verifies it as Active, then as
//   Superseded after an amendment;
// - a stranger who anchors the same hash first, as their own patient-generated record (a
//   front-run), neither blocks the hospital's anchor nor takes the verification over;
// - a patient grants the hospital read access, the practitioner's requests to see a record
//   are logged (each entry in the event, with the head of the log's hash chain, which a client
//   recomputes), the patient revokes, the next request is refused, and the patient's access
//   log shows exactly those reads;
// - a patient who holds no tokens, onboarded by the hospital (which holds a deposit for it),
//   grants consent without fees, and off-boards itself for free, which returns the deposit.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, blake2AsU8a, mnemonicGenerate } from '@polkadot/util-crypto';

import { eventFields, findEvent, signAndSendInBlock } from './lib/chain.mjs';
import { rpc, withNodeLogs } from './lib/node.mjs';
import { useDevNode } from './lib/suite.mjs';

/** The demo hospital's organisation id (see runtime/src/demo_consortium.rs). */
const HOSPITAL = 0;

/** The deposit the onboarding member pays per patient: 100 mHCT (runtime/src/configs/healthcare.rs). */
const ONBOARDING_DEPOSIT = 100n * 10n ** 9n;

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

/** How many entries `patient`'s access log has ever had, and the head of its hash chain. */
async function accessLogHead(patient) {
	const { entryCount, head } = await dev.api.call.consentApi.accessLogHead(patient.address);
	return { entryCount: entryCount.toNumber(), head: head.toHex() };
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
		'lets no stranger pre-empt the hospital by anchoring the same hash as their own record first',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const patient = account('//Charlie');
			const stranger = account('//Ferdie');
			const practitioner = account('//HospitalPractitioner');
			const hash = documentHash('front-run report');
			await grantHospital(patient, { read: false, write: true });

			// The stranger saw the hospital's anchor in the pool and anchors the same hash first,
			// as a patient-generated record of their own.
			const { events } = await signAndSendInBlock(
				dev.api,
				dev.api.tx.ehrAnchor.anchor(stranger.address, 'PatientGenerated', hash, 'Sha2_256', 'ipfs://bafy-e2e-copy', null),
				stranger,
			);
			const copy = eventFields(findEvent(dev.api, events, 'ehrAnchor', 'RecordAnchored'));
			assert.equal(copy.patient.toString(), stranger.address);
			assert.ok(copy.org.isNone, 'the copy is patient-generated');
			const claimed = await verifyByStateCall(hash);
			assert.equal(claimed.asKnown.recordId.toNumber(), copy.record.toNumber());
			assert.ok(claimed.asKnown.record.authorOrg.isNone, 'a patient-generated anchor names no organisation');

			// The hospital's anchor still goes through, and verification names the hospital.
			const record = await anchorLabReport(practitioner, patient, hash);
			const verified = await verifyByStateCall(hash);
			assert.equal(verified.type, 'Known');
			assert.equal(verified.asKnown.recordId.toNumber(), record);
			assert.equal(verified.asKnown.status.toString(), 'Active');
			assert.equal(verified.asKnown.record.authorOrg.unwrap().toNumber(), HOSPITAL);
			assert.equal(verified.asKnown.record.patient.toString(), patient.address);
			assert.equal(verified.asKnown.record.author.toString(), practitioner.address);

			// Both anchors stay listed, the organisation's first.
			const anchors = await dev.api.call.ehrAnchorApi.hashAnchors(hash, 10);
			assert.deepEqual(
				anchors.map(([id, anchor]) => [id.toNumber(), anchor.authorOrg.isSome ? anchor.authorOrg.unwrap().toNumber() : null]),
				[[record, HOSPITAL], [copy.record.toNumber(), null]],
			);

			// One author still anchors a hash only once.
			await assert.rejects(
				anchorLabReport(practitioner, patient, hash),
				/ehrAnchor\.DuplicateContentHash/,
			);
		}),
	);

	it(
		'logs each permitted read in a hash-chained log, refuses after revocation, and shows the patient exactly those reads',
		{ timeout: 240_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const patient = account('//Eve');
			const practitioner = account('//HospitalPractitioner');
			const write = await grantHospital(patient, { read: false, write: true });
			const record = await anchorLabReport(practitioner, patient, documentHash('eve report'));

			// Two permitted reads. Each event carries its index in the log, the whole entry
			// and the hash chain's head after it.
			const read = await grantHospital(patient, { read: true, write: false });
			const reads = 2;
			const recorded = [];
			for (let i = 0; i < reads; i += 1) {
				const { events } = await signAndSendInBlock(dev.api, dev.api.tx.ehrAnchor.requestAccess(record, 'Treatment'), practitioner);
				const granted = eventFields(findEvent(dev.api, events, 'ehrAnchor', 'AccessGranted'));
				assert.equal(granted.record.toNumber(), record);
				assert.equal(granted.accessor.toString(), practitioner.address);
				assert.equal(granted.org.toNumber(), HOSPITAL);
				assert.equal(granted.basis.asConsent.toNumber(), read);
				const logged = eventFields(findEvent(dev.api, events, 'consent', 'AccessRecorded'));
				assert.equal(logged.patient.toString(), patient.address);
				assert.equal(logged.index.toNumber(), i, `read ${i} is entry ${i} of the log`);
				assert.equal(logged.entry.accessor.toString(), practitioner.address);
				assert.equal(logged.entry.basis.asConsent.toNumber(), read);
				assert.equal(logged.entry.record.unwrap().toNumber(), record);
				recorded.push(logged);
			}

			const revoked = await signAndSendInBlock(dev.api, dev.api.tx.consent.revoke(read), patient);
			findEvent(dev.api, revoked.events, 'consent', 'ConsentRevoked');
			await assert.rejects(
				signAndSendInBlock(dev.api, dev.api.tx.ehrAnchor.requestAccess(record, 'Treatment'), practitioner),
				/ehrAnchor\.ConsentRevoked/,
			);

			const log = await dev.api.call.consentApi.accessLog(patient.address, null, 10);
			assert.deepEqual(
				log.map(([index]) => index.toNumber()),
				[1, 0],
				`expected exactly the two logged reads, newest first, got ${log.toString()}`,
			);
			for (const [index, entry] of log) {
				assert.deepEqual(entry.toJSON(), recorded[index.toNumber()].entry.toJSON(), 'the log keeps the entry the event carried');
			}
			const [, entry] = log[0];
			assert.equal(entry.accessor.toString(), practitioner.address);
			assert.equal(entry.org.unwrap().toNumber(), HOSPITAL);
			assert.equal(entry.basis.asConsent.toNumber(), read);
			assert.equal(entry.record.unwrap().toNumber(), record);
			assert.equal(entry.purpose.toString(), 'Treatment');

			// The log's head counts every permitted read (the refused one added nothing), and an
			// archive of the events recomputes its hash chain:
			// head = blake2_256(previous head ‖ index as u64 ‖ entry), from 32 zero bytes.
			const head = await accessLogHead(patient);
			assert.equal(head.entryCount, reads, 'the access log has as many entries as reads were permitted');
			let chain = new Uint8Array(32);
			for (const { index, entry: logged, chainHead } of recorded) {
				chain = blake2AsU8a(u8aConcat(chain, index.toU8a(), logged.toU8a()), 256);
				assert.equal(u8aToHex(chain), chainHead.toHex(), `entry ${index.toNumber()} extends the hash chain`);
			}
			assert.equal(head.head, u8aToHex(chain), 'the head on chain is the one the events lead to');

			// A page of grants and where the next page starts (none: the listing is over).
			const [consents, next] = await dev.api.call.consentApi.consents(patient.address, null, 10);
			assert.ok(next.isNone, 'two grants fit one page');
			const statuses = Object.fromEntries(consents.map(([, id, grant]) => [id.toNumber(), grant.status.toString()]));
			assert.deepEqual(statuses, { [write]: 'Active', [read]: 'Revoked' });
		}),
	);

	it(
		'lets an onboarded patient with no tokens grant consent without fees, and off-board itself for free',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const patient = account(mnemonicGenerate());
			const practitioner = account('//HospitalPractitioner');
			const balance = async () => (await dev.api.query.system.account(patient.address)).data.free.toBigInt();
			const onboardingDeposit = async () => {
				const holds = await dev.api.query.balances.holds(practitioner.address);
				const held = holds.find(({ id }) => id.isConsent && id.asConsent.isPatientOnboarding);
				return held ? held.amount.toBigInt() : 0n;
			};
			assert.equal(await balance(), 0n);

			// Not onboarded: the pool refuses the transaction (no account to pay from).
			await assert.rejects(grantHospital(patient, { read: true, write: false }), /Invalid|1010|Inability to pay/);

			// Onboarding holds a deposit from the member who onboards.
			const heldBefore = await onboardingDeposit();
			const onboarded = await signAndSendInBlock(dev.api, dev.api.tx.consent.onboardPatient(patient.address), practitioner);
			const onboarding = eventFields(findEvent(dev.api, onboarded.events, 'consent', 'PatientOnboarded'));
			assert.equal(onboarding.patient.toString(), patient.address);
			assert.equal(onboarding.org.toNumber(), HOSPITAL);
			assert.equal(onboarding.by.toString(), practitioner.address);
			assert.equal(await onboardingDeposit(), heldBefore + ONBOARDING_DEPOSIT, 'the practitioner pays the onboarding deposit');

			const consent = await grantHospital(patient, { read: true, write: false });
			assert.equal(await balance(), 0n);
			const [[latest]] = await dev.api.call.consentApi.consents(patient.address, null, 1);
			const grant = latest[2];
			assert.equal(grant.status.toString(), 'Active');
			const revoked = await signAndSendInBlock(dev.api, dev.api.tx.consent.revoke(consent), patient);
			findEvent(dev.api, revoked.events, 'consent', 'ConsentRevoked');
			assert.equal(await balance(), 0n);

			// The patient off-boards itself without paying (it has nothing to pay with): the
			// deposit returns to the practitioner, and the account is on its own again.
			const offboarded = await signAndSendInBlock(dev.api, dev.api.tx.consent.offboardPatient(patient.address), patient);
			const offboarding = eventFields(findEvent(dev.api, offboarded.events, 'consent', 'PatientOffboarded'));
			assert.equal(offboarding.patient.toString(), patient.address);
			assert.equal(offboarding.by.toString(), patient.address);
			assert.equal(await onboardingDeposit(), heldBefore, 'the deposit is released');
			assert.equal(await balance(), 0n);
			assert.equal((await dev.api.query.system.account(patient.address)).providers.toNumber(), 0, 'no provider reference is left');
			await assert.rejects(grantHospital(patient, { read: true, write: false }), /Invalid|1010|Inability to pay/);
		}),
	);
});
