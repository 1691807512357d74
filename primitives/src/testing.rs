//! Test doubles of the cross-pallet traits, for pallet mocks (std only).
//!
//! A pallet that asks [`OrganizationRegistry`] in its calls names [`MockRegistry`] in its mock
//! runtime's `Config` and sets up, per test, which accounts act for which organisations:
//!
//! ```
//! use healthchain_primitives::{
//! 	testing::MockRegistry, MemberRole, OrganizationKind, OrganizationRegistry, RegistryError,
//! };
//!
//! const PHARMACIST: u64 = 7;
//! MockRegistry::clear();
//! MockRegistry::set(PHARMACIST, 1, OrganizationKind::Pharmacy, MemberRole::Pharmacist);
//! assert!(<MockRegistry as OrganizationRegistry<u64>>::ensure_acting_as(
//! 	&PHARMACIST,
//! 	&[OrganizationKind::Pharmacy],
//! 	&[MemberRole::Pharmacist],
//! )
//! .is_ok());
//! MockRegistry::suspend(1);
//! assert_eq!(
//! 	<MockRegistry as OrganizationRegistry<u64>>::acting_for(&PHARMACIST),
//! 	Err(RegistryError::OrganizationSuspended),
//! );
//! ```
//!
//! The state is thread-local, and each test runs on its own thread, so tests do not see each
//! other's members. Call [`MockRegistry::clear`] when a thread runs more than one scenario.

use crate::organizations::{
	MemberRole, Membership, OrgId, OrganizationKind, OrganizationRegistry, OrganizationStatus,
	RegistryError,
};
use codec::Encode;
#[cfg(feature = "runtime-benchmarks")]
use sp_runtime::DispatchError;
use std::{
	any::{type_name, TypeId},
	cell::RefCell,
	collections::BTreeMap,
};

thread_local! {
	/// Encoded account → its membership.
	static MEMBERS: RefCell<BTreeMap<Vec<u8>, Membership>> = const { RefCell::new(BTreeMap::new()) };
	/// Organisation → its kind and status.
	static ORGANIZATIONS: RefCell<BTreeMap<OrgId, (OrganizationKind, OrganizationStatus)>> =
		const { RefCell::new(BTreeMap::new()) };
	/// The account type the double was first used with, to catch `set(1, ..)` (an `i32`)
	/// being asked about with a `u64`: both encode, to different keys.
	static ACCOUNT_TYPE: RefCell<Option<(TypeId, &'static str)>> = const { RefCell::new(None) };
}

/// An in-memory [`OrganizationRegistry`] for any account type that encodes.
///
/// Accounts are keyed by their SCALE encoding, so set them up with the same Rust type the
/// mock runtime uses (`const ALICE: u64 = 1`, not a bare literal, which would be an `i32`);
/// the double panics with a clear message if two account types are mixed.
pub struct MockRegistry;

impl MockRegistry {
	/// Makes `who` a member of `org` with `role`, replacing any membership it had. Creates
	/// `org` as an active organisation of `kind` if it does not exist; otherwise sets its
	/// kind to `kind` and keeps its status.
	pub fn set<AccountId: Encode + 'static>(
		who: AccountId,
		org: OrgId,
		kind: OrganizationKind,
		role: MemberRole,
	) {
		let key = Self::key(&who);
		ORGANIZATIONS.with(|orgs| {
			orgs.borrow_mut()
				.entry(org)
				.and_modify(|(existing_kind, _)| *existing_kind = kind)
				.or_insert((kind, OrganizationStatus::Active));
		});
		MEMBERS.with(|members| {
			members.borrow_mut().insert(key, Membership { org, kind, role });
		});
	}

	/// Removes `who`'s membership, if any.
	pub fn remove<AccountId: Encode + 'static>(who: AccountId) {
		let key = Self::key(&who);
		MEMBERS.with(|members| {
			members.borrow_mut().remove(&key);
		});
	}

	/// Suspends `org`: its members' [`acting_for`](OrganizationRegistry::acting_for) answers
	/// [`RegistryError::OrganizationSuspended`]. Does nothing for an unknown organisation.
	pub fn suspend(org: OrgId) {
		Self::set_status(org, OrganizationStatus::Suspended);
	}

	/// Reactivates a suspended `org`. Does nothing for an unknown organisation.
	pub fn reactivate(org: OrgId) {
		Self::set_status(org, OrganizationStatus::Active);
	}

	/// Forgets every organisation and member.
	pub fn clear() {
		MEMBERS.with(|members| members.borrow_mut().clear());
		ORGANIZATIONS.with(|orgs| orgs.borrow_mut().clear());
		ACCOUNT_TYPE.with(|account_type| *account_type.borrow_mut() = None);
	}

	/// The kind and status of `org`, if it exists.
	fn status_of(org: OrgId) -> Option<(OrganizationKind, OrganizationStatus)> {
		ORGANIZATIONS.with(|orgs| orgs.borrow().get(&org).copied())
	}

	fn set_status(org: OrgId, status: OrganizationStatus) {
		ORGANIZATIONS.with(|orgs| {
			if let Some((_, existing)) = orgs.borrow_mut().get_mut(&org) {
				*existing = status;
			}
		});
	}

	/// The storage key of `who`, after checking it has the account type used so far.
	fn key<AccountId: Encode + 'static>(who: &AccountId) -> Vec<u8> {
		let this = (TypeId::of::<AccountId>(), type_name::<AccountId>());
		let (first_id, first_name) =
			ACCOUNT_TYPE.with(|account_type| *account_type.borrow_mut().get_or_insert(this));
		if first_id != this.0 {
			panic!(
				"MockRegistry used with account type {} after {}: give accounts the mock \
				 runtime's AccountId type (e.g. `const ALICE: u64 = 1`)",
				this.1, first_name
			);
		}
		who.encode()
	}
}

impl<AccountId: Encode + 'static> OrganizationRegistry<AccountId> for MockRegistry {
	fn acting_for(who: &AccountId) -> Result<Membership, RegistryError> {
		let key = Self::key(who);
		let membership = MEMBERS
			.with(|members| members.borrow().get(&key).copied())
			.ok_or(RegistryError::NotAMember)?;
		match Self::status_of(membership.org) {
			Some((kind, OrganizationStatus::Active)) => Ok(Membership { kind, ..membership }),
			Some((_, OrganizationStatus::Suspended)) => Err(RegistryError::OrganizationSuspended),
			None => Err(RegistryError::NotAMember),
		}
	}

	fn organization_status(org: OrgId) -> Option<(OrganizationKind, OrganizationStatus)> {
		Self::status_of(org)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(
		kind: OrganizationKind,
		admin: &AccountId,
	) -> Result<OrgId, DispatchError> {
		let key = Self::key(admin);
		if MEMBERS.with(|members| members.borrow().contains_key(&key)) {
			return Err(DispatchError::Other(
				"MockRegistry: admin already belongs to an organisation",
			));
		}
		let org = ORGANIZATIONS
			.with(|orgs| orgs.borrow().keys().next_back().map_or(0, |last| last.saturating_add(1)));
		ORGANIZATIONS.with(|orgs| {
			orgs.borrow_mut().insert(org, (kind, OrganizationStatus::Active));
		});
		MEMBERS.with(|members| {
			members.borrow_mut().insert(key, Membership { org, kind, role: MemberRole::Admin });
		});
		Ok(org)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn add_member_for_benchmark(
		org: OrgId,
		who: &AccountId,
		role: MemberRole,
	) -> Result<(), DispatchError> {
		let key = Self::key(who);
		let (kind, _) = Self::status_of(org)
			.ok_or(DispatchError::Other("MockRegistry: unknown organisation"))?;
		if MEMBERS.with(|members| members.borrow().contains_key(&key)) {
			return Err(DispatchError::Other(
				"MockRegistry: account already belongs to an organisation",
			));
		}
		MEMBERS.with(|members| {
			members.borrow_mut().insert(key, Membership { org, kind, role });
		});
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	const ALICE: u64 = 1;
	const BOB: u64 = 2;

	fn acting_for(who: u64) -> Result<Membership, RegistryError> {
		<MockRegistry as OrganizationRegistry<u64>>::acting_for(&who)
	}

	#[test]
	fn unknown_account_is_not_a_member() {
		MockRegistry::clear();
		assert_eq!(acting_for(ALICE), Err(RegistryError::NotAMember));
	}

	#[test]
	fn set_member_acts_for_its_organisation() {
		MockRegistry::clear();
		MockRegistry::set(ALICE, 3, OrganizationKind::Laboratory, MemberRole::Device);
		assert_eq!(
			acting_for(ALICE),
			Ok(Membership { org: 3, kind: OrganizationKind::Laboratory, role: MemberRole::Device })
		);
	}

	#[test]
	fn suspension_and_reactivation_apply_to_every_member() {
		MockRegistry::clear();
		MockRegistry::set(ALICE, 1, OrganizationKind::Hospital, MemberRole::Admin);
		MockRegistry::set(BOB, 1, OrganizationKind::Hospital, MemberRole::Practitioner);
		MockRegistry::suspend(1);
		assert_eq!(acting_for(ALICE), Err(RegistryError::OrganizationSuspended));
		assert_eq!(acting_for(BOB), Err(RegistryError::OrganizationSuspended));
		MockRegistry::reactivate(1);
		assert!(acting_for(BOB).is_ok());
	}

	#[test]
	fn ensure_acting_as_checks_kind_then_role() {
		MockRegistry::clear();
		MockRegistry::set(ALICE, 1, OrganizationKind::Pharmacy, MemberRole::Pharmacist);
		let ensure = |kinds: &[OrganizationKind], roles: &[MemberRole]| {
			<MockRegistry as OrganizationRegistry<u64>>::ensure_acting_as(&ALICE, kinds, roles)
		};
		assert!(ensure(&[], &[]).is_ok());
		assert_eq!(
			ensure(&[OrganizationKind::Hospital], &[MemberRole::Auditor]),
			Err(RegistryError::WrongOrganizationKind)
		);
		assert_eq!(
			ensure(&[OrganizationKind::Pharmacy], &[MemberRole::Auditor]),
			Err(RegistryError::WrongRole)
		);
		assert!(ensure(
			&[OrganizationKind::Hospital, OrganizationKind::Pharmacy],
			&[MemberRole::Pharmacist]
		)
		.is_ok());
	}

	#[test]
	fn removed_member_is_not_a_member() {
		MockRegistry::clear();
		MockRegistry::set(ALICE, 1, OrganizationKind::Clinic, MemberRole::Practitioner);
		MockRegistry::remove(ALICE);
		assert_eq!(acting_for(ALICE), Err(RegistryError::NotAMember));
	}

	#[test]
	#[should_panic(expected = "MockRegistry used with account type")]
	fn mixing_account_types_panics() {
		MockRegistry::clear();
		MockRegistry::set(1i32, 1, OrganizationKind::Clinic, MemberRole::Practitioner);
		let _ = acting_for(ALICE);
	}
}
