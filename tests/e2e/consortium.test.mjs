// End-to-end tests of the consortium registry on `healthchain-node --dev`: the demo
// organisations are queryable through the runtime API, a council motion registers a new
// organisation, and a suspended organisation's member is refused with the registry's error.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, mnemonicGenerate } from '@polkadot/util-crypto';

import { connectApi, councilMotion, eventNames, signAndSendInBlock } from './lib/chain.mjs';
import { DEFAULT_START_TIMEOUT_MS, makeTempDir, startNode, withNodeLogs } from './lib/node.mjs';

/** The demo consortium of the development preset registers eleven organisations, 0 to 10. */
const DEMO_ORGANISATIONS = 11;

let tmp = null;
let node = null;
let api = null;
let keyring = null;

const currentNodes = () => [node];
const account = (uri) => keyring.addFromUri(uri);

describe('consortium registry on healthchain-node --dev', { concurrency: false }, () => {
	before(
		async () => {
			await cryptoWaitReady();
			keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
			tmp = await makeTempDir();
			node = await startNode({ basePath: path.join(tmp.dir, 'base'), extraArgs: ['--instant-seal'] });
			api = await connectApi(node.wsUrl);
		},
		{ timeout: DEFAULT_START_TIMEOUT_MS + 60_000 },
	);

	after(
		async () => {
			if (api) await api.disconnect();
			if (node) await node.stop();
			if (tmp) await tmp.cleanup();
		},
		{ timeout: 120_000 },
	);

	it(
		'answers for the demo organisations through the runtime API',
		{ timeout: 60_000 },
		withNodeLogs(currentNodes, async () => {
			const hospital = (await api.call.organizationsApi.organization(0)).unwrap();
			assert.equal(hospital.kind.toString(), 'Hospital');
			assert.equal(hospital.status.toString(), 'Active');
			assert.equal(hospital.admin.toString(), account('//HospitalAdmin').address);
			assert.equal(hospital.memberCount.toNumber(), 3);

			const kinds = [];
			for (let org = 0; org < DEMO_ORGANISATIONS; org += 1) {
				kinds.push((await api.call.organizationsApi.organization(org)).unwrap().kind.toString());
			}
			for (const kind of [
				'Hospital', 'Clinic', 'Laboratory', 'Pharmacy', 'Manufacturer', 'Distributor',
				'EthicsCommittee', 'Regulator', 'TrialSponsor', 'ResearchInstitute', 'Insurer',
			]) {
				assert.ok(kinds.includes(kind), `no demo organisation of kind ${kind}: ${kinds.join(', ')}`);
			}
			assert.ok((await api.call.organizationsApi.organization(DEMO_ORGANISATIONS)).isNone);

			const membership = (await api.call.organizationsApi.organizationOf(account('//PharmacyPharmacist').address)).unwrap();
			assert.deepEqual([membership[0].toNumber(), membership[1].toString()], [3, 'Pharmacist']);

			const members = await api.call.organizationsApi.members(0, null, 10);
			const listed = members.map(([who, role]) => [who.toString(), role.toString()]).sort();
			const expected = [
				[account('//HospitalAdmin').address, 'Admin'],
				[account('//HospitalPractitioner').address, 'Practitioner'],
				[account('//HospitalPharmacist').address, 'Pharmacist'],
			].sort();
			assert.deepEqual(listed, expected);
		}),
	);

	it(
		'registers an organisation by a two-thirds council motion',
		{ timeout: 180_000 },
		withNodeLogs(currentNodes, async () => {
			const newAdmin = account(mnemonicGenerate());
			const proposal = api.tx.organizations.registerOrganization('Clinic', newAdmin.address, `0x${'07'.repeat(32)}`);
			const events = await councilMotion(api, proposal, account('//Alice'), [account('//Bob')]);

			const executed = events.find(({ event }) => api.events.council.Executed.is(event));
			assert.ok(executed, `closing the motion should execute it: ${eventNames(events)}`);
			assert.ok(executed.event.data[1].isOk, `the motion's call failed: ${executed.event.data[1].toString()}`);
			const registered = events.find(({ event }) => api.events.organizations.OrganizationRegistered.is(event));
			assert.ok(registered, `expected organizations.OrganizationRegistered: ${eventNames(events)}`);
			assert.equal(registered.event.data[0].toNumber(), DEMO_ORGANISATIONS);

			const membership = (await api.call.organizationsApi.organizationOf(newAdmin.address)).unwrap();
			assert.deepEqual([membership[0].toNumber(), membership[1].toString()], [DEMO_ORGANISATIONS, 'Admin']);
		}),
	);

	it(
		"refuses a suspended organisation's member with the registry's error",
		{ timeout: 180_000 },
		withNodeLogs(currentNodes, async () => {
			const hospitalAdmin = account('//HospitalAdmin');
			const suspend = api.tx.organizations.suspendOrganization(0, `0x${'01'.repeat(32)}`);
			const events = await councilMotion(api, suspend, account('//Alice'), [account('//Charlie')]);
			assert.ok(
				events.some(({ event }) => api.events.organizations.OrganizationSuspended.is(event)),
				`expected organizations.OrganizationSuspended: ${eventNames(events)}`,
			);
			const hospital = (await api.call.organizationsApi.organization(0)).unwrap();
			assert.equal(hospital.status.toString(), 'Suspended');

			const newcomer = account(mnemonicGenerate());
			await assert.rejects(
				signAndSendInBlock(api, api.tx.organizations.addMember(0, newcomer.address, 'Practitioner'), hospitalAdmin),
				/organizations\.OrganizationSuspended/,
			);
			assert.ok((await api.call.organizationsApi.organizationOf(newcomer.address)).isNone);
		}),
	);
});
