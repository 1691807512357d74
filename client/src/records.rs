//! Health records: verifying a document against its anchor, and anchoring one.

use subxt::utils::H256;
use subxt_signer::sr25519::Keypair;

use crate::{
	hashing::{DocumentHashes, Hash},
	runtime::{
		self,
		runtime_types::{
			healthchain_primitives::{
				consent::{AccessBasis, PurposeOfUse},
				records::RecordCategory,
			},
			pallet_ehr_anchor::types::{HashAlgorithm, HashVerification, RecordStatus},
		},
	},
	AccountId, Error, Healthchain,
};

/// A record as the chain holds it (the runtime's `RecordAnchor`).
pub type RecordAnchor = runtime::runtime_types::pallet_ehr_anchor::types::RecordAnchor<
	AccountId,
	u32,
	runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec<u8>,
>;

/// What the chain says of a document.
#[derive(Debug)]
pub enum Verification {
	/// No record was ever anchored with either of its hashes.
	Unknown { hashes: DocumentHashes },
	/// A record was anchored with one of its hashes.
	Known {
		/// The record (version) anchored with this hash.
		record_id: u64,
		/// Which of the document's hashes matched.
		algorithm: &'static str,
		/// Its anchor.
		record: Box<RecordAnchor>,
		/// How many other records were anchored with the same hash.
		other_anchors: u32,
	},
}

impl Verification {
	/// `Active`, `Superseded (by record N)`, `EnteredInError`, `Erased` or `Unknown`.
	pub fn status_in_words(&self) -> String {
		match self {
			Self::Unknown { .. } => "Unknown".into(),
			Self::Known { record, .. } => match (&record.status, record.superseded_by) {
				(RecordStatus::Superseded, Some(by)) => format!("Superseded (by record {by})"),
				(status, _) => status_name(status).into(),
			},
		}
	}

	/// Whether the document is anchored and its record current.
	pub fn is_active(&self) -> bool {
		matches!(self, Self::Known { record, .. } if matches!(record.status, RecordStatus::Active))
	}
}

/// A record's status, named as the runtime names it.
pub fn status_name(status: &RecordStatus) -> &'static str {
	match status {
		RecordStatus::Active => "Active",
		RecordStatus::Superseded => "Superseded",
		RecordStatus::EnteredInError => "EnteredInError",
		RecordStatus::Erased => "Erased",
	}
}

/// The named record categories (every variant but `Other`).
fn named_categories() -> [RecordCategory; 11] {
	[
		RecordCategory::ClinicalNote,
		RecordCategory::DischargeSummary,
		RecordCategory::LaboratoryReport,
		RecordCategory::ImagingReport,
		RecordCategory::Prescription,
		RecordCategory::Immunization,
		RecordCategory::AllergyIntolerance,
		RecordCategory::ProcedureNote,
		RecordCategory::Referral,
		RecordCategory::CarePlan,
		RecordCategory::PatientGenerated,
	]
}

/// Parses a record category: its name as [`category_name`] writes it, in any case, or
/// `Other:N`.
pub fn parse_category(text: &str) -> Result<RecordCategory, Error> {
	if let Some(named) =
		named_categories().into_iter().find(|c| category_name(c).eq_ignore_ascii_case(text))
	{
		return Ok(named);
	}
	match text.to_ascii_lowercase().strip_prefix("other:").map(str::parse::<u32>) {
		Some(Ok(code)) => Ok(RecordCategory::Other(code)),
		_ => Err(Error::Input(format!(
			"unknown category {text:?}: one of {}, or Other:<number>",
			named_categories().iter().map(category_name).collect::<Vec<_>>().join(", ")
		))),
	}
}

/// A category's name, as [`parse_category`] reads it.
pub fn category_name(category: &RecordCategory) -> String {
	match category {
		RecordCategory::ClinicalNote => "ClinicalNote".into(),
		RecordCategory::DischargeSummary => "DischargeSummary".into(),
		RecordCategory::LaboratoryReport => "LaboratoryReport".into(),
		RecordCategory::ImagingReport => "ImagingReport".into(),
		RecordCategory::Prescription => "Prescription".into(),
		RecordCategory::Immunization => "Immunization".into(),
		RecordCategory::AllergyIntolerance => "AllergyIntolerance".into(),
		RecordCategory::ProcedureNote => "ProcedureNote".into(),
		RecordCategory::Referral => "Referral".into(),
		RecordCategory::CarePlan => "CarePlan".into(),
		RecordCategory::PatientGenerated => "PatientGenerated".into(),
		RecordCategory::Other(code) => format!("Other:{code}"),
	}
}

/// A record the caller anchored.
#[derive(Debug, Clone, Copy)]
pub struct AnchoredRecord {
	/// Its id.
	pub record_id: u64,
	/// The number of the block it was anchored in.
	pub block_number: u32,
}

impl Healthchain {
	/// What the chain says of the document with these hashes: the record anchored with its
	/// SHA-256, else the one anchored with its BLAKE2-256, else `Unknown`.
	pub async fn verify_document(&self, hashes: &DocumentHashes) -> Result<Verification, Error> {
		for (hash, algorithm) in [(hashes.sha256, "SHA-256"), (hashes.blake2_256, "BLAKE2-256")] {
			if let HashVerification::Known { record_id, record, other_anchors, .. } =
				self.verify_hash(hash).await?
			{
				return Ok(Verification::Known {
					record_id,
					algorithm,
					record: Box::new(record),
					other_anchors,
				});
			}
		}
		Ok(Verification::Unknown { hashes: *hashes })
	}

	/// `EhrAnchorApi::verify_hash` at the latest finalised block.
	pub async fn verify_hash(&self, hash: Hash) -> Result<HashVerification<RecordAnchor>, Error> {
		let call = runtime::apis().ehr_anchor_api().verify_hash(H256(hash));
		Ok(self.runtime().await?.call(call).await?)
	}

	/// Anchors a document's SHA-256 for `patient`, signed by `signer` (a practitioner of an
	/// organisation the patient consented to, or the patient or their delegate), with the
	/// locator of the encrypted document.
	pub async fn anchor(
		&self,
		signer: &Keypair,
		patient: AccountId,
		category: RecordCategory,
		hashes: &DocumentHashes,
		locator: &str,
	) -> Result<AnchoredRecord, Error> {
		self.check_locators([locator]).await?;
		let call = runtime::tx().ehr_anchor().anchor(
			patient,
			category,
			H256(hashes.sha256),
			HashAlgorithm::Sha2_256,
			runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec(
				locator.as_bytes().to_vec(),
			),
			None,
		);
		let (events, block_hash) = self.submit(&call, signer).await?;
		let anchored = events
			.find_first::<runtime::ehr_anchor::events::RecordAnchored>()?
			.ok_or_else(|| {
				Error::Other("the anchor was included but emitted no RecordAnchored event".into())
			})?;
		let block = self.api().blocks().at(block_hash).await?;
		Ok(AnchoredRecord { record_id: anchored.record, block_number: block.number() })
	}

	/// Anchors many documents in one transaction, signed by `signer`: a `utility.force_batch`
	/// of `anchor` calls, each of which the chain allows or refuses on its own, exactly as it
	/// would alone (its consent, its patient), and each a record of its own that reads are
	/// logged against. Answers each document's outcome, in order; the outer error is the whole
	/// transaction's (refused by the pool, or its outcome unknown).
	pub async fn anchor_many(
		&self,
		signer: &Keypair,
		documents: &[AnchorRequest],
	) -> Result<Vec<Result<AnchoredRecord, Error>>, Error> {
		self.anchor_many_with(signer, documents, Default::default()).await
	}

	/// [`Healthchain::anchor_many`] with these transaction parameters (its mortality, its
	/// nonce).
	pub async fn anchor_many_with(
		&self,
		signer: &Keypair,
		documents: &[AnchorRequest],
		params: crate::TxParams,
	) -> Result<Vec<Result<AnchoredRecord, Error>>, Error> {
		use runtime::runtime_types::{
			bounded_collections::bounded_vec::BoundedVec, healthchain_runtime::RuntimeCall,
			pallet_ehr_anchor::pallet::Call,
		};
		self.check_locators(documents.iter().map(|d| d.locator.as_str())).await?;
		let calls = documents
			.iter()
			.map(|document| {
				RuntimeCall::EhrAnchor(Call::anchor {
					patient: document.patient.clone(),
					category: document.category.clone(),
					content_hash: H256(document.sha256),
					algorithm: HashAlgorithm::Sha2_256,
					locator: BoundedVec(document.locator.as_bytes().to_vec()),
					key_reference: None,
				})
			})
			.collect();
		let (events, block_hash) =
			self.submit_with(&runtime::tx().utility().force_batch(calls), signer, params).await?;
		let block_number = self.api().blocks().at(block_hash).await?.number();
		// Each item's own events, then `ItemCompleted`; or `ItemFailed` with its error. A
		// record id must never be given to the wrong document: anything but exactly one
		// `RecordAnchored` per completed item, for that item's patient and category, makes the
		// whole outcome unknown (the gateway then finds each document's record by its hash).
		let unexpected = |what: String| {
			Error::Other(format!("the batch's events do not match its anchors ({what})"))
		};
		let mut outcomes = Vec::with_capacity(documents.len());
		let mut anchored = None;
		for event in events.iter() {
			let event = event?;
			if let Some(record) = event.as_event::<runtime::ehr_anchor::events::RecordAnchored>()? {
				let Some(document) = documents.get(outcomes.len()) else {
					return Err(unexpected("a record after the last anchor".into()));
				};
				if anchored.is_some()
					|| record.patient != document.patient
					|| category_name(&record.category) != category_name(&document.category)
				{
					return Err(unexpected(format!("record {}", record.record)));
				}
				anchored = Some(record.record);
			} else if event.as_event::<runtime::utility::events::ItemCompleted>()?.is_some() {
				outcomes.push(
					anchored
						.take()
						.map(|record_id| AnchoredRecord { record_id, block_number })
						.ok_or_else(|| {
							Error::Other(
								"an anchor completed without a RecordAnchored event".into(),
							)
						}),
				);
			} else if event.as_event::<runtime::utility::events::ItemFailed>()?.is_some() {
				// Its one field is the item's `DispatchError`, decoded with the metadata's
				// error types into the pallet's words.
				anchored = None;
				outcomes.push(Err(self.dispatch_error(event.field_bytes())));
			}
		}
		if outcomes.len() != documents.len() {
			return Err(Error::Other(format!(
				"the batch of {} anchors reported {} outcomes",
				documents.len(),
				outcomes.len()
			)));
		}
		Ok(outcomes)
	}

	/// An encoded dispatch error (an event's field), in the pallet's words.
	fn dispatch_error(&self, encoded: &[u8]) -> Error {
		match subxt::error::DispatchError::decode_from(encoded, self.api().metadata()) {
			Ok(decoded) => subxt::Error::Runtime(decoded).into(),
			Err(e) => Error::Other(format!("an undecodable dispatch error: {e}")),
		}
	}
}

/// One document of [`Healthchain::anchor_many`].
#[derive(Debug, Clone)]
pub struct AnchorRequest {
	/// Whose record it is.
	pub patient: AccountId,
	/// Its category.
	pub category: RecordCategory,
	/// The SHA-256 of what is stored (for the gateway, the ciphertext).
	pub sha256: Hash,
	/// Where it is kept.
	pub locator: String,
}

/// A bulk anchor as the chain holds it.
pub type BulkAnchor = runtime::runtime_types::pallet_ehr_anchor::types::BulkAnchor<
	AccountId,
	u32,
	runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec<u8>,
>;

/// What the chain says of a document's place in a bulk anchor.
pub type InclusionVerification =
	runtime::runtime_types::pallet_ehr_anchor::types::InclusionVerification<BulkAnchor>;

/// A bulk anchor the caller made.
#[derive(Debug, Clone, Copy)]
pub struct AnchoredBulk {
	/// Its id.
	pub bulk_id: u64,
	/// The number of the block it was anchored in.
	pub block_number: u32,
}

impl Healthchain {
	/// The chain's `MaxLocatorLength`: an over-long locator would not even decode on chain,
	/// and the node would refuse the transaction with no reason a user could act on.
	/// Checks each of `locators`, the constant read once.
	async fn check_locators<'a>(
		&self,
		locators: impl IntoIterator<Item = &'a str>,
	) -> Result<(), Error> {
		let max =
			self.api().constants().at(&runtime::constants().ehr_anchor().max_locator_length())?;
		for locator in locators {
			if locator.len() > max as usize {
				return Err(Error::Input(format!(
					"the locator is {} bytes; the chain takes at most {max}",
					locator.len()
				)));
			}
		}
		Ok(())
	}

	/// Anchors the Merkle root over `document_count` documents' hashes in one transaction
	/// (signed by an admin, practitioner or device of an active care organisation), with the
	/// locator of the import's manifest.
	pub async fn bulk_anchor(
		&self,
		signer: &Keypair,
		category: RecordCategory,
		merkle_root: Hash,
		document_count: u32,
		manifest_locator: &str,
	) -> Result<AnchoredBulk, Error> {
		self.check_locators([manifest_locator]).await?;
		let call = runtime::tx().ehr_anchor().bulk_anchor(
			category,
			H256(merkle_root),
			document_count,
			runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec(
				manifest_locator.as_bytes().to_vec(),
			),
		);
		let (events, block_hash) = self.submit(&call, signer).await?;
		let anchored =
			events.find_first::<runtime::ehr_anchor::events::BulkAnchored>()?.ok_or_else(|| {
				Error::Other(
					"the bulk anchor was included but emitted no BulkAnchored event".into(),
				)
			})?;
		let block = self.api().blocks().at(block_hash).await?;
		Ok(AnchoredBulk { bulk_id: anchored.bulk, block_number: block.number() })
	}

	/// `EhrAnchorApi::verify_inclusion`: whether `proof` leads from `document_hash` to bulk
	/// anchor `bulk`'s root.
	pub async fn verify_inclusion(
		&self,
		bulk: u64,
		document_hash: Hash,
		proof: &[Hash],
	) -> Result<InclusionVerification, Error> {
		let proof = proof.iter().copied().map(H256).collect();
		let call =
			runtime::apis().ehr_anchor_api().verify_inclusion(bulk, H256(document_hash), proof);
		Ok(self.runtime().await?.call(call).await?)
	}

	/// Asks to read `record` for `purpose` (signed by a member of an active organisation):
	/// the chain checks consent and logs the read in the patient's access log, or refuses.
	/// Answers what permitted it.
	pub async fn request_access(
		&self,
		signer: &Keypair,
		record: u64,
		purpose: PurposeOfUse,
	) -> Result<AccessBasis, Error> {
		let (events, _) = self
			.submit(&runtime::tx().ehr_anchor().request_access(record, purpose), signer)
			.await?;
		let granted = events
			.find_first::<runtime::ehr_anchor::events::AccessGranted>()?
			.ok_or_else(|| {
				Error::Other("the request was included but emitted no AccessGranted event".into())
			})?;
		Ok(granted.basis)
	}

	/// `EhrAnchorApi::record`: record `record` as the chain holds it now.
	pub async fn record(&self, record: u64) -> Result<Option<RecordAnchor>, Error> {
		let call = runtime::apis().ehr_anchor_api().record(record);
		Ok(self.runtime().await?.call(call).await?)
	}

	/// `EhrAnchorApi::hash_anchors`: the records anchored with `hash` (one page, which the
	/// runtime caps at its `MaxPageSize`), organisations' first.
	pub async fn hash_anchors(&self, hash: Hash) -> Result<Vec<(u64, RecordAnchor)>, Error> {
		let call = runtime::apis().ehr_anchor_api().hash_anchors(H256(hash), crate::consent::PAGE);
		Ok(self.runtime().await?.call(call).await?)
	}

	/// The chain's time: the latest block's timestamp (ms since the Unix epoch), the clock
	/// the chain's own entries (access log, grants) are stamped with.
	pub async fn chain_time(&self) -> Result<u64, Error> {
		let storage = self.storage().await?;
		Ok(storage.fetch_or_default(&runtime::storage().timestamp().now()).await?)
	}
}
