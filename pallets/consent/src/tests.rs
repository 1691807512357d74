//! Consent's behaviour, one test per behaviour.

// Times and ids in tests are small sums of constants.
#![allow(clippy::arithmetic_side_effects)]

use crate::{
	mock::*, AccessBasis, AccessLog, AccessLogCount, AccessLogEntry, AccessLogEntryOf,
	AccessRequest, AwaitingReview, BreakGlassCase, BreakGlassCases, BreakGlassId, BreakGlassReview,
	Call, CategoryScope, CategoryScopeOf, ConsentAction, ConsentActions, ConsentError,
	ConsentGrant, ConsentGrantOf, ConsentId, ConsentProvider, ConsentStatus, ConsentTerms,
	ConsentTermsOf, DelegateKind, DelegateOf, Delegates, EmergencyReason, Error, Event,
	FeelessUsage, Grantee, Grants, LiveGrant, LiveGrantOf, LiveGrants, LiveGrantsOf, Moment,
	NextBreakGlassId, NextConsentId, Onboarded, OnboardingRecord, OpenBreakGlass, PatientGrantAt,
	PatientGrantCount, PeriodUsage, PurposeOfUse, RecordCategory, RecordId, TrialProtocol,
};
use frame_support::{assert_noop, assert_ok, dispatch::CheckIfFeeless, BoundedVec};
use healthchain_primitives::testing::MockRegistry;
use sp_core::H256;
use sp_runtime::traits::BadOrigin;

// --- helpers ---

/// Read-only terms for treatment, every category, from now until revoked, to `grantee`.
fn terms_for(grantee: Grantee<u64>) -> ConsentTermsOf<Test> {
	ConsentTerms {
		grantee,
		actions: ConsentActions::READ,
		categories: CategoryScope::All,
		purpose: PurposeOfUse::Treatment,
		valid_from: None,
		valid_until: None,
	}
}

/// [`terms_for`] the hospital.
fn to_hospital() -> ConsentTermsOf<Test> {
	terms_for(Grantee::Organization(HOSPITAL))
}

/// A scope of exactly `categories`.
fn only(categories: &[RecordCategory]) -> CategoryScopeOf<Test> {
	CategoryScope::Only(
		BoundedVec::try_from(categories.to_vec()).expect("within MaxCategoriesPerGrant"),
	)
}

/// `by` grants `terms` on `patient`'s records; returns the new grant's id.
fn grant_as(by: u64, patient: u64, terms: ConsentTermsOf<Test>) -> ConsentId {
	let consent = NextConsentId::<Test>::get();
	assert_ok!(Consent::grant(RuntimeOrigin::signed(by), patient, terms));
	consent
}

/// `PATIENT` grants `terms`.
fn grant(terms: ConsentTermsOf<Test>) -> ConsentId {
	grant_as(PATIENT, PATIENT, terms)
}

/// `PATIENT` revokes `consent`.
fn revoke(consent: ConsentId) {
	assert_ok!(Consent::revoke(RuntimeOrigin::signed(PATIENT), consent));
}

/// `patient` names `delegate` its guardian.
fn add_guardian(patient: u64, delegate: u64) {
	assert_ok!(Consent::add_delegate(
		RuntimeOrigin::signed(patient),
		delegate,
		DelegateKind::Guardian
	));
}

/// `DOCTOR` onboards `patient`.
fn onboard(patient: u64) {
	assert_ok!(Consent::onboard_patient(RuntimeOrigin::signed(DOCTOR), patient));
}

/// `accessor` breaks the glass for `patient`; returns the case id.
fn break_glass(accessor: u64, patient: u64) -> BreakGlassId {
	let case = NextBreakGlassId::<Test>::get();
	assert_ok!(Consent::break_glass(
		RuntimeOrigin::signed(accessor),
		patient,
		EmergencyReason::Unconscious
	));
	case
}

/// `AUDITOR` reviews `case`.
fn review(case: BreakGlassId, justified: bool) {
	assert_ok!(Consent::review_break_glass(
		RuntimeOrigin::signed(AUDITOR),
		case,
		justified,
		finding()
	));
}

fn finding() -> H256 {
	H256::repeat_byte(0x33)
}

fn set_time(now: Moment) {
	Timestamp::set_timestamp(now);
}

/// `DOCTOR`, acting for the hospital, asks to do `action` on `PATIENT`'s laboratory reports
/// for `purpose`.
fn doctor_request(action: ConsentAction, purpose: PurposeOfUse) -> AccessRequest<u64> {
	AccessRequest {
		patient: PATIENT,
		accessor: DOCTOR,
		organization: Some(HOSPITAL),
		action,
		category: RecordCategory::LaboratoryReport,
		purpose,
	}
}

/// `DOCTOR`, acting for the hospital, asks to read `PATIENT`'s laboratory reports.
fn doctor_reads(purpose: PurposeOfUse) -> AccessRequest<u64> {
	doctor_request(ConsentAction::Read, purpose)
}

fn permission(request: &AccessRequest<u64>) -> Result<AccessBasis, ConsentError> {
	<Consent as ConsentProvider<u64>>::permission(request)
}

fn record_read(
	request: &AccessRequest<u64>,
	record: Option<RecordId>,
) -> Result<AccessBasis, ConsentError> {
	<Consent as ConsentProvider<u64>>::record_read(request, record)
}

fn research_consent(participant: u64, trial: TrialProtocol) -> Result<ConsentId, ConsentError> {
	<Consent as ConsentProvider<u64>>::research_consent(&participant, trial)
}

fn acts_for_patient(who: u64, patient: u64) -> bool {
	<Consent as ConsentProvider<u64>>::acts_for_patient(&who, &patient)
}

/// Grant `consent`, which must exist.
fn grant_of(consent: ConsentId) -> ConsentGrantOf<Test> {
	Grants::<Test>::get(consent).expect("the grant exists")
}

/// `patient`'s live list.
fn live_list(patient: u64) -> Vec<LiveGrantOf<Test>> {
	LiveGrants::<Test>::get(patient).into_inner()
}

/// The ids in `patient`'s live list, in order.
fn live_ids(patient: u64) -> Vec<ConsentId> {
	live_list(patient).iter().map(|entry| entry.id).collect()
}

/// Stores `entries` as `patient`'s live list, bypassing the calls.
fn set_live_list(patient: u64, entries: Vec<LiveGrantOf<Test>>) {
	let live: LiveGrantsOf<Test> = BoundedVec::truncate_from(entries);
	LiveGrants::<Test>::insert(patient, live);
}

/// Break-glass case `case`, which must exist.
fn case_of(case: BreakGlassId) -> BreakGlassCase<u64> {
	BreakGlassCases::<Test>::get(case).expect("the case exists")
}

/// Every case awaiting review, read page by page, as (id, overdue), sorted.
fn awaiting_review() -> Vec<(BreakGlassId, bool)> {
	let mut cases = Vec::new();
	let mut cursor = None;
	loop {
		let page = Consent::break_glass_awaiting_review(cursor, 10);
		assert!(page.len() <= 2, "a page is capped at MaxPageSize");
		match page.last() {
			Some((last, _, _)) => cursor = Some(*last),
			None => break,
		}
		cases.extend(page.into_iter().map(|(case, _, overdue)| (case, overdue)));
	}
	cases.sort();
	cases
}

fn is_call_feeless(call: Call<Test>, signer: u64) -> bool {
	call.is_feeless(&RuntimeOrigin::signed(signer))
}

/// The indices and records of a page of the access log.
fn records(page: Vec<(u32, AccessLogEntryOf<Test>)>) -> Vec<(u32, Option<RecordId>)> {
	page.into_iter().map(|(index, entry)| (index, entry.record)).collect()
}

// --- grant ---

#[test]
fn patient_grants_consent_to_an_organization() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());

		assert_eq!(consent, 0);
		assert_eq!(
			grant_of(consent),
			ConsentGrant {
				patient: PATIENT,
				granted_by: PATIENT,
				grantee: Grantee::Organization(HOSPITAL),
				actions: ConsentActions::READ,
				categories: CategoryScope::All,
				purpose: PurposeOfUse::Treatment,
				valid_from: START,
				valid_until: None,
				status: ConsentStatus::Active,
				created_at: START,
				created_block: 1,
				revoked_at: None,
				revoked_by: None,
			}
		);
		assert_eq!(NextConsentId::<Test>::get(), 1);
		let entry: LiveGrantOf<Test> = LiveGrant {
			id: consent,
			grantee: Grantee::Organization(HOSPITAL),
			actions: ConsentActions::READ,
			categories: CategoryScope::All,
			purpose: PurposeOfUse::Treatment,
			valid_from: START,
			valid_until: None,
			revoked: false,
		};
		assert_eq!(live_list(PATIENT), vec![entry]);
		assert_eq!(PatientGrantCount::<Test>::get(PATIENT), 1);
		assert_eq!(PatientGrantAt::<Test>::get(PATIENT, 0), Some(consent));
		System::assert_last_event(
			Event::ConsentGranted {
				consent,
				patient: PATIENT,
				grantee: Grantee::Organization(HOSPITAL),
				by: PATIENT,
			}
			.into(),
		);
		assert_eq!(permission(&doctor_reads(PurposeOfUse::Treatment)), Ok(AccessBasis::Consent(0)));
	});
}

#[test]
fn patient_grants_consent_to_an_account_for_a_period() {
	new_test_ext().execute_with(|| {
		let terms = ConsentTerms {
			grantee: Grantee::Account(DOCTOR),
			actions: ConsentActions::READ_WRITE,
			categories: only(&[RecordCategory::LaboratoryReport, RecordCategory::ImagingReport]),
			purpose: PurposeOfUse::Research(None),
			valid_from: Some(START + 100),
			valid_until: Some(START + 1_000),
		};
		let consent = grant(terms.clone());

		let stored = grant_of(consent);
		assert_eq!(stored.grantee, terms.grantee);
		assert_eq!(stored.actions, terms.actions);
		assert_eq!(stored.categories, terms.categories);
		assert_eq!(stored.purpose, terms.purpose);
		assert_eq!((stored.valid_from, stored.valid_until), (START + 100, Some(START + 1_000)));
		System::assert_last_event(
			Event::ConsentGranted {
				consent,
				patient: PATIENT,
				grantee: Grantee::Account(DOCTOR),
				by: PATIENT,
			}
			.into(),
		);
	});
}

#[test]
fn delegate_grants_on_behalf_of_the_patient() {
	new_test_ext().execute_with(|| {
		add_guardian(PATIENT, GUARDIAN);

		let consent = grant_as(GUARDIAN, PATIENT, to_hospital());

		assert_eq!(grant_of(consent).patient, PATIENT);
		assert_eq!(grant_of(consent).granted_by, GUARDIAN);
		assert_eq!(live_ids(PATIENT), vec![consent]);
		assert!(LiveGrants::<Test>::get(GUARDIAN).is_empty());
		System::assert_last_event(
			Event::ConsentGranted {
				consent,
				patient: PATIENT,
				grantee: Grantee::Organization(HOSPITAL),
				by: GUARDIAN,
			}
			.into(),
		);
	});
}

#[test]
fn stranger_cannot_grant_for_a_patient() {
	new_test_ext().execute_with(|| {
		add_guardian(OTHER_PATIENT, GUARDIAN);

		for stranger in [STRANGER, DOCTOR, GUARDIAN] {
			assert_noop!(
				Consent::grant(RuntimeOrigin::signed(stranger), PATIENT, to_hospital()),
				Error::<Test>::NotPatientOrDelegate
			);
		}
	});
}

#[test]
fn grant_without_actions_fails() {
	new_test_ext().execute_with(|| {
		let terms =
			ConsentTerms { actions: ConsentActions { read: false, write: false }, ..to_hospital() };

		assert_noop!(
			Consent::grant(RuntimeOrigin::signed(PATIENT), PATIENT, terms),
			Error::<Test>::NoActions
		);
	});
}

#[test]
fn grant_listing_no_category_fails() {
	new_test_ext().execute_with(|| {
		let terms = ConsentTerms { categories: only(&[]), ..to_hospital() };

		assert_noop!(
			Consent::grant(RuntimeOrigin::signed(PATIENT), PATIENT, terms),
			Error::<Test>::NoCategories
		);
	});
}

#[test]
fn grant_listing_a_category_twice_fails() {
	new_test_ext().execute_with(|| {
		let categories = only(&[
			RecordCategory::Prescription,
			RecordCategory::Immunization,
			RecordCategory::Prescription,
		]);
		let terms = ConsentTerms { categories, ..to_hospital() };

		assert_noop!(
			Consent::grant(RuntimeOrigin::signed(PATIENT), PATIENT, terms),
			Error::<Test>::DuplicateCategory
		);
	});
}

#[test]
fn grant_ending_when_or_before_it_starts_fails() {
	new_test_ext().execute_with(|| {
		let empty = ConsentTerms {
			valid_from: Some(START + 10),
			valid_until: Some(START + 10),
			..to_hospital()
		};
		let ends_now = ConsentTerms { valid_until: Some(START), ..to_hospital() };

		for terms in [empty, ends_now] {
			assert_noop!(
				Consent::grant(RuntimeOrigin::signed(PATIENT), PATIENT, terms),
				Error::<Test>::InvalidPeriod
			);
		}
	});
}

#[test]
fn grant_whose_period_has_ended_fails() {
	new_test_ext().execute_with(|| {
		let past = ConsentTerms {
			valid_from: Some(START - 100),
			valid_until: Some(START),
			..to_hospital()
		};

		assert_noop!(
			Consent::grant(RuntimeOrigin::signed(PATIENT), PATIENT, past),
			Error::<Test>::PeriodAlreadyEnded
		);
	});
}

#[test]
fn grant_to_an_unknown_organization_fails() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consent::grant(
				RuntimeOrigin::signed(PATIENT),
				PATIENT,
				terms_for(Grantee::Organization(UNKNOWN_ORG))
			),
			Error::<Test>::UnknownOrganization
		);
	});
}

#[test]
fn patient_cannot_grant_to_themselves() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consent::grant(
				RuntimeOrigin::signed(PATIENT),
				PATIENT,
				terms_for(Grantee::Account(PATIENT))
			),
			Error::<Test>::CannotGrantToSelf
		);
	});
}

#[test]
fn grant_fails_when_the_live_list_holds_only_grants_that_have_not_ended() {
	new_test_ext().execute_with(|| {
		grant(to_hospital());
		grant(terms_for(Grantee::Account(DOCTOR)));
		// Not valid yet, but not ended either: it stays.
		grant(ConsentTerms { valid_from: Some(START + 1_000), ..to_hospital() });

		assert_noop!(
			Consent::grant(RuntimeOrigin::signed(PATIENT), PATIENT, to_hospital()),
			Error::<Test>::TooManyGrants
		);
	});
}

#[test]
fn ended_grants_leave_the_live_list_when_a_new_grant_needs_room() {
	new_test_ext().execute_with(|| {
		let revoked = grant(to_hospital());
		revoke(revoked);
		let expiring = grant(ConsentTerms { valid_until: Some(START + 500), ..to_hospital() });
		let active = grant(to_hospital());
		// Ended grants stay while there is room, so that refusals can say why.
		assert_eq!(live_ids(PATIENT), vec![revoked, expiring, active]);

		set_time(START + 500);
		let newest = grant(to_hospital());

		assert_eq!(live_ids(PATIENT), vec![active, newest]);
		// The history keeps every grant.
		assert_eq!(grant_of(revoked).status, ConsentStatus::Revoked);
		assert_eq!(grant_of(expiring).status_at(START + 500), ConsentStatus::Expired);
		assert_eq!(PatientGrantCount::<Test>::get(PATIENT), 4);
	});
}

#[test]
fn grant_fails_when_ids_are_exhausted() {
	new_test_ext().execute_with(|| {
		NextConsentId::<Test>::put(ConsentId::MAX);
		assert_noop!(
			Consent::grant(RuntimeOrigin::signed(PATIENT), PATIENT, to_hospital()),
			Error::<Test>::Overflow
		);

		NextConsentId::<Test>::put(0);
		PatientGrantCount::<Test>::insert(PATIENT, u32::MAX);
		assert_noop!(
			Consent::grant(RuntimeOrigin::signed(PATIENT), PATIENT, to_hospital()),
			Error::<Test>::Overflow
		);
	});
}

// --- revoke ---

#[test]
fn patient_revokes_consent_with_immediate_effect() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());
		let read = doctor_reads(PurposeOfUse::Treatment);
		assert_eq!(permission(&read), Ok(AccessBasis::Consent(consent)));
		set_time(START + 5);

		revoke(consent);

		assert_eq!(permission(&read), Err(ConsentError::ConsentRevoked));
		let stored = grant_of(consent);
		assert_eq!(stored.status, ConsentStatus::Revoked);
		assert_eq!(stored.revoked_at, Some(START + 5));
		assert_eq!(stored.revoked_by, Some(PATIENT));
		// It stays in the live list, marked revoked, until the room is needed.
		assert_eq!(live_list(PATIENT), vec![stored.live_grant(consent)]);
		assert_eq!(live_list(PATIENT).first().map(|entry| entry.revoked), Some(true));
		System::assert_last_event(
			Event::ConsentRevoked { consent, patient: PATIENT, by: PATIENT }.into(),
		);
	});
}

#[test]
fn delegate_revokes_on_behalf_of_the_patient() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());
		add_guardian(PATIENT, GUARDIAN);

		assert_ok!(Consent::revoke(RuntimeOrigin::signed(GUARDIAN), consent));

		assert_eq!(grant_of(consent).revoked_by, Some(GUARDIAN));
		System::assert_last_event(
			Event::ConsentRevoked { consent, patient: PATIENT, by: GUARDIAN }.into(),
		);
	});
}

#[test]
fn an_expired_grant_can_still_be_revoked() {
	new_test_ext().execute_with(|| {
		let consent = grant(ConsentTerms { valid_until: Some(START + 10), ..to_hospital() });
		set_time(START + 10);

		revoke(consent);

		assert_eq!(grant_of(consent).status_at(START + 10), ConsentStatus::Revoked);
	});
}

#[test]
fn revoke_unknown_consent_fails() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consent::revoke(RuntimeOrigin::signed(PATIENT), 7),
			Error::<Test>::UnknownConsent
		);
	});
}

#[test]
fn only_the_patient_or_a_delegate_revokes() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());

		for stranger in [STRANGER, DOCTOR] {
			assert_noop!(
				Consent::revoke(RuntimeOrigin::signed(stranger), consent),
				Error::<Test>::NotPatientOrDelegate
			);
		}
	});
}

#[test]
fn revoking_twice_fails() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());
		revoke(consent);

		assert_noop!(
			Consent::revoke(RuntimeOrigin::signed(PATIENT), consent),
			Error::<Test>::AlreadyRevoked
		);
	});
}

#[test]
fn revoking_marks_the_live_entry_as_well_as_the_record() {
	new_test_ext().execute_with(|| {
		let kept = grant(to_hospital());
		let revoked = grant(terms_for(Grantee::Account(DOCTOR)));

		revoke(revoked);

		let flags: Vec<_> =
			live_list(PATIENT).iter().map(|entry| (entry.id, entry.revoked)).collect();
		assert_eq!(flags, vec![(kept, false), (revoked, true)]);
		assert_eq!(grant_of(revoked).status, ConsentStatus::Revoked);
		assert_eq!(live_list(PATIENT).get(1), Some(&grant_of(revoked).live_grant(revoked)));
		let by_doctor =
			AccessRequest { organization: None, ..doctor_reads(PurposeOfUse::Treatment) };
		assert_eq!(permission(&by_doctor), Err(ConsentError::ConsentRevoked));
		assert_ok!(Consent::do_try_state());
	});
}

#[test]
fn revoking_a_grant_that_left_the_live_list_changes_only_its_record() {
	new_test_ext().execute_with(|| {
		let expiring = grant(ConsentTerms { valid_until: Some(START + 10), ..to_hospital() });
		grant(to_hospital());
		grant(to_hospital());
		set_time(START + 10);
		// The list is full: the expired grant leaves it.
		grant(to_hospital());
		assert!(!live_ids(PATIENT).contains(&expiring));
		let live = live_list(PATIENT);

		revoke(expiring);

		assert_eq!(grant_of(expiring).status, ConsentStatus::Revoked);
		assert_eq!(live_list(PATIENT), live);
		assert_ok!(Consent::do_try_state());
	});
}

// --- delegates ---

#[test]
fn patient_names_a_delegate() {
	new_test_ext().execute_with(|| {
		assert!(!acts_for_patient(GUARDIAN, PATIENT));

		add_guardian(PATIENT, GUARDIAN);

		assert_eq!(
			Delegates::<Test>::get(PATIENT).into_inner(),
			vec![(GUARDIAN, DelegateKind::Guardian)]
		);
		assert_eq!(DelegateOf::<Test>::get(GUARDIAN, PATIENT), Some(DelegateKind::Guardian));
		assert!(acts_for_patient(GUARDIAN, PATIENT));
		assert!(acts_for_patient(PATIENT, PATIENT));
		assert!(!acts_for_patient(GUARDIAN, OTHER_PATIENT));
		assert!(!acts_for_patient(PATIENT, GUARDIAN));
		System::assert_last_event(
			Event::DelegateAdded {
				patient: PATIENT,
				delegate: GUARDIAN,
				kind: DelegateKind::Guardian,
			}
			.into(),
		);
	});
}

#[test]
fn patient_cannot_delegate_to_themselves() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consent::add_delegate(RuntimeOrigin::signed(PATIENT), PATIENT, DelegateKind::Guardian),
			Error::<Test>::CannotDelegateToSelf
		);
	});
}

#[test]
fn naming_a_delegate_twice_fails() {
	new_test_ext().execute_with(|| {
		add_guardian(PATIENT, GUARDIAN);

		assert_noop!(
			Consent::add_delegate(
				RuntimeOrigin::signed(PATIENT),
				GUARDIAN,
				DelegateKind::Custodian
			),
			Error::<Test>::AlreadyDelegate
		);
	});
}

#[test]
fn naming_too_many_delegates_fails() {
	new_test_ext().execute_with(|| {
		add_guardian(PATIENT, GUARDIAN);
		assert_ok!(Consent::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			CUSTODIAN,
			DelegateKind::Custodian
		));

		assert_noop!(
			Consent::add_delegate(RuntimeOrigin::signed(PATIENT), STRANGER, DelegateKind::Guardian),
			Error::<Test>::TooManyDelegates
		);
	});
}

#[test]
fn patient_removes_a_delegate() {
	new_test_ext().execute_with(|| {
		add_guardian(PATIENT, GUARDIAN);

		assert_ok!(Consent::remove_delegate(RuntimeOrigin::signed(PATIENT), PATIENT, GUARDIAN));

		assert!(!Delegates::<Test>::contains_key(PATIENT));
		assert_eq!(DelegateOf::<Test>::get(GUARDIAN, PATIENT), None);
		assert!(!acts_for_patient(GUARDIAN, PATIENT));
		System::assert_last_event(
			Event::DelegateRemoved { patient: PATIENT, delegate: GUARDIAN, by: PATIENT }.into(),
		);
		assert_noop!(
			Consent::grant(RuntimeOrigin::signed(GUARDIAN), PATIENT, to_hospital()),
			Error::<Test>::NotPatientOrDelegate
		);
	});
}

#[test]
fn delegate_steps_down() {
	new_test_ext().execute_with(|| {
		add_guardian(PATIENT, GUARDIAN);
		assert_ok!(Consent::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			CUSTODIAN,
			DelegateKind::Custodian
		));

		assert_ok!(Consent::remove_delegate(RuntimeOrigin::signed(GUARDIAN), PATIENT, GUARDIAN));

		assert_eq!(Consent::delegates(&PATIENT), vec![(CUSTODIAN, DelegateKind::Custodian)]);
		System::assert_last_event(
			Event::DelegateRemoved { patient: PATIENT, delegate: GUARDIAN, by: GUARDIAN }.into(),
		);
	});
}

#[test]
fn only_the_patient_or_the_delegate_removes_a_delegation() {
	new_test_ext().execute_with(|| {
		add_guardian(PATIENT, GUARDIAN);
		assert_ok!(Consent::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			CUSTODIAN,
			DelegateKind::Custodian
		));

		for stranger in [STRANGER, CUSTODIAN] {
			assert_noop!(
				Consent::remove_delegate(RuntimeOrigin::signed(stranger), PATIENT, GUARDIAN),
				Error::<Test>::NotPatientOrDelegate
			);
		}
	});
}

#[test]
fn removing_an_account_that_is_not_a_delegate_fails() {
	new_test_ext().execute_with(|| {
		add_guardian(OTHER_PATIENT, GUARDIAN);

		assert_noop!(
			Consent::remove_delegate(RuntimeOrigin::signed(PATIENT), PATIENT, GUARDIAN),
			Error::<Test>::NotADelegate
		);
	});
}

#[test]
fn delegates_are_listed_in_the_order_named() {
	new_test_ext().execute_with(|| {
		assert!(Consent::delegates(&PATIENT).is_empty());
		add_guardian(PATIENT, GUARDIAN);
		assert_ok!(Consent::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			CUSTODIAN,
			DelegateKind::Custodian
		));

		assert_eq!(
			Consent::delegates(&PATIENT),
			vec![(GUARDIAN, DelegateKind::Guardian), (CUSTODIAN, DelegateKind::Custodian)]
		);
	});
}

// --- onboarding and the feeless allowance ---

#[test]
fn care_organization_member_onboards_a_tokenless_patient() {
	new_test_ext().execute_with(|| {
		assert_eq!(System::providers(&PATIENT), 0);

		onboard(PATIENT);

		assert_eq!(System::providers(&PATIENT), 1);
		assert_eq!(
			Onboarded::<Test>::get(PATIENT),
			Some(OnboardingRecord { org: HOSPITAL, at: 1 })
		);
		System::assert_last_event(
			Event::PatientOnboarded { patient: PATIENT, org: HOSPITAL, by: DOCTOR }.into(),
		);
		// An admin may onboard too.
		assert_ok!(Consent::onboard_patient(RuntimeOrigin::signed(HOSPITAL_ADMIN), OTHER_PATIENT));
		assert_eq!(System::providers(&OTHER_PATIENT), 1);
	});
}

#[test]
fn onboarding_requires_a_member() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consent::onboard_patient(RuntimeOrigin::signed(STRANGER), PATIENT),
			Error::<Test>::NotAMember
		);
	});
}

#[test]
fn members_of_a_suspended_organization_cannot_onboard() {
	new_test_ext().execute_with(|| {
		MockRegistry::suspend(HOSPITAL);

		assert_noop!(
			Consent::onboard_patient(RuntimeOrigin::signed(DOCTOR), PATIENT),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn only_care_organizations_onboard() {
	new_test_ext().execute_with(|| {
		for member in [MANUFACTURER_ADMIN, REGULATOR_ADMIN] {
			assert_noop!(
				Consent::onboard_patient(RuntimeOrigin::signed(member), PATIENT),
				Error::<Test>::NotACareOrganization
			);
		}
	});
}

#[test]
fn only_admins_and_practitioners_onboard() {
	new_test_ext().execute_with(|| {
		for member in [LAB_DEVICE, HOSPITAL_AUDITOR] {
			assert_noop!(
				Consent::onboard_patient(RuntimeOrigin::signed(member), PATIENT),
				Error::<Test>::NotPermittedToOnboard
			);
		}
		// A laboratory's practitioner may.
		assert_ok!(Consent::onboard_patient(RuntimeOrigin::signed(LAB_PRACTITIONER), PATIENT));
	});
}

#[test]
fn onboarding_twice_fails() {
	new_test_ext().execute_with(|| {
		onboard(PATIENT);

		assert_noop!(
			Consent::onboard_patient(RuntimeOrigin::signed(HOSPITAL_ADMIN), PATIENT),
			Error::<Test>::AlreadyOnboarded
		);
		assert_eq!(System::providers(&PATIENT), 1);
	});
}

#[test]
fn onboarded_patient_calls_free_until_the_period_allowance_is_used() {
	new_test_ext().execute_with(|| {
		onboard(PATIENT);
		assert!(Consent::is_feeless(&RuntimeOrigin::signed(PATIENT)));

		grant(to_hospital());
		assert!(Consent::is_feeless(&RuntimeOrigin::signed(PATIENT)));
		grant(to_hospital());

		assert_eq!(FeelessUsage::<Test>::get(PATIENT), Some(PeriodUsage { period: 0, calls: 2 }));
		assert!(!Consent::is_feeless(&RuntimeOrigin::signed(PATIENT)));
		assert!(!is_call_feeless(Call::grant { patient: PATIENT, terms: to_hospital() }, PATIENT));
		// The allowance starts again with the next period.
		System::set_block_number(FEELESS_PERIOD);
		assert!(Consent::is_feeless(&RuntimeOrigin::signed(PATIENT)));
		grant(to_hospital());
		assert_eq!(FeelessUsage::<Test>::get(PATIENT), Some(PeriodUsage { period: 1, calls: 1 }));
	});
}

#[test]
fn accounts_not_onboarded_pay_fees() {
	new_test_ext().execute_with(|| {
		assert!(!Consent::is_feeless(&RuntimeOrigin::signed(PATIENT)));
		assert!(!Consent::is_feeless(&RuntimeOrigin::root()));
		assert!(!Consent::is_feeless(&RuntimeOrigin::none()));
		assert!(!is_call_feeless(Call::grant { patient: PATIENT, terms: to_hospital() }, PATIENT));

		grant(to_hospital());

		assert_eq!(FeelessUsage::<Test>::get(PATIENT), None);
	});
}

#[test]
fn a_consent_call_is_free_only_if_it_would_succeed() {
	new_test_ext().execute_with(|| {
		onboard(PATIENT);
		let no_actions =
			ConsentTerms { actions: ConsentActions { read: false, write: false }, ..to_hospital() };

		assert!(is_call_feeless(Call::grant { patient: PATIENT, terms: to_hospital() }, PATIENT));
		assert!(!is_call_feeless(Call::grant { patient: PATIENT, terms: no_actions }, PATIENT));
		assert!(!is_call_feeless(Call::revoke { consent: 7 }, PATIENT));
		let add = Call::add_delegate { delegate: GUARDIAN, kind: DelegateKind::Guardian };
		assert!(is_call_feeless(add, PATIENT));
		let remove = Call::remove_delegate { patient: PATIENT, delegate: GUARDIAN };
		assert!(!is_call_feeless(remove.clone(), PATIENT));
		add_guardian(PATIENT, GUARDIAN);
		assert!(is_call_feeless(remove, PATIENT));
		// The guardian (not onboarded, so its call counts against no allowance) grants.
		let consent = grant_as(GUARDIAN, PATIENT, to_hospital());
		assert!(is_call_feeless(Call::revoke { consent }, PATIENT));
		// Onboarding, break-glass and reviews are never free.
		assert!(!is_call_feeless(Call::onboard_patient { patient: OTHER_PATIENT }, PATIENT));
		let emergency =
			Call::break_glass { patient: OTHER_PATIENT, reason: EmergencyReason::Unconscious };
		assert!(!is_call_feeless(emergency, PATIENT));
	});
}

#[test]
fn a_delegate_spends_its_own_allowance() {
	new_test_ext().execute_with(|| {
		onboard(GUARDIAN);
		add_guardian(PATIENT, GUARDIAN);
		assert!(is_call_feeless(Call::grant { patient: PATIENT, terms: to_hospital() }, GUARDIAN));

		grant_as(GUARDIAN, PATIENT, to_hospital());

		assert_eq!(FeelessUsage::<Test>::get(GUARDIAN), Some(PeriodUsage { period: 0, calls: 1 }));
		assert_eq!(FeelessUsage::<Test>::get(PATIENT), None);
	});
}

// --- break-glass ---

#[test]
fn practitioner_breaks_the_glass_and_raises_an_alert() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);

		assert_eq!(case, 0);
		assert_eq!(
			case_of(case),
			BreakGlassCase {
				patient: PATIENT,
				accessor: DOCTOR,
				org: HOSPITAL,
				reason: EmergencyReason::Unconscious,
				opened_at: START,
				expires_at: START + BREAK_GLASS_DURATION,
				review_due: START + BREAK_GLASS_REVIEW_PERIOD,
				review: None,
			}
		);
		assert_eq!(OpenBreakGlass::<Test>::get(PATIENT, DOCTOR), Some(case));
		assert!(AwaitingReview::<Test>::contains_key(case));
		System::assert_last_event(
			Event::BreakGlassOpened {
				case,
				patient: PATIENT,
				accessor: DOCTOR,
				org: HOSPITAL,
				reason: EmergencyReason::Unconscious,
				expires_at: START + BREAK_GLASS_DURATION,
			}
			.into(),
		);
	});
}

#[test]
fn clinic_practitioner_breaks_the_glass() {
	new_test_ext().execute_with(|| {
		let case = break_glass(CLINICIAN, PATIENT);

		assert_eq!(case_of(case).org, CLINIC);
	});
}

#[test]
fn break_glass_permits_emergency_reads_only() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);

		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Emergency)),
			Ok(AccessBasis::BreakGlass(case))
		);
		// Every category.
		let other_category = AccessRequest {
			category: RecordCategory::Other(341339),
			..doctor_reads(PurposeOfUse::Emergency)
		};
		assert_eq!(permission(&other_category), Ok(AccessBasis::BreakGlass(case)));
		assert_eq!(
			permission(&doctor_request(ConsentAction::Write, PurposeOfUse::Emergency)),
			Err(ConsentError::NoConsent)
		);
		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Treatment)),
			Err(ConsentError::NoConsent)
		);
		let colleague =
			AccessRequest { accessor: CLINICIAN, ..doctor_reads(PurposeOfUse::Emergency) };
		assert_eq!(permission(&colleague), Err(ConsentError::NoConsent));
		let other_patient =
			AccessRequest { patient: OTHER_PATIENT, ..doctor_reads(PurposeOfUse::Emergency) };
		assert_eq!(permission(&other_patient), Err(ConsentError::NoConsent));
	});
}

#[test]
fn break_glass_access_expires_by_itself() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);
		let read = doctor_reads(PurposeOfUse::Emergency);

		set_time(START + BREAK_GLASS_DURATION - 1);
		assert_eq!(permission(&read), Ok(AccessBasis::BreakGlass(case)));
		set_time(START + BREAK_GLASS_DURATION);
		assert_eq!(permission(&read), Err(ConsentError::NoConsent));
	});
}

#[test]
fn break_glass_reopens_after_expiry() {
	new_test_ext().execute_with(|| {
		let first = break_glass(DOCTOR, PATIENT);
		set_time(START + BREAK_GLASS_DURATION);

		let second = break_glass(DOCTOR, PATIENT);

		assert_eq!(second, first + 1);
		assert_eq!(OpenBreakGlass::<Test>::get(PATIENT, DOCTOR), Some(second));
		assert!(AwaitingReview::<Test>::contains_key(first));
		assert!(AwaitingReview::<Test>::contains_key(second));
		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Emergency)),
			Ok(AccessBasis::BreakGlass(second))
		);
	});
}

#[test]
fn consent_is_preferred_to_break_glass() {
	new_test_ext().execute_with(|| {
		let consent = grant(ConsentTerms { purpose: PurposeOfUse::Emergency, ..to_hospital() });
		break_glass(DOCTOR, PATIENT);

		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Emergency)),
			Ok(AccessBasis::Consent(consent))
		);
	});
}

#[test]
fn break_glass_requires_a_member() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consent::break_glass(
				RuntimeOrigin::signed(STRANGER),
				PATIENT,
				EmergencyReason::Other(7)
			),
			Error::<Test>::NotAMember
		);
	});
}

#[test]
fn members_of_a_suspended_organization_cannot_break_the_glass() {
	new_test_ext().execute_with(|| {
		MockRegistry::suspend(HOSPITAL);

		assert_noop!(
			Consent::break_glass(
				RuntimeOrigin::signed(DOCTOR),
				PATIENT,
				EmergencyReason::Unconscious
			),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn only_hospitals_and_clinics_break_the_glass() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consent::break_glass(
				RuntimeOrigin::signed(LAB_PRACTITIONER),
				PATIENT,
				EmergencyReason::Unconscious
			),
			Error::<Test>::NotAnEmergencyProvider
		);
	});
}

#[test]
fn only_practitioners_break_the_glass() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consent::break_glass(
				RuntimeOrigin::signed(HOSPITAL_ADMIN),
				PATIENT,
				EmergencyReason::Unconscious
			),
			Error::<Test>::NotAPractitioner
		);
	});
}

#[test]
fn practitioner_cannot_break_the_glass_for_themselves() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consent::break_glass(
				RuntimeOrigin::signed(DOCTOR),
				DOCTOR,
				EmergencyReason::Unconscious
			),
			Error::<Test>::CannotBreakGlassForSelf
		);
	});
}

#[test]
fn break_glass_cannot_be_opened_twice_while_open() {
	new_test_ext().execute_with(|| {
		break_glass(DOCTOR, PATIENT);
		set_time(START + BREAK_GLASS_DURATION - 1);

		assert_noop!(
			Consent::break_glass(
				RuntimeOrigin::signed(DOCTOR),
				PATIENT,
				EmergencyReason::LifeThreatening
			),
			Error::<Test>::BreakGlassAlreadyOpen
		);
		// Another practitioner may open their own case.
		break_glass(CLINICIAN, PATIENT);
	});
}

#[test]
fn break_glass_fails_when_ids_are_exhausted() {
	new_test_ext().execute_with(|| {
		NextBreakGlassId::<Test>::put(BreakGlassId::MAX);

		assert_noop!(
			Consent::break_glass(
				RuntimeOrigin::signed(DOCTOR),
				PATIENT,
				EmergencyReason::Unconscious
			),
			Error::<Test>::Overflow
		);
	});
}

// --- break-glass review ---

#[test]
fn auditor_reviews_a_case() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);
		set_time(START + 10);

		review(case, true);

		assert_eq!(
			case_of(case).review,
			Some(BreakGlassReview {
				reviewer: AUDITOR,
				org: REGULATOR,
				justified: true,
				finding_hash: finding(),
				at: START + 10,
			})
		);
		assert!(!AwaitingReview::<Test>::contains_key(case));
		assert!(awaiting_review().is_empty());
		System::assert_last_event(
			Event::BreakGlassReviewed { case, reviewer: AUDITOR, justified: true }.into(),
		);
		// A justified access runs its course.
		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Emergency)),
			Ok(AccessBasis::BreakGlass(case))
		);
	});
}

#[test]
fn an_unjustified_finding_ends_the_access_at_once() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);

		review(case, false);

		assert_eq!(OpenBreakGlass::<Test>::get(PATIENT, DOCTOR), None);
		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Emergency)),
			Err(ConsentError::NoConsent)
		);
		System::assert_last_event(
			Event::BreakGlassReviewed { case, reviewer: AUDITOR, justified: false }.into(),
		);
	});
}

#[test]
fn reviewing_an_expired_case_closes_it() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);
		set_time(START + BREAK_GLASS_DURATION);

		review(case, true);

		assert_eq!(OpenBreakGlass::<Test>::get(PATIENT, DOCTOR), None);
	});
}

#[test]
fn review_requires_a_member() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);

		assert_noop!(
			Consent::review_break_glass(RuntimeOrigin::signed(STRANGER), case, true, finding()),
			Error::<Test>::NotAMember
		);
	});
}

#[test]
fn auditors_of_a_suspended_regulator_cannot_review() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);
		MockRegistry::suspend(REGULATOR);

		assert_noop!(
			Consent::review_break_glass(RuntimeOrigin::signed(AUDITOR), case, true, finding()),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn only_regulators_review() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);

		assert_noop!(
			Consent::review_break_glass(
				RuntimeOrigin::signed(HOSPITAL_AUDITOR),
				case,
				true,
				finding()
			),
			Error::<Test>::NotARegulator
		);
	});
}

#[test]
fn only_auditors_review() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);

		assert_noop!(
			Consent::review_break_glass(
				RuntimeOrigin::signed(REGULATOR_ADMIN),
				case,
				true,
				finding()
			),
			Error::<Test>::NotAnAuditor
		);
	});
}

#[test]
fn reviewing_an_unknown_case_fails() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consent::review_break_glass(RuntimeOrigin::signed(AUDITOR), 9, true, finding()),
			Error::<Test>::UnknownBreakGlassCase
		);
	});
}

#[test]
fn reviewing_twice_fails() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);
		review(case, true);

		assert_noop!(
			Consent::review_break_glass(RuntimeOrigin::signed(AUDITOR), case, false, finding()),
			Error::<Test>::AlreadyReviewed
		);
	});
}

#[test]
fn unreviewed_cases_are_listed_and_become_overdue() {
	new_test_ext().execute_with(|| {
		let first = break_glass(DOCTOR, PATIENT);
		let second = break_glass(CLINICIAN, PATIENT);
		let third = break_glass(DOCTOR, OTHER_PATIENT);
		assert_eq!(awaiting_review(), vec![(first, false), (second, false), (third, false)]);

		set_time(START + BREAK_GLASS_REVIEW_PERIOD - 1);
		assert_eq!(awaiting_review(), vec![(first, false), (second, false), (third, false)]);
		set_time(START + BREAK_GLASS_REVIEW_PERIOD);
		assert_eq!(awaiting_review(), vec![(first, true), (second, true), (third, true)]);

		review(second, true);
		assert_eq!(awaiting_review(), vec![(first, true), (third, true)]);
		let page = Consent::break_glass_awaiting_review(None, 1);
		assert_eq!(page.len(), 1);
		assert_eq!(page.first().map(|(case, record, _)| case_of(*case) == *record), Some(true));
	});
}

// --- what a grant covers ---

#[test]
fn organization_grant_covers_its_members_acting_for_it() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());
		let read = doctor_reads(PurposeOfUse::Treatment);

		assert_eq!(permission(&read), Ok(AccessBasis::Consent(consent)));
		let for_clinic = AccessRequest { organization: Some(CLINIC), ..read.clone() };
		assert_eq!(permission(&for_clinic), Err(ConsentError::NoConsent));
		let for_nobody = AccessRequest { organization: None, ..read };
		assert_eq!(permission(&for_nobody), Err(ConsentError::NoConsent));
	});
}

#[test]
fn account_grant_covers_only_that_account() {
	new_test_ext().execute_with(|| {
		let consent = grant(terms_for(Grantee::Account(DOCTOR)));
		let read = doctor_reads(PurposeOfUse::Treatment);

		assert_eq!(permission(&read), Ok(AccessBasis::Consent(consent)));
		let on_own_account = AccessRequest { organization: None, ..read.clone() };
		assert_eq!(permission(&on_own_account), Ok(AccessBasis::Consent(consent)));
		let colleague = AccessRequest { accessor: CLINICIAN, ..read };
		assert_eq!(permission(&colleague), Err(ConsentError::NoConsent));
	});
}

#[test]
fn grant_covers_only_its_actions_categories_and_purpose() {
	new_test_ext().execute_with(|| {
		let reads = grant(ConsentTerms {
			categories: only(&[RecordCategory::LaboratoryReport]),
			..to_hospital()
		});
		let read = doctor_reads(PurposeOfUse::Treatment);

		assert_eq!(permission(&read), Ok(AccessBasis::Consent(reads)));
		let write = doctor_request(ConsentAction::Write, PurposeOfUse::Treatment);
		assert_eq!(permission(&write), Err(ConsentError::NoConsent));
		let imaging = AccessRequest { category: RecordCategory::ImagingReport, ..read.clone() };
		assert_eq!(permission(&imaging), Err(ConsentError::NoConsent));
		let purposes =
			[PurposeOfUse::Payment, PurposeOfUse::Research(None), PurposeOfUse::Emergency];
		for purpose in purposes {
			assert_eq!(permission(&doctor_reads(purpose)), Err(ConsentError::NoConsent));
		}

		let writes = grant(ConsentTerms { actions: ConsentActions::WRITE, ..to_hospital() });
		assert_eq!(permission(&write), Ok(AccessBasis::Consent(writes)));
		assert_eq!(permission(&read), Ok(AccessBasis::Consent(reads)));
	});
}

#[test]
fn an_every_category_grant_covers_any_category() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());
		let other = AccessRequest {
			category: RecordCategory::Other(341339),
			..doctor_reads(PurposeOfUse::Treatment)
		};

		assert_eq!(permission(&other), Ok(AccessBasis::Consent(consent)));
	});
}

#[test]
fn expiry_is_evaluated_when_consent_is_used() {
	new_test_ext().execute_with(|| {
		let consent = grant(ConsentTerms { valid_until: Some(START + 100), ..to_hospital() });
		let read = doctor_reads(PurposeOfUse::Treatment);

		set_time(START + 99);
		assert_eq!(permission(&read), Ok(AccessBasis::Consent(consent)));
		set_time(START + 100);
		assert_eq!(permission(&read), Err(ConsentError::ConsentExpired));
		// Nothing visited the grant: storage still says Active; the status is worked out.
		assert_eq!(grant_of(consent).status, ConsentStatus::Active);
		assert_eq!(grant_of(consent).status_at(START + 100), ConsentStatus::Expired);
		let listed = Consent::consents(&PATIENT, None, 10);
		assert_eq!(listed.first().map(|(_, _, grant)| grant.status), Some(ConsentStatus::Expired));
	});
}

#[test]
fn consent_is_not_valid_before_it_starts() {
	new_test_ext().execute_with(|| {
		let consent = grant(ConsentTerms { valid_from: Some(START + 50), ..to_hospital() });
		let read = doctor_reads(PurposeOfUse::Treatment);

		assert_eq!(permission(&read), Err(ConsentError::ConsentNotYetValid));
		set_time(START + 50);
		assert_eq!(permission(&read), Ok(AccessBasis::Consent(consent)));
	});
}

#[test]
fn an_active_grant_wins_and_otherwise_the_first_covering_grant_says_why() {
	new_test_ext().execute_with(|| {
		let read = doctor_reads(PurposeOfUse::Treatment);
		let revoked = grant(to_hospital());
		revoke(revoked);
		assert_eq!(permission(&read), Err(ConsentError::ConsentRevoked));
		grant(ConsentTerms { valid_until: Some(START + 10), ..to_hospital() });
		set_time(START + 10);
		assert_eq!(permission(&read), Err(ConsentError::ConsentRevoked));

		let active = grant(to_hospital());

		assert_eq!(permission(&read), Ok(AccessBasis::Consent(active)));
	});
}

#[test]
fn without_a_covering_grant_there_is_no_consent() {
	new_test_ext().execute_with(|| {
		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Treatment)),
			Err(ConsentError::NoConsent)
		);
		grant_as(OTHER_PATIENT, OTHER_PATIENT, to_hospital());
		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Treatment)),
			Err(ConsentError::NoConsent)
		);
	});
}

#[test]
fn check_access_answers_like_permission_and_records_nothing() {
	new_test_ext().execute_with(|| {
		let read = doctor_reads(PurposeOfUse::Treatment);
		assert_eq!(Consent::check_access(&read), Err(ConsentError::NoConsent));
		let consent = grant(to_hospital());

		assert_eq!(Consent::check_access(&read), Ok(AccessBasis::Consent(consent)));
		assert_eq!(Consent::check_access(&read), permission(&read));
		assert_eq!(AccessLogCount::<Test>::get(PATIENT), 0);
	});
}

#[test]
fn consent_checks_read_the_live_list_and_no_grant_record() {
	new_test_ext().execute_with(|| {
		let trial = TrialProtocol { trial: 4, protocol_version: 1 };
		let treatment = grant(to_hospital());
		let research =
			grant(ConsentTerms { purpose: PurposeOfUse::Research(Some(trial)), ..to_hospital() });
		let revoked = grant(terms_for(Grantee::Account(DOCTOR)));
		revoke(revoked);
		let read = doctor_reads(PurposeOfUse::Treatment);
		let by_doctor = AccessRequest { organization: None, ..read.clone() };

		// The live list holds all a check needs: without the records, the answers stay.
		for consent in [treatment, research, revoked] {
			Grants::<Test>::remove(consent);
		}

		assert_eq!(permission(&read), Ok(AccessBasis::Consent(treatment)));
		assert_eq!(record_read(&read, None), Ok(AccessBasis::Consent(treatment)));
		assert_eq!(research_consent(PATIENT, trial), Ok(research));
		assert_eq!(permission(&by_doctor), Err(ConsentError::ConsentRevoked));
	});
}

#[test]
fn a_live_entry_answers_as_its_grant_record_at_any_time() {
	new_test_ext().execute_with(|| {
		grant(to_hospital());
		grant(ConsentTerms {
			valid_from: Some(START + 10),
			valid_until: Some(START + 20),
			..terms_for(Grantee::Account(DOCTOR))
		});
		let revoked = grant(ConsentTerms {
			actions: ConsentActions::WRITE,
			categories: only(&[RecordCategory::LaboratoryReport]),
			valid_until: Some(START + 20),
			..to_hospital()
		});
		revoke(revoked);
		let requests = [
			doctor_reads(PurposeOfUse::Treatment),
			doctor_request(ConsentAction::Write, PurposeOfUse::Treatment),
			AccessRequest { organization: None, ..doctor_reads(PurposeOfUse::Treatment) },
			AccessRequest { accessor: CLINICIAN, ..doctor_reads(PurposeOfUse::Treatment) },
			AccessRequest {
				category: RecordCategory::ImagingReport,
				..doctor_reads(PurposeOfUse::Treatment)
			},
			doctor_reads(PurposeOfUse::Payment),
		];

		for now in [START, START + 9, START + 10, START + 19, START + 20, START + 30] {
			for entry in live_list(PATIENT) {
				let record = grant_of(entry.id);
				assert_eq!(entry.status_at(now), record.status_at(now));
				assert_eq!(entry.check_at(now), record.check_at(now));
				assert_eq!(entry.has_ended_at(now), record.has_ended_at(now));
				for request in &requests {
					assert_eq!(entry.covers(request), record.covers(request));
				}
			}
		}
	});
}

// --- the access log ---

#[test]
fn permitted_reads_are_logged() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());
		System::set_block_number(3);
		set_time(START + 7);

		assert_eq!(
			record_read(&doctor_reads(PurposeOfUse::Treatment), Some(42)),
			Ok(AccessBasis::Consent(consent))
		);

		assert_eq!(AccessLogCount::<Test>::get(PATIENT), 1);
		assert_eq!(
			AccessLog::<Test>::get(PATIENT, 0),
			Some(AccessLogEntry {
				accessor: DOCTOR,
				org: Some(HOSPITAL),
				basis: AccessBasis::Consent(consent),
				purpose: PurposeOfUse::Treatment,
				category: RecordCategory::LaboratoryReport,
				record: Some(42),
				at: START + 7,
				block: 3,
			})
		);
		System::assert_last_event(
			Event::AccessRecorded {
				patient: PATIENT,
				accessor: DOCTOR,
				basis: AccessBasis::Consent(consent),
				record: Some(42),
				index: 0,
			}
			.into(),
		);
	});
}

#[test]
fn refused_reads_are_not_logged() {
	new_test_ext().execute_with(|| {
		let read = doctor_reads(PurposeOfUse::Treatment);
		assert_eq!(record_read(&read, None), Err(ConsentError::NoConsent));
		let consent = grant(to_hospital());
		revoke(consent);

		assert_eq!(record_read(&read, Some(1)), Err(ConsentError::ConsentRevoked));

		assert_eq!(AccessLogCount::<Test>::get(PATIENT), 0);
		assert_eq!(AccessLog::<Test>::get(PATIENT, 0), None);
		assert!(Consent::access_log(&PATIENT, None, 10).is_empty());
	});
}

#[test]
fn break_glass_reads_are_logged_with_their_case() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);

		assert_eq!(
			record_read(&doctor_reads(PurposeOfUse::Emergency), None),
			Ok(AccessBasis::BreakGlass(case))
		);

		let entry = AccessLog::<Test>::get(PATIENT, 0).expect("the read is logged");
		assert_eq!(entry.basis, AccessBasis::BreakGlass(case));
		assert_eq!(entry.purpose, PurposeOfUse::Emergency);
		assert_eq!(entry.record, None);
	});
}

#[test]
fn a_full_access_log_refuses_further_reads() {
	new_test_ext().execute_with(|| {
		grant(to_hospital());
		let read = doctor_reads(PurposeOfUse::Treatment);
		for record in 0..3 {
			assert!(record_read(&read, Some(record)).is_ok());
		}

		assert_eq!(record_read(&read, Some(3)), Err(ConsentError::AccessLogFull));

		assert_eq!(AccessLogCount::<Test>::get(PATIENT), 3);
		assert_eq!(AccessLog::<Test>::get(PATIENT, 3), None);
		// Checking without reading still works.
		assert!(permission(&read).is_ok());
	});
}

// --- research consent ---

#[test]
fn research_consent_is_for_one_protocol_version() {
	new_test_ext().execute_with(|| {
		let v1 = TrialProtocol { trial: 4, protocol_version: 1 };
		let v2 = TrialProtocol { trial: 4, protocol_version: 2 };
		let consent =
			grant(ConsentTerms { purpose: PurposeOfUse::Research(Some(v1)), ..to_hospital() });
		// Research in general is not consent to a trial.
		grant(ConsentTerms { purpose: PurposeOfUse::Research(None), ..to_hospital() });

		assert_eq!(research_consent(PATIENT, v1), Ok(consent));
		assert_eq!(research_consent(PATIENT, v2), Err(ConsentError::NoConsent));
		assert_eq!(research_consent(OTHER_PATIENT, v1), Err(ConsentError::NoConsent));

		revoke(consent);
		assert_eq!(research_consent(PATIENT, v1), Err(ConsentError::ConsentRevoked));
	});
}

// --- pages ---

#[test]
fn consents_are_listed_newest_first_page_by_page() {
	new_test_ext().execute_with(|| {
		let first = grant(to_hospital());
		let second = grant(ConsentTerms { valid_until: Some(START + 10), ..to_hospital() });
		let third = grant(terms_for(Grantee::Account(DOCTOR)));
		set_time(START + 10);

		let page = Consent::consents(&PATIENT, None, 10);
		let ids: Vec<_> = page.iter().map(|(index, consent, _)| (*index, *consent)).collect();
		assert_eq!(ids, vec![(2, third), (1, second)]);
		assert_eq!(page.get(1).map(|(_, _, grant)| grant.status), Some(ConsentStatus::Expired));

		let page = Consent::consents(&PATIENT, Some(1), 10);
		let ids: Vec<_> = page.iter().map(|(index, consent, _)| (*index, *consent)).collect();
		assert_eq!(ids, vec![(0, first)]);
		assert!(Consent::consents(&PATIENT, Some(0), 10).is_empty());
		assert_eq!(Consent::consents(&PATIENT, None, 1).len(), 1);
		assert!(Consent::consents(&OTHER_PATIENT, None, 10).is_empty());
	});
}

#[test]
fn access_log_is_listed_newest_first_page_by_page() {
	new_test_ext().execute_with(|| {
		grant(to_hospital());
		let read = doctor_reads(PurposeOfUse::Treatment);
		for record in [10, 11, 12] {
			assert!(record_read(&read, Some(record)).is_ok());
		}

		assert_eq!(
			records(Consent::access_log(&PATIENT, None, 10)),
			vec![(2, Some(12)), (1, Some(11))]
		);
		assert_eq!(records(Consent::access_log(&PATIENT, Some(1), 10)), vec![(0, Some(10))]);
		assert!(Consent::access_log(&PATIENT, Some(0), 10).is_empty());
	});
}

// --- origins ---

#[test]
fn unsigned_calls_are_refused() {
	new_test_ext().execute_with(|| {
		let none = RuntimeOrigin::none;
		assert_noop!(Consent::grant(none(), PATIENT, to_hospital()), BadOrigin);
		assert_noop!(Consent::revoke(none(), 0), BadOrigin);
		assert_noop!(Consent::add_delegate(none(), GUARDIAN, DelegateKind::Guardian), BadOrigin);
		assert_noop!(Consent::remove_delegate(none(), PATIENT, GUARDIAN), BadOrigin);
		assert_noop!(Consent::onboard_patient(none(), PATIENT), BadOrigin);
		assert_noop!(
			Consent::break_glass(none(), PATIENT, EmergencyReason::Unconscious),
			BadOrigin
		);
		assert_noop!(Consent::review_break_glass(none(), 0, true, finding()), BadOrigin);
	});
}

// --- invariants ---

#[test]
fn try_state_holds_after_every_kind_of_change() {
	new_test_ext().execute_with(|| {
		onboard(PATIENT);
		add_guardian(PATIENT, GUARDIAN);
		let consent = grant_as(GUARDIAN, PATIENT, to_hospital());
		grant(terms_for(Grantee::Account(DOCTOR)));
		revoke(consent);
		assert_ok!(Consent::remove_delegate(RuntimeOrigin::signed(GUARDIAN), PATIENT, GUARDIAN));
		let reviewed = break_glass(DOCTOR, PATIENT);
		break_glass(CLINICIAN, PATIENT);
		review(reviewed, false);
		assert!(record_read(&doctor_reads(PurposeOfUse::Treatment), None).is_ok());

		assert_ok!(Consent::do_try_state());
	});
}

#[test]
fn try_state_detects_a_live_grant_of_another_patient() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());
		set_live_list(OTHER_PATIENT, vec![grant_of(consent).live_grant(consent)]);

		assert!(Consent::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_live_entry_that_disagrees_with_its_record() {
	new_test_ext().execute_with(|| {
		let consent = grant(ConsentTerms { valid_until: Some(START + 100), ..to_hospital() });
		let entry = grant_of(consent).live_grant(consent);
		let disagreeing = [
			LiveGrant { revoked: true, ..entry.clone() },
			LiveGrant { grantee: Grantee::Organization(CLINIC), ..entry.clone() },
			LiveGrant { actions: ConsentActions::READ_WRITE, ..entry.clone() },
			LiveGrant { categories: only(&[RecordCategory::Prescription]), ..entry.clone() },
			LiveGrant { purpose: PurposeOfUse::Payment, ..entry.clone() },
			LiveGrant { valid_from: START + 1, ..entry.clone() },
			LiveGrant { valid_until: None, ..entry.clone() },
		];

		for wrong in disagreeing {
			set_live_list(PATIENT, vec![wrong]);
			assert!(Consent::do_try_state().is_err());
		}
		set_live_list(PATIENT, vec![entry.clone()]);
		assert_ok!(Consent::do_try_state());

		// Revoked in its record but not in the live list.
		revoke(consent);
		assert_ok!(Consent::do_try_state());
		set_live_list(PATIENT, vec![entry]);
		assert!(Consent::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_grant_listed_twice() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());
		let entry = grant_of(consent).live_grant(consent);

		set_live_list(PATIENT, vec![entry.clone(), entry]);

		assert!(Consent::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_live_grant_without_a_record() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());

		Grants::<Test>::remove(consent);

		assert!(Consent::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_delegations_that_disagree() {
	new_test_ext().execute_with(|| {
		add_guardian(PATIENT, GUARDIAN);
		DelegateOf::<Test>::remove(GUARDIAN, PATIENT);

		assert!(Consent::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_reviewed_case_awaiting_review() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);
		review(case, true);
		AwaitingReview::<Test>::insert(case, ());

		assert!(Consent::do_try_state().is_err());
	});
}
