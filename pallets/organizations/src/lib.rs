#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use healthchain_primitives::{
	MemberRole, Membership, OrgId, OrganizationKind, OrganizationRegistry, OrganizationStatus,
	RegistryError,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod features;
mod impls;
mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// The storage layout's version. 1: membership is by invitation ([`Invitations`],
	/// [`OrganizationInvitations`], `Organization::pending_invitations`). No chain ran
	/// version 0, so no migration is owed.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Registers, suspends and reactivates organisations and names their admin: the
		/// consortium's governance (council or root).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most member accounts an organisation may have, its registered admin included,
		/// together with its pending invitations. At least 1.
		#[pallet::constant]
		type MaxMembersPerOrganization: Get<u32>;

		/// How many blocks an invitation can be accepted for. At least 1.
		#[pallet::constant]
		type InvitationLifetime: Get<BlockNumberFor<Self>>;

		/// The most entries one page of [`Pallet::members`], [`Pallet::invitations`] and
		/// [`Pallet::invitations_of`] (and the runtime API) returns. At least 1.
		#[pallet::constant]
		type MaxPageSize: Get<u32>;

		/// The weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The id the next registered organisation gets.
	#[pallet::storage]
	pub type NextOrgId<T> = StorageValue<_, OrgId, ValueQuery>;

	/// Every registered organisation, by id.
	#[pallet::storage]
	pub type Organizations<T: Config> = StorageMap<_, Twox64Concat, OrgId, OrganizationOf<T>>;

	/// The organisation each member account belongs to, and its role there.
	#[pallet::storage]
	pub type Members<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, MemberRecord>;

	/// Each organisation's members and their roles: the same facts as [`Members`], keyed by
	/// organisation first so that one organisation's members can be listed without a scan.
	#[pallet::storage]
	pub type OrganizationMembers<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrgId, Blake2_128Concat, T::AccountId, MemberRole>;

	/// Pending invitations, by invited account and then organisation: an account may hold
	/// one invitation from each of several organisations. Each one holds a place in its
	/// organisation, so an organisation has at most `MaxMembersPerOrganization` minus its
	/// members.
	#[pallet::storage]
	pub type Invitations<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, OrgId, InvitationOf<T>>;

	/// The same invitations keyed by organisation first, so that one organisation's pending
	/// invitations can be listed without a scan. The invitation itself is in [`Invitations`].
	#[pallet::storage]
	pub type OrganizationInvitations<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrgId, Blake2_128Concat, T::AccountId, ()>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance registered an organisation; its admin became its first member.
		OrganizationRegistered {
			/// The new organisation.
			org: OrgId,
			/// What it is.
			kind: OrganizationKind,
			/// Its registered admin.
			admin: T::AccountId,
		},
		/// Governance suspended an organisation: its members act for nobody until it is
		/// reactivated.
		OrganizationSuspended {
			/// The organisation.
			org: OrgId,
			/// Hash of the governance decision that suspended it.
			reason: H256,
		},
		/// Governance reactivated a suspended organisation.
		OrganizationReactivated {
			/// The organisation.
			org: OrgId,
		},
		/// Governance named a new registered admin. The old one stays a member, as an admin.
		AdminChanged {
			/// The organisation.
			org: OrgId,
			/// The previous registered admin.
			old_admin: T::AccountId,
			/// The new registered admin.
			new_admin: T::AccountId,
		},
		/// An admin invited an account to join; it becomes a member only if it accepts.
		MemberInvited {
			/// The organisation.
			org: OrgId,
			/// The invited account.
			who: T::AccountId,
			/// The role it will have.
			role: MemberRole,
			/// The admin who invited it.
			by: T::AccountId,
			/// The first block in which the invitation can no longer be accepted.
			expires_at: BlockNumberFor<T>,
		},
		/// An account accepted an invitation and is now a member.
		InvitationAccepted {
			/// The organisation.
			org: OrgId,
			/// The new member.
			who: T::AccountId,
			/// Its role.
			role: MemberRole,
			/// The admin who invited it.
			invited_by: T::AccountId,
		},
		/// An account declined an invitation.
		InvitationDeclined {
			/// The organisation.
			org: OrgId,
			/// The account that declined.
			who: T::AccountId,
		},
		/// An admin withdrew a pending invitation.
		InvitationCancelled {
			/// The organisation.
			org: OrgId,
			/// The account that was invited.
			who: T::AccountId,
			/// The admin who withdrew it.
			by: T::AccountId,
		},
		/// An admin removed a member.
		MemberRemoved {
			/// The organisation.
			org: OrgId,
			/// The former member.
			who: T::AccountId,
			/// The admin who removed it.
			by: T::AccountId,
		},
		/// An admin changed a member's role.
		RoleChanged {
			/// The organisation.
			org: OrgId,
			/// The member.
			who: T::AccountId,
			/// Its new role.
			role: MemberRole,
			/// The admin who changed it.
			by: T::AccountId,
		},
		/// A member left its organisation.
		MemberLeft {
			/// The organisation.
			org: OrgId,
			/// The former member.
			who: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No organisation has this id.
		UnknownOrganization,
		/// The organisation is already suspended.
		AlreadySuspended,
		/// The organisation is not suspended.
		NotSuspended,
		/// The account already belongs to an organisation (an account belongs to at most one):
		/// to accept an invitation it leaves first; an organisation cannot invite its own
		/// members.
		AlreadyMember,
		/// The account belongs to another organisation.
		MemberOfAnotherOrganization,
		/// The account is already the organisation's registered admin.
		AdminUnchanged,
		/// The caller is not a member of the organisation with role `Admin`.
		NotOrganizationAdmin,
		/// The organisation is suspended: its members cannot be managed.
		OrganizationSuspended,
		/// The organisation's members and pending invitations already number
		/// `MaxMembersPerOrganization`.
		TooManyMembers,
		/// The account is not a member of the organisation.
		NotAMember,
		/// The registered admin cannot be removed; governance names another one first.
		CannotRemoveRegisteredAdmin,
		/// The registered admin cannot lose the `Admin` role; governance names another one
		/// first.
		CannotDemoteRegisteredAdmin,
		/// The member already has this role.
		RoleUnchanged,
		/// The registered admin cannot leave; governance names another one first.
		RegisteredAdminCannotLeave,
		/// The account already holds an invitation from this organisation that has not
		/// expired.
		AlreadyInvited,
		/// The account holds no invitation from this organisation.
		NoInvitation,
		/// The invitation has expired: an admin invites the account again.
		InvitationExpired,
		/// The admin who made the invitation is no longer an admin of the organisation, so
		/// the invitation no longer speaks for it: a current admin invites the account again.
		InviterNoLongerAdmin,
		/// A counter would overflow (no organisation ids left) or storage is inconsistent.
		Overflow,
	}

	/// The consortium at genesis.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Organisations to register, in order: the first gets id 0.
		pub organizations: alloc::vec::Vec<GenesisOrganization<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for organization in &self.organizations {
				// A genesis that breaks the registry's rules must not start a chain.
				if let Err(error) = Pallet::<T>::do_register_genesis_organization(organization) {
					panic!("invalid organisation {organization:?} in genesis: {error:?}");
				}
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::MaxMembersPerOrganization::get() >= 1,
				"MaxMembersPerOrganization must leave room for the registered admin"
			);
			assert!(T::MaxPageSize::get() >= 1, "MaxPageSize must be at least 1");
			assert!(
				!T::InvitationLifetime::get().is_zero(),
				"InvitationLifetime must be at least 1 block"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers an organisation of `kind` with `admin` as its registered admin and first
		/// member (at once: governance's naming is authoritative). `metadata_hash` is the hash
		/// of its off-chain registration record.
		///
		/// Origin: [`Config::GovernanceOrigin`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_organization())]
		pub fn register_organization(
			origin: OriginFor<T>,
			kind: OrganizationKind,
			admin: T::AccountId,
			metadata_hash: H256,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_register_organization(kind, admin, metadata_hash).map(|_org| ())
		}

		/// Suspends organisation `org`; `reason` is the hash of the governance decision.
		///
		/// Origin: [`Config::GovernanceOrigin`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::suspend_organization())]
		pub fn suspend_organization(
			origin: OriginFor<T>,
			org: OrgId,
			reason: H256,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_suspend_organization(org, reason)
		}

		/// Reactivates the suspended organisation `org`.
		///
		/// Origin: [`Config::GovernanceOrigin`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reactivate_organization())]
		pub fn reactivate_organization(origin: OriginFor<T>, org: OrgId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_reactivate_organization(org)
		}

		/// Makes `new_admin` the registered admin of `org`. The previous registered admin
		/// stays a member with role `Admin`. Governance's naming is authoritative: an
		/// unaffiliated `new_admin` joins at once, without an invitation (taking its pending
		/// invitation from `org`, if it holds one).
		///
		/// Origin: [`Config::GovernanceOrigin`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::change_admin())]
		pub fn change_admin(
			origin: OriginFor<T>,
			org: OrgId,
			new_admin: T::AccountId,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_change_admin(org, new_admin)
		}

		/// Invites `who` to join `org` with `role`. `who` becomes a member only when it calls
		/// [`Pallet::accept_invitation`]; until then the invitation holds a place in `org`.
		///
		/// Origin: signed by an `Admin` member of `org`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::add_member())]
		pub fn add_member(
			origin: OriginFor<T>,
			org: OrgId,
			who: T::AccountId,
			role: MemberRole,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_add_member(by, org, who, role)
		}

		/// Removes member `who` from `org`.
		///
		/// Origin: signed by an `Admin` member of `org`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::remove_member())]
		pub fn remove_member(
			origin: OriginFor<T>,
			org: OrgId,
			who: T::AccountId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_remove_member(by, org, who)
		}

		/// Gives member `who` of `org` the role `role`.
		///
		/// Origin: signed by an `Admin` member of `org`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::change_role())]
		pub fn change_role(
			origin: OriginFor<T>,
			org: OrgId,
			who: T::AccountId,
			role: MemberRole,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_change_role(by, org, who, role)
		}

		/// Leaves the caller's organisation.
		///
		/// Origin: signed by a member other than the registered admin. Free when the call
		/// will succeed.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::leave())]
		#[pallet::feeless_if(|origin: &OriginFor<T>| -> bool {
			Pallet::<T>::feeless_if_valid(origin, |who| Pallet::<T>::check_leave(&who))
		})]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(who)
		}

		/// Accepts the caller's invitation from `org`: the caller becomes a member with the
		/// invited role.
		///
		/// Origin: signed by the invited account, which belongs to no organisation.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::accept_invitation())]
		pub fn accept_invitation(origin: OriginFor<T>, org: OrgId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_invitation(who, org)
		}

		/// Declines the caller's invitation from `org`, expired or not.
		///
		/// Origin: signed by the invited account. Free when the call will succeed.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::decline_invitation())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, org: &OrgId| -> bool {
			Pallet::<T>::feeless_if_valid(origin, |who| Pallet::<T>::check_decline(&who, *org))
		})]
		pub fn decline_invitation(origin: OriginFor<T>, org: OrgId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_decline_invitation(who, org)
		}

		/// Withdraws `org`'s pending invitation to `who`, expired or not.
		///
		/// Origin: signed by an `Admin` member of `org`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::cancel_invitation())]
		pub fn cancel_invitation(
			origin: OriginFor<T>,
			org: OrgId,
			who: T::AccountId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_cancel_invitation(by, org, who)
		}
	}
}
