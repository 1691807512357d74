//! What the registry's features share: the [`OrganizationRegistry`] answers other pallets
//! rely on, the reads behind the runtime API, the feeless rule, the invariants, and the
//! small steps every change is made of. The `do_*` functions behind the calls live in
//! `features/`, one file per topic.
//!
//! Every `do_*` checks everything before it writes anything, so a refused call leaves no
//! trace.

use crate::{
	Config, Error, InvitationOf, Invitations, MemberRecord, MemberRole, Members, Membership, OrgId,
	OrganizationInvitations, OrganizationKind, OrganizationMembers, OrganizationOf,
	OrganizationRegistry, OrganizationStatus, Organizations, Pallet, RegistryError,
};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};
use frame_system::{ensure_signed, pallet_prelude::OriginFor};
#[cfg(feature = "runtime-benchmarks")]
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
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
		let page = match start_after {
			Some(cursor) => OrganizationMembers::<T>::iter_prefix_from(
				org,
				OrganizationMembers::<T>::hashed_key_for(org, &cursor),
			),
			None => OrganizationMembers::<T>::iter_prefix(org),
		};
		page.take(Self::page_size(limit)).collect()
	}

	/// One page of `org`'s pending invitations, expired ones included (they hold places
	/// until they are declined, cancelled or renewed): at most `limit` (capped at
	/// `MaxPageSize`), starting after the invitation to `start_after` (the last account of
	/// the previous page), or from the first when `None`. Storage order, stable while the
	/// invitations do not change. Reads only `org`'s invitations.
	pub fn invitations(
		org: OrgId,
		start_after: Option<T::AccountId>,
		limit: u32,
	) -> Vec<(T::AccountId, InvitationOf<T>)> {
		let page = match start_after {
			Some(cursor) => OrganizationInvitations::<T>::iter_key_prefix_from(
				org,
				OrganizationInvitations::<T>::hashed_key_for(org, &cursor),
			),
			None => OrganizationInvitations::<T>::iter_key_prefix(org),
		};
		page.take(Self::page_size(limit))
			.filter_map(|who| {
				let invitation = Invitations::<T>::get(&who, org)?;
				Some((who, invitation))
			})
			.collect()
	}

	/// One page of the invitations `who` holds, expired ones included: at most `limit`
	/// (capped at `MaxPageSize`), starting after the invitation from organisation
	/// `start_after` (the last organisation of the previous page), or from the first when
	/// `None`. Storage order, stable while the invitations do not change. Reads only `who`'s
	/// invitations.
	pub fn invitations_of(
		who: &T::AccountId,
		start_after: Option<OrgId>,
		limit: u32,
	) -> Vec<(OrgId, InvitationOf<T>)> {
		let page = match start_after {
			Some(cursor) => Invitations::<T>::iter_prefix_from(
				who,
				Invitations::<T>::hashed_key_for(who, cursor),
			),
			None => Invitations::<T>::iter_prefix(who),
		};
		page.take(Self::page_size(limit)).collect()
	}

	/// Whether a call signed by `origin` is free: it is signed, and `check` (the call's own
	/// checks, which write nothing) passes for the signer.
	///
	/// Requiring the call to succeed is what keeps a free call from being free spam: a
	/// failed call's writes are rolled back, so only a call that succeeds consumes what made
	/// it possible (a declined invitation, which an admin paid to make; a membership, which
	/// took a paid invitation and a paid acceptance).
	pub fn feeless_if_valid<R>(
		origin: &OriginFor<T>,
		check: impl FnOnce(T::AccountId) -> Result<R, DispatchError>,
	) -> bool {
		match ensure_signed(origin.clone()) {
			Ok(who) => check(who).is_ok(),
			Err(_) => false,
		}
	}

	/// Checks the registry's invariants:
	///
	/// - every organisation's id is below [`NextOrgId`](crate::NextOrgId);
	/// - its `member_count` equals its number of [`OrganizationMembers`] entries;
	/// - its registered admin is a member with role `Admin`;
	/// - [`Members`] and [`OrganizationMembers`] hold the same memberships, and only of
	///   existing organisations;
	/// - its `pending_invitations` equals its number of [`OrganizationInvitations`] entries;
	/// - its members and pending invitations together number at most
	///   `MaxMembersPerOrganization`;
	/// - [`Invitations`] and [`OrganizationInvitations`] hold the same invitations, and only
	///   from existing organisations;
	/// - no account holds an invitation from an organisation it is a member of;
	/// - every invitation expires after the block it was made in.
	///
	/// Always compiled, not only under `try-runtime`: the `try_state` hook calls it, and so
	/// do the unit tests and the runtime's call-sequence fuzzer (`runtime/tests/fuzz.rs`),
	/// after every block it applies.
	///
	/// # Errors
	///
	/// A message naming the first invariant found broken.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next_org = crate::NextOrgId::<T>::get();
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
			let mut pending_invitations: u32 = 0;
			for who in OrganizationInvitations::<T>::iter_key_prefix(org) {
				ensure!(
					Invitations::<T>::contains_key(&who, org),
					"an OrganizationInvitations entry has no matching Invitations entry"
				);
				pending_invitations =
					pending_invitations.checked_add(1).ok_or("invitation count overflows")?;
			}
			ensure!(
				pending_invitations == organization.pending_invitations,
				"an organisation's pending_invitations differs from its number of invitations"
			);
			let places_taken = member_count
				.checked_add(pending_invitations)
				.ok_or("members and invitations overflow")?;
			ensure!(
				places_taken <= T::MaxMembersPerOrganization::get(),
				"an organisation's members and pending invitations exceed MaxMembersPerOrganization"
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
		for (who, org, invitation) in Invitations::<T>::iter() {
			ensure!(
				OrganizationInvitations::<T>::contains_key(org, &who),
				"an Invitations entry has no matching OrganizationInvitations entry"
			);
			ensure!(
				!OrganizationMembers::<T>::contains_key(org, &who),
				"an account holds an invitation from an organisation it is a member of"
			);
			ensure!(
				invitation.expires_at > invitation.invited_at,
				"an invitation expires no later than the block it was made in"
			);
		}
		for org in OrganizationInvitations::<T>::iter_keys().map(|(org, _who)| org) {
			ensure!(
				Organizations::<T>::contains_key(org),
				"an invitation comes from an organisation that does not exist"
			);
		}
		Ok(())
	}

	/// `org`, after checking it exists, `by` is one of its `Admin` members and it is active.
	pub(crate) fn organization_managed_by(
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

	/// Checks `organization` has a free place: its members and pending invitations number
	/// fewer than `MaxMembersPerOrganization`.
	pub(crate) fn ensure_free_place(organization: &OrganizationOf<T>) -> DispatchResult {
		let places_taken = organization
			.member_count
			.checked_add(organization.pending_invitations)
			.ok_or(Error::<T>::Overflow)?;
		ensure!(places_taken < T::MaxMembersPerOrganization::get(), Error::<T>::TooManyMembers);
		Ok(())
	}

	/// Counts one more member in `organization` (a local copy: nothing is written). The
	/// joining account takes the place its pending invitation from the organisation held
	/// when `takes_invitation`, else a free place.
	///
	/// # Errors
	///
	/// - [`Error::TooManyMembers`] if a free place is needed and there is none;
	/// - [`Error::Overflow`] if a counter is inconsistent.
	pub(crate) fn count_joining(
		organization: &mut OrganizationOf<T>,
		takes_invitation: bool,
	) -> DispatchResult {
		if takes_invitation {
			organization.pending_invitations = Self::one_less(organization.pending_invitations)?;
		} else {
			Self::ensure_free_place(organization)?;
		}
		organization.member_count =
			organization.member_count.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Ok(())
	}

	/// `count` minus one, or [`Error::Overflow`] if it is already zero (storage would be
	/// inconsistent).
	pub(crate) fn one_less(count: u32) -> Result<u32, DispatchError> {
		count.checked_sub(1).ok_or_else(|| Error::<T>::Overflow.into())
	}

	/// Records `who` as a member of `org` with `role`, in both membership maps.
	pub(crate) fn insert_member(org: OrgId, who: &T::AccountId, role: MemberRole) {
		Members::<T>::insert(who, MemberRecord { org, role });
		OrganizationMembers::<T>::insert(org, who, role);
	}

	/// Forgets `who`'s membership of `org`, in both membership maps.
	pub(crate) fn remove_member_entries(org: OrgId, who: &T::AccountId) {
		Members::<T>::remove(who);
		OrganizationMembers::<T>::remove(org, who);
	}

	/// Records `invitation` from `org` to `who`, in both invitation maps.
	pub(crate) fn insert_invitation(org: OrgId, who: &T::AccountId, invitation: InvitationOf<T>) {
		Invitations::<T>::insert(who, org, invitation);
		OrganizationInvitations::<T>::insert(org, who, ());
	}

	/// Forgets `org`'s invitation to `who`, in both invitation maps.
	pub(crate) fn remove_invitation_entries(org: OrgId, who: &T::AccountId) {
		Invitations::<T>::remove(who, org);
		OrganizationInvitations::<T>::remove(org, who);
	}

	/// How many entries a page of `limit` holds: `limit` capped at `MaxPageSize`.
	fn page_size(limit: u32) -> usize {
		usize::try_from(limit.min(T::MaxPageSize::get())).unwrap_or(usize::MAX)
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

	fn member_of(who: &T::AccountId) -> Option<OrgId> {
		Members::<T>::get(who).map(|record| record.org)
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

	/// Makes `who` a member at once, without an invitation (another pallet's benchmark needs
	/// a member, not the invitation round trip).
	#[cfg(feature = "runtime-benchmarks")]
	fn add_member_for_benchmark(
		org: OrgId,
		who: &T::AccountId,
		role: MemberRole,
	) -> Result<(), DispatchError> {
		Self::do_add_member_directly(org, who.clone(), role)
	}
}
