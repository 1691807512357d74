//! The registry's records: an organisation, an account's membership, and an organisation's
//! pending invitation to an account.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_system::pallet_prelude::BlockNumberFor;
use healthchain_primitives::{MemberRole, OrgId, OrganizationKind, OrganizationStatus};
use scale_info::TypeInfo;
use sp_core::H256;

/// A registered organisation.
///
/// Generic over plain account and block-number types (not over the pallet's `Config`), so
/// the runtime API can return it as stored; the pallet stores [`OrganizationOf`].
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Organization<AccountId, BlockNumber> {
	/// What the organisation is.
	pub kind: OrganizationKind,
	/// Whether its members may act for it.
	pub status: OrganizationStatus,
	/// The registered admin, named by governance. Always a member with role
	/// [`MemberRole::Admin`]; cannot leave, be removed or be demoted.
	pub admin: AccountId,
	/// Hash of the organisation's off-chain registration record (legal name, address,
	/// licence numbers), which the consortium keeps.
	pub metadata_hash: H256,
	/// The block in which governance registered the organisation.
	pub registered_at: BlockNumber,
	/// How many accounts are members, the registered admin included.
	pub member_count: u32,
	/// How many invitations to join are pending. They hold places: `member_count` plus
	/// `pending_invitations` never exceeds `MaxMembersPerOrganization`.
	pub pending_invitations: u32,
}

/// The organisation record as this pallet stores it.
pub type OrganizationOf<T> =
	Organization<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// The organisation an account belongs to, and its role there. An account belongs to at
/// most one organisation.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct MemberRecord {
	/// The organisation.
	pub org: OrgId,
	/// The account's role in it.
	pub role: MemberRole,
}

/// An organisation's offer of membership to one account, made by one of its admins. The
/// account becomes a member only when it accepts; until then the invitation holds a place in
/// the organisation.
///
/// Generic over plain account and block-number types, like [`Organization`], so the runtime
/// API returns it as stored; the pallet stores [`InvitationOf`].
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Invitation<AccountId, BlockNumber> {
	/// The role the account will have once it accepts.
	pub role: MemberRole,
	/// The admin who invited it. The invitation can be accepted only while this account is
	/// still an `Admin` member of the organisation.
	pub invited_by: AccountId,
	/// The block in which it was invited.
	pub invited_at: BlockNumber,
	/// The first block in which it can no longer be accepted (`invited_at` plus
	/// `InvitationLifetime`). An expired invitation still holds its place until the account
	/// declines it, an admin cancels it, or an admin invites the account again.
	pub expires_at: BlockNumber,
}

impl<AccountId, BlockNumber: PartialOrd> Invitation<AccountId, BlockNumber> {
	/// Whether the invitation can no longer be accepted in block `now`.
	pub fn is_expired_at(&self, now: &BlockNumber) -> bool {
		*now >= self.expires_at
	}
}

/// The invitation as this pallet stores it.
pub type InvitationOf<T> = Invitation<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// An organisation as a genesis config names it: registered in order (the first gets id 0),
/// with its registered admin and its other members. Genesis members join at once, without an
/// invitation: the consortium that writes the genesis speaks for them.
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
pub struct GenesisOrganization<AccountId> {
	/// What the organisation is.
	pub kind: OrganizationKind,
	/// Its registered admin.
	pub admin: AccountId,
	/// Hash of its off-chain registration record.
	pub metadata_hash: H256,
	/// Its other members and their roles.
	pub members: alloc::vec::Vec<(AccountId, MemberRole)>,
}
