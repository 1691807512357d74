// End-to-end tests of the consortium registry on `healthchain-node --dev`: the demo
// organisations are queryable through the runtime API, a council motion registers a new
// organisation, and a suspended organisation's member is refused with the registry's error.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { mnemonicGenerate } from '@polkadot/util-crypto';

import { councilMotion, eventNames, signAndSendInBlock } from './lib/chain.mjs';
import { withNodeLogs } from './lib/node.mjs';
import { useDevNode } from './lib/suite.mjs';

/** The demo consortium of the development preset registers eleven organisations, 0 to 10. */
const DEMO_ORGANISATIONS = 11;

/** The suite's dev node and its API connection (see lib/suite.mjs). */
let dev = null;
const account = (uri) => dev.account(uri);

describe('consortium registry on healthchain-node --dev', { concurrency: false }, () => {
	dev = useDevNode();

	it(
		'answers for the demo organisations through the runtime API',
		{ timeout: 60_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const hospital = (await dev.api.call.organizationsApi.organization(0)).unwrap();
			assert.equal(hospital.kind.toString(), 'Hospital');
			assert.equal(hospital.status.toString(), 'Active');
			assert.equal(hospital.admin.toString(), account('//HospitalAdmin').address);
			assert.equal(hospital.memberCount.toNumber(), 3);

			const kinds = [];
			for (let org = 0; org < DEMO_ORGANISATIONS; org += 1) {
				kinds.push((await dev.api.call.organizationsApi.organization(org)).unwrap().kind.toString());
			}
			for (const kind of [
				'Hospital', 'Clinic', 'Laboratory', 'Pharmacy', 'Manufacturer', 'Distributor',
				'EthicsCommittee', 'Regulator', 'TrialSponsor', 'ResearchInstitute', 'Insurer',
			]) {
				assert.ok(kinds.includes(kind), `no demo organisation of kind ${kind}: ${kinds.join(', ')}`);
			}
			assert.ok((await dev.api.call.organizationsApi.organization(DEMO_ORGANISATIONS)).isNone);

			const membership = (await dev.api.call.organizationsApi.organizationOf(account('//PharmacyPharmacist').address)).unwrap();
			assert.deepEqual([membership[0].toNumber(), membership[1].toString()], [3, 'Pharmacist']);

			const members = await dev.api.call.organizationsApi.members(0, null, 10);
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
		withNodeLogs(() => dev.nodes(), async () => {
			const newAdmin = account(mnemonicGenerate());
			const proposal = dev.api.tx.organizations.registerOrganization('Clinic', newAdmin.address, `0x${'07'.repeat(32)}`);
			const events = await councilMotion(dev.api, proposal, account('//Alice'), [account('//Bob')]);

			const executed = events.find(({ event }) => dev.api.events.council.Executed.is(event));
			assert.ok(executed, `closing the motion should execute it: ${eventNames(events)}`);
			assert.ok(executed.event.data[1].isOk, `the motion's call failed: ${executed.event.data[1].toString()}`);
			const registered = events.find(({ event }) => dev.api.events.organizations.OrganizationRegistered.is(event));
			assert.ok(registered, `expected organizations.OrganizationRegistered: ${eventNames(events)}`);
			assert.equal(registered.event.data[0].toNumber(), DEMO_ORGANISATIONS);

			const membership = (await dev.api.call.organizationsApi.organizationOf(newAdmin.address)).unwrap();
			assert.deepEqual([membership[0].toNumber(), membership[1].toString()], [DEMO_ORGANISATIONS, 'Admin']);
		}),
	);

	it(
		"refuses a suspended organisation's member with the registry's error",
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const hospitalAdmin = account('//HospitalAdmin');
			const suspend = dev.api.tx.organizations.suspendOrganization(0, `0x${'01'.repeat(32)}`);
			const events = await councilMotion(dev.api, suspend, account('//Alice'), [account('//Charlie')]);
			assert.ok(
				events.some(({ event }) => dev.api.events.organizations.OrganizationSuspended.is(event)),
				`expected organizations.OrganizationSuspended: ${eventNames(events)}`,
			);
			const hospital = (await dev.api.call.organizationsApi.organization(0)).unwrap();
			assert.equal(hospital.status.toString(), 'Suspended');

			const newcomer = account(mnemonicGenerate());
			await assert.rejects(
				signAndSendInBlock(dev.api, dev.api.tx.organizations.addMember(0, newcomer.address, 'Practitioner'), hospitalAdmin),
				/organizations\.OrganizationSuspended/,
			);
			assert.ok((await dev.api.call.organizationsApi.organizationOf(newcomer.address)).isNone);
		}),
	);
});
