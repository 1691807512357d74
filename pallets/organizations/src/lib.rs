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

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Registers, suspends and reactivates organisations and names their admin: the
		/// consortium's governance (council or root).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most member accounts an organisation may have, its registered admin included.
		/// At least 1.
		#[pallet::constant]
		type MaxMembersPerOrganization: Get<u32>;

		/// The most members one page of [`Pallet::members`] (and the runtime API) returns.
		/// At least 1.
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
		/// An admin added a member.
		MemberAdded {
			/// The organisation.
			org: OrgId,
			/// The new member.
			who: T::AccountId,
			/// Its role.
			role: MemberRole,
			/// The admin who added it.
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
		/// The account already belongs to an organisation (an account belongs to at most one).
		AlreadyMember,
		/// The account belongs to another organisation.
		MemberOfAnotherOrganization,
		/// The account is already the organisation's registered admin.
		AdminUnchanged,
		/// The caller is not a member of the organisation with role `Admin`.
		NotOrganizationAdmin,
		/// The organisation is suspended: its members cannot be managed.
		OrganizationSuspended,
		/// The organisation has `MaxMembersPerOrganization` members already.
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
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers an organisation of `kind` with `admin` as its registered admin and first
		/// member. `metadata_hash` is the hash of its off-chain registration record.
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
		/// stays a member with role `Admin`.
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

		/// Adds `who`, who belongs to no organisation, to `org` with `role`.
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
		/// Origin: signed by a member other than the registered admin.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::leave())]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(who)
		}
	}
}
