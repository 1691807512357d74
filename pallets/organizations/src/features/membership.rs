//! An organisation's members: admins remove members and change their roles, a member
//! leaves (free of fees), and the genesis consortium and other pallets' benchmarks make
//! members directly.

use crate::{
	Config, Error, Event, Invitations, MemberRecord, MemberRole, Members, OrgId,
	OrganizationMembers, OrganizationOf, Organizations, Pallet,
};
use frame_support::ensure;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Makes `who` a member of `org` with `role` at once, without an invitation: for the
	/// genesis consortium, whose members the consortium speaks for, and for other pallets'
	/// benchmark set-up. No call reaches it. Takes the place of `who`'s pending invitation
	/// from `org` if it holds one, else a free place. Emits no event (genesis records none).
	///
	/// # Errors
	///
	/// - [`Error::UnknownOrganization`] if `org` does not exist;
	/// - [`Error::AlreadyMember`] if `who` already belongs to an organisation;
	/// - [`Error::TooManyMembers`] if `org`'s members and pending invitations number
	///   `MaxMembersPerOrganization` and `who` holds no invitation from it;
	/// - [`Error::Overflow`] if a counter would overflow or is inconsistent.
	pub fn do_add_member_directly(
		org: OrgId,
		who: T::AccountId,
		role: MemberRole,
	) -> DispatchResult {
		let mut organization =
			Organizations::<T>::get(org).ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(!Members::<T>::contains_key(&who), Error::<T>::AlreadyMember);
		let takes_invitation = Invitations::<T>::contains_key(&who, org);
		Self::count_joining(&mut organization, takes_invitation)?;

		Organizations::<T>::insert(org, organization);
		if takes_invitation {
			Self::remove_invitation_entries(org, &who);
		}
		Self::insert_member(org, &who, role);
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
		organization.member_count = Self::one_less(organization.member_count)?;

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

	/// Everything [`Self::do_leave`] checks; returns `who`'s organisation, with one member
	/// less. Writes nothing.
	///
	/// # Errors
	///
	/// Those of [`Self::do_leave`].
	pub(crate) fn check_leave(
		who: &T::AccountId,
	) -> Result<(OrgId, OrganizationOf<T>), DispatchError> {
		let MemberRecord { org, .. } = Members::<T>::get(who).ok_or(Error::<T>::NotAMember)?;
		let mut organization =
			Organizations::<T>::get(org).ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(organization.admin != *who, Error::<T>::RegisteredAdminCannotLeave);
		organization.member_count = Self::one_less(organization.member_count)?;
		Ok((org, organization))
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
		let (org, organization) = Self::check_leave(&who)?;

		Organizations::<T>::insert(org, organization);
		Self::remove_member_entries(org, &who);
		Self::deposit_event(Event::MemberLeft { org, who });
		Ok(())
	}
}
