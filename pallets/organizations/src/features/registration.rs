//! Governance's side of the registry: registering, suspending and reactivating
//! organisations, naming their registered admin, and the genesis consortium. Governance is
//! the consortium, so the admins it names join at once, without an invitation.

use crate::{
	Config, Error, Event, GenesisOrganization, Invitations, MemberRole, Members, NextOrgId, OrgId,
	Organization, OrganizationKind, OrganizationStatus, Organizations, Pallet,
};
use frame_support::{ensure, traits::Get};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Registers a genesis organisation and makes its members members at once, without
	/// invitations (the consortium that writes the genesis speaks for them), by the same
	/// bounds as the calls.
	///
	/// # Errors
	///
	/// Those of [`Self::do_register_organization`] and [`Self::do_add_member_directly`].
	pub fn do_register_genesis_organization(
		organization: &GenesisOrganization<T::AccountId>,
	) -> DispatchResult {
		let org = Self::do_register_organization(
			organization.kind,
			organization.admin.clone(),
			organization.metadata_hash,
		)?;
		for (who, role) in &organization.members {
			Self::do_add_member_directly(org, who.clone(), *role)?;
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
			pending_invitations: 0,
		};
		NextOrgId::<T>::put(next_org);
		Organizations::<T>::insert(org, organization);
		Self::insert_member(org, &admin, MemberRole::Admin);
		Self::deposit_event(Event::OrganizationRegistered { org, kind, admin });
		Ok(org)
	}

	/// Suspends organisation `org`: from now on its members act for nobody and cannot be
	/// managed, and its invitations cannot be accepted. `reason` is the hash of the
	/// governance decision.
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

	/// Makes `new_admin` the registered admin of `org`. Governance's naming is
	/// authoritative: an account that belongs to no organisation joins `org` as an `Admin`
	/// at once, without an invitation, taking the place of its pending invitation from
	/// `org` if it holds one (else a free place); a member of `org` gets the `Admin` role.
	/// The previous registered admin stays a member with role `Admin` (an admin may then
	/// remove it). Works on a suspended organisation too, since replacing its admin may be
	/// what lifting the suspension waits for.
	///
	/// # Errors
	///
	/// - [`Error::UnknownOrganization`] if `org` does not exist;
	/// - [`Error::AdminUnchanged`] if `new_admin` already is the registered admin;
	/// - [`Error::MemberOfAnotherOrganization`] if `new_admin` belongs to another
	///   organisation;
	/// - [`Error::TooManyMembers`] if `new_admin` would join an organisation whose members
	///   and pending invitations fill it, holding no invitation from it;
	/// - [`Error::Overflow`] if a counter would overflow or is inconsistent.
	pub fn do_change_admin(org: OrgId, new_admin: T::AccountId) -> DispatchResult {
		let mut organization =
			Organizations::<T>::get(org).ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(organization.admin != new_admin, Error::<T>::AdminUnchanged);
		let joins = match Members::<T>::get(&new_admin) {
			None => true,
			Some(record) if record.org == org => false,
			Some(_) => return Err(Error::<T>::MemberOfAnotherOrganization.into()),
		};
		let takes_invitation = joins && Invitations::<T>::contains_key(&new_admin, org);
		if joins {
			Self::count_joining(&mut organization, takes_invitation)?;
		}

		let old_admin = core::mem::replace(&mut organization.admin, new_admin.clone());
		Organizations::<T>::insert(org, organization);
		if takes_invitation {
			Self::remove_invitation_entries(org, &new_admin);
		}
		Self::insert_member(org, &new_admin, MemberRole::Admin);
		Self::deposit_event(Event::AdminChanged { org, old_admin, new_admin });
		Ok(())
	}
}
