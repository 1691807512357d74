//! The registry's behaviour, one test per behaviour.

// Block numbers in tests are small sums of constants.
#![allow(clippy::arithmetic_side_effects)]

use crate::{
	mock::*, Call, Error, Event, GenesisOrganization, Invitation, InvitationOf, Invitations,
	MemberRecord, MemberRole, Members, Membership, NextOrgId, OrgId, Organization,
	OrganizationInvitations, OrganizationKind, OrganizationMembers, OrganizationOf,
	OrganizationRegistry, OrganizationStatus, RegistryError,
};
use frame_support::{assert_noop, assert_ok, dispatch::CheckIfFeeless};
use sp_core::H256;
use sp_runtime::{traits::BadOrigin, BuildStorage};

const ALICE: u64 = 1;
const BOB: u64 = 2;
const CHARLIE: u64 = 3;
const DAVE: u64 = 4;
const EVE: u64 = 5;
const FERDIE: u64 = 6;
const GRACE: u64 = 7;

fn metadata() -> H256 {
	H256::repeat_byte(0x11)
}

fn reason() -> H256 {
	H256::repeat_byte(0x22)
}

/// Registers an organisation of `kind` with registered admin `admin`, through governance.
fn register(kind: OrganizationKind, admin: u64) -> OrgId {
	let org = NextOrgId::<Test>::get();
	assert_ok!(Organizations::register_organization(
		RuntimeOrigin::root(),
		kind,
		admin,
		metadata()
	));
	org
}

/// A hospital with `ALICE` as its registered admin.
fn hospital() -> OrgId {
	register(OrganizationKind::Hospital, ALICE)
}

/// The block in which an invitation made in block 1 (where every test starts) expires.
const EXPIRES_AT: u64 = 1 + INVITATION_LIFETIME;

/// `admin` invites `who` to join `org` with `role`.
fn invite(org: OrgId, admin: u64, who: u64, role: MemberRole) {
	assert_ok!(Organizations::add_member(RuntimeOrigin::signed(admin), org, who, role));
}

/// `who` accepts its invitation from `org`.
fn accept(who: u64, org: OrgId) {
	assert_ok!(Organizations::accept_invitation(RuntimeOrigin::signed(who), org));
}

/// `admin` invites `who` to join `org` with `role`, and `who` accepts: `who` is a member.
fn add(org: OrgId, admin: u64, who: u64, role: MemberRole) {
	invite(org, admin, who, role);
	accept(who, org);
}

/// Governance reactivates `org`.
fn reactivate(org: OrgId) {
	assert_ok!(Organizations::reactivate_organization(RuntimeOrigin::root(), org));
}

/// Whether the runtime would waive the fee of `call` signed by `signer`.
fn is_feeless(call: Call<Test>, signer: u64) -> bool {
	call.is_feeless(&RuntimeOrigin::signed(signer))
}

/// Governance suspends `org`.
fn suspend(org: OrgId) {
	assert_ok!(Organizations::suspend_organization(RuntimeOrigin::root(), org, reason()));
}

/// Organisation `org`, which must exist.
fn organization(org: OrgId) -> OrganizationOf<Test> {
	Organizations::organization(org).expect("the organisation exists")
}

/// `who`'s role in `org`, after checking both membership maps agree on it.
fn membership(org: OrgId, who: u64) -> Option<MemberRole> {
	let role = OrganizationMembers::<Test>::get(org, who);
	assert_eq!(
		Members::<Test>::get(who),
		role.map(|role| MemberRecord { org, role }),
		"Members and OrganizationMembers disagree"
	);
	role
}

/// `org`'s pending invitation to `who`, after checking both invitation maps agree on it.
fn invitation(org: OrgId, who: u64) -> Option<InvitationOf<Test>> {
	let invitation = Invitations::<Test>::get(who, org);
	assert_eq!(
		OrganizationInvitations::<Test>::contains_key(org, who),
		invitation.is_some(),
		"Invitations and OrganizationInvitations disagree"
	);
	invitation
}

/// An invitation to `role` by `invited_by`, made in block 1.
fn made_in_block_1(role: MemberRole, invited_by: u64) -> InvitationOf<Test> {
	Invitation { role, invited_by, invited_at: 1, expires_at: EXPIRES_AT }
}

/// The organisations `who` holds invitations from, read page by page with `limit`, sorted.
fn all_invitations_of(who: u64, limit: u32) -> Vec<OrgId> {
	let mut orgs = Vec::new();
	let mut cursor = None;
	loop {
		let page = Organizations::invitations_of(&who, cursor, limit);
		assert!(page.len() <= limit as usize);
		match page.last() {
			Some((last, _)) => cursor = Some(*last),
			None => break,
		}
		orgs.extend(page.into_iter().map(|(org, _)| org));
	}
	orgs.sort();
	orgs
}

/// The accounts `org` has invited, read page by page with `limit`, sorted.
fn all_invitations(org: OrgId, limit: u32) -> Vec<u64> {
	let mut accounts = Vec::new();
	let mut cursor = None;
	loop {
		let page = Organizations::invitations(org, cursor, limit);
		assert!(page.len() <= limit as usize);
		match page.last() {
			Some((last, _)) => cursor = Some(*last),
			None => break,
		}
		accounts.extend(page.into_iter().map(|(who, _)| who));
	}
	accounts.sort();
	accounts
}

/// Every member of `org`, read page by page with `limit`, sorted.
fn all_members(org: OrgId, limit: u32) -> Vec<(u64, MemberRole)> {
	let mut members = Vec::new();
	let mut cursor = None;
	loop {
		let page = Organizations::members(org, cursor, limit);
		assert!(page.len() <= limit as usize);
		match page.last() {
			Some((last, _)) => cursor = Some(*last),
			None => break,
		}
		members.extend(page);
	}
	members.sort_by_key(|(who, _)| *who);
	members
}

// --- register_organization ---

#[test]
fn governance_registers_organization_with_admin_as_first_member() {
	new_test_ext().execute_with(|| {
		let org = hospital();

		assert_eq!(org, 0);
		assert_eq!(NextOrgId::<Test>::get(), 1);
		assert_eq!(
			organization(org),
			Organization {
				kind: OrganizationKind::Hospital,
				status: OrganizationStatus::Active,
				admin: ALICE,
				metadata_hash: metadata(),
				registered_at: 1,
				member_count: 1,
				pending_invitations: 0,
			}
		);
		assert_eq!(membership(org, ALICE), Some(MemberRole::Admin));
		System::assert_last_event(
			Event::OrganizationRegistered { org, kind: OrganizationKind::Hospital, admin: ALICE }
				.into(),
		);
	});
}

#[test]
fn organizations_get_sequential_ids() {
	new_test_ext().execute_with(|| {
		assert_eq!(hospital(), 0);
		assert_eq!(register(OrganizationKind::Laboratory, BOB), 1);
		assert_eq!(register(OrganizationKind::Pharmacy, CHARLIE), 2);
		assert_eq!(NextOrgId::<Test>::get(), 3);
	});
}

#[test]
fn register_organization_requires_governance() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Organizations::register_organization(
				RuntimeOrigin::signed(ALICE),
				OrganizationKind::Hospital,
				ALICE,
				metadata()
			),
			BadOrigin
		);
	});
}

#[test]
fn register_organization_refuses_admin_who_belongs_to_an_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);

		for admin in [ALICE, BOB] {
			assert_noop!(
				Organizations::register_organization(
					RuntimeOrigin::root(),
					OrganizationKind::Clinic,
					admin,
					metadata()
				),
				Error::<Test>::AlreadyMember
			);
		}
	});
}

#[test]
fn register_organization_fails_when_ids_are_exhausted() {
	new_test_ext().execute_with(|| {
		NextOrgId::<Test>::put(OrgId::MAX);
		assert_noop!(
			Organizations::register_organization(
				RuntimeOrigin::root(),
				OrganizationKind::Hospital,
				ALICE,
				metadata()
			),
			Error::<Test>::Overflow
		);
	});
}

// --- suspend_organization ---

#[test]
fn governance_suspends_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();

		assert_ok!(Organizations::suspend_organization(RuntimeOrigin::root(), org, reason()));

		assert_eq!(organization(org).status, OrganizationStatus::Suspended);
		System::assert_last_event(Event::OrganizationSuspended { org, reason: reason() }.into());
	});
}

#[test]
fn suspend_organization_requires_governance() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		assert_noop!(
			Organizations::suspend_organization(RuntimeOrigin::signed(ALICE), org, reason()),
			BadOrigin
		);
	});
}

#[test]
fn suspend_unknown_organization_fails() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Organizations::suspend_organization(RuntimeOrigin::root(), 7, reason()),
			Error::<Test>::UnknownOrganization
		);
	});
}

#[test]
fn suspend_suspended_organization_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		suspend(org);
		assert_noop!(
			Organizations::suspend_organization(RuntimeOrigin::root(), org, reason()),
			Error::<Test>::AlreadySuspended
		);
	});
}

// --- reactivate_organization ---

#[test]
fn governance_reactivates_suspended_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		suspend(org);

		assert_ok!(Organizations::reactivate_organization(RuntimeOrigin::root(), org));

		assert_eq!(organization(org).status, OrganizationStatus::Active);
		System::assert_last_event(Event::OrganizationReactivated { org }.into());
	});
}

#[test]
fn reactivate_organization_requires_governance() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		suspend(org);
		assert_noop!(
			Organizations::reactivate_organization(RuntimeOrigin::signed(ALICE), org),
			BadOrigin
		);
	});
}

#[test]
fn reactivate_unknown_organization_fails() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Organizations::reactivate_organization(RuntimeOrigin::root(), 7),
			Error::<Test>::UnknownOrganization
		);
	});
}

#[test]
fn reactivate_active_organization_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		assert_noop!(
			Organizations::reactivate_organization(RuntimeOrigin::root(), org),
			Error::<Test>::NotSuspended
		);
	});
}

// --- change_admin ---

#[test]
fn change_admin_to_unaffiliated_account_adds_it_as_admin() {
	new_test_ext().execute_with(|| {
		let org = hospital();

		assert_ok!(Organizations::change_admin(RuntimeOrigin::root(), org, BOB));

		assert_eq!(organization(org).admin, BOB);
		assert_eq!(organization(org).member_count, 2);
		assert_eq!(membership(org, BOB), Some(MemberRole::Admin));
		assert_eq!(membership(org, ALICE), Some(MemberRole::Admin));
		System::assert_last_event(
			Event::AdminChanged { org, old_admin: ALICE, new_admin: BOB }.into(),
		);
	});
}

#[test]
fn change_admin_to_member_promotes_it() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);

		assert_ok!(Organizations::change_admin(RuntimeOrigin::root(), org, BOB));

		assert_eq!(organization(org).admin, BOB);
		assert_eq!(organization(org).member_count, 2);
		assert_eq!(membership(org, BOB), Some(MemberRole::Admin));
		System::assert_last_event(
			Event::AdminChanged { org, old_admin: ALICE, new_admin: BOB }.into(),
		);
	});
}

#[test]
fn change_admin_works_on_suspended_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		suspend(org);

		assert_ok!(Organizations::change_admin(RuntimeOrigin::root(), org, BOB));

		assert_eq!(organization(org).admin, BOB);
		assert_eq!(organization(org).status, OrganizationStatus::Suspended);
	});
}

#[test]
fn former_registered_admin_can_be_removed_after_change_admin() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		assert_ok!(Organizations::change_admin(RuntimeOrigin::root(), org, BOB));

		assert_ok!(Organizations::remove_member(RuntimeOrigin::signed(BOB), org, ALICE));

		assert_eq!(membership(org, ALICE), None);
		assert_eq!(organization(org).member_count, 1);
	});
}

#[test]
fn change_admin_requires_governance() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		assert_noop!(
			Organizations::change_admin(RuntimeOrigin::signed(ALICE), org, BOB),
			BadOrigin
		);
	});
}

#[test]
fn change_admin_of_unknown_organization_fails() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Organizations::change_admin(RuntimeOrigin::root(), 7, BOB),
			Error::<Test>::UnknownOrganization
		);
	});
}

#[test]
fn change_admin_to_current_admin_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		assert_noop!(
			Organizations::change_admin(RuntimeOrigin::root(), org, ALICE),
			Error::<Test>::AdminUnchanged
		);
	});
}

#[test]
fn change_admin_to_member_of_another_organization_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		let lab = register(OrganizationKind::Laboratory, BOB);
		add(lab, BOB, CHARLIE, MemberRole::Device);

		for new_admin in [BOB, CHARLIE] {
			assert_noop!(
				Organizations::change_admin(RuntimeOrigin::root(), org, new_admin),
				Error::<Test>::MemberOfAnotherOrganization
			);
		}
	});
}

#[test]
fn change_admin_to_unaffiliated_account_fails_when_organization_is_full() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		for who in [BOB, CHARLIE, DAVE, EVE] {
			add(org, ALICE, who, MemberRole::Practitioner);
		}

		assert_noop!(
			Organizations::change_admin(RuntimeOrigin::root(), org, FERDIE),
			Error::<Test>::TooManyMembers
		);
		// A member can still take over: nobody joins.
		assert_ok!(Organizations::change_admin(RuntimeOrigin::root(), org, BOB));
	});
}

#[test]
fn change_admin_to_an_invited_account_takes_the_place_of_its_invitation() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);

		assert_ok!(Organizations::change_admin(RuntimeOrigin::root(), org, BOB));

		assert_eq!(membership(org, BOB), Some(MemberRole::Admin));
		assert_eq!(invitation(org, BOB), None);
		assert_eq!(organization(org).member_count, 2);
		assert_eq!(organization(org).pending_invitations, 0);
		assert_ok!(Organizations::do_try_state());
	});
}

#[test]
fn change_admin_to_unaffiliated_account_fails_when_invitations_fill_the_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		for who in [BOB, CHARLIE, DAVE, EVE] {
			invite(org, ALICE, who, MemberRole::Practitioner);
		}

		assert_noop!(
			Organizations::change_admin(RuntimeOrigin::root(), org, FERDIE),
			Error::<Test>::TooManyMembers
		);
		// An invited account can still take over: it takes its invitation's place.
		assert_ok!(Organizations::change_admin(RuntimeOrigin::root(), org, BOB));
		assert_eq!(organization(org).pending_invitations, 3);
	});
}

// --- add_member: an invitation ---

#[test]
fn admin_invites_an_account() {
	new_test_ext().execute_with(|| {
		let org = hospital();

		assert_ok!(Organizations::add_member(
			RuntimeOrigin::signed(ALICE),
			org,
			BOB,
			MemberRole::Practitioner
		));

		assert_eq!(invitation(org, BOB), Some(made_in_block_1(MemberRole::Practitioner, ALICE)));
		assert_eq!(membership(org, BOB), None);
		assert_eq!(organization(org).member_count, 1);
		assert_eq!(organization(org).pending_invitations, 1);
		System::assert_last_event(
			Event::MemberInvited {
				org,
				who: BOB,
				role: MemberRole::Practitioner,
				by: ALICE,
				expires_at: EXPIRES_AT,
			}
			.into(),
		);
	});
}

#[test]
fn an_admin_cannot_enrol_an_account_without_its_agreement() {
	new_test_ext().execute_with(|| {
		let org = hospital();

		invite(org, ALICE, BOB, MemberRole::Admin);

		// Invited, BOB acts for nobody and is nobody's member.
		assert_eq!(Organizations::acting_for(&BOB), Err(RegistryError::NotAMember));
		assert_eq!(Organizations::organization_of(&BOB), None);
		assert_eq!(all_members(org, 3), vec![(ALICE, MemberRole::Admin)]);
		// The admin cannot accept for BOB, nor treat BOB as a member.
		assert_noop!(
			Organizations::accept_invitation(RuntimeOrigin::signed(ALICE), org),
			Error::<Test>::NoInvitation
		);
		assert_noop!(
			Organizations::change_role(
				RuntimeOrigin::signed(ALICE),
				org,
				BOB,
				MemberRole::Practitioner
			),
			Error::<Test>::NotAMember
		);
	});
}

#[test]
fn added_admin_manages_members() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Admin);

		add(org, BOB, CHARLIE, MemberRole::Auditor);

		assert_eq!(membership(org, CHARLIE), Some(MemberRole::Auditor));
	});
}

#[test]
fn add_member_requires_signed_origin() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		assert_noop!(
			Organizations::add_member(RuntimeOrigin::root(), org, BOB, MemberRole::Practitioner),
			BadOrigin
		);
	});
}

#[test]
fn add_member_to_unknown_organization_fails() {
	new_test_ext().execute_with(|| {
		hospital();
		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(ALICE),
				7,
				BOB,
				MemberRole::Practitioner
			),
			Error::<Test>::UnknownOrganization
		);
	});
}

#[test]
fn non_admin_member_cannot_add_member() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(BOB),
				org,
				CHARLIE,
				MemberRole::Practitioner
			),
			Error::<Test>::NotOrganizationAdmin
		);
	});
}

#[test]
fn admin_of_another_organization_cannot_add_member() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		register(OrganizationKind::Laboratory, BOB);
		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(BOB),
				org,
				CHARLIE,
				MemberRole::Practitioner
			),
			Error::<Test>::NotOrganizationAdmin
		);
	});
}

#[test]
fn add_member_to_suspended_organization_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		suspend(org);
		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(ALICE),
				org,
				BOB,
				MemberRole::Practitioner
			),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn add_member_refuses_an_account_that_already_belongs_to_the_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);

		for who in [ALICE, BOB] {
			assert_noop!(
				Organizations::add_member(
					RuntimeOrigin::signed(ALICE),
					org,
					who,
					MemberRole::Auditor
				),
				Error::<Test>::AlreadyMember
			);
		}
	});
}

#[test]
fn a_member_of_another_organization_can_be_invited_but_accepts_only_after_leaving() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		let lab = register(OrganizationKind::Laboratory, CHARLIE);
		add(lab, CHARLIE, DAVE, MemberRole::Device);

		invite(org, ALICE, DAVE, MemberRole::Practitioner);
		assert_noop!(
			Organizations::accept_invitation(RuntimeOrigin::signed(DAVE), org),
			Error::<Test>::AlreadyMember
		);

		assert_ok!(Organizations::leave(RuntimeOrigin::signed(DAVE)));
		accept(DAVE, org);

		assert_eq!(membership(org, DAVE), Some(MemberRole::Practitioner));
		assert_eq!(OrganizationMembers::<Test>::get(lab, DAVE), None);
	});
}

#[test]
fn add_member_refuses_an_account_already_invited_by_the_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		add(org, ALICE, CHARLIE, MemberRole::Admin);

		// Not by the same admin, nor by another one.
		for admin in [ALICE, CHARLIE] {
			assert_noop!(
				Organizations::add_member(
					RuntimeOrigin::signed(admin),
					org,
					BOB,
					MemberRole::Auditor
				),
				Error::<Test>::AlreadyInvited
			);
		}
	});
}

#[test]
fn an_expired_invitation_is_renewed_in_its_place() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		System::set_block_number(EXPIRES_AT);

		invite(org, ALICE, BOB, MemberRole::Auditor);

		assert_eq!(
			invitation(org, BOB),
			Some(Invitation {
				role: MemberRole::Auditor,
				invited_by: ALICE,
				invited_at: EXPIRES_AT,
				expires_at: EXPIRES_AT + INVITATION_LIFETIME,
			})
		);
		assert_eq!(organization(org).pending_invitations, 1);
		accept(BOB, org);
		assert_eq!(membership(org, BOB), Some(MemberRole::Auditor));
	});
}

#[test]
fn an_admin_cannot_invite_beyond_the_organizations_capacity() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		for who in [CHARLIE, DAVE, EVE] {
			invite(org, ALICE, who, MemberRole::Practitioner);
		}
		// Two members and three pending invitations fill the five places.
		assert_eq!(organization(org).member_count, 2);
		assert_eq!(organization(org).pending_invitations, 3);

		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(ALICE),
				org,
				FERDIE,
				MemberRole::Practitioner
			),
			Error::<Test>::TooManyMembers
		);
		// Expired invitations keep their places until they are removed.
		System::set_block_number(EXPIRES_AT);
		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(ALICE),
				org,
				FERDIE,
				MemberRole::Practitioner
			),
			Error::<Test>::TooManyMembers
		);
		assert_ok!(Organizations::cancel_invitation(RuntimeOrigin::signed(ALICE), org, EVE));
		invite(org, ALICE, FERDIE, MemberRole::Practitioner);
		assert_ok!(Organizations::do_try_state());
	});
}

#[test]
fn add_member_to_full_organization_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		for who in [BOB, CHARLIE, DAVE, EVE] {
			add(org, ALICE, who, MemberRole::Practitioner);
		}
		assert_eq!(organization(org).member_count, 5);

		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(ALICE),
				org,
				FERDIE,
				MemberRole::Practitioner
			),
			Error::<Test>::TooManyMembers
		);
	});
}

#[test]
fn an_account_may_hold_invitations_from_several_organizations() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		let lab = register(OrganizationKind::Laboratory, CHARLIE);

		invite(org, ALICE, BOB, MemberRole::Practitioner);
		invite(lab, CHARLIE, BOB, MemberRole::Device);

		assert_eq!(invitation(org, BOB), Some(made_in_block_1(MemberRole::Practitioner, ALICE)));
		assert_eq!(invitation(lab, BOB), Some(made_in_block_1(MemberRole::Device, CHARLIE)));
	});
}

// --- accept_invitation ---

#[test]
fn invitee_accepts_and_becomes_a_member_with_the_invited_role() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Pharmacist);

		assert_ok!(Organizations::accept_invitation(RuntimeOrigin::signed(BOB), org));

		assert_eq!(membership(org, BOB), Some(MemberRole::Pharmacist));
		assert_eq!(invitation(org, BOB), None);
		assert_eq!(organization(org).member_count, 2);
		assert_eq!(organization(org).pending_invitations, 0);
		assert_eq!(
			Organizations::acting_for(&BOB),
			Ok(Membership { org, kind: OrganizationKind::Hospital, role: MemberRole::Pharmacist })
		);
		System::assert_last_event(
			Event::InvitationAccepted {
				org,
				who: BOB,
				role: MemberRole::Pharmacist,
				invited_by: ALICE,
			}
			.into(),
		);
	});
}

#[test]
fn accept_invitation_requires_signed_origin() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		assert_noop!(Organizations::accept_invitation(RuntimeOrigin::root(), org), BadOrigin);
	});
}

#[test]
fn an_account_cannot_accept_an_invitation_made_to_another_account() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		let lab = register(OrganizationKind::Laboratory, DAVE);
		invite(org, ALICE, BOB, MemberRole::Admin);

		assert_noop!(
			Organizations::accept_invitation(RuntimeOrigin::signed(CHARLIE), org),
			Error::<Test>::NoInvitation
		);
		// Nor does an invitation from one organisation open another.
		assert_noop!(
			Organizations::accept_invitation(RuntimeOrigin::signed(BOB), lab),
			Error::<Test>::NoInvitation
		);
	});
}

#[test]
fn accepting_an_invitation_of_a_suspended_organization_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		suspend(org);

		assert_noop!(
			Organizations::accept_invitation(RuntimeOrigin::signed(BOB), org),
			Error::<Test>::OrganizationSuspended
		);

		reactivate(org);
		accept(BOB, org);
		assert_eq!(membership(org, BOB), Some(MemberRole::Practitioner));
	});
}

#[test]
fn an_expired_invitation_cannot_be_accepted() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		System::set_block_number(EXPIRES_AT);

		assert_noop!(
			Organizations::accept_invitation(RuntimeOrigin::signed(BOB), org),
			Error::<Test>::InvitationExpired
		);
		// It keeps its place until it is declined, cancelled or renewed.
		assert_eq!(organization(org).pending_invitations, 1);
	});
}

#[test]
fn an_invitation_can_be_accepted_until_the_block_before_it_expires() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		System::set_block_number(EXPIRES_AT - 1);

		accept(BOB, org);

		assert_eq!(membership(org, BOB), Some(MemberRole::Practitioner));
	});
}

#[test]
fn an_invitation_from_an_admin_who_was_since_removed_or_demoted_cannot_be_accepted() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		// Two admins who invite accomplices, then lose their standing.
		add(org, ALICE, BOB, MemberRole::Admin);
		add(org, ALICE, CHARLIE, MemberRole::Admin);
		invite(org, BOB, DAVE, MemberRole::Admin);
		invite(org, CHARLIE, EVE, MemberRole::Admin);
		assert_ok!(Organizations::remove_member(RuntimeOrigin::signed(ALICE), org, BOB));
		assert_ok!(Organizations::change_role(
			RuntimeOrigin::signed(ALICE),
			org,
			CHARLIE,
			MemberRole::Practitioner
		));

		for who in [DAVE, EVE] {
			assert_noop!(
				Organizations::accept_invitation(RuntimeOrigin::signed(who), org),
				Error::<Test>::InviterNoLongerAdmin
			);
		}
		// A current admin's invitation is what lets them in.
		assert_ok!(Organizations::cancel_invitation(RuntimeOrigin::signed(ALICE), org, DAVE));
		invite(org, ALICE, DAVE, MemberRole::Practitioner);
		accept(DAVE, org);
	});
}

#[test]
fn accepting_one_invitation_leaves_the_others_pending() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		let lab = register(OrganizationKind::Laboratory, CHARLIE);
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		invite(lab, CHARLIE, BOB, MemberRole::Device);

		accept(BOB, org);

		assert_eq!(invitation(lab, BOB), Some(made_in_block_1(MemberRole::Device, CHARLIE)));
		assert_noop!(
			Organizations::accept_invitation(RuntimeOrigin::signed(BOB), lab),
			Error::<Test>::AlreadyMember
		);
		assert_ok!(Organizations::decline_invitation(RuntimeOrigin::signed(BOB), lab));
		assert_eq!(organization(lab).pending_invitations, 0);
	});
}

// --- decline_invitation ---

#[test]
fn invitee_declines_an_invitation() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);

		assert_ok!(Organizations::decline_invitation(RuntimeOrigin::signed(BOB), org));

		assert_eq!(invitation(org, BOB), None);
		assert_eq!(membership(org, BOB), None);
		assert_eq!(organization(org).pending_invitations, 0);
		System::assert_last_event(Event::InvitationDeclined { org, who: BOB }.into());
		assert_noop!(
			Organizations::accept_invitation(RuntimeOrigin::signed(BOB), org),
			Error::<Test>::NoInvitation
		);
	});
}

#[test]
fn decline_invitation_requires_signed_origin() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		assert_noop!(Organizations::decline_invitation(RuntimeOrigin::root(), org), BadOrigin);
	});
}

#[test]
fn declining_without_an_invitation_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		assert_noop!(
			Organizations::decline_invitation(RuntimeOrigin::signed(BOB), org),
			Error::<Test>::NoInvitation
		);
		assert_noop!(
			Organizations::decline_invitation(RuntimeOrigin::signed(BOB), 7),
			Error::<Test>::NoInvitation
		);
	});
}

#[test]
fn invitee_declines_an_expired_invitation_or_one_of_a_suspended_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		let lab = register(OrganizationKind::Laboratory, CHARLIE);
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		invite(lab, CHARLIE, BOB, MemberRole::Device);

		suspend(org);
		assert_ok!(Organizations::decline_invitation(RuntimeOrigin::signed(BOB), org));
		System::set_block_number(EXPIRES_AT);
		assert_ok!(Organizations::decline_invitation(RuntimeOrigin::signed(BOB), lab));

		assert_eq!(organization(org).pending_invitations, 0);
		assert_eq!(organization(lab).pending_invitations, 0);
	});
}

// --- cancel_invitation ---

#[test]
fn admin_cancels_a_pending_invitation() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Admin);
		invite(org, ALICE, CHARLIE, MemberRole::Practitioner);

		// Any admin may withdraw it, not only the one who made it.
		assert_ok!(Organizations::cancel_invitation(RuntimeOrigin::signed(BOB), org, CHARLIE));

		assert_eq!(invitation(org, CHARLIE), None);
		assert_eq!(organization(org).pending_invitations, 0);
		System::assert_last_event(Event::InvitationCancelled { org, who: CHARLIE, by: BOB }.into());
		assert_noop!(
			Organizations::accept_invitation(RuntimeOrigin::signed(CHARLIE), org),
			Error::<Test>::NoInvitation
		);
	});
}

#[test]
fn cancel_invitation_requires_signed_origin() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		assert_noop!(Organizations::cancel_invitation(RuntimeOrigin::root(), org, BOB), BadOrigin);
	});
}

#[test]
fn cancel_invitation_of_unknown_organization_fails() {
	new_test_ext().execute_with(|| {
		hospital();
		assert_noop!(
			Organizations::cancel_invitation(RuntimeOrigin::signed(ALICE), 7, BOB),
			Error::<Test>::UnknownOrganization
		);
	});
}

#[test]
fn only_an_admin_of_the_organization_cancels_its_invitation() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		register(OrganizationKind::Laboratory, DAVE);
		add(org, ALICE, BOB, MemberRole::Practitioner);
		invite(org, ALICE, CHARLIE, MemberRole::Practitioner);

		// A non-admin member, the invitee itself, an admin of another organisation.
		for by in [BOB, CHARLIE, DAVE] {
			assert_noop!(
				Organizations::cancel_invitation(RuntimeOrigin::signed(by), org, CHARLIE),
				Error::<Test>::NotOrganizationAdmin
			);
		}
	});
}

#[test]
fn cancel_invitation_in_suspended_organization_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		suspend(org);
		assert_noop!(
			Organizations::cancel_invitation(RuntimeOrigin::signed(ALICE), org, BOB),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn cancelling_without_an_invitation_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);

		// Never invited, or invited and already a member.
		for who in [CHARLIE, BOB] {
			assert_noop!(
				Organizations::cancel_invitation(RuntimeOrigin::signed(ALICE), org, who),
				Error::<Test>::NoInvitation
			);
		}
	});
}

// --- remove_member ---

#[test]
fn admin_removes_member() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);

		assert_ok!(Organizations::remove_member(RuntimeOrigin::signed(ALICE), org, BOB));

		assert_eq!(membership(org, BOB), None);
		assert_eq!(organization(org).member_count, 1);
		System::assert_last_event(Event::MemberRemoved { org, who: BOB, by: ALICE }.into());
	});
}

#[test]
fn removed_member_can_join_another_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		let lab = register(OrganizationKind::Laboratory, CHARLIE);
		add(org, ALICE, BOB, MemberRole::Practitioner);
		assert_ok!(Organizations::remove_member(RuntimeOrigin::signed(ALICE), org, BOB));

		add(lab, CHARLIE, BOB, MemberRole::Device);

		assert_eq!(membership(lab, BOB), Some(MemberRole::Device));
	});
}

#[test]
fn remove_member_requires_signed_origin() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		assert_noop!(Organizations::remove_member(RuntimeOrigin::root(), org, BOB), BadOrigin);
	});
}

#[test]
fn remove_member_of_unknown_organization_fails() {
	new_test_ext().execute_with(|| {
		hospital();
		assert_noop!(
			Organizations::remove_member(RuntimeOrigin::signed(ALICE), 7, BOB),
			Error::<Test>::UnknownOrganization
		);
	});
}

#[test]
fn non_admin_member_cannot_remove_member() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		add(org, ALICE, CHARLIE, MemberRole::Practitioner);
		assert_noop!(
			Organizations::remove_member(RuntimeOrigin::signed(BOB), org, CHARLIE),
			Error::<Test>::NotOrganizationAdmin
		);
	});
}

#[test]
fn remove_member_of_suspended_organization_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		suspend(org);
		assert_noop!(
			Organizations::remove_member(RuntimeOrigin::signed(ALICE), org, BOB),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn remove_non_member_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		register(OrganizationKind::Laboratory, BOB);

		// Unaffiliated, or a member elsewhere.
		for who in [CHARLIE, BOB] {
			assert_noop!(
				Organizations::remove_member(RuntimeOrigin::signed(ALICE), org, who),
				Error::<Test>::NotAMember
			);
		}
	});
}

#[test]
fn registered_admin_cannot_be_removed() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Admin);
		assert_noop!(
			Organizations::remove_member(RuntimeOrigin::signed(BOB), org, ALICE),
			Error::<Test>::CannotRemoveRegisteredAdmin
		);
	});
}

// --- change_role ---

#[test]
fn admin_changes_member_role() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);

		assert_ok!(Organizations::change_role(
			RuntimeOrigin::signed(ALICE),
			org,
			BOB,
			MemberRole::Auditor
		));

		assert_eq!(membership(org, BOB), Some(MemberRole::Auditor));
		assert_eq!(organization(org).member_count, 2);
		System::assert_last_event(
			Event::RoleChanged { org, who: BOB, role: MemberRole::Auditor, by: ALICE }.into(),
		);
	});
}

#[test]
fn demoted_admin_can_no_longer_manage_members() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Admin);
		assert_ok!(Organizations::change_role(
			RuntimeOrigin::signed(ALICE),
			org,
			BOB,
			MemberRole::Practitioner
		));

		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(BOB),
				org,
				CHARLIE,
				MemberRole::Practitioner
			),
			Error::<Test>::NotOrganizationAdmin
		);
	});
}

#[test]
fn change_role_requires_signed_origin() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		assert_noop!(
			Organizations::change_role(RuntimeOrigin::root(), org, BOB, MemberRole::Auditor),
			BadOrigin
		);
	});
}

#[test]
fn change_role_in_unknown_organization_fails() {
	new_test_ext().execute_with(|| {
		hospital();
		assert_noop!(
			Organizations::change_role(RuntimeOrigin::signed(ALICE), 7, BOB, MemberRole::Auditor),
			Error::<Test>::UnknownOrganization
		);
	});
}

#[test]
fn non_admin_member_cannot_change_role() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		assert_noop!(
			Organizations::change_role(RuntimeOrigin::signed(BOB), org, BOB, MemberRole::Admin),
			Error::<Test>::NotOrganizationAdmin
		);
	});
}

#[test]
fn change_role_in_suspended_organization_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		suspend(org);
		assert_noop!(
			Organizations::change_role(RuntimeOrigin::signed(ALICE), org, BOB, MemberRole::Auditor),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn change_role_of_non_member_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		assert_noop!(
			Organizations::change_role(RuntimeOrigin::signed(ALICE), org, BOB, MemberRole::Auditor),
			Error::<Test>::NotAMember
		);
	});
}

#[test]
fn change_role_to_same_role_fails() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		assert_noop!(
			Organizations::change_role(
				RuntimeOrigin::signed(ALICE),
				org,
				BOB,
				MemberRole::Practitioner
			),
			Error::<Test>::RoleUnchanged
		);
	});
}

#[test]
fn registered_admin_cannot_be_demoted() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Admin);
		assert_noop!(
			Organizations::change_role(RuntimeOrigin::signed(BOB), org, ALICE, MemberRole::Auditor),
			Error::<Test>::CannotDemoteRegisteredAdmin
		);
	});
}

// --- leave ---

#[test]
fn member_leaves_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);

		assert_ok!(Organizations::leave(RuntimeOrigin::signed(BOB)));

		assert_eq!(membership(org, BOB), None);
		assert_eq!(organization(org).member_count, 1);
		System::assert_last_event(Event::MemberLeft { org, who: BOB }.into());
	});
}

#[test]
fn member_can_leave_suspended_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		suspend(org);

		assert_ok!(Organizations::leave(RuntimeOrigin::signed(BOB)));

		assert_eq!(membership(org, BOB), None);
	});
}

#[test]
fn leave_requires_signed_origin() {
	new_test_ext().execute_with(|| {
		assert_noop!(Organizations::leave(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn non_member_cannot_leave() {
	new_test_ext().execute_with(|| {
		hospital();
		assert_noop!(Organizations::leave(RuntimeOrigin::signed(BOB)), Error::<Test>::NotAMember);
	});
}

#[test]
fn registered_admin_cannot_leave() {
	new_test_ext().execute_with(|| {
		hospital();
		assert_noop!(
			Organizations::leave(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::RegisteredAdminCannotLeave
		);
	});
}

// --- what is free ---

#[test]
fn declining_and_leaving_are_free_when_they_would_succeed() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		add(org, ALICE, CHARLIE, MemberRole::Practitioner);

		assert!(is_feeless(Call::decline_invitation { org }, BOB));
		assert!(is_feeless(Call::leave {}, CHARLIE));

		// Also from a suspended organisation, and an expired invitation.
		suspend(org);
		System::set_block_number(EXPIRES_AT);
		assert!(is_feeless(Call::decline_invitation { org }, BOB));
		assert!(is_feeless(Call::leave {}, CHARLIE));
	});
}

#[test]
fn free_declines_and_leaves_cannot_be_used_for_spam() {
	new_test_ext().execute_with(|| {
		let org = hospital();

		// A call that would fail is not free: its signer pays for the attempt.
		assert!(!is_feeless(Call::decline_invitation { org }, BOB));
		assert!(!is_feeless(Call::decline_invitation { org: 7 }, BOB));
		assert!(!is_feeless(Call::leave {}, BOB));
		assert!(!is_feeless(Call::leave {}, ALICE));

		// Only a signed origin is ever waived.
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		let decline = Call::<Test>::decline_invitation { org };
		assert!(!decline.is_feeless(&RuntimeOrigin::root()));
		let leave = Call::<Test>::leave {};
		assert!(!leave.is_feeless(&RuntimeOrigin::none()));

		// Each free call uses up what made it free: the second decline pays.
		assert_ok!(Organizations::decline_invitation(RuntimeOrigin::signed(BOB), org));
		assert!(!is_feeless(Call::decline_invitation { org }, BOB));
		add(org, ALICE, CHARLIE, MemberRole::Practitioner);
		assert_ok!(Organizations::leave(RuntimeOrigin::signed(CHARLIE)));
		assert!(!is_feeless(Call::leave {}, CHARLIE));
	});
}

#[test]
fn only_declining_and_leaving_are_free() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		invite(org, ALICE, CHARLIE, MemberRole::Practitioner);

		for (call, signer) in [
			(Call::<Test>::add_member { org, who: DAVE, role: MemberRole::Practitioner }, ALICE),
			(Call::accept_invitation { org }, CHARLIE),
			(Call::cancel_invitation { org, who: CHARLIE }, ALICE),
			(Call::remove_member { org, who: BOB }, ALICE),
			(Call::change_role { org, who: BOB, role: MemberRole::Auditor }, ALICE),
		] {
			assert!(!is_feeless(call, signer));
		}
	});
}

// --- the registry trait ---

#[test]
fn member_of_active_organization_acts_for_it() {
	new_test_ext().execute_with(|| {
		let org = register(OrganizationKind::Pharmacy, ALICE);
		add(org, ALICE, BOB, MemberRole::Pharmacist);

		assert_eq!(
			Organizations::acting_for(&BOB),
			Ok(Membership { org, kind: OrganizationKind::Pharmacy, role: MemberRole::Pharmacist })
		);
	});
}

#[test]
fn non_member_acts_for_nobody() {
	new_test_ext().execute_with(|| {
		hospital();
		assert_eq!(Organizations::acting_for(&BOB), Err(RegistryError::NotAMember));
	});
}

#[test]
fn member_of_suspended_organization_acts_for_nobody() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		suspend(org);

		assert_eq!(Organizations::acting_for(&BOB), Err(RegistryError::OrganizationSuspended));
		assert_eq!(
			Organizations::ensure_acting_as(&BOB, &[], &[]),
			Err(RegistryError::OrganizationSuspended)
		);

		assert_ok!(Organizations::reactivate_organization(RuntimeOrigin::root(), org));
		assert!(Organizations::acting_for(&BOB).is_ok());
	});
}

#[test]
fn ensure_acting_as_with_empty_requirements_accepts_any_member() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Device);

		assert_eq!(
			Organizations::ensure_acting_as(&BOB, &[], &[]),
			Ok(Membership { org, kind: OrganizationKind::Hospital, role: MemberRole::Device })
		);
		assert_eq!(
			Organizations::ensure_acting_as(&CHARLIE, &[], &[]),
			Err(RegistryError::NotAMember)
		);
	});
}

#[test]
fn ensure_acting_as_accepts_any_listed_kind_and_role() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);

		assert!(Organizations::ensure_acting_as(
			&BOB,
			&[OrganizationKind::Clinic, OrganizationKind::Hospital],
			&[MemberRole::Pharmacist, MemberRole::Practitioner],
		)
		.is_ok());
	});
}

#[test]
fn ensure_acting_as_refuses_wrong_organization_kind() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);

		assert_eq!(
			Organizations::ensure_acting_as(
				&BOB,
				&[OrganizationKind::Pharmacy],
				&[MemberRole::Practitioner]
			),
			Err(RegistryError::WrongOrganizationKind)
		);
	});
}

#[test]
fn ensure_acting_as_refuses_wrong_role() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);

		assert_eq!(
			Organizations::ensure_acting_as(
				&BOB,
				&[OrganizationKind::Hospital],
				&[MemberRole::Pharmacist]
			),
			Err(RegistryError::WrongRole)
		);
	});
}

#[test]
fn organization_status_reports_kind_and_status() {
	new_test_ext().execute_with(|| {
		let org = register(OrganizationKind::EthicsCommittee, ALICE);
		assert_eq!(
			<Organizations as OrganizationRegistry<u64>>::organization_status(org),
			Some((OrganizationKind::EthicsCommittee, OrganizationStatus::Active))
		);

		suspend(org);
		assert_eq!(
			<Organizations as OrganizationRegistry<u64>>::organization_status(org),
			Some((OrganizationKind::EthicsCommittee, OrganizationStatus::Suspended))
		);
		assert_eq!(<Organizations as OrganizationRegistry<u64>>::organization_status(7), None);
	});
}

// --- reads behind the runtime API ---

#[test]
fn organization_of_reports_organization_and_role_whatever_the_status() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Auditor);
		suspend(org);

		assert_eq!(Organizations::organization_of(&BOB), Some((org, MemberRole::Auditor)));
		assert_eq!(Organizations::organization_of(&ALICE), Some((org, MemberRole::Admin)));
		assert_eq!(Organizations::organization_of(&CHARLIE), None);
	});
}

#[test]
fn organization_of_unknown_id_is_none() {
	new_test_ext().execute_with(|| {
		assert_eq!(Organizations::organization(0), None);
	});
}

#[test]
fn members_pages_cover_every_member_once() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		for who in [BOB, CHARLIE, DAVE, EVE] {
			add(org, ALICE, who, MemberRole::Practitioner);
		}
		let mut expected = vec![(ALICE, MemberRole::Admin)];
		expected.extend([BOB, CHARLIE, DAVE, EVE].map(|who| (who, MemberRole::Practitioner)));

		for limit in 1..=3 {
			assert_eq!(all_members(org, limit), expected, "page size {limit}");
		}
	});
}

#[test]
fn members_page_starts_after_the_cursor() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		for who in [BOB, CHARLIE] {
			add(org, ALICE, who, MemberRole::Practitioner);
		}

		let first = Organizations::members(org, None, 1);
		assert_eq!(first.len(), 1);
		let rest = Organizations::members(org, Some(first[0].0), 3);
		assert_eq!(rest.len(), 2);
		assert!(!rest.contains(&first[0]));
	});
}

#[test]
fn members_page_is_capped_at_max_page_size() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		for who in [BOB, CHARLIE, DAVE, EVE] {
			add(org, ALICE, who, MemberRole::Practitioner);
		}

		assert_eq!(Organizations::members(org, None, 100).len(), 3);
		assert!(Organizations::members(org, None, 0).is_empty());
	});
}

#[test]
fn members_lists_only_the_requested_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		let lab = register(OrganizationKind::Laboratory, CHARLIE);
		add(lab, CHARLIE, DAVE, MemberRole::Device);
		let pharmacy = register(OrganizationKind::Pharmacy, EVE);
		add(pharmacy, EVE, FERDIE, MemberRole::Pharmacist);
		add(pharmacy, EVE, GRACE, MemberRole::Logistics);

		assert_eq!(
			all_members(lab, 3),
			vec![(CHARLIE, MemberRole::Admin), (DAVE, MemberRole::Device)]
		);
		// A page that runs past the organisation's last member stops there.
		let page = Organizations::members(lab, None, 3);
		let last = page.last().map(|(who, _)| *who);
		assert!(Organizations::members(lab, last, 3).is_empty());
		assert!(Organizations::members(7, None, 3).is_empty());
	});
}

#[test]
fn invitations_of_pages_cover_every_invitation_an_account_holds_once() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		let lab = register(OrganizationKind::Laboratory, CHARLIE);
		let pharmacy = register(OrganizationKind::Pharmacy, DAVE);
		let clinic = register(OrganizationKind::Clinic, EVE);
		for (inviting, admin) in [(org, ALICE), (lab, CHARLIE), (pharmacy, DAVE), (clinic, EVE)] {
			invite(inviting, admin, BOB, MemberRole::Practitioner);
		}

		for limit in 1..=3 {
			assert_eq!(
				all_invitations_of(BOB, limit),
				vec![org, lab, pharmacy, clinic],
				"page size {limit}"
			);
		}
		assert_eq!(Organizations::invitations_of(&BOB, None, 100).len(), 3);
		assert!(Organizations::invitations_of(&BOB, None, 0).is_empty());
		assert!(Organizations::invitations_of(&FERDIE, None, 3).is_empty());
	});
}

#[test]
fn invitations_pages_cover_every_pending_invitation_of_an_organization_once() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		let lab = register(OrganizationKind::Laboratory, GRACE);
		for who in [BOB, CHARLIE, DAVE, EVE] {
			invite(org, ALICE, who, MemberRole::Practitioner);
		}
		invite(lab, GRACE, FERDIE, MemberRole::Device);

		for limit in 1..=3 {
			assert_eq!(
				all_invitations(org, limit),
				vec![BOB, CHARLIE, DAVE, EVE],
				"page size {limit}"
			);
		}
		assert_eq!(
			Organizations::invitations(lab, None, 3),
			vec![(FERDIE, made_in_block_1(MemberRole::Device, GRACE))]
		);
		assert_eq!(Organizations::invitations(org, None, 100).len(), 3);
		assert!(Organizations::invitations(7, None, 3).is_empty());
	});
}

// --- invariants ---

#[test]
fn try_state_holds_after_every_kind_of_change() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		let lab = register(OrganizationKind::Laboratory, BOB);
		add(org, ALICE, CHARLIE, MemberRole::Practitioner);
		add(org, ALICE, DAVE, MemberRole::Auditor);
		add(lab, BOB, EVE, MemberRole::Device);
		assert_ok!(Organizations::change_role(
			RuntimeOrigin::signed(ALICE),
			org,
			CHARLIE,
			MemberRole::Admin
		));
		assert_ok!(Organizations::change_admin(RuntimeOrigin::root(), org, CHARLIE));
		assert_ok!(Organizations::remove_member(RuntimeOrigin::signed(CHARLIE), org, ALICE));
		assert_ok!(Organizations::change_admin(RuntimeOrigin::root(), lab, FERDIE));
		assert_ok!(Organizations::leave(RuntimeOrigin::signed(EVE)));
		suspend(lab);
		assert_ok!(Organizations::leave(RuntimeOrigin::signed(BOB)));

		assert_ok!(Organizations::do_try_state());
		assert_eq!(organization(org).member_count, 2);
		assert_eq!(organization(lab).member_count, 1);
	});
}

#[test]
fn try_state_detects_a_wrong_member_count() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		crate::Organizations::<Test>::mutate(org, |organization| {
			if let Some(organization) = organization {
				organization.member_count = 1;
			}
		});

		assert!(Organizations::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_memberships_that_disagree() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		Members::<Test>::insert(BOB, MemberRecord { org, role: MemberRole::Auditor });

		assert!(Organizations::do_try_state().is_err());
	});
}

#[test]
fn try_state_holds_through_every_step_of_an_invitation() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		let lab = register(OrganizationKind::Laboratory, BOB);
		for who in [CHARLIE, DAVE, EVE] {
			invite(org, ALICE, who, MemberRole::Practitioner);
		}
		invite(lab, BOB, CHARLIE, MemberRole::Device);
		invite(lab, BOB, GRACE, MemberRole::Logistics);
		assert_ok!(Organizations::do_try_state());

		accept(CHARLIE, org);
		assert_ok!(Organizations::decline_invitation(RuntimeOrigin::signed(DAVE), org));
		assert_ok!(Organizations::cancel_invitation(RuntimeOrigin::signed(ALICE), org, EVE));
		assert_ok!(Organizations::decline_invitation(RuntimeOrigin::signed(CHARLIE), lab));
		assert_ok!(Organizations::change_admin(RuntimeOrigin::root(), lab, GRACE));
		System::set_block_number(EXPIRES_AT);
		invite(org, ALICE, FERDIE, MemberRole::Auditor);

		assert_ok!(Organizations::do_try_state());
		assert_eq!(organization(org).member_count, 2);
		assert_eq!(organization(org).pending_invitations, 1);
		assert_eq!(organization(lab).member_count, 2);
		assert_eq!(organization(lab).pending_invitations, 0);
	});
}

#[test]
fn try_state_detects_a_wrong_pending_invitation_count() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		crate::Organizations::<Test>::mutate(org, |organization| {
			if let Some(organization) = organization {
				organization.pending_invitations = 0;
			}
		});

		assert!(Organizations::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_invitation_maps_that_disagree() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		invite(org, ALICE, BOB, MemberRole::Practitioner);
		OrganizationInvitations::<Test>::remove(org, BOB);

		assert!(Organizations::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_member_holding_its_own_organizations_invitation() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		// Counted, and in both maps: only the rule about members is broken.
		Invitations::<Test>::insert(BOB, org, made_in_block_1(MemberRole::Auditor, ALICE));
		OrganizationInvitations::<Test>::insert(org, BOB, ());
		crate::Organizations::<Test>::mutate(org, |organization| {
			if let Some(organization) = organization {
				organization.pending_invitations = 1;
			}
		});

		assert!(Organizations::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_invitations_beyond_the_organizations_capacity() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		for who in [BOB, CHARLIE, DAVE, EVE] {
			invite(org, ALICE, who, MemberRole::Practitioner);
		}
		assert_ok!(Organizations::do_try_state());
		// A sixth place, written past the call's check.
		Invitations::<Test>::insert(FERDIE, org, made_in_block_1(MemberRole::Auditor, ALICE));
		OrganizationInvitations::<Test>::insert(org, FERDIE, ());
		crate::Organizations::<Test>::mutate(org, |organization| {
			if let Some(organization) = organization {
				organization.pending_invitations = 5;
			}
		});

		assert!(Organizations::do_try_state().is_err());
	});
}

// --- genesis ---

#[test]
fn genesis_members_join_without_an_invitation() {
	let mut storage =
		frame_system::GenesisConfig::<Test>::default().build_storage().expect("system builds");
	crate::GenesisConfig::<Test> {
		organizations: vec![GenesisOrganization {
			kind: OrganizationKind::Hospital,
			admin: ALICE,
			metadata_hash: metadata(),
			members: vec![(BOB, MemberRole::Practitioner), (CHARLIE, MemberRole::Auditor)],
		}],
	}
	.assimilate_storage(&mut storage)
	.expect("the genesis consortium builds");

	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(membership(0, ALICE), Some(MemberRole::Admin));
		assert_eq!(membership(0, BOB), Some(MemberRole::Practitioner));
		assert_eq!(membership(0, CHARLIE), Some(MemberRole::Auditor));
		assert_eq!(organization(0).member_count, 3);
		assert_eq!(organization(0).pending_invitations, 0);
		assert!(Organizations::invitations(0, None, 3).is_empty());
		assert_ok!(Organizations::do_try_state());
	});
}
