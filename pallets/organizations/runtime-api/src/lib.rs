//! Runtime API of the consortium registry (`pallet-organizations`).
//!
//! Answers, at any block: what an organisation is, which organisation and role an account
//! has, who an organisation's members are, and which invitations to join are pending (by
//! organisation or by invited account), page by page. Reachable with `state_call`
//! (`OrganizationsApi_organization`, `OrganizationsApi_organization_of`,
//! `OrganizationsApi_members`, `OrganizationsApi_invitations`,
//! `OrganizationsApi_invitations_of`) and from Polkadot.js as `api.call.organizationsApi.*`.
//!
//! Version 2 added `invitations` and `invitations_of`, and `Organization` gained
//! `pending_invitations` (no chain ran version 1).
//!
//! The answers are the pallet's own types, re-exported here, so a client decodes exactly
//! what the chain stores.

#![cfg_attr(not(feature = "std"), no_std)]
#![warn(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;

pub use pallet_organizations::{
	Invitation, MemberRole, OrgId, Organization, OrganizationKind, OrganizationStatus,
};

sp_api::decl_runtime_apis! {
	/// Queries of the consortium registry.
	#[api_version(2)]
	pub trait OrganizationsApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// Organisation `org`: kind, status, registered admin, metadata hash, registration
		/// block, member count and pending invitation count; `None` if no such organisation
		/// exists.
		fn organization(org: OrgId) -> Option<Organization<AccountId, BlockNumber>>;

		/// The organisation `account` belongs to and its role there, whatever the
		/// organisation's status; `None` if it belongs to none.
		fn organization_of(account: AccountId) -> Option<(OrgId, MemberRole)>;

		/// One page of `org`'s members and their roles: at most `limit` (capped at the
		/// pallet's `MaxPageSize`), starting after `start_after` (the last account of the
		/// previous page), or from the first member when `None`. An empty page means the
		/// listing is complete.
		fn members(
			org: OrgId,
			start_after: Option<AccountId>,
			limit: u32,
		) -> Vec<(AccountId, MemberRole)>;

		/// One page of `org`'s pending invitations, expired ones included (they hold places
		/// until declined, cancelled or renewed): at most `limit` (capped at the pallet's
		/// `MaxPageSize`), starting after the invitation to `start_after` (the last account
		/// of the previous page), or from the first when `None`. An empty page means the
		/// listing is complete.
		fn invitations(
			org: OrgId,
			start_after: Option<AccountId>,
			limit: u32,
		) -> Vec<(AccountId, Invitation<AccountId, BlockNumber>)>;

		/// One page of the invitations `account` holds, expired ones included: at most
		/// `limit` (capped at the pallet's `MaxPageSize`), starting after the invitation from
		/// organisation `start_after` (the last organisation of the previous page), or from
		/// the first when `None`. An empty page means the listing is complete.
		fn invitations_of(
			account: AccountId,
			start_after: Option<OrgId>,
			limit: u32,
		) -> Vec<(OrgId, Invitation<AccountId, BlockNumber>)>;
	}
}
