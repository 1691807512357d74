// End-to-end tests of the consortium registry on `healthchain-node --dev`: the demo
// organisations are queryable through the runtime API, a council motion registers a new
// organisation, an admin's `addMember` only invites (the account joins when it accepts, and
// declining costs it nothing), and a suspended organisation's member is refused with the
// registry's error.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { mnemonicGenerate } from '@polkadot/util-crypto';

import { blockTime, councilMotion, eventFields, eventNames, findEvent, signAndSendInBlock } from './lib/chain.mjs';
import { withNodeLogs } from './lib/node.mjs';
import { useDevNode } from './lib/suite.mjs';

/** The demo consortium of the development preset registers eleven organisations, 0 to 10. */
const DEMO_ORGANISATIONS = 11;

/** The demo hospital's organisation id (see runtime/src/demo_consortium.rs). */
const HOSPITAL = 0;

/** One HCT in plancks (12 decimals). */
const HCT = 10n ** 12n;

/** The suite's dev node and its API connection (see lib/suite.mjs). */
let dev = null;
const account = (uri) => dev.account(uri);

describe('consortium registry on healthchain-node --dev', { concurrency: false }, () => {
	dev = useDevNode();

	it(
		'answers for the demo organisations through the runtime API',
		{ timeout: 60_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const hospital = (await dev.api.call.organizationsApi.organization(HOSPITAL)).unwrap();
			assert.equal(hospital.kind.toString(), 'Hospital');
			assert.equal(hospital.status.toString(), 'Active');
			assert.equal(hospital.admin.toString(), account('//HospitalAdmin').address);
			assert.equal(hospital.memberCount.toNumber(), 3);
			assert.equal(hospital.pendingInvitations.toNumber(), 0);

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

			const members = await dev.api.call.organizationsApi.members(HOSPITAL, null, 10);
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
		'makes an invited account a member only once it accepts, and lets another decline for free',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const api = dev.api;
			const hospitalAdmin = account('//HospitalAdmin');
			const lifetime = api.consts.organizations.invitationLifetime.toNumber();
			const organizationOf = (who) => api.call.organizationsApi.organizationOf(who.address);
			const hospital = async () => (await api.call.organizationsApi.organization(HOSPITAL)).unwrap();
			const freeBalance = async (who) => (await api.query.system.account(who.address)).data.free.toBigInt();

			// The invitee needs funds of its own: accepting is a paid call.
			const invitee = account(mnemonicGenerate());
			await signAndSendInBlock(api, api.tx.balances.transferKeepAlive(invitee.address, 10n * HCT), account('//Alice'));

			// addMember is now an invitation: the account is not a member yet.
			const invited = await signAndSendInBlock(
				api,
				api.tx.organizations.addMember(HOSPITAL, invitee.address, 'Practitioner'),
				hospitalAdmin,
			);
			const invitedAt = (await blockTime(api, invited.blockHash)).number;
			const invitation = eventFields(findEvent(api, invited.events, 'organizations', 'MemberInvited'));
			assert.equal(invitation.org.toNumber(), HOSPITAL);
			assert.equal(invitation.who.toString(), invitee.address);
			assert.equal(invitation.role.toString(), 'Practitioner');
			assert.equal(invitation.by.toString(), hospitalAdmin.address);
			assert.equal(invitation.expiresAt.toNumber(), invitedAt + lifetime, 'the invitation lapses InvitationLifetime blocks on');
			assert.ok((await organizationOf(invitee)).isNone, 'an invited account is not a member until it accepts');
			const pending = await api.call.organizationsApi.invitationsOf(invitee.address, null, 10);
			assert.deepEqual(
				pending.map(([org, { role, invitedBy, invitedAt: at, expiresAt }]) => [
					org.toNumber(), role.toString(), invitedBy.toString(), at.toNumber(), expiresAt.toNumber(),
				]),
				[[HOSPITAL, 'Practitioner', hospitalAdmin.address, invitedAt, invitedAt + lifetime]],
			);

			// A second invitation, which its account (funded at genesis) will decline.
			const decliner = account('//Ferdie');
			const second = await signAndSendInBlock(
				api,
				api.tx.organizations.addMember(HOSPITAL, decliner.address, 'Pharmacist'),
				hospitalAdmin,
			);
			findEvent(api, second.events, 'organizations', 'MemberInvited');
			const withInvitations = await hospital();
			assert.equal(withInvitations.memberCount.toNumber(), 3, 'invitations add no member');
			assert.equal(withInvitations.pendingInvitations.toNumber(), 2);

			// The invitee accepts and becomes a member with the invited role.
			const accepted = await signAndSendInBlock(api, api.tx.organizations.acceptInvitation(HOSPITAL), invitee);
			const acceptance = eventFields(findEvent(api, accepted.events, 'organizations', 'InvitationAccepted'));
			assert.equal(acceptance.org.toNumber(), HOSPITAL);
			assert.equal(acceptance.who.toString(), invitee.address);
			assert.equal(acceptance.role.toString(), 'Practitioner');
			assert.equal(acceptance.invitedBy.toString(), hospitalAdmin.address);
			const membership = (await organizationOf(invitee)).unwrap();
			assert.deepEqual([membership[0].toNumber(), membership[1].toString()], [HOSPITAL, 'Practitioner']);
			assert.equal((await api.call.organizationsApi.invitationsOf(invitee.address, null, 10)).length, 0);
			const afterAcceptance = await hospital();
			assert.equal(afterAcceptance.memberCount.toNumber(), 4);
			assert.equal(afterAcceptance.pendingInvitations.toNumber(), 1);

			// The other account declines; declining costs it nothing.
			const before = await freeBalance(decliner);
			const declined = await signAndSendInBlock(api, api.tx.organizations.declineInvitation(HOSPITAL), decliner);
			const refusal = eventFields(findEvent(api, declined.events, 'organizations', 'InvitationDeclined'));
			assert.equal(refusal.org.toNumber(), HOSPITAL);
			assert.equal(refusal.who.toString(), decliner.address);
			findEvent(api, declined.events, 'skipFeelessPayment', 'FeeSkipped');
			assert.equal(await freeBalance(decliner), before, 'declining an invitation is free');
			assert.ok((await organizationOf(decliner)).isNone);
			const afterDecline = await hospital();
			assert.equal(afterDecline.memberCount.toNumber(), 4);
			assert.equal(afterDecline.pendingInvitations.toNumber(), 0);

			// A declined invitation is gone: it cannot be accepted afterwards.
			await assert.rejects(
				signAndSendInBlock(api, api.tx.organizations.acceptInvitation(HOSPITAL), decliner),
				/organizations\.NoInvitation/,
			);
			assert.ok((await organizationOf(decliner)).isNone);
		}),
	);

	it(
		"refuses a suspended organisation's member with the registry's error",
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const hospitalAdmin = account('//HospitalAdmin');
			const suspend = dev.api.tx.organizations.suspendOrganization(HOSPITAL, `0x${'01'.repeat(32)}`);
			const events = await councilMotion(dev.api, suspend, account('//Alice'), [account('//Charlie')]);
			assert.ok(
				events.some(({ event }) => dev.api.events.organizations.OrganizationSuspended.is(event)),
				`expected organizations.OrganizationSuspended: ${eventNames(events)}`,
			);
			const hospital = (await dev.api.call.organizationsApi.organization(HOSPITAL)).unwrap();
			assert.equal(hospital.status.toString(), 'Suspended');

			const newcomer = account(mnemonicGenerate());
			await assert.rejects(
				signAndSendInBlock(dev.api, dev.api.tx.organizations.addMember(HOSPITAL, newcomer.address, 'Practitioner'), hospitalAdmin),
				/organizations\.OrganizationSuspended/,
			);
			assert.ok((await dev.api.call.organizationsApi.organizationOf(newcomer.address)).isNone);
		}),
	);
});
