//! Runtime API of the health-record anchors (`pallet-ehr-anchor`).
//!
//! Answers, at any block: a record (one version), a patient's records page by page (newest
//! first), what the chain knows about a document hash, whether a document is part of a bulk
//! import (with its Merkle inclusion proof), a record's version history, and a bulk anchor.
//! Reachable with `state_call` (`EhrAnchorApi_record`, `EhrAnchorApi_patient_records`,
//! `EhrAnchorApi_verify_hash`, `EhrAnchorApi_verify_inclusion`, `EhrAnchorApi_history`,
//! `EhrAnchorApi_bulk_anchor`, each with its SCALE-encoded arguments) and from Polkadot.js as
//! `api.call.ehrAnchorApi.*`.
//!
//! The answers are the pallet's own types, re-exported here, so a client decodes exactly
//! what the chain stores. They are generic over the runtime's account and block-number
//! types and over `Locator`, the runtime's bounded byte vector for locators; a runtime
//! implements the API as
//!
//! ```ignore
//! impl pallet_ehr_anchor_runtime_api::EhrAnchorApi<
//! 	Block,
//! 	AccountId,
//! 	BlockNumber,
//! 	pallet_ehr_anchor::Locator<Runtime>,
//! > for Runtime { /* each method calls the pallet's read of the same name */ }
//! ```
//!
//! (`Locator<Runtime>` is `BoundedVec<u8, MaxLocatorLength>`, which encodes as a plain
//! `Vec<u8>`.)

#![cfg_attr(not(feature = "std"), no_std)]
#![warn(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
use sp_core::H256;

pub use pallet_ehr_anchor::{
	BulkAnchor, BulkId, EnteredInErrorReason, HashAlgorithm, HashVerification,
	InclusionVerification, OrgId, RecordAnchor, RecordCategory, RecordId, RecordStatus,
};

sp_api::decl_runtime_apis! {
	/// Queries of the health-record anchors.
	#[api_version(2)]
	pub trait EhrAnchorApi<AccountId, BlockNumber, Locator>
	where
		AccountId: Codec,
		BlockNumber: Codec,
		Locator: Codec,
	{
		/// Record (version) `record`: patient, authoring organisation and account, category,
		/// content hash and algorithm, locator and key reference (`None` once erased),
		/// version links, creation block and time, status; `None` if no such record exists.
		fn record(record: RecordId) -> Option<RecordAnchor<AccountId, BlockNumber, Locator>>;

		/// One page of `patient`'s records, newest first, each as (index in the patient's
		/// list, record id, record): at most `limit` (capped at the pallet's `MaxPageSize`)
		/// with an index below `before`, or from the newest when `None`. The next page passes
		/// the last index of this one as `before`; an empty page ends the listing.
		fn patient_records(
			patient: AccountId,
			before: Option<u32>,
			limit: u32,
		) -> Vec<(u32, RecordId, RecordAnchor<AccountId, BlockNumber, Locator>)>;

		/// What the chain knows about the document with hash `content_hash`: `Unknown`, or
		/// the record anchored with it and its status (`Active`: current and unchanged;
		/// `Superseded`, `EnteredInError`, `Erased`: genuine but not to be relied on as
		/// current). When several authors anchored the hash, the earliest organisation's
		/// anchor answers; a patient-generated anchor (its `author_org` is `None`) answers only
		/// when no organisation anchored the hash.
		fn verify_hash(
			content_hash: H256,
		) -> HashVerification<RecordAnchor<AccountId, BlockNumber, Locator>>;

		/// Every record anchored with `content_hash`, each with its id: organisations'
		/// anchors first (oldest first), then patient-generated ones; at most `limit` (capped
		/// at the pallet's `MaxPageSize`). New in version 2.
		fn hash_anchors(
			content_hash: H256,
			limit: u32,
		) -> Vec<(RecordId, RecordAnchor<AccountId, BlockNumber, Locator>)>;

		/// Whether `proof` (sibling hashes from the leaf up, as
		/// `healthchain_primitives::merkle::proof` builds them) shows the document with hash
		/// `document_hash` to be part of bulk anchor `bulk`: `Included` with the bulk anchor,
		/// `NotIncluded`, `UnknownBulk`, or `ProofTooLong` (more than `MaxProofDepth` hashes,
		/// not checked).
		fn verify_inclusion(
			bulk: BulkId,
			document_hash: H256,
			proof: Vec<H256>,
		) -> InclusionVerification<BulkAnchor<AccountId, BlockNumber, Locator>>;

		/// Every version of the record `record` belongs to, oldest first, each with its id;
		/// empty if no such record exists.
		fn history(
			record: RecordId,
		) -> Vec<(RecordId, RecordAnchor<AccountId, BlockNumber, Locator>)>;

		/// Bulk anchor `bulk`: importing organisation and account, category, Merkle root,
		/// document count, manifest locator, creation block and time; `None` if no such bulk
		/// anchor exists.
		fn bulk_anchor(bulk: BulkId) -> Option<BulkAnchor<AccountId, BlockNumber, Locator>>;
	}
}
