//! The anchors' behaviour, one test per behaviour.

use crate::{
	mock::*, AccessBasis, AuthorSide, BulkAnchor, BulkByRoot, ConsentAction, EnteredInErrorReason,
	Error, Event, HashAlgorithm, HashVerification, InclusionVerification, Locator, MemberRole,
	NextBulkId, NextRecordId, OrgId, OrgRecordByHash, OrganizationKind, PatientRecordByHash,
	PatientRecordCount, PatientRecords, PurposeOfUse, RecordAnchor, RecordAnchorOf, RecordCategory,
	RecordId, RecordStatus, Records, RecordsBySide, Versions,
};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::IntegrityTest};
use healthchain_primitives::{
	merkle,
	testing::{MockConsent, MockGrantState, MockRead, MockRegistry},
	ConsentId,
};
use sp_core::H256;
use sp_runtime::{traits::BadOrigin, DispatchResult};

const PATIENT: u64 = 1;
const DELEGATE: u64 = 2;
const OTHER_PATIENT: u64 = 3;
/// A practitioner of `HOSPITAL`.
const DOCTOR: u64 = 10;
/// Another practitioner of `HOSPITAL`.
const COLLEAGUE: u64 = 11;
const HOSPITAL_ADMIN: u64 = 12;
const HOSPITAL_AUDITOR: u64 = 13;
/// `HOSPITAL`'s import job.
const IMPORT_DEVICE: u64 = 14;
const PHARMACIST: u64 = 20;
const CLINIC_DOCTOR: u64 = 30;
/// A practitioner (say, a company physician) of a medicine manufacturer.
const MANUFACTURER_STAFF: u64 = 40;
const INSURER_CLERK: u64 = 50;
/// An account that belongs to no organisation and acts for no patient.
const STRANGER: u64 = 99;

const HOSPITAL: OrgId = 1;
const PHARMACY: OrgId = 2;
const CLINIC: OrgId = 3;
const MANUFACTURER: OrgId = 4;
const INSURER: OrgId = 5;

/// A second timestamp, one block (6 s) after `NOW`.
const LATER: u64 = 1_767_225_606_000;

/// The consortium of the tests, in the test doubles: a hospital (practitioners, admin,
/// auditor, import device), a pharmacy, a clinic, a manufacturer and an insurer; `DELEGATE`
/// acts for `PATIENT`; the hospital may write all of `PATIENT`'s records for treatment.
fn consortium() {
	let hospital = OrganizationKind::Hospital;
	MockRegistry::set(DOCTOR, HOSPITAL, hospital, MemberRole::Practitioner);
	MockRegistry::set(COLLEAGUE, HOSPITAL, hospital, MemberRole::Practitioner);
	MockRegistry::set(HOSPITAL_ADMIN, HOSPITAL, hospital, MemberRole::Admin);
	MockRegistry::set(HOSPITAL_AUDITOR, HOSPITAL, hospital, MemberRole::Auditor);
	MockRegistry::set(IMPORT_DEVICE, HOSPITAL, hospital, MemberRole::Device);
	MockRegistry::set(PHARMACIST, PHARMACY, OrganizationKind::Pharmacy, MemberRole::Pharmacist);
	MockRegistry::set(CLINIC_DOCTOR, CLINIC, OrganizationKind::Clinic, MemberRole::Practitioner);
	MockRegistry::set(
		MANUFACTURER_STAFF,
		MANUFACTURER,
		OrganizationKind::Manufacturer,
		MemberRole::Practitioner,
	);
	MockRegistry::set(INSURER_CLERK, INSURER, OrganizationKind::Insurer, MemberRole::Auditor);
	MockConsent::add_delegate(PATIENT, DELEGATE);
	write_consent(HOSPITAL, None);
}

/// Fresh test externalities with the consortium set up.
fn consortium_ext() -> sp_io::TestExternalities {
	let ext = new_test_ext();
	consortium();
	ext
}

/// Consent for `org`'s members to write `PATIENT`'s records of `category` (`None`: all) for
/// treatment.
fn write_consent(org: OrgId, category: Option<RecordCategory>) -> ConsentId {
	MockConsent::grant_to_organization(
		PATIENT,
		org,
		ConsentAction::Write,
		category,
		PurposeOfUse::Treatment,
	)
}

/// Consent for `org`'s members to read all of `PATIENT`'s records for `purpose`.
fn read_consent(org: OrgId, purpose: PurposeOfUse) -> ConsentId {
	MockConsent::grant_to_organization(PATIENT, org, ConsentAction::Read, None, purpose)
}

/// The content hash of test document `byte`.
fn hash(byte: u8) -> H256 {
	H256::repeat_byte(byte)
}

/// The locator of test document `byte`.
fn locator(byte: u8) -> Locator<Test> {
	Locator::<Test>::try_from(vec![byte; 16]).expect("16 bytes fit MaxLocatorLength")
}

/// The key reference of test document `byte`.
fn key(byte: u8) -> Locator<Test> {
	Locator::<Test>::try_from(vec![byte; 8]).expect("8 bytes fit MaxLocatorLength")
}

/// `who` anchors test document `byte` for `patient` as a record of `category`.
fn anchor_by(who: u64, patient: u64, category: RecordCategory, byte: u8) -> DispatchResult {
	EhrAnchor::anchor(
		RuntimeOrigin::signed(who),
		patient,
		category,
		hash(byte),
		HashAlgorithm::Sha2_256,
		locator(byte),
		Some(key(byte)),
	)
}

/// `who` amends `record` with test document `byte`.
fn amend_by(who: u64, record: RecordId, byte: u8) -> DispatchResult {
	EhrAnchor::amend(
		RuntimeOrigin::signed(who),
		record,
		hash(byte),
		HashAlgorithm::Blake2_256,
		locator(byte),
		Some(key(byte)),
	)
}

/// `who` anchors test document `byte` for `PATIENT`, which must succeed; returns the id.
fn anchored(who: u64, category: RecordCategory, byte: u8) -> RecordId {
	let id = NextRecordId::<Test>::get();
	assert_ok!(anchor_by(who, PATIENT, category, byte));
	id
}

/// `DOCTOR` anchors `PATIENT`'s clinical note `byte`; returns its id.
fn clinical_note(byte: u8) -> RecordId {
	anchored(DOCTOR, RecordCategory::ClinicalNote, byte)
}

/// `PATIENT` anchors patient-generated document `byte`; returns its id.
fn patient_note(byte: u8) -> RecordId {
	anchored(PATIENT, RecordCategory::PatientGenerated, byte)
}

/// `who` amends `record` with document `byte`, which must succeed; returns the new version.
fn amended(who: u64, record: RecordId, byte: u8) -> RecordId {
	let id = NextRecordId::<Test>::get();
	assert_ok!(amend_by(who, record, byte));
	id
}

/// `who` marks `record` entered in error.
fn mark_by(who: u64, record: RecordId) -> DispatchResult {
	EhrAnchor::mark_entered_in_error(
		RuntimeOrigin::signed(who),
		record,
		EnteredInErrorReason::WrongDocument,
	)
}

/// `who` erases `record`.
fn erase_by(who: u64, record: RecordId) -> DispatchResult {
	EhrAnchor::erase(RuntimeOrigin::signed(who), record)
}

/// `who` anchors a bulk import of `document_count` laboratory reports under `root`.
fn bulk_by(who: u64, root: H256, document_count: u32) -> DispatchResult {
	EhrAnchor::bulk_anchor(
		RuntimeOrigin::signed(who),
		RecordCategory::LaboratoryReport,
		root,
		document_count,
		locator(0xb0),
	)
}

/// `who` asks to read `record` for treatment.
fn read_by(who: u64, record: RecordId) -> DispatchResult {
	EhrAnchor::request_access(RuntimeOrigin::signed(who), record, PurposeOfUse::Treatment)
}

/// Record `id`, which must exist.
fn record(id: RecordId) -> RecordAnchorOf<Test> {
	EhrAnchor::record(id).expect("the record exists")
}

/// The status of record `id`, which must exist.
fn status(id: RecordId) -> RecordStatus {
	record(id).status
}

/// The last event must be `event`.
fn assert_event(event: Event<Test>) {
	System::assert_last_event(event.into());
}

/// One page of `PATIENT`'s records, as (index, record id) pairs.
fn page(before: Option<u32>, limit: u32) -> Vec<(u32, RecordId)> {
	EhrAnchor::patient_records(&PATIENT, before, limit)
		.into_iter()
		.map(|(index, id, _record)| (index, id))
		.collect()
}

/// The record ids of `record`'s version history, oldest first.
fn history(record: RecordId) -> Vec<RecordId> {
	EhrAnchor::history(record).into_iter().map(|(id, _record)| id).collect()
}

/// Ten test documents for bulk imports.
fn documents() -> Vec<H256> {
	(0x40..0x4a).map(H256::repeat_byte).collect()
}

// --- anchor ---

#[test]
fn practitioner_anchors_record_with_consent() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);

		assert_eq!(id, 0);
		assert_eq!(
			record(id),
			RecordAnchor {
				patient: PATIENT,
				author_org: Some(HOSPITAL),
				author: DOCTOR,
				category: RecordCategory::ClinicalNote,
				content_hash: hash(1),
				algorithm: HashAlgorithm::Sha2_256,
				locator: Some(locator(1)),
				key_reference: Some(key(1)),
				version: 1,
				previous: None,
				first_version: id,
				superseded_by: None,
				created_block: 1,
				created_at: NOW,
				status: RecordStatus::Active,
				error_reason: None,
			}
		);
		assert_eq!(NextRecordId::<Test>::get(), 1);
		assert_eq!(OrgRecordByHash::<Test>::get(hash(1), HOSPITAL), Some(id));
		assert_eq!(PatientRecordCount::<Test>::get(PATIENT), 1);
		assert_eq!(PatientRecords::<Test>::get(PATIENT, 0), Some(id));
		assert_eq!(Versions::<Test>::get(id).map(|versions| versions.into_inner()), Some(vec![id]));
		assert_event(Event::RecordAnchored {
			record: id,
			patient: PATIENT,
			org: Some(HOSPITAL),
			category: RecordCategory::ClinicalNote,
		});
	});
}

#[test]
fn pharmacist_anchors_prescription_with_category_consent() {
	consortium_ext().execute_with(|| {
		write_consent(PHARMACY, Some(RecordCategory::Prescription));

		let id = anchored(PHARMACIST, RecordCategory::Prescription, 1);

		assert_eq!(record(id).author_org, Some(PHARMACY));
		assert_eq!(record(id).author, PHARMACIST);
		assert_event(Event::RecordAnchored {
			record: id,
			patient: PATIENT,
			org: Some(PHARMACY),
			category: RecordCategory::Prescription,
		});
	});
}

#[test]
fn patient_anchors_patient_generated_record() {
	consortium_ext().execute_with(|| {
		assert_ok!(EhrAnchor::anchor(
			RuntimeOrigin::signed(PATIENT),
			PATIENT,
			RecordCategory::PatientGenerated,
			hash(1),
			HashAlgorithm::Blake2_256,
			locator(1),
			None
		));

		let anchor = record(0);
		assert_eq!(anchor.author_org, None);
		assert_eq!(anchor.author, PATIENT);
		assert_eq!(anchor.algorithm, HashAlgorithm::Blake2_256);
		assert_eq!(anchor.key_reference, None);
		assert_event(Event::RecordAnchored {
			record: 0,
			patient: PATIENT,
			org: None,
			category: RecordCategory::PatientGenerated,
		});
	});
}

#[test]
fn delegate_anchors_patient_generated_record_for_patient() {
	consortium_ext().execute_with(|| {
		let id = anchored(DELEGATE, RecordCategory::PatientGenerated, 1);

		assert_eq!(record(id).patient, PATIENT);
		assert_eq!(record(id).author, DELEGATE);
		assert_eq!(record(id).author_org, None);
	});
}

#[test]
fn anchor_requires_signed_origin() {
	consortium_ext().execute_with(|| {
		assert_noop!(
			EhrAnchor::anchor(
				RuntimeOrigin::none(),
				PATIENT,
				RecordCategory::PatientGenerated,
				hash(1),
				HashAlgorithm::Sha2_256,
				locator(1),
				None
			),
			BadOrigin
		);
	});
}

#[test]
fn patient_side_may_only_anchor_patient_generated_records() {
	consortium_ext().execute_with(|| {
		for who in [PATIENT, DELEGATE] {
			assert_noop!(
				anchor_by(who, PATIENT, RecordCategory::ClinicalNote, 1),
				Error::<Test>::PatientMayOnlyAnchorPatientGenerated
			);
		}
	});
}

#[test]
fn anchor_by_non_member_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(
			anchor_by(STRANGER, PATIENT, RecordCategory::ClinicalNote, 1),
			Error::<Test>::NotAMember
		);
		// Patient-generated data of another patient is not the stranger's to anchor either.
		assert_noop!(
			anchor_by(OTHER_PATIENT, PATIENT, RecordCategory::PatientGenerated, 1),
			Error::<Test>::NotAMember
		);
	});
}

#[test]
fn anchor_by_suspended_organization_fails() {
	consortium_ext().execute_with(|| {
		MockRegistry::suspend(HOSPITAL);

		assert_noop!(
			anchor_by(DOCTOR, PATIENT, RecordCategory::ClinicalNote, 1),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn anchor_by_non_care_organization_fails() {
	consortium_ext().execute_with(|| {
		write_consent(MANUFACTURER, None);

		assert_noop!(
			anchor_by(MANUFACTURER_STAFF, PATIENT, RecordCategory::ClinicalNote, 1),
			Error::<Test>::NotACareOrganization
		);
	});
}

#[test]
fn anchor_by_non_clinical_role_fails() {
	consortium_ext().execute_with(|| {
		for who in [HOSPITAL_ADMIN, HOSPITAL_AUDITOR, IMPORT_DEVICE] {
			assert_noop!(
				anchor_by(who, PATIENT, RecordCategory::ClinicalNote, 1),
				Error::<Test>::NotAPractitioner
			);
		}
	});
}

#[test]
fn anchor_without_consent_fails() {
	consortium_ext().execute_with(|| {
		// No grant to the pharmacy at all.
		assert_noop!(
			anchor_by(PHARMACIST, PATIENT, RecordCategory::Prescription, 1),
			Error::<Test>::NoConsent
		);
		// A grant for another category, or to read only, does not let it write.
		write_consent(PHARMACY, Some(RecordCategory::Immunization));
		read_consent(PHARMACY, PurposeOfUse::Treatment);
		assert_noop!(
			anchor_by(PHARMACIST, PATIENT, RecordCategory::Prescription, 1),
			Error::<Test>::NoConsent
		);
		// The hospital's grant is for `PATIENT` only.
		assert_noop!(
			anchor_by(DOCTOR, OTHER_PATIENT, RecordCategory::ClinicalNote, 1),
			Error::<Test>::NoConsent
		);
	});
}

#[test]
fn anchor_with_revoked_expired_or_future_consent_fails() {
	for (state, error) in [
		(MockGrantState::Revoked, Error::<Test>::ConsentRevoked),
		(MockGrantState::Expired, Error::<Test>::ConsentExpired),
		(MockGrantState::NotYetValid, Error::<Test>::ConsentNotYetValid),
	] {
		consortium_ext().execute_with(|| {
			let grant = write_consent(PHARMACY, None);
			MockConsent::set_state(grant, state);

			assert_noop!(anchor_by(PHARMACIST, PATIENT, RecordCategory::Prescription, 1), error);
		});
	}
}

#[test]
fn anchor_with_empty_locator_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(
			EhrAnchor::anchor(
				RuntimeOrigin::signed(DOCTOR),
				PATIENT,
				RecordCategory::ClinicalNote,
				hash(1),
				HashAlgorithm::Sha2_256,
				Locator::<Test>::default(),
				None
			),
			Error::<Test>::EmptyLocator
		);
	});
}

#[test]
fn anchor_with_empty_key_reference_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(
			EhrAnchor::anchor(
				RuntimeOrigin::signed(DOCTOR),
				PATIENT,
				RecordCategory::ClinicalNote,
				hash(1),
				HashAlgorithm::Sha2_256,
				locator(1),
				Some(Locator::<Test>::default())
			),
			Error::<Test>::EmptyKeyReference
		);
	});
}

// The hash index used to be global: one author's anchor blocked every other author's.
// Duplicates are now refused within one author: the same organisation, or the same patient's
// side.
#[test]
fn the_same_author_cannot_anchor_a_hash_twice() {
	consortium_ext().execute_with(|| {
		clinical_note(1);
		patient_note(2);

		// The hospital, for whichever patient.
		MockConsent::grant_to_organization(
			OTHER_PATIENT,
			HOSPITAL,
			ConsentAction::Write,
			None,
			PurposeOfUse::Treatment,
		);
		assert_noop!(
			anchor_by(DOCTOR, PATIENT, RecordCategory::DischargeSummary, 1),
			Error::<Test>::DuplicateContentHash
		);
		assert_noop!(
			anchor_by(COLLEAGUE, OTHER_PATIENT, RecordCategory::ClinicalNote, 1),
			Error::<Test>::DuplicateContentHash
		);
		// The patient's side, whoever signs for it.
		assert_noop!(
			anchor_by(DELEGATE, PATIENT, RecordCategory::PatientGenerated, 2),
			Error::<Test>::DuplicateContentHash
		);
	});
}

// A stranger who saw the hospital's anchor in the pool used to front-run it with the same hash
// as its own patient-generated record: the hospital's call failed and `verify_hash` credited
// the stranger.
#[test]
fn a_stranger_cannot_pre_empt_an_organisations_anchor() {
	consortium_ext().execute_with(|| {
		let front_run = NextRecordId::<Test>::get();
		assert_ok!(anchor_by(STRANGER, STRANGER, RecordCategory::PatientGenerated, 1));

		let id = clinical_note(1);

		match EhrAnchor::verify_hash(hash(1)) {
			HashVerification::Known { record_id, record, other_anchors, .. } => {
				assert_eq!(record_id, id);
				assert_eq!(record.author_org, Some(HOSPITAL));
				assert_eq!(record.patient, PATIENT);
				// The stranger's copy is not hidden: the verifier is told another claim exists.
				assert_eq!(other_anchors, 1);
			}
			HashVerification::Unknown => panic!("the hospital's anchor verifies"),
		}
		let anchors: Vec<_> = EhrAnchor::hash_anchors(hash(1), 10)
			.into_iter()
			.map(|(id, r)| (id, r.author_org))
			.collect();
		assert_eq!(anchors, vec![(id, Some(HOSPITAL)), (front_run, None)]);
	});
}

#[test]
fn another_organisation_cannot_pre_empt_or_take_over_an_anchor() {
	consortium_ext().execute_with(|| {
		MockConsent::grant_to_organization(
			OTHER_PATIENT,
			CLINIC,
			ConsentAction::Write,
			None,
			PurposeOfUse::Treatment,
		);
		assert_ok!(anchor_by(CLINIC_DOCTOR, OTHER_PATIENT, RecordCategory::ClinicalNote, 1));
		let clinic_first = NextRecordId::<Test>::get() - 1;

		let id = clinical_note(1);

		// The earliest organisation's anchor answers, and says another organisation claims the
		// document too; the list shows both. (Organisations are registered and accountable: a
		// dispute between two is for governance, and no verifier is misled into one answer.)
		assert!(matches!(
			EhrAnchor::verify_hash(hash(1)),
			HashVerification::Known { record_id, other_anchors: 1, .. } if record_id == clinic_first
		));
		let anchors: Vec<_> =
			EhrAnchor::hash_anchors(hash(1), 10).into_iter().map(|(id, _)| id).collect();
		assert_eq!(anchors, vec![clinic_first, id]);
	});
}

#[test]
fn a_patient_generated_anchor_verifies_when_no_organisation_anchored_the_hash() {
	consortium_ext().execute_with(|| {
		let note = patient_note(1);

		match EhrAnchor::verify_hash(hash(1)) {
			HashVerification::Known { record_id, record, .. } => {
				assert_eq!(record_id, note);
				assert_eq!(record.author_org, None);
			}
			HashVerification::Unknown => panic!("the patient's anchor verifies"),
		}
		assert_eq!(PatientRecordByHash::<Test>::get(hash(1), PATIENT), Some(note));
	});
}

// A delegate used to fill `MaxRecordsPerPatient` with patient-generated records, after which no
// hospital, nor the patient, could anchor for the patient.
#[test]
fn a_delegate_filling_its_quota_stops_neither_the_patient_nor_organisations() {
	consortium_ext().execute_with(|| {
		for byte in 1..=4 {
			assert_ok!(anchor_by(DELEGATE, PATIENT, RecordCategory::PatientGenerated, byte));
		}
		// Erased records still count: erasure keeps their tombstones.
		let erased = PatientRecords::<Test>::get(PATIENT, 0).expect("the first record is indexed");
		assert_ok!(erase_by(PATIENT, erased));

		assert_noop!(
			anchor_by(DELEGATE, PATIENT, RecordCategory::PatientGenerated, 5),
			Error::<Test>::TooManyPatientGeneratedRecords
		);
		// The patient's own quota is its own, and the hospital anchors on.
		assert_ok!(anchor_by(PATIENT, PATIENT, RecordCategory::PatientGenerated, 6));
		assert_ok!(anchor_by(DOCTOR, PATIENT, RecordCategory::ClinicalNote, 7));
		assert_eq!(RecordsBySide::<Test>::get(PATIENT, AuthorSide::PatientSide(DELEGATE)), 4);
		assert_eq!(RecordsBySide::<Test>::get(PATIENT, AuthorSide::PatientSide(PATIENT)), 1);
		assert_eq!(RecordsBySide::<Test>::get(PATIENT, AuthorSide::Organization(HOSPITAL)), 1);
	});
}

#[test]
fn an_organisation_filling_its_quota_does_not_stop_other_organisations() {
	consortium_ext().execute_with(|| {
		for byte in 1..=4 {
			clinical_note(byte);
		}

		assert_noop!(
			anchor_by(DOCTOR, PATIENT, RecordCategory::ClinicalNote, 5),
			Error::<Test>::TooManyRecordsFromOrganization
		);
		// Another organisation with consent, and the patient's side, are not affected.
		MockConsent::grant_to_organization(
			PATIENT,
			CLINIC,
			ConsentAction::Write,
			None,
			PurposeOfUse::Treatment,
		);
		assert_ok!(anchor_by(CLINIC_DOCTOR, PATIENT, RecordCategory::ClinicalNote, 6));
		assert_ok!(anchor_by(PATIENT, PATIENT, RecordCategory::PatientGenerated, 7));
		// Nor other patients.
		assert_ok!(anchor_by(OTHER_PATIENT, OTHER_PATIENT, RecordCategory::PatientGenerated, 8));
		assert_eq!(PatientRecordCount::<Test>::get(PATIENT), 6);
	});
}

#[test]
fn anchor_fails_when_record_ids_are_exhausted() {
	consortium_ext().execute_with(|| {
		NextRecordId::<Test>::put(RecordId::MAX);

		assert_noop!(
			anchor_by(DOCTOR, PATIENT, RecordCategory::ClinicalNote, 1),
			Error::<Test>::Overflow
		);
	});
}

#[test]
fn records_get_sequential_ids_and_patient_indexes() {
	consortium_ext().execute_with(|| {
		assert_eq!(clinical_note(1), 0);
		assert_ok!(anchor_by(OTHER_PATIENT, OTHER_PATIENT, RecordCategory::PatientGenerated, 2));
		assert_eq!(patient_note(3), 2);

		assert_eq!(NextRecordId::<Test>::get(), 3);
		assert_eq!(PatientRecordCount::<Test>::get(PATIENT), 2);
		assert_eq!(PatientRecords::<Test>::get(PATIENT, 1), Some(2));
		assert_eq!(PatientRecordCount::<Test>::get(OTHER_PATIENT), 1);
		assert_eq!(PatientRecords::<Test>::get(OTHER_PATIENT, 0), Some(1));
	});
}

// --- amend ---

#[test]
fn practitioner_amends_record_and_supersedes_previous_version() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		System::set_block_number(2);
		Timestamp::set_timestamp(LATER);

		let second = amended(DOCTOR, first, 2);

		assert_eq!(
			record(second),
			RecordAnchor {
				patient: PATIENT,
				author_org: Some(HOSPITAL),
				author: DOCTOR,
				category: RecordCategory::ClinicalNote,
				content_hash: hash(2),
				algorithm: HashAlgorithm::Blake2_256,
				locator: Some(locator(2)),
				key_reference: Some(key(2)),
				version: 2,
				previous: Some(first),
				first_version: first,
				superseded_by: None,
				created_block: 2,
				created_at: LATER,
				status: RecordStatus::Active,
				error_reason: None,
			}
		);
		let previous = record(first);
		assert_eq!(previous.status, RecordStatus::Superseded);
		assert_eq!(previous.superseded_by, Some(second));
		assert_eq!(previous.locator, Some(locator(1)));
		assert_eq!(OrgRecordByHash::<Test>::get(hash(1), HOSPITAL), Some(first));
		assert_eq!(OrgRecordByHash::<Test>::get(hash(2), HOSPITAL), Some(second));
		assert_eq!(PatientRecordCount::<Test>::get(PATIENT), 2);
		assert_eq!(history(first), vec![first, second]);
		assert_event(Event::RecordAmended { record: second, previous: first, version: 2 });
	});
}

#[test]
fn colleague_of_authoring_organization_amends_record() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);

		let second = amended(COLLEAGUE, first, 2);

		assert_eq!(record(second).author, COLLEAGUE);
		assert_eq!(record(second).author_org, Some(HOSPITAL));
	});
}

#[test]
fn patient_side_amends_patient_generated_record() {
	consortium_ext().execute_with(|| {
		let first = patient_note(1);

		let second = amended(PATIENT, first, 2);
		let third = amended(DELEGATE, second, 3);

		assert_eq!(record(third).version, 3);
		assert_eq!(record(third).author, DELEGATE);
		assert_eq!(record(third).author_org, None);
		assert_eq!(history(third), vec![first, second, third]);
	});
}

#[test]
fn amend_requires_signed_origin() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);

		assert_noop!(
			EhrAnchor::amend(
				RuntimeOrigin::none(),
				first,
				hash(2),
				HashAlgorithm::Sha2_256,
				locator(2),
				None
			),
			BadOrigin
		);
	});
}

#[test]
fn amend_unknown_record_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(amend_by(DOCTOR, 7, 2), Error::<Test>::UnknownRecord);
	});
}

#[test]
fn amend_superseded_version_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		amended(DOCTOR, first, 2);

		assert_noop!(amend_by(DOCTOR, first, 3), Error::<Test>::RecordSuperseded);
	});
}

#[test]
fn amend_record_entered_in_error_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		assert_ok!(mark_by(DOCTOR, first));

		assert_noop!(amend_by(DOCTOR, first, 2), Error::<Test>::RecordEnteredInError);
	});
}

#[test]
fn amend_erased_record_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		assert_ok!(erase_by(PATIENT, first));

		assert_noop!(amend_by(DOCTOR, first, 2), Error::<Test>::RecordErased);
	});
}

#[test]
fn amend_by_another_organization_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		write_consent(CLINIC, None);

		assert_noop!(amend_by(CLINIC_DOCTOR, first, 2), Error::<Test>::NotAuthoringOrganization);
	});
}

#[test]
fn amend_of_organization_record_by_non_member_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);

		// Not even the patient amends what the hospital wrote.
		for who in [STRANGER, PATIENT] {
			assert_noop!(amend_by(who, first, 2), Error::<Test>::NotAMember);
		}
	});
}

#[test]
fn amend_by_suspended_organization_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		MockRegistry::suspend(HOSPITAL);

		assert_noop!(amend_by(DOCTOR, first, 2), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn amend_after_organization_stopped_being_a_care_organization_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		// Governance re-kinds the hospital.
		MockRegistry::set(
			DOCTOR,
			HOSPITAL,
			OrganizationKind::ResearchInstitute,
			MemberRole::Practitioner,
		);

		assert_noop!(amend_by(DOCTOR, first, 2), Error::<Test>::NotACareOrganization);
	});
}

#[test]
fn amend_by_non_clinical_role_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);

		for who in [HOSPITAL_ADMIN, HOSPITAL_AUDITOR] {
			assert_noop!(amend_by(who, first, 2), Error::<Test>::NotAPractitioner);
		}
	});
}

#[test]
fn amend_without_consent_fails() {
	for (state, error) in [
		(None, Error::<Test>::NoConsent),
		(Some(MockGrantState::Revoked), Error::<Test>::ConsentRevoked),
		(Some(MockGrantState::Expired), Error::<Test>::ConsentExpired),
		(Some(MockGrantState::NotYetValid), Error::<Test>::ConsentNotYetValid),
	] {
		consortium_ext().execute_with(|| {
			let grant = write_consent(PHARMACY, None);
			let first = anchored(PHARMACIST, RecordCategory::Prescription, 1);
			match state {
				Some(state) => MockConsent::set_state(grant, state),
				None => MockConsent::clear(),
			}

			assert_noop!(amend_by(PHARMACIST, first, 2), error);
		});
	}
}

#[test]
fn amend_of_patient_generated_record_by_others_fails() {
	consortium_ext().execute_with(|| {
		let first = patient_note(1);

		for who in [DOCTOR, OTHER_PATIENT] {
			assert_noop!(amend_by(who, first, 2), Error::<Test>::NotPatientOrDelegate);
		}
	});
}

#[test]
fn amend_with_empty_locator_or_key_reference_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);

		assert_noop!(
			EhrAnchor::amend(
				RuntimeOrigin::signed(DOCTOR),
				first,
				hash(2),
				HashAlgorithm::Sha2_256,
				Locator::<Test>::default(),
				None
			),
			Error::<Test>::EmptyLocator
		);
		assert_noop!(
			EhrAnchor::amend(
				RuntimeOrigin::signed(DOCTOR),
				first,
				hash(2),
				HashAlgorithm::Sha2_256,
				locator(2),
				Some(Locator::<Test>::default())
			),
			Error::<Test>::EmptyKeyReference
		);
	});
}

#[test]
fn amend_with_an_anchored_hash_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		clinical_note(2);

		for byte in [1, 2] {
			assert_noop!(amend_by(DOCTOR, first, byte), Error::<Test>::DuplicateContentHash);
		}
	});
}

#[test]
fn amend_beyond_max_versions_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		let second = amended(DOCTOR, first, 2);
		let third = amended(DOCTOR, second, 3);

		assert_noop!(amend_by(DOCTOR, third, 4), Error::<Test>::TooManyVersions);
	});
}

#[test]
fn amend_beyond_the_organisations_quota_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		for byte in 2..=4 {
			clinical_note(byte);
		}

		assert_noop!(amend_by(DOCTOR, first, 5), Error::<Test>::TooManyRecordsFromOrganization);
	});
}

#[test]
fn amend_fails_when_record_ids_are_exhausted() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		NextRecordId::<Test>::put(RecordId::MAX);

		assert_noop!(amend_by(DOCTOR, first, 2), Error::<Test>::Overflow);
	});
}

// --- mark_entered_in_error ---

#[test]
fn practitioner_marks_record_entered_in_error() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);

		assert_ok!(EhrAnchor::mark_entered_in_error(
			RuntimeOrigin::signed(COLLEAGUE),
			id,
			EnteredInErrorReason::Other(42)
		));

		assert_eq!(status(id), RecordStatus::EnteredInError);
		assert_eq!(record(id).error_reason, Some(EnteredInErrorReason::Other(42)));
		// The evidence stays: locator, key reference and hash.
		assert_eq!(record(id).locator, Some(locator(1)));
		assert_eq!(OrgRecordByHash::<Test>::get(hash(1), HOSPITAL), Some(id));
		assert_event(Event::RecordEnteredInError {
			record: id,
			reason: EnteredInErrorReason::Other(42),
		});
	});
}

#[test]
fn organization_admin_marks_record_entered_in_error() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);

		assert_ok!(mark_by(HOSPITAL_ADMIN, id));

		assert_eq!(status(id), RecordStatus::EnteredInError);
		assert_eq!(record(id).error_reason, Some(EnteredInErrorReason::WrongDocument));
	});
}

#[test]
fn superseded_version_can_be_marked_entered_in_error() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		let second = amended(DOCTOR, first, 2);

		assert_ok!(mark_by(DOCTOR, first));

		assert_eq!(status(first), RecordStatus::EnteredInError);
		assert_eq!(record(first).superseded_by, Some(second));
		assert_eq!(status(second), RecordStatus::Active);
	});
}

#[test]
fn patient_side_marks_patient_generated_record_entered_in_error() {
	consortium_ext().execute_with(|| {
		let first = patient_note(1);
		let second = patient_note(2);

		assert_ok!(mark_by(PATIENT, first));
		assert_ok!(mark_by(DELEGATE, second));

		assert_eq!(status(first), RecordStatus::EnteredInError);
		assert_eq!(status(second), RecordStatus::EnteredInError);
	});
}

#[test]
fn mark_entered_in_error_requires_signed_origin() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);

		assert_noop!(
			EhrAnchor::mark_entered_in_error(
				RuntimeOrigin::none(),
				id,
				EnteredInErrorReason::WrongPatient
			),
			BadOrigin
		);
	});
}

#[test]
fn mark_unknown_record_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(mark_by(DOCTOR, 7), Error::<Test>::UnknownRecord);
	});
}

#[test]
fn mark_record_entered_in_error_twice_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		assert_ok!(mark_by(DOCTOR, id));

		assert_noop!(mark_by(DOCTOR, id), Error::<Test>::AlreadyEnteredInError);
	});
}

#[test]
fn mark_erased_record_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		assert_ok!(erase_by(PATIENT, id));

		assert_noop!(mark_by(DOCTOR, id), Error::<Test>::RecordErased);
	});
}

#[test]
fn mark_by_another_organization_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);

		assert_noop!(mark_by(CLINIC_DOCTOR, id), Error::<Test>::NotAuthoringOrganization);
	});
}

#[test]
fn mark_organization_record_by_non_member_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);

		for who in [STRANGER, PATIENT] {
			assert_noop!(mark_by(who, id), Error::<Test>::NotAMember);
		}
	});
}

#[test]
fn mark_by_suspended_organization_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		MockRegistry::suspend(HOSPITAL);

		assert_noop!(mark_by(DOCTOR, id), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn mark_after_organization_stopped_being_a_care_organization_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		MockRegistry::set(DOCTOR, HOSPITAL, OrganizationKind::Insurer, MemberRole::Practitioner);

		assert_noop!(mark_by(DOCTOR, id), Error::<Test>::NotACareOrganization);
	});
}

#[test]
fn mark_by_auditor_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);

		for who in [HOSPITAL_AUDITOR, IMPORT_DEVICE] {
			assert_noop!(mark_by(who, id), Error::<Test>::NotAPractitioner);
		}
	});
}

#[test]
fn mark_patient_generated_record_by_others_fails() {
	consortium_ext().execute_with(|| {
		let id = patient_note(1);

		for who in [DOCTOR, OTHER_PATIENT] {
			assert_noop!(mark_by(who, id), Error::<Test>::NotPatientOrDelegate);
		}
	});
}

// --- erase ---

#[test]
fn patient_erases_every_version_of_a_record() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		let second = amended(DOCTOR, first, 2);
		let third = amended(DOCTOR, second, 3);
		let unrelated = clinical_note(4);

		// Any version names the record.
		assert_ok!(erase_by(PATIENT, second));

		for (id, byte) in [(first, 1), (second, 2), (third, 3)] {
			let version = record(id);
			assert_eq!(version.status, RecordStatus::Erased);
			assert_eq!(version.locator, None);
			assert_eq!(version.key_reference, None);
			// The tombstone: the hash and the links stay.
			assert_eq!(version.content_hash, hash(byte));
			assert_eq!(OrgRecordByHash::<Test>::get(hash(byte), HOSPITAL), Some(id));
		}
		assert_eq!(record(first).superseded_by, Some(second));
		assert_eq!(history(third), vec![first, second, third]);
		assert_eq!(status(unrelated), RecordStatus::Active);
		assert_eq!(record(unrelated).locator, Some(locator(4)));
		assert_event(Event::RecordErased { first_version: first, versions: 3, by: PATIENT });
	});
}

#[test]
fn delegate_erases_record() {
	consortium_ext().execute_with(|| {
		let id = patient_note(1);

		assert_ok!(erase_by(DELEGATE, id));

		assert_eq!(status(id), RecordStatus::Erased);
		assert_event(Event::RecordErased { first_version: id, versions: 1, by: DELEGATE });
	});
}

#[test]
fn erased_record_stays_verifiable_as_erased() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		assert_ok!(erase_by(PATIENT, id));

		match EhrAnchor::verify_hash(hash(1)) {
			HashVerification::Known { record_id, status, record, other_anchors } => {
				assert_eq!((record_id, other_anchors), (id, 0));
				assert_eq!(status, RecordStatus::Erased);
				assert_eq!(record.locator, None);
				assert_eq!(record.key_reference, None);
			}
			HashVerification::Unknown => panic!("an erased hash must stay known"),
		}
	});
}

#[test]
fn erased_hash_cannot_be_anchored_again_by_its_author() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		assert_ok!(erase_by(PATIENT, id));

		assert_noop!(
			anchor_by(DOCTOR, PATIENT, RecordCategory::ClinicalNote, 1),
			Error::<Test>::DuplicateContentHash
		);
	});
}

#[test]
fn erase_requires_signed_origin() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);

		assert_noop!(EhrAnchor::erase(RuntimeOrigin::none(), id), BadOrigin);
	});
}

#[test]
fn erase_unknown_record_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(erase_by(PATIENT, 7), Error::<Test>::UnknownRecord);
	});
}

#[test]
fn erase_by_anyone_but_patient_or_delegate_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);

		// Not even the author.
		for who in [DOCTOR, HOSPITAL_ADMIN, OTHER_PATIENT, STRANGER] {
			assert_noop!(erase_by(who, id), Error::<Test>::NotPatientOrDelegate);
		}
	});
}

#[test]
fn erase_twice_fails() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		let second = amended(DOCTOR, first, 2);
		assert_ok!(erase_by(PATIENT, second));

		for id in [first, second] {
			assert_noop!(erase_by(PATIENT, id), Error::<Test>::AlreadyErased);
		}
	});
}

#[test]
fn erase_with_inconsistent_version_chain_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		Versions::<Test>::remove(id);

		assert_noop!(erase_by(PATIENT, id), Error::<Test>::Overflow);
	});
}

// --- bulk_anchor ---

#[test]
fn organization_anchors_bulk_import() {
	consortium_ext().execute_with(|| {
		let root = merkle::root(&documents()).expect("ten documents have a root");

		assert_ok!(bulk_by(DOCTOR, root, 10));

		assert_eq!(
			EhrAnchor::bulk(0),
			Some(BulkAnchor {
				org: HOSPITAL,
				author: DOCTOR,
				category: RecordCategory::LaboratoryReport,
				merkle_root: root,
				document_count: 10,
				manifest_locator: locator(0xb0),
				created_block: 1,
				created_at: NOW,
			})
		);
		assert_eq!(NextBulkId::<Test>::get(), 1);
		assert_eq!(BulkByRoot::<Test>::get(root, HOSPITAL), Some(0));
		assert_event(Event::BulkAnchored {
			bulk: 0,
			org: HOSPITAL,
			category: RecordCategory::LaboratoryReport,
			document_count: 10,
		});
	});
}

#[test]
fn admin_and_device_anchor_bulk_imports() {
	consortium_ext().execute_with(|| {
		assert_ok!(bulk_by(HOSPITAL_ADMIN, hash(1), 1));
		assert_ok!(bulk_by(IMPORT_DEVICE, hash(2), 256));

		assert_eq!(EhrAnchor::bulk(1).map(|bulk| bulk.author), Some(IMPORT_DEVICE));
	});
}

#[test]
fn bulk_anchor_requires_signed_origin() {
	consortium_ext().execute_with(|| {
		assert_noop!(
			EhrAnchor::bulk_anchor(
				RuntimeOrigin::none(),
				RecordCategory::LaboratoryReport,
				hash(1),
				1,
				locator(1)
			),
			BadOrigin
		);
	});
}

#[test]
fn bulk_anchor_by_non_member_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(bulk_by(STRANGER, hash(1), 1), Error::<Test>::NotAMember);
	});
}

#[test]
fn bulk_anchor_by_suspended_organization_fails() {
	consortium_ext().execute_with(|| {
		MockRegistry::suspend(HOSPITAL);

		assert_noop!(bulk_by(DOCTOR, hash(1), 1), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn bulk_anchor_by_non_care_organization_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(bulk_by(MANUFACTURER_STAFF, hash(1), 1), Error::<Test>::NotACareOrganization);
	});
}

#[test]
fn bulk_anchor_by_role_that_may_not_import_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(bulk_by(HOSPITAL_AUDITOR, hash(1), 1), Error::<Test>::NotPermittedToImport);
		assert_noop!(bulk_by(PHARMACIST, hash(1), 1), Error::<Test>::NotPermittedToImport);
	});
}

#[test]
fn bulk_anchor_of_no_documents_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(bulk_by(DOCTOR, hash(1), 0), Error::<Test>::EmptyBulk);
	});
}

#[test]
fn bulk_anchor_of_more_documents_than_proofs_can_reach_fails() {
	consortium_ext().execute_with(|| {
		// MaxProofDepth is 8: at most 256 documents.
		assert_noop!(bulk_by(DOCTOR, hash(1), 257), Error::<Test>::BulkTooLarge);
	});
}

#[test]
fn bulk_anchor_with_empty_manifest_locator_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(
			EhrAnchor::bulk_anchor(
				RuntimeOrigin::signed(DOCTOR),
				RecordCategory::LaboratoryReport,
				hash(1),
				1,
				Locator::<Test>::default()
			),
			Error::<Test>::EmptyLocator
		);
	});
}

#[test]
fn bulk_anchor_of_a_root_the_organisation_anchored_fails() {
	consortium_ext().execute_with(|| {
		assert_ok!(bulk_by(DOCTOR, hash(1), 1));

		assert_noop!(bulk_by(IMPORT_DEVICE, hash(1), 3), Error::<Test>::DuplicateMerkleRoot);
	});
}

// Another organisation used to be able to pre-empt a pending bulk anchor by anchoring its
// root first.
#[test]
fn another_organisation_cannot_pre_empt_a_bulk_root() {
	consortium_ext().execute_with(|| {
		assert_ok!(bulk_by(CLINIC_DOCTOR, hash(1), 3));

		assert_ok!(bulk_by(DOCTOR, hash(1), 1));

		assert_eq!(BulkByRoot::<Test>::get(hash(1), CLINIC), Some(0));
		assert_eq!(BulkByRoot::<Test>::get(hash(1), HOSPITAL), Some(1));
	});
}

#[test]
fn bulk_anchor_fails_when_bulk_ids_are_exhausted() {
	consortium_ext().execute_with(|| {
		NextBulkId::<Test>::put(u64::MAX);

		assert_noop!(bulk_by(DOCTOR, hash(1), 1), Error::<Test>::Overflow);
	});
}

// --- request_access ---

#[test]
fn member_with_consent_reads_record_and_the_read_is_logged() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		let grant = read_consent(CLINIC, PurposeOfUse::Treatment);

		assert_ok!(read_by(CLINIC_DOCTOR, id));

		assert_eq!(
			MockConsent::reads_of(PATIENT),
			vec![MockRead {
				accessor: CLINIC_DOCTOR.encode(),
				basis: AccessBasis::Consent(grant),
				record: Some(id),
			}]
		);
		assert_event(Event::AccessGranted {
			record: id,
			accessor: CLINIC_DOCTOR,
			org: CLINIC,
			basis: AccessBasis::Consent(grant),
		});
	});
}

#[test]
fn break_glass_permits_an_emergency_read() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		let case = MockConsent::open_break_glass(PATIENT, CLINIC_DOCTOR);

		assert_ok!(EhrAnchor::request_access(
			RuntimeOrigin::signed(CLINIC_DOCTOR),
			id,
			PurposeOfUse::Emergency
		));

		assert_event(Event::AccessGranted {
			record: id,
			accessor: CLINIC_DOCTOR,
			org: CLINIC,
			basis: AccessBasis::BreakGlass(case),
		});
	});
}

#[test]
fn member_of_any_organization_kind_may_read_with_consent() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		let grant = read_consent(INSURER, PurposeOfUse::Payment);

		assert_ok!(EhrAnchor::request_access(
			RuntimeOrigin::signed(INSURER_CLERK),
			id,
			PurposeOfUse::Payment
		));

		assert_event(Event::AccessGranted {
			record: id,
			accessor: INSURER_CLERK,
			org: INSURER,
			basis: AccessBasis::Consent(grant),
		});
	});
}

#[test]
fn superseded_and_entered_in_error_records_can_still_be_read() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		let second = amended(DOCTOR, first, 2);
		assert_ok!(mark_by(DOCTOR, second));
		read_consent(CLINIC, PurposeOfUse::Treatment);

		assert_ok!(read_by(CLINIC_DOCTOR, first));
		assert_ok!(read_by(CLINIC_DOCTOR, second));

		assert_eq!(MockConsent::reads_of(PATIENT).len(), 2);
	});
}

#[test]
fn request_access_requires_signed_origin() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);

		assert_noop!(
			EhrAnchor::request_access(RuntimeOrigin::none(), id, PurposeOfUse::Treatment),
			BadOrigin
		);
	});
}

#[test]
fn request_access_to_unknown_record_fails() {
	consortium_ext().execute_with(|| {
		assert_noop!(read_by(DOCTOR, 7), Error::<Test>::UnknownRecord);
	});
}

#[test]
fn request_access_to_erased_record_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		read_consent(HOSPITAL, PurposeOfUse::Treatment);
		assert_ok!(erase_by(PATIENT, id));

		assert_noop!(read_by(DOCTOR, id), Error::<Test>::RecordErased);
		assert!(MockConsent::reads_of(PATIENT).is_empty());
	});
}

#[test]
fn request_access_by_non_member_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);

		assert_noop!(read_by(STRANGER, id), Error::<Test>::NotAMember);
	});
}

#[test]
fn request_access_by_suspended_organization_fails() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		read_consent(CLINIC, PurposeOfUse::Treatment);
		MockRegistry::suspend(CLINIC);

		assert_noop!(read_by(CLINIC_DOCTOR, id), Error::<Test>::OrganizationSuspended);
		assert!(MockConsent::reads_of(PATIENT).is_empty());
	});
}

#[test]
fn refused_request_access_logs_nothing() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		// Consent to write is not consent to read; consent for one purpose not for another.
		read_consent(CLINIC, PurposeOfUse::Payment);

		assert_noop!(read_by(DOCTOR, id), Error::<Test>::NoConsent);
		assert_noop!(read_by(CLINIC_DOCTOR, id), Error::<Test>::NoConsent);
		assert!(MockConsent::reads_of(PATIENT).is_empty());
	});
}

#[test]
fn request_access_with_revoked_expired_or_future_consent_fails() {
	for (state, error) in [
		(MockGrantState::Revoked, Error::<Test>::ConsentRevoked),
		(MockGrantState::Expired, Error::<Test>::ConsentExpired),
		(MockGrantState::NotYetValid, Error::<Test>::ConsentNotYetValid),
	] {
		consortium_ext().execute_with(|| {
			let id = clinical_note(1);
			let grant = read_consent(CLINIC, PurposeOfUse::Treatment);
			MockConsent::set_state(grant, state);

			assert_noop!(read_by(CLINIC_DOCTOR, id), error);
			assert!(MockConsent::reads_of(PATIENT).is_empty());
		});
	}
}

#[test]
fn request_access_fails_when_the_reader_exceeds_its_read_rate() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		read_consent(CLINIC, PurposeOfUse::Treatment);
		MockConsent::set_read_rate_exceeded(true);

		assert_noop!(read_by(CLINIC_DOCTOR, id), Error::<Test>::ReadRateExceeded);
		assert!(MockConsent::reads_of(PATIENT).is_empty());
	});
}

// --- reads ---

#[test]
fn patient_records_are_paged_newest_first() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		let second = patient_note(2);
		let third = clinical_note(3);
		let fourth = amended(DOCTOR, first, 4);

		assert_eq!(page(None, 2), vec![(3, fourth), (2, third)]);
		assert_eq!(page(Some(2), 2), vec![(1, second), (0, first)]);
		assert!(page(Some(0), 2).is_empty());
		// Each entry carries the record itself.
		assert_eq!(
			EhrAnchor::patient_records(&PATIENT, None, 1),
			vec![(3, fourth, record(fourth))]
		);
	});
}

#[test]
fn patient_records_page_is_capped_at_max_page_size() {
	consortium_ext().execute_with(|| {
		for byte in 1..=4 {
			clinical_note(byte);
		}

		assert_eq!(page(None, 100), vec![(3, 3), (2, 2), (1, 1)]);
		assert_eq!(page(Some(1), 100), vec![(0, 0)]);
	});
}

#[test]
fn patient_records_cursor_beyond_the_newest_starts_at_the_newest() {
	consortium_ext().execute_with(|| {
		clinical_note(1);
		clinical_note(2);

		assert_eq!(page(Some(9), 3), vec![(1, 1), (0, 0)]);
		assert!(page(None, 0).is_empty());
		assert!(EhrAnchor::patient_records(&OTHER_PATIENT, None, 3).is_empty());
	});
}

#[test]
fn verify_hash_reports_every_status() {
	consortium_ext().execute_with(|| {
		let superseded = clinical_note(1);
		let active = amended(DOCTOR, superseded, 2);
		let entered_in_error = clinical_note(3);
		assert_ok!(mark_by(DOCTOR, entered_in_error));
		let erased = patient_note(4);
		assert_ok!(erase_by(PATIENT, erased));

		assert_eq!(EhrAnchor::verify_hash(hash(9)), HashVerification::Unknown);
		for (byte, id, expected) in [
			(2, active, RecordStatus::Active),
			(1, superseded, RecordStatus::Superseded),
			(3, entered_in_error, RecordStatus::EnteredInError),
			(4, erased, RecordStatus::Erased),
		] {
			assert_eq!(
				EhrAnchor::verify_hash(hash(byte)),
				HashVerification::Known {
					record_id: id,
					status: expected,
					record: record(id),
					other_anchors: 0
				}
			);
		}
	});
}

#[test]
fn every_document_of_a_bulk_import_verifies_with_its_proof() {
	consortium_ext().execute_with(|| {
		let documents = documents();
		let root = merkle::root(&documents).expect("ten documents have a root");
		assert_ok!(bulk_by(DOCTOR, root, 10));
		let bulk = EhrAnchor::bulk(0).expect("the bulk anchor exists");

		for (index, document) in documents.iter().enumerate() {
			let proof = merkle::proof(&documents, index).expect("the index is in range");
			assert_eq!(
				EhrAnchor::verify_inclusion(0, *document, proof),
				InclusionVerification::Included { bulk_id: 0, bulk: bulk.clone() }
			);
		}
	});
}

#[test]
fn a_wrong_proof_or_document_is_not_included() {
	consortium_ext().execute_with(|| {
		let documents = documents();
		let root = merkle::root(&documents).expect("ten documents have a root");
		assert_ok!(bulk_by(DOCTOR, root, 10));
		let proof = merkle::proof(&documents, 2).expect("the index is in range");

		// Another document of the import with the third one's proof.
		let fourth = documents.get(3).copied().expect("ten documents");
		assert_eq!(
			EhrAnchor::verify_inclusion(0, fourth, proof.clone()),
			InclusionVerification::NotIncluded
		);
		// A document outside the import.
		assert_eq!(
			EhrAnchor::verify_inclusion(0, hash(0xee), proof),
			InclusionVerification::NotIncluded
		);
	});
}

#[test]
fn inclusion_in_unknown_bulk_anchor_is_reported() {
	consortium_ext().execute_with(|| {
		assert_eq!(
			EhrAnchor::verify_inclusion(7, hash(1), vec![hash(2)]),
			InclusionVerification::UnknownBulk
		);
	});
}

#[test]
fn proof_longer_than_max_proof_depth_is_refused() {
	consortium_ext().execute_with(|| {
		assert_ok!(bulk_by(DOCTOR, hash(1), 1));

		// MaxProofDepth is 8.
		assert_eq!(
			EhrAnchor::verify_inclusion(0, hash(2), vec![hash(3); 9]),
			InclusionVerification::ProofTooLong
		);
		assert_eq!(
			EhrAnchor::verify_inclusion(0, hash(2), vec![hash(3); 8]),
			InclusionVerification::NotIncluded
		);
	});
}

#[test]
fn history_lists_every_version_oldest_first_from_any_version() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		let second = amended(DOCTOR, first, 2);
		let third = amended(DOCTOR, second, 3);

		for id in [first, second, third] {
			assert_eq!(history(id), vec![first, second, third]);
		}
		let versions: Vec<u32> =
			EhrAnchor::history(first).into_iter().map(|(_, anchor)| anchor.version).collect();
		assert_eq!(versions, vec![1, 2, 3]);
		assert!(EhrAnchor::history(7).is_empty());
	});
}

#[test]
fn unknown_ids_read_as_nothing() {
	consortium_ext().execute_with(|| {
		assert_eq!(EhrAnchor::record(0), None);
		assert_eq!(EhrAnchor::bulk(0), None);
	});
}

// --- invariants ---

#[test]
fn integrity_test_accepts_the_mock_bounds() {
	EhrAnchor::integrity_test();
}

#[test]
fn try_state_holds_after_every_kind_of_change() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		let second = amended(DOCTOR, first, 2);
		amended(COLLEAGUE, second, 3);
		let note = patient_note(4);
		assert_ok!(mark_by(PATIENT, note));
		assert_ok!(anchor_by(OTHER_PATIENT, OTHER_PATIENT, RecordCategory::PatientGenerated, 5));
		assert_ok!(erase_by(PATIENT, second));
		assert_ok!(bulk_by(DOCTOR, hash(7), 4));
		read_consent(CLINIC, PurposeOfUse::Treatment);
		assert_ok!(read_by(CLINIC_DOCTOR, note));

		assert_ok!(EhrAnchor::do_try_state());
	});
}

#[test]
fn try_state_detects_a_broken_version_link() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		amended(DOCTOR, first, 2);
		Records::<Test>::mutate(first, |anchor| {
			if let Some(anchor) = anchor {
				anchor.superseded_by = None;
			}
		});

		assert!(EhrAnchor::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_wrong_patient_record_count() {
	consortium_ext().execute_with(|| {
		clinical_note(1);
		PatientRecordCount::<Test>::insert(PATIENT, 2);

		assert!(EhrAnchor::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_wrong_count_by_author_side() {
	consortium_ext().execute_with(|| {
		clinical_note(1);
		RecordsBySide::<Test>::insert(PATIENT, AuthorSide::Organization(HOSPITAL), 2);

		assert!(EhrAnchor::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_hash_indexed_under_another_author() {
	consortium_ext().execute_with(|| {
		let id = clinical_note(1);
		OrgRecordByHash::<Test>::remove(hash(1), HOSPITAL);
		OrgRecordByHash::<Test>::insert(hash(1), CLINIC, id);

		assert!(EhrAnchor::do_try_state().is_err());
	});
}

#[test]
fn the_pallet_declares_its_storage_version() {
	use frame_support::traits::{GetStorageVersion, StorageVersion};
	assert_eq!(EhrAnchor::in_code_storage_version(), StorageVersion::new(1));
}

#[test]
fn try_state_detects_two_active_versions() {
	consortium_ext().execute_with(|| {
		let first = clinical_note(1);
		amended(DOCTOR, first, 2);
		Records::<Test>::mutate(first, |anchor| {
			if let Some(anchor) = anchor {
				anchor.status = RecordStatus::Active;
			}
		});

		assert!(EhrAnchor::do_try_state().is_err());
	});
}
