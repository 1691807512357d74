#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use healthchain_primitives::{
	AccessBasis, AccessRequest, ConsentAction, ConsentError, ConsentProvider, MemberRole,
	Membership, Moment, OrgId, OrganizationKind, OrganizationRegistry, PurposeOfUse,
	RecordCategory, RecordId, RegistryError,
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

	/// The storage layout's version. 1: hashes and Merkle roots are indexed per author, and
	/// records are counted per patient and author side. No chain ran version 0, so no
	/// migration is owed.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The consortium registry: which organisation, of which kind, an account acts for,
		/// and in which role.
		type Registry: OrganizationRegistry<Self::AccountId>;

		/// Patient consent: whether an access is permitted, who acts for a patient, and the
		/// access log reads are recorded in.
		type Consent: ConsentProvider<Self::AccountId>;

		/// The chain's clock, in milliseconds since the Unix epoch (`pallet-timestamp`).
		type Time: frame_support::traits::Time<Moment = Moment>;

		/// The longest locator or key reference, in bytes. At least 1.
		#[pallet::constant]
		type MaxLocatorLength: Get<u32>;

		/// The most versions one record may have, the first included. At least 1, and at most
		/// `MaxPatientGeneratedRecords` and `MaxRecordsPerOrganization` (every version is one
		/// of the patient's records).
		#[pallet::constant]
		type MaxVersions: Get<u32>;

		/// The most patient-generated records (versions included, erased ones too) one account
		/// of a patient's side (the patient, or each of its delegates) may anchor for the
		/// patient. Filling it stops only that account: the patient, its other delegates and
		/// organisations anchor on.
		#[pallet::constant]
		type MaxPatientGeneratedRecords: Get<u32>;

		/// The most records (versions included, erased ones too) one organisation may anchor
		/// for one patient. Filling it stops only that organisation: others anchor on.
		#[pallet::constant]
		type MaxRecordsPerOrganization: Get<u32>;

		/// The most hashes an inclusion proof may have: a bulk anchor holds at most
		/// `2^MaxProofDepth` documents.
		#[pallet::constant]
		type MaxProofDepth: Get<u32>;

		/// The most records one page of [`Pallet::patient_records`] (and the runtime API)
		/// returns. At least 1.
		#[pallet::constant]
		type MaxPageSize: Get<u32>;

		/// The weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The id the next record (version) gets.
	#[pallet::storage]
	pub type NextRecordId<T> = StorageValue<_, RecordId, ValueQuery>;

	/// Every record anchor (every version of every record), by id.
	#[pallet::storage]
	pub type Records<T: Config> = StorageMap<_, Twox64Concat, RecordId, RecordAnchorOf<T>>;

	/// The record each organisation anchored with each content hash. Per organisation, so an
	/// author's pending anchor cannot be pre-empted by someone else anchoring the same hash;
	/// kept after erasure, so the same organisation never anchors a hash twice.
	#[pallet::storage]
	pub type OrgRecordByHash<T> =
		StorageDoubleMap<_, Blake2_128Concat, H256, Twox64Concat, OrgId, RecordId>;

	/// The patient-generated record anchored with each content hash, per patient: a patient
	/// side's anchor neither blocks nor claims another author's document. Kept after erasure,
	/// so the same side never anchors a hash twice.
	#[pallet::storage]
	pub type PatientRecordByHash<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, H256, Blake2_128Concat, T::AccountId, RecordId>;

	/// How many records each author side has anchored for each patient: an organisation, or
	/// one account of the patient's side (the patient, or one of its delegates). Bounded by
	/// `MaxRecordsPerOrganization` and `MaxPatientGeneratedRecords`.
	#[pallet::storage]
	pub type RecordsBySide<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		AuthorSide<T::AccountId>,
		u32,
		ValueQuery,
	>;

	/// How many records each patient has: the next index in [`PatientRecords`].
	#[pallet::storage]
	pub type PatientRecordCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Each patient's records, by index in anchoring order (0, 1, ...), so that a patient's
	/// records are listed newest first without a scan.
	#[pallet::storage]
	pub type PatientRecords<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, u32, RecordId>;

	/// Each record's versions, oldest first, keyed by its first version.
	#[pallet::storage]
	pub type Versions<T: Config> =
		StorageMap<_, Twox64Concat, RecordId, BoundedVec<RecordId, T::MaxVersions>>;

	/// The id the next bulk anchor gets.
	#[pallet::storage]
	pub type NextBulkId<T> = StorageValue<_, BulkId, ValueQuery>;

	/// Every bulk anchor, by id.
	#[pallet::storage]
	pub type BulkAnchors<T: Config> = StorageMap<_, Twox64Concat, BulkId, BulkAnchorOf<T>>;

	/// The bulk anchor of each Merkle root, per importing organisation: an organisation never
	/// anchors a root twice, and no one can pre-empt another organisation's root.
	#[pallet::storage]
	pub type BulkByRoot<T> =
		StorageDoubleMap<_, Blake2_128Concat, H256, Twox64Concat, OrgId, BulkId>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A new record was anchored (version 1).
		RecordAnchored {
			/// The new record.
			record: RecordId,
			/// The patient it is about.
			patient: T::AccountId,
			/// The authoring organisation; `None` for patient-generated data.
			org: Option<OrgId>,
			/// Its document class.
			category: RecordCategory,
		},
		/// A new version of a record was anchored; the previous one is superseded.
		RecordAmended {
			/// The new version.
			record: RecordId,
			/// The version it supersedes.
			previous: RecordId,
			/// Its version number.
			version: u32,
		},
		/// A record was marked entered in error.
		RecordEnteredInError {
			/// The record.
			record: RecordId,
			/// Why.
			reason: EnteredInErrorReason,
		},
		/// A patient erased a record, every version of it: key services holding the keys
		/// these versions' key references named must now destroy them.
		RecordErased {
			/// The first version of the record (its version history lists them all).
			first_version: RecordId,
			/// How many versions were erased.
			versions: u32,
			/// The patient or delegate who erased it.
			by: T::AccountId,
		},
		/// An organisation anchored a bulk import.
		BulkAnchored {
			/// The new bulk anchor.
			bulk: BulkId,
			/// The importing organisation.
			org: OrgId,
			/// The document class of the import.
			category: RecordCategory,
			/// How many documents it holds.
			document_count: u32,
		},
		/// Consent permitted a read of a record, and the read is in the patient's access log.
		AccessGranted {
			/// The record.
			record: RecordId,
			/// Who reads it.
			accessor: T::AccountId,
			/// The organisation the accessor acts for.
			org: OrgId,
			/// The consent grant or break-glass case that permitted it.
			basis: AccessBasis,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No record has this id.
		UnknownRecord,
		/// The patient, or a delegate, anchors only `PatientGenerated` records; clinical
		/// records are anchored by the organisation that wrote them.
		PatientMayOnlyAnchorPatientGenerated,
		/// The caller belongs to no organisation.
		NotAMember,
		/// The caller's organisation is suspended.
		OrganizationSuspended,
		/// The caller's organisation does not keep health records (it is not a hospital,
		/// clinic, laboratory or pharmacy).
		NotACareOrganization,
		/// The caller's role may not do this: records are written by a `Practitioner` or
		/// `Pharmacist`; marking one entered in error also accepts an `Admin`.
		NotAPractitioner,
		/// The caller's role may not anchor a bulk import (an `Admin`, `Practitioner` or
		/// `Device` may).
		NotPermittedToImport,
		/// The caller does not act for the organisation that wrote the record.
		NotAuthoringOrganization,
		/// The caller is neither the record's patient nor a delegate of the patient.
		NotPatientOrDelegate,
		/// No consent of the patient permits this access.
		NoConsent,
		/// The consent that would permit this access has been revoked.
		ConsentRevoked,
		/// The consent that would permit this access has expired.
		ConsentExpired,
		/// The consent that would permit this access is not valid yet.
		ConsentNotYetValid,
		/// The reader has read this patient's records as often as one reader may in one
		/// read-rate period; others' reads are not affected.
		ReadRateExceeded,
		/// The locator is empty.
		EmptyLocator,
		/// The key reference is given but empty (leave it out instead).
		EmptyKeyReference,
		/// The same author (this organisation, or this patient's side) already anchored a
		/// record with this content hash (it may since have been erased).
		DuplicateContentHash,
		/// This account (the patient or a delegate) has anchored `MaxPatientGeneratedRecords`
		/// records for the patient.
		TooManyPatientGeneratedRecords,
		/// The organisation has anchored `MaxRecordsPerOrganization` records for this patient.
		TooManyRecordsFromOrganization,
		/// The record has `MaxVersions` versions.
		TooManyVersions,
		/// The record has been superseded: amend its latest version.
		RecordSuperseded,
		/// The record was marked entered in error.
		RecordEnteredInError,
		/// The record was erased.
		RecordErased,
		/// The record is already marked entered in error.
		AlreadyEnteredInError,
		/// The record is already erased.
		AlreadyErased,
		/// A bulk anchor must hold at least one document.
		EmptyBulk,
		/// A bulk anchor holds at most `2^MaxProofDepth` documents: more could not be
		/// verified.
		BulkTooLarge,
		/// A bulk anchor with this Merkle root already exists.
		DuplicateMerkleRoot,
		/// A counter would overflow (no ids left) or storage is inconsistent.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxLocatorLength::get() >= 1, "MaxLocatorLength must be at least 1");
			assert!(T::MaxVersions::get() >= 1, "MaxVersions must leave room for version 1");
			assert!(
				T::MaxPatientGeneratedRecords::get() >= T::MaxVersions::get(),
				"MaxPatientGeneratedRecords must hold a record's every version"
			);
			assert!(
				T::MaxRecordsPerOrganization::get() >= T::MaxVersions::get(),
				"MaxRecordsPerOrganization must hold a record's every version"
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
		/// Anchors a new record of `category` for `patient`: the document with hash
		/// `content_hash` (of its encrypted form, computed with `algorithm`) lives at
		/// `locator`; `key_reference` optionally names its key in the author's key service.
		///
		/// Origin: signed by a `Practitioner` or `Pharmacist` of an active care organisation
		/// that holds the patient's consent to write this category for treatment; or by the
		/// patient, or a delegate, for `PatientGenerated` data.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::anchor())]
		pub fn anchor(
			origin: OriginFor<T>,
			patient: T::AccountId,
			category: RecordCategory,
			content_hash: H256,
			algorithm: HashAlgorithm,
			locator: Locator<T>,
			key_reference: Option<Locator<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_anchor(who, patient, category, content_hash, algorithm, locator, key_reference)
				.map(|_record| ())
		}

		/// Anchors a new version of the active record `record`; `record` becomes superseded.
		///
		/// Origin: for an organisation's record, signed by a `Practitioner` or `Pharmacist` of
		/// that organisation, which must still hold the patient's consent to write; for a
		/// patient-generated record, signed by the patient or a delegate.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::amend())]
		pub fn amend(
			origin: OriginFor<T>,
			record: RecordId,
			content_hash: H256,
			algorithm: HashAlgorithm,
			locator: Locator<T>,
			key_reference: Option<Locator<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_amend(who, record, content_hash, algorithm, locator, key_reference)
				.map(|_version| ())
		}

		/// Marks `record` (an active or superseded version) entered in error, for `reason`.
		///
		/// Origin: for an organisation's record, signed by a `Practitioner`, `Pharmacist` or
		/// `Admin` of that organisation; for a patient-generated record, signed by the patient
		/// or a delegate.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::mark_entered_in_error())]
		pub fn mark_entered_in_error(
			origin: OriginFor<T>,
			record: RecordId,
			reason: EnteredInErrorReason,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_mark_entered_in_error(who, record, reason)
		}

		/// Erases every version of `record`: their locators and key references go, their
		/// hashes stay as tombstones (crypto-shredding).
		///
		/// Origin: signed by the record's patient or a delegate.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::erase())]
		pub fn erase(origin: OriginFor<T>, record: RecordId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_erase(who, record)
		}

		/// Anchors a bulk import: `merkle_root` commits to the content hashes of
		/// `document_count` documents of `category`, listed in the manifest at
		/// `manifest_locator`.
		///
		/// Origin: signed by an `Admin`, `Practitioner` or `Device` of an active care
		/// organisation.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::bulk_anchor())]
		pub fn bulk_anchor(
			origin: OriginFor<T>,
			category: RecordCategory,
			merkle_root: H256,
			document_count: u32,
			manifest_locator: Locator<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bulk_anchor(who, category, merkle_root, document_count, manifest_locator)
				.map(|_bulk| ())
		}

		/// Asks to read `record` for `purpose`: consent is checked and, if it permits, the
		/// read is logged in the patient's access log, in one step. A refused request fails
		/// and logs nothing.
		///
		/// Origin: signed by a member of an active organisation.
		#[pallet::call_index(5)]
		#[pallet::weight(
			T::WeightInfo::request_access().max(T::WeightInfo::request_access_in_an_emergency())
		)]
		pub fn request_access(
			origin: OriginFor<T>,
			record: RecordId,
			purpose: PurposeOfUse,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_access(who, record, purpose).map(|_basis| ())
		}
	}
}
