//! The consortium registry as other pallets see it: which organisation an account acts for,
//! what kind of organisation that is, and in which role the account acts.
//!
//! `pallet-organizations` keeps the registry and implements [`OrganizationRegistry`]; every
//! pallet that gates a call on "a pharmacist of an active pharmacy" or "an investigator of a
//! trial sponsor" asks through the trait, so it can be tested against
//! [`MockRegistry`](crate::testing::MockRegistry) instead of the real pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
#[cfg(feature = "runtime-benchmarks")]
use sp_runtime::DispatchError;

/// Identifies a registered organisation. Assigned by the registry, in registration order.
pub type OrgId = u32;

/// What an organisation is. Pallets gate their calls on it (only a `Manufacturer` registers
/// products, only an `EthicsCommittee` approves a trial, ...).
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
	serde::Serialize,
	serde::Deserialize,
)]
pub enum OrganizationKind {
	/// A hospital: inpatient and outpatient care.
	Hospital,
	/// A clinic or practice: outpatient care.
	Clinic,
	/// A medical or analytical laboratory.
	Laboratory,
	/// A pharmacy that dispenses medicines.
	Pharmacy,
	/// A medicine manufacturer (marketing-authorisation holder).
	Manufacturer,
	/// A wholesaler or distributor of medicines.
	Distributor,
	/// An ethics committee / institutional review board.
	EthicsCommittee,
	/// A regulator or competent authority.
	Regulator,
	/// The sponsor of clinical trials.
	TrialSponsor,
	/// A university or research institute.
	ResearchInstitute,
	/// A health insurer or payer.
	Insurer,
}

/// Whether an organisation may act. A suspended organisation's members act for nobody.
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
pub enum OrganizationStatus {
	/// The organisation's members may act for it.
	Active,
	/// Governance has suspended the organisation; its members may not act for it.
	Suspended,
}

/// The role in which a member account acts for its organisation.
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
	serde::Serialize,
	serde::Deserialize,
)]
pub enum MemberRole {
	/// Manages the organisation's member accounts and their roles.
	Admin,
	/// A clinician: physician, nurse, therapist.
	Practitioner,
	/// A pharmacist who dispenses medicines.
	Pharmacist,
	/// Moves goods: shipping, receiving, warehousing.
	Logistics,
	/// A clinical-trial investigator.
	Investigator,
	/// Reviews logs, break-glass accesses and records for compliance.
	Auditor,
	/// A machine account: a lab analyser, a cold-chain sensor gateway, an import job.
	Device,
}

/// What the registry answers about an account that acts for an active organisation.
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
pub struct Membership {
	/// The organisation the account belongs to.
	pub org: OrgId,
	/// What that organisation is.
	pub kind: OrganizationKind,
	/// The account's role in it.
	pub role: MemberRole,
}

/// Why the registry refused an account. Pallets map each case to an error of their own.
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
pub enum RegistryError {
	/// The account belongs to no organisation.
	NotAMember,
	/// The account's organisation is suspended.
	OrganizationSuspended,
	/// The account's organisation is not of one of the required kinds.
	WrongOrganizationKind,
	/// The account does not hold one of the required roles.
	WrongRole,
}

/// The question every privileged call asks: which organisation, of which kind, does this
/// account act for, and in which role?
///
/// `pallet-organizations` implements it for the runtime; pallet mocks use
/// [`MockRegistry`](crate::testing::MockRegistry).
pub trait OrganizationRegistry<AccountId> {
	/// The organisation `who` acts for and its role there.
	///
	/// # Errors
	///
	/// - [`RegistryError::NotAMember`] if `who` belongs to no organisation;
	/// - [`RegistryError::OrganizationSuspended`] if its organisation is suspended.
	fn acting_for(who: &AccountId) -> Result<Membership, RegistryError>;

	/// Like [`acting_for`](Self::acting_for), and also requires the organisation to be of one
	/// of `kinds` and the account to hold one of `roles`. An empty slice accepts any kind
	/// (or role).
	///
	/// # Errors
	///
	/// Those of [`acting_for`](Self::acting_for), then
	/// [`RegistryError::WrongOrganizationKind`] and [`RegistryError::WrongRole`], checked in
	/// that order.
	fn ensure_acting_as(
		who: &AccountId,
		kinds: &[OrganizationKind],
		roles: &[MemberRole],
	) -> Result<Membership, RegistryError> {
		let membership = Self::acting_for(who)?;
		if !kinds.is_empty() && !kinds.contains(&membership.kind) {
			return Err(RegistryError::WrongOrganizationKind);
		}
		if !roles.is_empty() && !roles.contains(&membership.role) {
			return Err(RegistryError::WrongRole);
		}
		Ok(membership)
	}

	/// The organisation `who` belongs to, whatever its status, or `None` if it belongs to none.
	/// For rules about who an account *is* (say, "a delegate may not grant to its own
	/// organisation"), which must hold while the organisation is suspended too.
	fn member_of(who: &AccountId) -> Option<OrgId>;

	/// The kind and status of organisation `org`, or `None` if no such organisation exists.
	fn organization_status(org: OrgId) -> Option<(OrganizationKind, OrganizationStatus)>;

	/// Benchmark set-up: registers an active organisation of `kind` with `admin` as its
	/// registered admin (a member with role [`MemberRole::Admin`]), and returns its id.
	///
	/// Other pallets' benchmarks call this to create the organisation their caller acts for.
	/// An implementation gates its own impl of this method on a feature that also enables
	/// `healthchain-primitives/runtime-benchmarks`.
	///
	/// # Errors
	///
	/// Whatever the registry refuses, e.g. `admin` already belonging to an organisation.
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(
		kind: OrganizationKind,
		admin: &AccountId,
	) -> Result<OrgId, DispatchError>;

	/// Benchmark set-up: makes `who` a member of `org` with `role`, bypassing the admin
	/// check (not the registry's bounds).
	///
	/// # Errors
	///
	/// Whatever the registry refuses: an unknown organisation, `who` already belonging to an
	/// organisation, a full organisation.
	#[cfg(feature = "runtime-benchmarks")]
	fn add_member_for_benchmark(
		org: OrgId,
		who: &AccountId,
		role: MemberRole,
	) -> Result<(), DispatchError>;
}
