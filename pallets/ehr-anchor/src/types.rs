//! The anchors' records: a record anchor (one version of one document), a bulk anchor (the
//! Merkle root of an import), and the answers the runtime API gives.
//!
//! Nothing here can describe a patient: a document is known by its hash, where it lives by an
//! opaque locator, its key by an opaque reference, what it is by a category code.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::BoundedVec;
use frame_system::pallet_prelude::BlockNumberFor;
use healthchain_primitives::{
	MemberRole, Moment, OrgId, OrganizationKind, RecordCategory, RecordId,
};
use scale_info::TypeInfo;
use sp_core::H256;

/// An opaque, bounded reference to something off chain: the URI or CID of an encrypted
/// document or manifest, or the id of a document's key in its author's key service. Never
/// the thing itself.
pub type Locator<T> = BoundedVec<u8, <T as Config>::MaxLocatorLength>;

/// Identifies a bulk anchor. Assigned by this pallet, in anchoring order.
pub type BulkId = u64;

/// The organisations that keep health records, and so may anchor, amend and import them.
pub const CARE_ORGANIZATIONS: &[OrganizationKind] = &[
	OrganizationKind::Hospital,
	OrganizationKind::Clinic,
	OrganizationKind::Laboratory,
	OrganizationKind::Pharmacy,
];

/// The roles in which a member of a care organisation writes records (anchor, amend).
pub const CLINICAL_ROLES: &[MemberRole] = &[MemberRole::Practitioner, MemberRole::Pharmacist];

/// The roles in which a member of the authoring organisation may mark a record entered in
/// error: the clinical roles, and the organisation's admins (who handle data-quality
/// incidents).
pub const CORRECTING_ROLES: &[MemberRole] =
	&[MemberRole::Practitioner, MemberRole::Pharmacist, MemberRole::Admin];

/// The roles in which a member of a care organisation may anchor a bulk import: its admins,
/// its practitioners, and its machine accounts (the import job).
pub const IMPORTING_ROLES: &[MemberRole] =
	&[MemberRole::Admin, MemberRole::Practitioner, MemberRole::Device];

/// The hash function a content hash was computed with. Both give 32 bytes.
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
pub enum HashAlgorithm {
	/// SHA-256 (FIPS 180-4), what most hospital systems and FHIR `Attachment.hash` use.
	Sha2_256,
	/// BLAKE2b-256, the chain's own hash.
	Blake2_256,
}

/// Where a record stands (after FHIR `DocumentReference.status` and
/// `Composition.status`).
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
pub enum RecordStatus {
	/// The current version of the document.
	Active,
	/// A later version replaced it (see `superseded_by`).
	Superseded,
	/// Its author withdrew it as a mistake (see `error_reason`); it stays as evidence.
	EnteredInError,
	/// The patient erased it: locator and key reference are gone, the hash stays as a
	/// tombstone.
	Erased,
}

/// Why a record was marked entered in error: a code, never free text.
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
pub enum EnteredInErrorReason {
	/// The document belongs to another patient.
	WrongPatient,
	/// The wrong document was anchored (another file, another encounter).
	WrongDocument,
	/// The same document was anchored twice (under different hashes, e.g. re-encrypted).
	DuplicateEntry,
	/// The document's content is wrong and must not be relied on.
	IncorrectContent,
	/// Another reason, as a code of the consortium's own code list.
	Other(u16),
}

/// One version of one off-chain health record: proof that the document with hash
/// `content_hash` is the one `author` (for `author_org`, or the patient side when `None`)
/// wrote for `patient` at `created_at`, and where its encrypted copy lives.
///
/// Generic over plain types (not over the pallet's `Config`), so the runtime API can return
/// it as stored; the pallet stores [`RecordAnchorOf`], whose `Locator` is a
/// `BoundedVec<u8, MaxLocatorLength>`.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct RecordAnchor<AccountId, BlockNumber, Locator> {
	/// The patient the record is about.
	pub patient: AccountId,
	/// The organisation that wrote it; `None` for patient-generated data anchored by the
	/// patient or a delegate.
	pub author_org: Option<OrgId>,
	/// The account that anchored this version.
	pub author: AccountId,
	/// The document class, which consent is scoped by.
	pub category: RecordCategory,
	/// The hash of the encrypted document, as stored off chain.
	pub content_hash: H256,
	/// The function `content_hash` was computed with.
	pub algorithm: HashAlgorithm,
	/// The URI or CID of the encrypted document; `None` once erased.
	pub locator: Option<Locator>,
	/// The id of the document's encryption key in the author's key service (never a key);
	/// `None` if the author keeps none on chain, and once erased.
	pub key_reference: Option<Locator>,
	/// 1 for a new record, one more with each amendment.
	pub version: u32,
	/// The version this one amends.
	pub previous: Option<RecordId>,
	/// The first version of this record's chain, which keys its version history.
	pub first_version: RecordId,
	/// The version that amended this one.
	pub superseded_by: Option<RecordId>,
	/// The block this version was anchored in.
	pub created_block: BlockNumber,
	/// When this version was anchored: milliseconds since the Unix epoch.
	pub created_at: Moment,
	/// Where the record stands.
	pub status: RecordStatus,
	/// Why it was marked entered in error, if it was.
	pub error_reason: Option<EnteredInErrorReason>,
}

/// Whose quota a record counts against, for its patient: the organisation that authored it,
/// or, for patient-generated data, the account that anchored it (the patient, or one of its
/// delegates, each with a quota of its own).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum AuthorSide<AccountId> {
	/// An organisation's records.
	Organization(OrgId),
	/// The patient-generated records this account (the patient or a delegate) anchored.
	PatientSide(AccountId),
}

impl<AccountId: Clone, BlockNumber, Locator> RecordAnchor<AccountId, BlockNumber, Locator> {
	/// Whose quota this record counts against.
	pub fn author_side(&self) -> AuthorSide<AccountId> {
		match self.author_org {
			Some(org) => AuthorSide::Organization(org),
			None => AuthorSide::PatientSide(self.author.clone()),
		}
	}
}

/// The record anchor as this pallet stores it.
pub type RecordAnchorOf<T> =
	RecordAnchor<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, Locator<T>>;

/// An organisation's commitment to many documents at once (a bulk import): the root of a
/// Merkle tree over their content hashes, built as `healthchain_primitives::merkle` builds
/// it. A document is later shown to be part of the import with its inclusion proof.
///
/// Generic like [`RecordAnchor`]; the pallet stores [`BulkAnchorOf`].
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct BulkAnchor<AccountId, BlockNumber, Locator> {
	/// The importing organisation.
	pub org: OrgId,
	/// The account that anchored the import.
	pub author: AccountId,
	/// The document class of the import.
	pub category: RecordCategory,
	/// The root of the Merkle tree over the documents' content hashes.
	pub merkle_root: H256,
	/// How many documents the tree holds.
	pub document_count: u32,
	/// The URI or CID of the import's (encrypted) manifest.
	pub manifest_locator: Locator,
	/// The block the import was anchored in.
	pub created_block: BlockNumber,
	/// When it was anchored: milliseconds since the Unix epoch.
	pub created_at: Moment,
}

/// The bulk anchor as this pallet stores it.
pub type BulkAnchorOf<T> =
	BulkAnchor<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, Locator<T>>;

/// What the chain knows about a document hash.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum HashVerification<Record> {
	/// No record was ever anchored with this hash.
	Unknown,
	/// A record was anchored with this hash.
	Known {
		/// The record (the version) with this hash.
		record_id: RecordId,
		/// Where it stands: `Active` means the document is current and unchanged;
		/// `Superseded`, `EnteredInError` and `Erased` mean it is genuine but must not be
		/// relied on as current.
		status: RecordStatus,
		/// The record itself. Its `author_org` says who anchored it: an organisation, or
		/// (`None`) the patient's side.
		record: Record,
		/// How many other records were anchored with the same hash (counted up to
		/// `MaxPageSize`): when it is not 0, other authors claim the document too, and
		/// `hash_anchors` lists them all.
		other_anchors: u32,
	},
}

/// Whether a document is part of a bulk import.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum InclusionVerification<Bulk> {
	/// No bulk anchor has this id.
	UnknownBulk,
	/// The proof has more than `MaxProofDepth` hashes; it was not checked.
	ProofTooLong,
	/// The proof does not lead from the document's hash to the bulk anchor's root.
	NotIncluded,
	/// The document is part of the import.
	Included {
		/// The bulk anchor.
		bulk_id: BulkId,
		/// The bulk anchor itself.
		bulk: Bulk,
	},
}
