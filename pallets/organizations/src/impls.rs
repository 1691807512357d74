//! The registry's logic: the `do_*` functions behind the calls, the
//! [`OrganizationRegistry`] answers other pallets rely on, and the reads behind the runtime
//! API.
//!
//! Every `do_*` checks everything before it writes anything, so a refused call leaves no
//! trace.

use crate::{
	Config, Error, Event, GenesisOrganization, MemberRecord, MemberRole, Members, Membership,
	NextOrgId, OrgId, Organization, OrganizationKind, OrganizationMembers, OrganizationOf,
	OrganizationRegistry, OrganizationStatus, Organizations, Pallet, RegistryError,
};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Registers a genesis organisation and adds its members, by the same rules (and with
	/// the same events) as the calls.
	///
	/// # Errors
	///
	/// Those of [`Self::do_register_organization`] and [`Self::do_add_member`].
	pub fn do_register_genesis_organization(
		organization: &GenesisOrganization<T::AccountId>,
	) -> DispatchResult {
		let org = Self::do_register_organization(
			organization.kind,
			organization.admin.clone(),
			organization.metadata_hash,
		)?;
		for (who, role) in &organization.members {
			Self::do_add_member(organization.admin.clone(), org, who.clone(), *role)?;
		}
		Ok(())
	}

	/// Registers an active organisation of `kind`, with `admin` as its registered admin and
	/// first member (role [`MemberRole::Admin`]), and returns its id.
	///
	/// # Errors
	///
	/// - [`Error::AlreadyMember`] if `admin` already belongs to an organisation;
	/// - [`Error::TooManyMembers`] if `MaxMembersPerOrganization` leaves no room for the admin;
	/// - [`Error::Overflow`] if the organisation ids are exhausted.
	pub fn do_register_organization(
		kind: OrganizationKind,
		admin: T::AccountId,
		metadata_hash: H256,
	) -> Result<OrgId, DispatchError> {
		ensure!(!Members::<T>::contains_key(&admin), Error::<T>::AlreadyMember);
		ensure!(T::MaxMembersPerOrganization::get() >= 1, Error::<T>::TooManyMembers);
		let org = NextOrgId::<T>::get();
		let next_org = org.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let organization = Organization {
			kind,
			status: OrganizationStatus::Active,
			admin: admin.clone(),
			metadata_hash,
			registered_at: frame_system::Pallet::<T>::block_number(),
			member_count: 1,
		};
		NextOrgId::<T>::put(next_org);
		Organizations::<T>::insert(org, organization);
		Self::insert_member(org, &admin, MemberRole::Admin);
		Self::deposit_event(Event::OrganizationRegistered { org, kind, admin });
		Ok(org)
	}

	/// Suspends organisation `org`: from now on its members act for nobody and cannot be
	/// managed. `reason` is the hash of the governance decision.
	///
	/// # Errors
	///
	/// - [`Error::UnknownOrganization`] if `org` does not exist;
	/// - [`Error::AlreadySuspended`] if it is already suspended.
	pub fn do_suspend_organization(org: OrgId, reason: H256) -> DispatchResult {
		let mut organization =
			Organizations::<T>::get(org).ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(organization.status == OrganizationStatus::Active, Error::<T>::AlreadySuspended);

		organization.status = OrganizationStatus::Suspended;
		Organizations::<T>::insert(org, organization);
		Self::deposit_event(Event::OrganizationSuspended { org, reason });
		Ok(())
	}

	/// Reactivates the suspended organisation `org`.
	///
	/// # Errors
	///
	/// - [`Error::UnknownOrganization`] if `org` does not exist;
	/// - [`Error::NotSuspended`] if it is active.
	pub fn do_reactivate_organization(org: OrgId) -> DispatchResult {
		let mut organization =
			Organizations::<T>::get(org).ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(organization.status == OrganizationStatus::Suspended, Error::<T>::NotSuspended);

		organization.status = OrganizationStatus::Active;
		Organizations::<T>::insert(org, organization);
		Self::deposit_event(Event::OrganizationReactivated { org });
		Ok(())
	}

	/// Makes `new_admin` the registered admin of `org`. An account that belongs to no
	/// organisation joins `org` as an `Admin`; a member of `org` gets the `Admin` role. The
	/// previous registered admin stays a member with role `Admin` (an admin may then remove
	/// it). Works on a suspended organisation too, since replacing its admin may be what
	/// lifting the suspension waits for.
	///
	/// # Errors
	///
	/// - [`Error::UnknownOrganization`] if `org` does not exist;
	/// - [`Error::AdminUnchanged`] if `new_admin` already is the registered admin;
	/// - [`Error::MemberOfAnotherOrganization`] if `new_admin` belongs to another
	///   organisation;
	/// - [`Error::TooManyMembers`] if `new_admin` would join a full organisation;
	/// - [`Error::Overflow`] if the member count would overflow.
	pub fn do_change_admin(org: OrgId, new_admin: T::AccountId) -> DispatchResult {
		let mut organization =
			Organizations::<T>::get(org).ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(organization.admin != new_admin, Error::<T>::AdminUnchanged);
		let joins = match Members::<T>::get(&new_admin) {
			None => true,
			Some(record) if record.org == org => false,
			Some(_) => return Err(Error::<T>::MemberOfAnotherOrganization.into()),
		};
		if joins {
			organization.member_count = Self::one_more_member(organization.member_count)?;
		}

		let old_admin = core::mem::replace(&mut organization.admin, new_admin.clone());
		Organizations::<T>::insert(org, organization);
		Self::insert_member(org, &new_admin, MemberRole::Admin);
		Self::deposit_event(Event::AdminChanged { org, old_admin, new_admin });
		Ok(())
	}

	/// Adds `who` to `org` with `role`, on behalf of admin `by`.
	///
	/// # Errors
	///
	/// - [`Error::UnknownOrganization`] if `org` does not exist;
	/// - [`Error::NotOrganizationAdmin`] if `by` is not an `Admin` member of `org`;
	/// - [`Error::OrganizationSuspended`] if `org` is suspended;
	/// - [`Error::AlreadyMember`] if `who` already belongs to an organisation;
	/// - [`Error::TooManyMembers`] if `org` has `MaxMembersPerOrganization` members;
	/// - [`Error::Overflow`] if the member count would overflow.
	pub fn do_add_member(
		by: T::AccountId,
		org: OrgId,
		who: T::AccountId,
		role: MemberRole,
	) -> DispatchResult {
		let mut organization = Self::organization_managed_by(&by, org)?;
		ensure!(!Members::<T>::contains_key(&who), Error::<T>::AlreadyMember);
		organization.member_count = Self::one_more_member(organization.member_count)?;

		Organizations::<T>::insert(org, organization);
		Self::insert_member(org, &who, role);
		Self::deposit_event(Event::MemberAdded { org, who, role, by });
		Ok(())
	}

	/// Removes member `who` from `org`, on behalf of admin `by`.
	///
	/// # Errors
	///
	/// - [`Error::UnknownOrganization`] if `org` does not exist;
	/// - [`Error::NotOrganizationAdmin`] if `by` is not an `Admin` member of `org`;
	/// - [`Error::OrganizationSuspended`] if `org` is suspended;
	/// - [`Error::NotAMember`] if `who` is not a member of `org`;
	/// - [`Error::CannotRemoveRegisteredAdmin`] if `who` is the registered admin;
	/// - [`Error::Overflow`] if the member count is inconsistent.
	pub fn do_remove_member(by: T::AccountId, org: OrgId, who: T::AccountId) -> DispatchResult {
		let mut organization = Self::organization_managed_by(&by, org)?;
		ensure!(OrganizationMembers::<T>::contains_key(org, &who), Error::<T>::NotAMember);
		ensure!(organization.admin != who, Error::<T>::CannotRemoveRegisteredAdmin);
		organization.member_count =
			organization.member_count.checked_sub(1).ok_or(Error::<T>::Overflow)?;

		Organizations::<T>::insert(org, organization);
		Self::remove_member_entries(org, &who);
		Self::deposit_event(Event::MemberRemoved { org, who, by });
		Ok(())
	}

	/// Gives member `who` of `org` the role `role`, on behalf of admin `by`.
	///
	/// # Errors
	///
	/// - [`Error::UnknownOrganization`] if `org` does not exist;
	/// - [`Error::NotOrganizationAdmin`] if `by` is not an `Admin` member of `org`;
	/// - [`Error::OrganizationSuspended`] if `org` is suspended;
	/// - [`Error::NotAMember`] if `who` is not a member of `org`;
	/// - [`Error::RoleUnchanged`] if `who` already has `role`;
	/// - [`Error::CannotDemoteRegisteredAdmin`] if `who` is the registered admin and `role`
	///   is not `Admin`.
	pub fn do_change_role(
		by: T::AccountId,
		org: OrgId,
		who: T::AccountId,
		role: MemberRole,
	) -> DispatchResult {
		let organization = Self::organization_managed_by(&by, org)?;
		let current = OrganizationMembers::<T>::get(org, &who).ok_or(Error::<T>::NotAMember)?;
		ensure!(current != role, Error::<T>::RoleUnchanged);
		ensure!(
			organization.admin != who || role == MemberRole::Admin,
			Error::<T>::CannotDemoteRegisteredAdmin
		);

		Self::insert_member(org, &who, role);
		Self::deposit_event(Event::RoleChanged { org, who, role, by });
		Ok(())
	}

	/// Takes `who` out of its organisation, at its own request. Allowed while the
	/// organisation is suspended: nobody is held in a suspended organisation.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`] if `who` belongs to no organisation;
	/// - [`Error::RegisteredAdminCannotLeave`] if `who` is its organisation's registered
	///   admin;
	/// - [`Error::UnknownOrganization`] or [`Error::Overflow`] if storage is inconsistent.
	pub fn do_leave(who: T::AccountId) -> DispatchResult {
		let MemberRecord { org, .. } = Members::<T>::get(&who).ok_or(Error::<T>::NotAMember)?;
		let mut organization =
			Organizations::<T>::get(org).ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(organization.admin != who, Error::<T>::RegisteredAdminCannotLeave);
		organization.member_count =
			organization.member_count.checked_sub(1).ok_or(Error::<T>::Overflow)?;

		Organizations::<T>::insert(org, organization);
		Self::remove_member_entries(org, &who);
		Self::deposit_event(Event::MemberLeft { org, who });
		Ok(())
	}

	/// Organisation `org`, if it exists.
	pub fn organization(org: OrgId) -> Option<OrganizationOf<T>> {
		Organizations::<T>::get(org)
	}

	/// The organisation `who` belongs to and its role there, whatever the organisation's
	/// status.
	pub fn organization_of(who: &T::AccountId) -> Option<(OrgId, MemberRole)> {
		Members::<T>::get(who).map(|record| (record.org, record.role))
	}

	/// One page of `org`'s members: at most `limit` (capped at `MaxPageSize`), starting
	/// after member `start_after` (the last account of the previous page), or from the
	/// first member when `None`. The order is the storage order, stable while the members
	/// do not change. Reads only `org`'s members.
	pub fn members(
		org: OrgId,
		start_after: Option<T::AccountId>,
		limit: u32,
	) -> Vec<(T::AccountId, MemberRole)> {
		let limit = usize::try_from(limit.min(T::MaxPageSize::get())).unwrap_or(usize::MAX);
		let page = match start_after {
			Some(cursor) => OrganizationMembers::<T>::iter_prefix_from(
				org,
				OrganizationMembers::<T>::hashed_key_for(org, &cursor),
			),
			None => OrganizationMembers::<T>::iter_prefix(org),
		};
		page.take(limit).collect()
	}

	/// Checks the registry's invariants:
	///
	/// - every organisation's id is below [`NextOrgId`];
	/// - its `member_count` equals its number of [`OrganizationMembers`] entries;
	/// - its registered admin is a member with role `Admin`;
	/// - [`Members`] and [`OrganizationMembers`] hold the same memberships, and only of
	///   existing organisations.
	///
	/// # Errors
	///
	/// A message naming the first invariant found broken.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next_org = NextOrgId::<T>::get();
		for (org, organization) in Organizations::<T>::iter() {
			ensure!(org < next_org, "an organisation's id is not below NextOrgId");
			let mut member_count: u32 = 0;
			for (who, role) in OrganizationMembers::<T>::iter_prefix(org) {
				ensure!(
					Members::<T>::get(&who) == Some(MemberRecord { org, role }),
					"an OrganizationMembers entry has no matching Members entry"
				);
				member_count = member_count.checked_add(1).ok_or("member count overflows")?;
			}
			ensure!(
				member_count == organization.member_count,
				"an organisation's member_count differs from its number of members"
			);
			ensure!(
				OrganizationMembers::<T>::get(org, &organization.admin) == Some(MemberRole::Admin),
				"an organisation's registered admin is not a member with role Admin"
			);
		}
		for (who, record) in Members::<T>::iter() {
			ensure!(
				OrganizationMembers::<T>::get(record.org, &who) == Some(record.role),
				"a Members entry has no matching OrganizationMembers entry"
			);
		}
		for org in OrganizationMembers::<T>::iter_keys().map(|(org, _who)| org) {
			ensure!(
				Organizations::<T>::contains_key(org),
				"an account is a member of an organisation that does not exist"
			);
		}
		Ok(())
	}

	/// `org`, after checking it exists, `by` is one of its `Admin` members and it is active.
	fn organization_managed_by(
		by: &T::AccountId,
		org: OrgId,
	) -> Result<OrganizationOf<T>, DispatchError> {
		let organization = Organizations::<T>::get(org).ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(
			OrganizationMembers::<T>::get(org, by) == Some(MemberRole::Admin),
			Error::<T>::NotOrganizationAdmin
		);
		ensure!(
			organization.status == OrganizationStatus::Active,
			Error::<T>::OrganizationSuspended
		);
		Ok(organization)
	}

	/// `member_count` plus one, if the organisation has room for another member.
	fn one_more_member(member_count: u32) -> Result<u32, DispatchError> {
		ensure!(member_count < T::MaxMembersPerOrganization::get(), Error::<T>::TooManyMembers);
		let member_count = member_count.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Ok(member_count)
	}

	/// Records `who` as a member of `org` with `role`, in both membership maps.
	fn insert_member(org: OrgId, who: &T::AccountId, role: MemberRole) {
		Members::<T>::insert(who, MemberRecord { org, role });
		OrganizationMembers::<T>::insert(org, who, role);
	}

	/// Forgets `who`'s membership of `org`, in both membership maps.
	fn remove_member_entries(org: OrgId, who: &T::AccountId) {
		Members::<T>::remove(who);
		OrganizationMembers::<T>::remove(org, who);
	}
}

impl<T: Config> OrganizationRegistry<T::AccountId> for Pallet<T> {
	fn acting_for(who: &T::AccountId) -> Result<Membership, RegistryError> {
		let MemberRecord { org, role } = Members::<T>::get(who).ok_or(RegistryError::NotAMember)?;
		let organization = Organizations::<T>::get(org).ok_or(RegistryError::NotAMember)?;
		match organization.status {
			OrganizationStatus::Active => Ok(Membership { org, kind: organization.kind, role }),
			OrganizationStatus::Suspended => Err(RegistryError::OrganizationSuspended),
		}
	}

	fn organization_status(org: OrgId) -> Option<(OrganizationKind, OrganizationStatus)> {
		Organizations::<T>::get(org).map(|organization| (organization.kind, organization.status))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(
		kind: OrganizationKind,
		admin: &T::AccountId,
	) -> Result<OrgId, DispatchError> {
		Self::do_register_organization(kind, admin.clone(), H256::zero())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn add_member_for_benchmark(
		org: OrgId,
		who: &T::AccountId,
		role: MemberRole,
	) -> Result<(), DispatchError> {
		let organization = Organizations::<T>::get(org).ok_or(Error::<T>::UnknownOrganization)?;
		Self::do_add_member(organization.admin, org, who.clone(), role)
	}
}
