//! The anchors' logic: the `do_*` functions behind the calls, and the reads behind the
//! runtime API.
//!
//! Every `do_*` checks everything before it writes anything, so a refused call leaves no
//! trace. No call and no read iterates over all records: each touches the record it names,
//! one record chain (at most `MaxVersions` entries) or one page of a patient's index.

use crate::{
	AccessBasis, AccessRequest, AuthorSide, BulkAnchor, BulkAnchorOf, BulkAnchors, BulkByRoot,
	BulkId, Config, ConsentAction, ConsentError, ConsentProvider, EnteredInErrorReason, Error,
	Event, HashAlgorithm, HashVerification, InclusionVerification, Locator, MemberRole, Membership,
	Moment, NextBulkId, NextRecordId, OrgId, OrgRecordByHash, OrganizationKind,
	OrganizationRegistry, Pallet, PatientRecordByHash, PatientRecordCount, PatientRecords,
	PurposeOfUse, RecordAnchor, RecordAnchorOf, RecordCategory, RecordId, RecordStatus, Records,
	RecordsBySide, RegistryError, Versions, CARE_ORGANIZATIONS, CLINICAL_ROLES, CORRECTING_ROLES,
	IMPORTING_ROLES,
};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get, BoundedVec};
use healthchain_primitives::merkle;
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

/// Where a new record goes in its patient's list, and the counts after it.
struct PatientSlot {
	/// Its index in the patient's list.
	index: u32,
	/// The patient's record count after it.
	record_count: u32,
	/// Its author side's record count for the patient after it.
	side_count: u32,
}

impl<T: Config> Pallet<T> {
	/// Anchors a new record of `category` for `patient`, on behalf of `who`, and returns its
	/// id. If `who` is the patient or a delegate, the record is patient-generated (no
	/// authoring organisation); otherwise `who` must write for a care organisation with the
	/// patient's consent.
	///
	/// # Errors
	///
	/// - [`Error::PatientMayOnlyAnchorPatientGenerated`] if `who` acts for the patient and
	///   `category` is not `PatientGenerated`;
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotACareOrganization`], [`Error::NotAPractitioner`] if `who` does not act as
	///   a `Practitioner` or `Pharmacist` of an active care organisation;
	/// - [`Error::NoConsent`], [`Error::ConsentRevoked`], [`Error::ConsentExpired`],
	///   [`Error::ConsentNotYetValid`] if no consent permits the organisation to write the
	///   patient's records of `category` for treatment;
	/// - [`Error::EmptyLocator`], [`Error::EmptyKeyReference`] for an empty locator or key
	///   reference;
	/// - [`Error::DuplicateContentHash`] if the same author (the organisation, or the
	///   patient's side) already anchored `content_hash` for anyone;
	/// - [`Error::TooManyPatientGeneratedRecords`] or
	///   [`Error::TooManyRecordsFromOrganization`] if this author side's quota for the patient
	///   is used up (another side's is not affected);
	/// - [`Error::Overflow`] if the record ids are exhausted.
	pub fn do_anchor(
		who: T::AccountId,
		patient: T::AccountId,
		category: RecordCategory,
		content_hash: H256,
		algorithm: HashAlgorithm,
		locator: Locator<T>,
		key_reference: Option<Locator<T>>,
	) -> Result<RecordId, DispatchError> {
		let org = Self::ensure_may_anchor(&who, &patient, category)?;
		Self::ensure_new_document(&content_hash, &locator, key_reference.as_ref(), org, &patient)?;
		let (id, next_id) = Self::next_record_id()?;
		let side = match org {
			Some(org) => AuthorSide::Organization(org),
			None => AuthorSide::PatientSide(who.clone()),
		};
		let slot = Self::next_patient_slot(&patient, &side)?;
		let mut versions = BoundedVec::<RecordId, T::MaxVersions>::new();
		versions.try_push(id).map_err(|_| Error::<T>::TooManyVersions)?;

		let record = RecordAnchor {
			patient: patient.clone(),
			author_org: org,
			author: who,
			category,
			content_hash,
			algorithm,
			locator: Some(locator),
			key_reference,
			version: 1,
			previous: None,
			first_version: id,
			superseded_by: None,
			created_block: frame_system::Pallet::<T>::block_number(),
			created_at: Self::now(),
			status: RecordStatus::Active,
			error_reason: None,
		};
		NextRecordId::<T>::put(next_id);
		Self::insert_record(id, &record, slot);
		Versions::<T>::insert(id, versions);
		Self::deposit_event(Event::RecordAnchored { record: id, patient, org, category });
		Ok(id)
	}

	/// Anchors version n+1 of the record whose active version n is `record`, on behalf of
	/// `who`, and returns the new version's id. Version n becomes superseded. The new version
	/// keeps the patient, authoring organisation and category; `who` is its author.
	///
	/// # Errors
	///
	/// - [`Error::UnknownRecord`] if `record` does not exist;
	/// - [`Error::RecordSuperseded`], [`Error::RecordEnteredInError`],
	///   [`Error::RecordErased`] if it is not active;
	/// - for an organisation's record: [`Error::NotAMember`],
	///   [`Error::OrganizationSuspended`], [`Error::NotAuthoringOrganization`],
	///   [`Error::NotACareOrganization`], [`Error::NotAPractitioner`] if `who` does not act as
	///   a `Practitioner` or `Pharmacist` of the authoring organisation, then the consent
	///   errors of [`Self::do_anchor`];
	/// - for a patient-generated record: [`Error::NotPatientOrDelegate`] if `who` does not act
	///   for the patient;
	/// - [`Error::EmptyLocator`], [`Error::EmptyKeyReference`],
	///   [`Error::DuplicateContentHash`] as for [`Self::do_anchor`];
	/// - [`Error::TooManyVersions`] if the record has `MaxVersions` versions;
	/// - [`Error::TooManyPatientGeneratedRecords`],
	///   [`Error::TooManyRecordsFromOrganization`] as for [`Self::do_anchor`];
	/// - [`Error::Overflow`] if the record ids are exhausted or storage is inconsistent.
	pub fn do_amend(
		who: T::AccountId,
		record: RecordId,
		content_hash: H256,
		algorithm: HashAlgorithm,
		locator: Locator<T>,
		key_reference: Option<Locator<T>>,
	) -> Result<RecordId, DispatchError> {
		let mut previous = Records::<T>::get(record).ok_or(Error::<T>::UnknownRecord)?;
		Self::ensure_active(&previous)?;
		Self::ensure_may_amend(&who, &previous)?;
		Self::ensure_new_document(
			&content_hash,
			&locator,
			key_reference.as_ref(),
			previous.author_org,
			&previous.patient,
		)?;
		let (id, next_id) = Self::next_record_id()?;
		let first_version = previous.first_version;
		let mut versions = Versions::<T>::get(first_version).ok_or(Error::<T>::Overflow)?;
		versions.try_push(id).map_err(|_| Error::<T>::TooManyVersions)?;
		let side = match previous.author_org {
			Some(org) => AuthorSide::Organization(org),
			None => AuthorSide::PatientSide(who.clone()),
		};
		let slot = Self::next_patient_slot(&previous.patient, &side)?;
		let version = previous.version.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let amendment = RecordAnchor {
			patient: previous.patient.clone(),
			author_org: previous.author_org,
			author: who,
			category: previous.category,
			content_hash,
			algorithm,
			locator: Some(locator),
			key_reference,
			version,
			previous: Some(record),
			first_version,
			superseded_by: None,
			created_block: frame_system::Pallet::<T>::block_number(),
			created_at: Self::now(),
			status: RecordStatus::Active,
			error_reason: None,
		};
		previous.status = RecordStatus::Superseded;
		previous.superseded_by = Some(id);
		NextRecordId::<T>::put(next_id);
		Records::<T>::insert(record, previous);
		Self::insert_record(id, &amendment, slot);
		Versions::<T>::insert(first_version, versions);
		Self::deposit_event(Event::RecordAmended { record: id, previous: record, version });
		Ok(id)
	}

	/// Marks `record`, an active or superseded version, entered in error for `reason`, on
	/// behalf of `who`. The record stays, as evidence of what was anchored.
	///
	/// # Errors
	///
	/// - [`Error::UnknownRecord`] if `record` does not exist;
	/// - [`Error::AlreadyEnteredInError`] if it is already marked;
	/// - [`Error::RecordErased`] if it was erased;
	/// - for an organisation's record: [`Error::NotAMember`],
	///   [`Error::OrganizationSuspended`], [`Error::NotAuthoringOrganization`],
	///   [`Error::NotACareOrganization`], [`Error::NotAPractitioner`] if `who` does not act as
	///   a `Practitioner`, `Pharmacist` or `Admin` of the authoring organisation;
	/// - for a patient-generated record: [`Error::NotPatientOrDelegate`] if `who` does not act
	///   for the patient.
	pub fn do_mark_entered_in_error(
		who: T::AccountId,
		record: RecordId,
		reason: EnteredInErrorReason,
	) -> DispatchResult {
		let mut anchor = Records::<T>::get(record).ok_or(Error::<T>::UnknownRecord)?;
		match anchor.status {
			RecordStatus::Active | RecordStatus::Superseded => {}
			RecordStatus::EnteredInError => return Err(Error::<T>::AlreadyEnteredInError.into()),
			RecordStatus::Erased => return Err(Error::<T>::RecordErased.into()),
		}
		match anchor.author_org {
			Some(org) => Self::ensure_acting_for_author(&who, org, CORRECTING_ROLES)?,
			None => Self::ensure_patient_or_delegate(&who, &anchor.patient)?,
		}

		anchor.status = RecordStatus::EnteredInError;
		anchor.error_reason = Some(reason);
		Records::<T>::insert(record, anchor);
		Self::deposit_event(Event::RecordEnteredInError { record, reason });
		Ok(())
	}

	/// Erases every version of the record `record` belongs to, on behalf of `who`: each loses
	/// its locator and key reference and becomes `Erased`. The hashes stay, as tombstones:
	/// the chain goes on proving that the documents existed, and no one can anchor them again.
	///
	/// # Errors
	///
	/// - [`Error::UnknownRecord`] if `record` does not exist;
	/// - [`Error::NotPatientOrDelegate`] if `who` does not act for its patient;
	/// - [`Error::AlreadyErased`] if it is already erased;
	/// - [`Error::Overflow`] if storage is inconsistent.
	pub fn do_erase(who: T::AccountId, record: RecordId) -> DispatchResult {
		let anchor = Records::<T>::get(record).ok_or(Error::<T>::UnknownRecord)?;
		Self::ensure_patient_or_delegate(&who, &anchor.patient)?;
		ensure!(anchor.status != RecordStatus::Erased, Error::<T>::AlreadyErased);
		let first_version = anchor.first_version;
		let versions = Versions::<T>::get(first_version).ok_or(Error::<T>::Overflow)?;
		let mut erased = Vec::with_capacity(versions.len());
		for id in versions.iter().copied() {
			let mut version = Records::<T>::get(id).ok_or(Error::<T>::Overflow)?;
			version.locator = None;
			version.key_reference = None;
			version.status = RecordStatus::Erased;
			erased.push((id, version));
		}
		let count = u32::try_from(erased.len()).map_err(|_| Error::<T>::Overflow)?;

		for (id, version) in erased {
			Records::<T>::insert(id, version);
		}
		Self::deposit_event(Event::RecordErased { first_version, versions: count, by: who });
		Ok(())
	}

	/// Anchors a bulk import for the organisation `who` acts for, and returns its id.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotACareOrganization`] if `who` does not act for an active care
	///   organisation;
	/// - [`Error::NotPermittedToImport`] if its role is not `Admin`, `Practitioner` or
	///   `Device`;
	/// - [`Error::EmptyBulk`] if `document_count` is 0;
	/// - [`Error::BulkTooLarge`] if `document_count` exceeds `2^MaxProofDepth`;
	/// - [`Error::EmptyLocator`] if `manifest_locator` is empty;
	/// - [`Error::DuplicateMerkleRoot`] if the organisation already anchored `merkle_root`;
	/// - [`Error::Overflow`] if the bulk ids are exhausted.
	pub fn do_bulk_anchor(
		who: T::AccountId,
		category: RecordCategory,
		merkle_root: H256,
		document_count: u32,
		manifest_locator: Locator<T>,
	) -> Result<BulkId, DispatchError> {
		let membership = Self::acting_as(
			&who,
			CARE_ORGANIZATIONS,
			IMPORTING_ROLES,
			Error::<T>::NotPermittedToImport,
		)?;
		ensure!(document_count > 0, Error::<T>::EmptyBulk);
		let capacity = 2u64.saturating_pow(T::MaxProofDepth::get());
		ensure!(u64::from(document_count) <= capacity, Error::<T>::BulkTooLarge);
		ensure!(!manifest_locator.is_empty(), Error::<T>::EmptyLocator);
		let org = membership.org;
		ensure!(!BulkByRoot::<T>::contains_key(merkle_root, org), Error::<T>::DuplicateMerkleRoot);
		let bulk = NextBulkId::<T>::get();
		let next_bulk = bulk.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let anchor = BulkAnchor {
			org,
			author: who,
			category,
			merkle_root,
			document_count,
			manifest_locator,
			created_block: frame_system::Pallet::<T>::block_number(),
			created_at: Self::now(),
		};
		NextBulkId::<T>::put(next_bulk);
		BulkAnchors::<T>::insert(bulk, anchor);
		BulkByRoot::<T>::insert(merkle_root, org, bulk);
		Self::deposit_event(Event::BulkAnchored { bulk, org, category, document_count });
		Ok(bulk)
	}

	/// Reads `record` for `purpose` on behalf of `who`: asks consent and logs the read in the
	/// patient's access log in one step, and returns what permitted it.
	///
	/// # Errors
	///
	/// - [`Error::UnknownRecord`] if `record` does not exist;
	/// - [`Error::RecordErased`] if it was erased (there is nothing left to read);
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`] if `who` does not act for an
	///   active organisation;
	/// - [`Error::NoConsent`], [`Error::ConsentRevoked`], [`Error::ConsentExpired`],
	///   [`Error::ConsentNotYetValid`] if nothing permits the read;
	/// - [`Error::ReadRateExceeded`] if `who` has used up its reads of this patient's records
	///   for the read-rate period.
	pub fn do_request_access(
		who: T::AccountId,
		record: RecordId,
		purpose: PurposeOfUse,
	) -> Result<AccessBasis, DispatchError> {
		let anchor = Records::<T>::get(record).ok_or(Error::<T>::UnknownRecord)?;
		ensure!(anchor.status != RecordStatus::Erased, Error::<T>::RecordErased);
		let org = Self::acting_as(&who, &[], &[], Error::<T>::NotAPractitioner)?.org;
		let request = AccessRequest {
			patient: anchor.patient,
			accessor: who.clone(),
			organization: Some(org),
			action: ConsentAction::Read,
			category: anchor.category,
			purpose,
		};
		let basis =
			<T::Consent as ConsentProvider<T::AccountId>>::record_read(&request, Some(record))
				.map_err(Self::consent_error)?;

		Self::deposit_event(Event::AccessGranted { record, accessor: who, org, basis });
		Ok(basis)
	}

	/// Record (version) `record`, if it exists.
	pub fn record(record: RecordId) -> Option<RecordAnchorOf<T>> {
		Records::<T>::get(record)
	}

	/// One page of `patient`'s records, newest first, each with its index in the patient's
	/// list: those with an index below `before` (below the patient's record count when
	/// `None`), at most `limit` of them (capped at `MaxPageSize`). The next page starts
	/// before the last index of this one; an empty page ends the listing. Reads only the
	/// page's entries.
	pub fn patient_records(
		patient: &T::AccountId,
		before: Option<u32>,
		limit: u32,
	) -> Vec<(u32, RecordId, RecordAnchorOf<T>)> {
		let count = PatientRecordCount::<T>::get(patient);
		let end = before.map_or(count, |before| before.min(count));
		let start = end.saturating_sub(limit.min(T::MaxPageSize::get()));
		// `page_size` caps in `usize`; here the cap is in the index space.
		(start..end)
			.rev()
			.filter_map(|index| {
				let id = PatientRecords::<T>::get(patient, index)?;
				Records::<T>::get(id).map(|record| (index, id, record))
			})
			.collect()
	}

	/// What the chain knows about the document with hash `content_hash`: the record anchored
	/// with it and where that record stands, or [`HashVerification::Unknown`].
	///
	/// Several authors may have anchored the same hash. An organisation's anchor is the
	/// authority: the earliest one is answered. Only when no organisation anchored it is a
	/// patient-generated anchor answered (the earliest of the first `MaxPageSize` found); its
	/// `author_org` is `None`, and it proves only that that account anchored the hash then.
	/// `other_anchors` counts the rest (up to `MaxPageSize`): a verifier that sees it above 0
	/// knows that other authors claim the document too, and [`Self::hash_anchors`] lists
	/// them all.
	pub fn verify_hash(content_hash: H256) -> HashVerification<RecordAnchorOf<T>> {
		let cap = Self::page_size(u32::MAX);
		let organisations: Vec<RecordId> = OrgRecordByHash::<T>::iter_prefix_values(content_hash)
			.take(cap.saturating_add(1))
			.collect();
		let patients: Vec<RecordId> = PatientRecordByHash::<T>::iter_prefix_values(content_hash)
			.take(cap.saturating_add(1))
			.collect();
		let id = organisations.iter().min().or_else(|| patients.iter().min()).copied();
		let anchors = organisations.len().saturating_add(patients.len());
		let other_anchors = u32::try_from(anchors.saturating_sub(1).min(cap)).unwrap_or(u32::MAX);
		match id.and_then(|id| Records::<T>::get(id).map(|record| (id, record))) {
			Some((record_id, record)) => {
				HashVerification::Known { record_id, status: record.status, record, other_anchors }
			}
			None => HashVerification::Unknown,
		}
	}

	/// Every record anchored with `content_hash`, organisations' anchors first (in record-id
	/// order), then patient-generated ones: at most `limit` (capped at `MaxPageSize`).
	pub fn hash_anchors(content_hash: H256, limit: u32) -> Vec<(RecordId, RecordAnchorOf<T>)> {
		let mut organisations: Vec<RecordId> =
			OrgRecordByHash::<T>::iter_prefix_values(content_hash).collect();
		organisations.sort_unstable();
		organisations
			.into_iter()
			.chain(PatientRecordByHash::<T>::iter_prefix_values(content_hash))
			.take(Self::page_size(limit))
			.filter_map(|id| Records::<T>::get(id).map(|record| (id, record)))
			.collect()
	}

	/// Whether `proof` shows the document with hash `document_hash` to be part of bulk
	/// anchor `bulk`, by the construction of `healthchain_primitives::merkle`. A proof of
	/// more than `MaxProofDepth` hashes is refused without hashing anything.
	pub fn verify_inclusion(
		bulk: BulkId,
		document_hash: H256,
		proof: Vec<H256>,
	) -> InclusionVerification<BulkAnchorOf<T>> {
		let max_depth = usize::try_from(T::MaxProofDepth::get()).unwrap_or(usize::MAX);
		if proof.len() > max_depth {
			return InclusionVerification::ProofTooLong;
		}
		let Some(anchor) = BulkAnchors::<T>::get(bulk) else {
			return InclusionVerification::UnknownBulk;
		};
		if merkle::verify_proof(&anchor.merkle_root, &document_hash, &proof) {
			InclusionVerification::Included { bulk_id: bulk, bulk: anchor }
		} else {
			InclusionVerification::NotIncluded
		}
	}

	/// Every version of the record `record` belongs to, oldest first; empty if `record` does
	/// not exist. At most `MaxVersions` entries.
	pub fn history(record: RecordId) -> Vec<(RecordId, RecordAnchorOf<T>)> {
		let versions = Records::<T>::get(record)
			.and_then(|anchor| Versions::<T>::get(anchor.first_version))
			.unwrap_or_default();
		versions
			.into_iter()
			.filter_map(|id| Records::<T>::get(id).map(|version| (id, version)))
			.collect()
	}

	/// Bulk anchor `bulk`, if it exists.
	pub fn bulk(bulk: BulkId) -> Option<BulkAnchorOf<T>> {
		BulkAnchors::<T>::get(bulk)
	}

	/// Checks the anchors' invariants:
	///
	/// - every record's id is below [`NextRecordId`], its hash leads back to it in its
	///   author's index ([`OrgRecordByHash`] or [`PatientRecordByHash`]), and it is in its
	///   chain's [`Versions`];
	/// - a record has a locator exactly when it is not erased, and an erased record has no
	///   key reference;
	/// - every chain starts with its first version, numbers its versions 1, 2, ... in order,
	///   links each to the one before (`previous`) and after (`superseded_by`), and has at
	///   most one active version, its last;
	/// - every patient's [`PatientRecordCount`] equals its number of [`PatientRecords`]
	///   entries, indexed `0..count`, each of the patient's own records, and every record is
	///   indexed once;
	/// - every bulk anchor's id is below [`NextBulkId`] and its root leads back to it in
	///   [`BulkByRoot`], and the hash indexes name nothing else;
	/// - every patient's [`RecordsBySide`] counts are its records per author side, within
	///   their bounds.
	///
	/// Always compiled, not only under `try-runtime`: the `try_state` hook calls it, and so
	/// do the unit tests and the runtime's call-sequence fuzzer (`runtime/tests/fuzz.rs`),
	/// after every block it applies.
	///
	/// # Errors
	///
	/// A message naming the first invariant found broken.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next_record = NextRecordId::<T>::get();
		let mut record_count: u64 = 0;
		let mut by_side =
			alloc::collections::BTreeMap::<(T::AccountId, AuthorSide<T::AccountId>), u32>::new();
		for (id, record) in Records::<T>::iter() {
			ensure!(id < next_record, "a record's id is not below NextRecordId");
			ensure!(
				Self::indexed_by_hash(&record) == Some(id),
				"a record's content hash does not lead back to it"
			);
			let side = by_side.entry((record.patient.clone(), record.author_side())).or_default();
			*side = side.checked_add(1).ok_or("record count overflows")?;
			ensure!(
				Versions::<T>::get(record.first_version)
					.is_some_and(|versions| versions.contains(&id)),
				"a record is missing from its version chain"
			);
			let erased = record.status == RecordStatus::Erased;
			ensure!(record.locator.is_none() == erased, "a record has a locator iff not erased");
			ensure!(
				!erased || record.key_reference.is_none(),
				"an erased record keeps a key reference"
			);
			record_count = record_count.checked_add(1).ok_or("record count overflows")?;
		}
		for (hash, org, id) in OrgRecordByHash::<T>::iter() {
			ensure!(
				Records::<T>::get(id).is_some_and(|record| {
					record.content_hash == hash && record.author_org == Some(org)
				}),
				"an OrgRecordByHash entry names a record with another hash or author"
			);
		}
		for (hash, patient, id) in PatientRecordByHash::<T>::iter() {
			ensure!(
				Records::<T>::get(id).is_some_and(|record| {
					record.content_hash == hash
						&& record.author_org.is_none()
						&& record.patient == patient
				}),
				"a PatientRecordByHash entry names a record with another hash or author"
			);
		}
		for (patient, side, count) in RecordsBySide::<T>::iter() {
			ensure!(
				by_side.get(&(patient.clone(), side.clone())).copied().unwrap_or_default() == count,
				"a patient's count of records by an author side is wrong"
			);
			let bound = match side {
				AuthorSide::PatientSide(_) => T::MaxPatientGeneratedRecords::get(),
				AuthorSide::Organization(_) => T::MaxRecordsPerOrganization::get(),
			};
			ensure!(count <= bound, "an author side has more records than its bound");
		}
		for ((patient, side), count) in by_side {
			ensure!(
				RecordsBySide::<T>::get(&patient, &side) == count,
				"an author side's records are not counted"
			);
		}

		for (first_version, versions) in Versions::<T>::iter() {
			Self::check_chain(first_version, &versions)?;
		}

		let mut indexed: u64 = 0;
		for (patient, count) in PatientRecordCount::<T>::iter() {
			let mut entries: u32 = 0;
			for (index, id) in PatientRecords::<T>::iter_prefix(&patient) {
				ensure!(index < count, "a patient's record index is not below its count");
				ensure!(
					Records::<T>::get(id).is_some_and(|record| record.patient == patient),
					"a patient's index names a record of another patient"
				);
				entries = entries.checked_add(1).ok_or("index count overflows")?;
			}
			ensure!(entries == count, "a patient's record count differs from its index");
			indexed = indexed.checked_add(u64::from(count)).ok_or("index count overflows")?;
		}
		for (patient, index) in PatientRecords::<T>::iter_keys() {
			ensure!(
				index < PatientRecordCount::<T>::get(&patient),
				"a PatientRecords entry lies beyond its patient's count"
			);
		}
		ensure!(indexed == record_count, "not every record is indexed once for its patient");

		let next_bulk = NextBulkId::<T>::get();
		for (bulk, anchor) in BulkAnchors::<T>::iter() {
			ensure!(bulk < next_bulk, "a bulk anchor's id is not below NextBulkId");
			ensure!(anchor.document_count > 0, "a bulk anchor holds no documents");
			ensure!(
				BulkByRoot::<T>::get(anchor.merkle_root, anchor.org) == Some(bulk),
				"a bulk anchor's root does not lead back to it"
			);
		}
		for (root, org, bulk) in BulkByRoot::<T>::iter() {
			ensure!(
				BulkAnchors::<T>::get(bulk)
					.is_some_and(|anchor| anchor.merkle_root == root && anchor.org == org),
				"a BulkByRoot entry names a bulk anchor with another root or importer"
			);
		}
		Ok(())
	}

	/// Checks one version chain: see [`Self::do_try_state`].
	fn check_chain(first_version: RecordId, versions: &[RecordId]) -> DispatchResult {
		ensure!(
			versions.first() == Some(&first_version),
			"a version chain does not start with its first version"
		);
		let mut previous: Option<(RecordId, RecordAnchorOf<T>)> = None;
		let mut number: u32 = 0;
		for id in versions.iter().copied() {
			let record = Records::<T>::get(id).ok_or("a version chain names a missing record")?;
			number = number.checked_add(1).ok_or("version number overflows")?;
			ensure!(record.first_version == first_version, "a version names another chain");
			ensure!(record.version == number, "a version's number is not its place in its chain");
			ensure!(
				record.previous == previous.as_ref().map(|(id, _)| *id),
				"a version's previous is not the version before it"
			);
			if let Some((_, before)) = &previous {
				ensure!(
					before.superseded_by == Some(id),
					"a version is not superseded by the version after it"
				);
				ensure!(before.status != RecordStatus::Active, "an earlier version is active");
			}
			previous = Some((id, record));
		}
		if let Some((_, last)) = previous {
			ensure!(last.superseded_by.is_none(), "a chain's last version is superseded");
		}
		Ok(())
	}

	/// The organisation `who` anchors a record of `category` for `patient` for: `None` for
	/// the patient side, else the care organisation it writes for with the patient's consent.
	fn ensure_may_anchor(
		who: &T::AccountId,
		patient: &T::AccountId,
		category: RecordCategory,
	) -> Result<Option<OrgId>, DispatchError> {
		if Self::acts_for_patient(who, patient) {
			ensure!(
				category == RecordCategory::PatientGenerated,
				Error::<T>::PatientMayOnlyAnchorPatientGenerated
			);
			return Ok(None);
		}
		let membership =
			Self::acting_as(who, CARE_ORGANIZATIONS, CLINICAL_ROLES, Error::<T>::NotAPractitioner)?;
		Self::ensure_write_consent(who, patient, membership.org, category)?;
		Ok(Some(membership.org))
	}

	/// Checks `who` may amend `record`: the authoring organisation's clinician, with the
	/// patient's consent still in force, or the patient side for patient-generated data.
	fn ensure_may_amend(who: &T::AccountId, record: &RecordAnchorOf<T>) -> DispatchResult {
		match record.author_org {
			Some(org) => {
				Self::ensure_acting_for_author(who, org, CLINICAL_ROLES)?;
				Self::ensure_write_consent(who, &record.patient, org, record.category)
			}
			None => Self::ensure_patient_or_delegate(who, &record.patient),
		}
	}

	/// Checks `who` acts for the authoring organisation `org`, still a care organisation, in
	/// one of `roles`.
	fn ensure_acting_for_author(
		who: &T::AccountId,
		org: OrgId,
		roles: &[MemberRole],
	) -> DispatchResult {
		let membership = Self::acting_as(who, &[], &[], Error::<T>::NotAPractitioner)?;
		ensure!(membership.org == org, Error::<T>::NotAuthoringOrganization);
		ensure!(CARE_ORGANIZATIONS.contains(&membership.kind), Error::<T>::NotACareOrganization);
		ensure!(roles.contains(&membership.role), Error::<T>::NotAPractitioner);
		Ok(())
	}

	/// Checks consent permits `org`'s member `who` to write `patient`'s records of
	/// `category` for treatment.
	fn ensure_write_consent(
		who: &T::AccountId,
		patient: &T::AccountId,
		org: OrgId,
		category: RecordCategory,
	) -> DispatchResult {
		let request = AccessRequest {
			patient: patient.clone(),
			accessor: who.clone(),
			organization: Some(org),
			action: ConsentAction::Write,
			category,
			purpose: PurposeOfUse::Treatment,
		};
		<T::Consent as ConsentProvider<T::AccountId>>::permission(&request)
			.map_err(Self::consent_error)?;
		Ok(())
	}

	/// Checks `who` is `patient` or one of its delegates.
	fn ensure_patient_or_delegate(who: &T::AccountId, patient: &T::AccountId) -> DispatchResult {
		ensure!(Self::acts_for_patient(who, patient), Error::<T>::NotPatientOrDelegate);
		Ok(())
	}

	/// Whether `who` is `patient` or one of its delegates.
	fn acts_for_patient(who: &T::AccountId, patient: &T::AccountId) -> bool {
		if who == patient {
			return true;
		}
		<T::Consent as ConsentProvider<T::AccountId>>::acts_for_patient(who, patient)
	}

	/// Checks `record` is its chain's active version.
	fn ensure_active(record: &RecordAnchorOf<T>) -> DispatchResult {
		match record.status {
			RecordStatus::Active => Ok(()),
			RecordStatus::Superseded => Err(Error::<T>::RecordSuperseded.into()),
			RecordStatus::EnteredInError => Err(Error::<T>::RecordEnteredInError.into()),
			RecordStatus::Erased => Err(Error::<T>::RecordErased.into()),
		}
	}

	/// Checks a new document of `patient` by the author side `author_org` (`None`: the
	/// patient's side): non-empty locator and key reference, a hash this author never
	/// anchored.
	fn ensure_new_document(
		content_hash: &H256,
		locator: &Locator<T>,
		key_reference: Option<&Locator<T>>,
		author_org: Option<OrgId>,
		patient: &T::AccountId,
	) -> DispatchResult {
		ensure!(!locator.is_empty(), Error::<T>::EmptyLocator);
		if let Some(key_reference) = key_reference {
			ensure!(!key_reference.is_empty(), Error::<T>::EmptyKeyReference);
		}
		let anchored = match author_org {
			Some(org) => OrgRecordByHash::<T>::contains_key(content_hash, org),
			None => PatientRecordByHash::<T>::contains_key(content_hash, patient),
		};
		ensure!(!anchored, Error::<T>::DuplicateContentHash);
		Ok(())
	}

	/// The record its author's hash index names for `record`'s content hash.
	fn indexed_by_hash(record: &RecordAnchorOf<T>) -> Option<RecordId> {
		match record.author_org {
			Some(org) => OrgRecordByHash::<T>::get(record.content_hash, org),
			None => PatientRecordByHash::<T>::get(record.content_hash, &record.patient),
		}
	}

	/// The id the next record gets, and the one after it.
	fn next_record_id() -> Result<(RecordId, RecordId), DispatchError> {
		let id = NextRecordId::<T>::get();
		let next_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Ok((id, next_id))
	}

	/// Where `patient`'s next record by the author side `side` goes, if that side has room
	/// for it: each side has its own quota, so no side can fill another's.
	fn next_patient_slot(
		patient: &T::AccountId,
		side: &AuthorSide<T::AccountId>,
	) -> Result<PatientSlot, DispatchError> {
		let side_count = RecordsBySide::<T>::get(patient, side);
		let (bound, full) = match side {
			AuthorSide::PatientSide(_) => {
				(T::MaxPatientGeneratedRecords::get(), Error::<T>::TooManyPatientGeneratedRecords)
			}
			AuthorSide::Organization(_) => {
				(T::MaxRecordsPerOrganization::get(), Error::<T>::TooManyRecordsFromOrganization)
			}
		};
		ensure!(side_count < bound, full);
		let index = PatientRecordCount::<T>::get(patient);
		Ok(PatientSlot {
			index,
			record_count: index.checked_add(1).ok_or(Error::<T>::Overflow)?,
			side_count: side_count.checked_add(1).ok_or(Error::<T>::Overflow)?,
		})
	}

	/// Stores the new record `record` under `id`, with its hash in its author's index and its
	/// place `slot` in its patient's list.
	fn insert_record(id: RecordId, record: &RecordAnchorOf<T>, slot: PatientSlot) {
		match record.author_org {
			Some(org) => OrgRecordByHash::<T>::insert(record.content_hash, org, id),
			None => PatientRecordByHash::<T>::insert(record.content_hash, &record.patient, id),
		}
		RecordsBySide::<T>::insert(&record.patient, record.author_side(), slot.side_count);
		PatientRecordCount::<T>::insert(&record.patient, slot.record_count);
		PatientRecords::<T>::insert(&record.patient, slot.index, id);
		Records::<T>::insert(id, record);
	}

	/// `limit`, capped at `MaxPageSize`.
	fn page_size(limit: u32) -> usize {
		usize::try_from(limit.min(T::MaxPageSize::get())).unwrap_or(usize::MAX)
	}

	/// Now, in milliseconds since the Unix epoch.
	fn now() -> Moment {
		<T::Time as frame_support::traits::Time>::now()
	}

	/// The membership `who` acts in, for an active organisation of one of `kinds` in one of
	/// `roles` (an empty slice accepts any); `wrong_role` is the error for another role.
	fn acting_as(
		who: &T::AccountId,
		kinds: &[OrganizationKind],
		roles: &[MemberRole],
		wrong_role: Error<T>,
	) -> Result<Membership, Error<T>> {
		<T::Registry as OrganizationRegistry<T::AccountId>>::ensure_acting_as(who, kinds, roles)
			.map_err(|error| Self::registry_error(error, wrong_role))
	}

	/// This pallet's error for a registry refusal; `wrong_role` is the one for a role the
	/// call does not accept.
	fn registry_error(error: RegistryError, wrong_role: Error<T>) -> Error<T> {
		match error {
			RegistryError::NotAMember => Error::<T>::NotAMember,
			RegistryError::OrganizationSuspended => Error::<T>::OrganizationSuspended,
			RegistryError::WrongOrganizationKind => Error::<T>::NotACareOrganization,
			RegistryError::WrongRole => wrong_role,
		}
	}

	/// This pallet's error for a consent refusal.
	fn consent_error(error: ConsentError) -> Error<T> {
		match error {
			ConsentError::NoConsent => Error::<T>::NoConsent,
			ConsentError::ConsentRevoked => Error::<T>::ConsentRevoked,
			ConsentError::ConsentExpired => Error::<T>::ConsentExpired,
			ConsentError::ConsentNotYetValid => Error::<T>::ConsentNotYetValid,
			ConsentError::ReadRateExceeded => Error::<T>::ReadRateExceeded,
		}
	}
}
