//! The registry's behaviour, one test per behaviour.

use crate::{
	mock::*, Error, Event, MemberRecord, MemberRole, Members, Membership, NextOrgId, OrgId,
	Organization, OrganizationKind, OrganizationMembers, OrganizationOf, OrganizationRegistry,
	OrganizationStatus, RegistryError,
};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use sp_runtime::traits::BadOrigin;

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

/// `admin` adds `who` to `org` with `role`.
fn add(org: OrgId, admin: u64, who: u64, role: MemberRole) {
	assert_ok!(Organizations::add_member(RuntimeOrigin::signed(admin), org, who, role));
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

// --- add_member ---

#[test]
fn admin_adds_member() {
	new_test_ext().execute_with(|| {
		let org = hospital();

		assert_ok!(Organizations::add_member(
			RuntimeOrigin::signed(ALICE),
			org,
			BOB,
			MemberRole::Practitioner
		));

		assert_eq!(membership(org, BOB), Some(MemberRole::Practitioner));
		assert_eq!(organization(org).member_count, 2);
		System::assert_last_event(
			Event::MemberAdded { org, who: BOB, role: MemberRole::Practitioner, by: ALICE }.into(),
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
fn add_member_refuses_account_that_belongs_to_an_organization() {
	new_test_ext().execute_with(|| {
		let org = hospital();
		add(org, ALICE, BOB, MemberRole::Practitioner);
		let lab = register(OrganizationKind::Laboratory, CHARLIE);

		// Already a member here, or elsewhere.
		for who in [BOB, CHARLIE] {
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
		assert_eq!(membership(lab, CHARLIE), Some(MemberRole::Admin));
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
