//! The registry's records: an organisation and an account's membership.

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

/// An organisation as a genesis config names it: registered in order (the first gets id 0),
/// with its registered admin and its other members.
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
