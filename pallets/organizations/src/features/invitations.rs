//! Membership by agreement: an organisation's admin invites an account (`add_member`), and
//! the account becomes a member only when it accepts. The account may decline (free of
//! fees), and any admin of the organisation may withdraw the invitation. Until one of these
//! happens the invitation holds a place in the organisation, so an admin cannot fill
//! storage beyond `MaxMembersPerOrganization`.

use crate::{
	Config, Error, Event, Invitation, Invitations, MemberRole, Members, OrgId, OrganizationMembers,
	OrganizationOf, OrganizationStatus, Organizations, Pallet,
};
use frame_support::{ensure, traits::Get};
use sp_runtime::{traits::Saturating, DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Invites `who` to join `org` with `role`, on behalf of admin `by`. The invitation
	/// expires `InvitationLifetime` blocks from now. `who` may belong to another
	/// organisation: it must leave that one before it can accept. Inviting an account whose
	/// invitation from `org` has expired renews it, in the same place.
	///
	/// # Errors
	///
	/// - [`Error::UnknownOrganization`] if `org` does not exist;
	/// - [`Error::NotOrganizationAdmin`] if `by` is not an `Admin` member of `org`;
	/// - [`Error::OrganizationSuspended`] if `org` is suspended;
	/// - [`Error::AlreadyMember`] if `who` is already a member of `org`;
	/// - [`Error::AlreadyInvited`] if `who` holds an invitation from `org` that has not
	///   expired;
	/// - [`Error::TooManyMembers`] if `org`'s members and pending invitations number
	///   `MaxMembersPerOrganization`;
	/// - [`Error::Overflow`] if a counter would overflow.
	pub fn do_add_member(
		by: T::AccountId,
		org: OrgId,
		who: T::AccountId,
		role: MemberRole,
	) -> DispatchResult {
		let mut organization = Self::organization_managed_by(&by, org)?;
		ensure!(!OrganizationMembers::<T>::contains_key(org, &who), Error::<T>::AlreadyMember);
		let now = frame_system::Pallet::<T>::block_number();
		match Invitations::<T>::get(&who, org) {
			// An expired invitation still holds its place: the new one takes it over.
			Some(pending) => {
				ensure!(pending.is_expired_at(&now), Error::<T>::AlreadyInvited);
			}
			None => {
				Self::ensure_free_place(&organization)?;
				organization.pending_invitations =
					organization.pending_invitations.checked_add(1).ok_or(Error::<T>::Overflow)?;
			}
		}
		let expires_at = now.saturating_add(T::InvitationLifetime::get());
		let invitation = Invitation { role, invited_by: by.clone(), invited_at: now, expires_at };

		Organizations::<T>::insert(org, organization);
		Self::insert_invitation(org, &who, invitation);
		Self::deposit_event(Event::MemberInvited { org, who, role, by, expires_at });
		Ok(())
	}

	/// Makes `who` a member of `org` with the role of its invitation from `org`, at its own
	/// request.
	///
	/// # Errors
	///
	/// - [`Error::NoInvitation`] if `who` holds no invitation from `org`;
	/// - [`Error::UnknownOrganization`] if `org` does not exist (storage is inconsistent);
	/// - [`Error::OrganizationSuspended`] if `org` is suspended;
	/// - [`Error::InvitationExpired`] if the invitation has expired;
	/// - [`Error::AlreadyMember`] if `who` belongs to an organisation by now;
	/// - [`Error::InviterNoLongerAdmin`] if the admin who invited `who` is no longer an
	///   `Admin` member of `org`;
	/// - [`Error::Overflow`] if a counter would overflow or is inconsistent.
	pub fn do_accept_invitation(who: T::AccountId, org: OrgId) -> DispatchResult {
		let invitation = Invitations::<T>::get(&who, org).ok_or(Error::<T>::NoInvitation)?;
		let mut organization =
			Organizations::<T>::get(org).ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(
			organization.status == OrganizationStatus::Active,
			Error::<T>::OrganizationSuspended
		);
		ensure!(
			!invitation.is_expired_at(&frame_system::Pallet::<T>::block_number()),
			Error::<T>::InvitationExpired
		);
		ensure!(!Members::<T>::contains_key(&who), Error::<T>::AlreadyMember);
		// The invitation speaks for the organisation only while its author still does.
		ensure!(
			OrganizationMembers::<T>::get(org, &invitation.invited_by) == Some(MemberRole::Admin),
			Error::<T>::InviterNoLongerAdmin
		);
		Self::count_joining(&mut organization, true)?;

		let Invitation { role, invited_by, .. } = invitation;
		Organizations::<T>::insert(org, organization);
		Self::remove_invitation_entries(org, &who);
		Self::insert_member(org, &who, role);
		Self::deposit_event(Event::InvitationAccepted { org, who, role, invited_by });
		Ok(())
	}

	/// Everything [`Self::do_decline_invitation`] checks; returns `org` with one pending
	/// invitation less. Writes nothing.
	///
	/// # Errors
	///
	/// Those of [`Self::do_decline_invitation`].
	pub(crate) fn check_decline(
		who: &T::AccountId,
		org: OrgId,
	) -> Result<OrganizationOf<T>, DispatchError> {
		ensure!(Invitations::<T>::contains_key(who, org), Error::<T>::NoInvitation);
		let mut organization =
			Organizations::<T>::get(org).ok_or(Error::<T>::UnknownOrganization)?;
		organization.pending_invitations = Self::one_less(organization.pending_invitations)?;
		Ok(organization)
	}

	/// Withdraws `who`'s invitation from `org` at its own request, expired or not, whatever
	/// `org`'s status: nobody is held to an offer.
	///
	/// # Errors
	///
	/// - [`Error::NoInvitation`] if `who` holds no invitation from `org`;
	/// - [`Error::UnknownOrganization`] or [`Error::Overflow`] if storage is inconsistent.
	pub fn do_decline_invitation(who: T::AccountId, org: OrgId) -> DispatchResult {
		let organization = Self::check_decline(&who, org)?;

		Organizations::<T>::insert(org, organization);
		Self::remove_invitation_entries(org, &who);
		Self::deposit_event(Event::InvitationDeclined { org, who });
		Ok(())
	}

	/// Withdraws `org`'s invitation to `who`, expired or not, on behalf of admin `by` (any
	/// `Admin` member, not only the one who invited).
	///
	/// # Errors
	///
	/// - [`Error::UnknownOrganization`] if `org` does not exist;
	/// - [`Error::NotOrganizationAdmin`] if `by` is not an `Admin` member of `org`;
	/// - [`Error::OrganizationSuspended`] if `org` is suspended;
	/// - [`Error::NoInvitation`] if `who` holds no invitation from `org`;
	/// - [`Error::Overflow`] if the invitation count is inconsistent.
	pub fn do_cancel_invitation(by: T::AccountId, org: OrgId, who: T::AccountId) -> DispatchResult {
		let mut organization = Self::organization_managed_by(&by, org)?;
		ensure!(Invitations::<T>::contains_key(&who, org), Error::<T>::NoInvitation);
		organization.pending_invitations = Self::one_less(organization.pending_invitations)?;

		Organizations::<T>::insert(org, organization);
		Self::remove_invitation_entries(org, &who);
		Self::deposit_event(Event::InvitationCancelled { org, who, by });
		Ok(())
	}
}
