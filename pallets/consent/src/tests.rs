//! Consent's behaviour, one test per behaviour.

// Times and ids in tests are small sums of constants.
#![allow(clippy::arithmetic_side_effects)]

use crate::{
	mock::*, AccessBasis, AccessLog, AccessLogEntry, AccessLogEntryOf, AccessLogHead,
	AccessLogHeads, AccessRequest, AwaitingReview, BreakGlassCase, BreakGlassCases, BreakGlassId,
	BreakGlassReview, Call, CasesOfOrganization, CategoryScope, CategoryScopeOf, ConsentAction,
	ConsentActions, ConsentError, ConsentGrant, ConsentGrantOf, ConsentId, ConsentProvider,
	ConsentStatus, ConsentTerms, ConsentTermsOf, DelegateKind, DelegateOf, Delegates,
	EmergencyReason, Error, Event, FeelessUsage, Grantee, Grants, LiveAccountGrants, LiveGrant,
	LiveGrantOf, LiveGrantsOf, LiveOrganizationGrants, MemberRole, Moment, NextBreakGlassId,
	NextConsentId, Onboarded, OpenBreakGlass, OpenCasesOfOrganization, OpenCasesOfPractitioner,
	OrganizationKind, PatientGrantAt, PatientGrantCount, PeriodUsage, PurposeOfUse, RecordCategory,
	RecordId, TrialProtocol,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::CheckIfFeeless,
	traits::{fungible::InspectHold, Hooks},
	BoundedVec,
};
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

/// `participant`'s research consent for `trial`, sponsored by the hospital.
fn research_consent(participant: u64, trial: TrialProtocol) -> Result<ConsentId, ConsentError> {
	<Consent as ConsentProvider<u64>>::research_consent(&participant, trial, HOSPITAL)
}

fn acts_for_patient(who: u64, patient: u64) -> bool {
	<Consent as ConsentProvider<u64>>::acts_for_patient(&who, &patient)
}

/// Grant `consent`, which must exist.
fn grant_of(consent: ConsentId) -> ConsentGrantOf<Test> {
	Grants::<Test>::get(consent).expect("the grant exists")
}

/// `patient`'s live lists, every grantee's, merged in grant order.
fn live_list(patient: u64) -> Vec<LiveGrantOf<Test>> {
	let mut entries: Vec<LiveGrantOf<Test>> =
		LiveAccountGrants::<Test>::iter_prefix_values(patient)
			.chain(LiveOrganizationGrants::<Test>::iter_prefix_values(patient))
			.flat_map(|live| live.into_inner())
			.collect();
	entries.sort_by_key(|entry| entry.id);
	entries
}

/// The ids in `patient`'s live list, in order.
fn live_ids(patient: u64) -> Vec<ConsentId> {
	live_list(patient).iter().map(|entry| entry.id).collect()
}

/// Stores `entries` as `patient`'s live list for `grantee`, bypassing the calls.
fn set_live_list(patient: u64, grantee: &Grantee<u64>, entries: Vec<LiveGrantOf<Test>>) {
	let live: LiveGrantsOf<Test> = BoundedVec::truncate_from(entries);
	Consent::put_live_list(&patient, grantee, live);
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
fn records(page: Vec<(u64, AccessLogEntryOf<Test>)>) -> Vec<(u64, Option<RecordId>)> {
	page.into_iter().map(|(index, entry)| (index, entry.record)).collect()
}

/// How many entries `patient`'s access log has ever had.
fn log_entries(patient: u64) -> u64 {
	AccessLogHeads::<Test>::get(patient).entry_count
}

/// What `who` holds as onboarding deposits.
fn held_for_onboarding(who: u64) -> u64 {
	Balances::balance_on_hold(
		&RuntimeHoldReason::Consent(crate::HoldReason::PatientOnboarding),
		&who,
	)
}

/// Every case opened for `org`, read page by page, sorted.
fn cases_of(org: u32) -> Vec<BreakGlassId> {
	let mut cases = Vec::new();
	let mut cursor = None;
	loop {
		let page = Consent::break_glass_cases_of(org, cursor, 10);
		assert!(page.len() <= 2, "a page is capped at MaxPageSize");
		match page.last() {
			Some((last, _, _)) => cursor = Some(*last),
			None => break,
		}
		cases.extend(page.into_iter().map(|(case, _, _)| case));
	}
	cases.sort();
	cases
}

/// Moves the chain on to block `block`, with its time.
fn go_to_block(block: u64, now: Moment) {
	System::set_block_number(block);
	set_time(now);
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
				index: 0,
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
		assert!(live_list(GUARDIAN).is_empty());
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

// The bound is per grantee (it was per patient until the live lists were keyed by grantee
// as well): a grantee's list full of grants that have not ended refuses one more grant to
// that grantee, and only to it.
#[test]
fn grant_fails_when_the_grantees_live_list_holds_only_grants_that_have_not_ended() {
	new_test_ext().execute_with(|| {
		grant(to_hospital());
		grant(ConsentTerms { purpose: PurposeOfUse::Payment, ..to_hospital() });
		// Not valid yet, but not ended either: it stays.
		grant(ConsentTerms { valid_from: Some(START + 1_000), ..to_hospital() });

		assert_noop!(
			Consent::grant(RuntimeOrigin::signed(PATIENT), PATIENT, to_hospital()),
			Error::<Test>::TooManyGrants
		);
		assert_ok!(Consent::grant(
			RuntimeOrigin::signed(PATIENT),
			PATIENT,
			terms_for(Grantee::Account(DOCTOR))
		));
	});
}

// Attack: a patient's grants to many others (or a flood of them) must not make the checks
// about one accessor read more: a check reads the accessor's list and its organisation's,
// each bounded, and nothing else.
#[test]
fn a_check_reads_only_the_accessors_and_its_organisations_live_lists() {
	new_test_ext().execute_with(|| {
		let others: Vec<u64> = (1_000..1_010).collect();
		for other in &others {
			grant(terms_for(Grantee::Account(*other)));
		}
		let consent = grant(to_hospital());

		assert_eq!(live_ids(PATIENT).len(), others.len() + 1);
		assert_eq!(LiveAccountGrants::<Test>::iter_prefix(PATIENT).count(), others.len());
		assert_eq!(
			LiveOrganizationGrants::<Test>::get(PATIENT, HOSPITAL)
				.iter()
				.map(|entry| entry.id)
				.collect::<Vec<_>>(),
			vec![consent]
		);
		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Treatment)),
			Ok(AccessBasis::Consent(consent))
		);
	});
}

// When the accessor has a grant of its own and its organisation has one, both covering,
// the older answers, as it did when all of a patient's grants were in one list.
#[test]
fn the_oldest_covering_grant_answers_across_the_accessors_and_organisations_lists() {
	new_test_ext().execute_with(|| {
		let to_doctor = grant(terms_for(Grantee::Account(DOCTOR)));
		let to_hospital_grant = grant(to_hospital());
		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Treatment)),
			Ok(AccessBasis::Consent(to_doctor))
		);

		revoke(to_doctor);
		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Treatment)),
			Ok(AccessBasis::Consent(to_hospital_grant))
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
		let record = Onboarded::<Test>::get(PATIENT).expect("the patient is onboarded");
		assert_eq!((record.org, record.at, record.depositor), (HOSPITAL, 1, DOCTOR));
		assert_eq!(held_for_onboarding(DOCTOR), ONBOARDING_DEPOSIT);
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
				role: MemberRole::Practitioner,
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
		let (listed, _) = Consent::consents(&PATIENT, None, 10);
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
		assert_eq!(log_entries(PATIENT), 0);
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

		let entry = AccessLogEntry {
			accessor: DOCTOR,
			org: Some(HOSPITAL),
			basis: AccessBasis::Consent(consent),
			purpose: PurposeOfUse::Treatment,
			category: RecordCategory::LaboratoryReport,
			record: Some(42),
			at: START + 7,
			block: 3,
		};
		let chain_head = AccessLogHead::chain(H256::zero(), 0, &entry);
		assert_eq!(AccessLog::<Test>::get(PATIENT, 0), Some(entry.clone()));
		assert_eq!(
			AccessLogHeads::<Test>::get(PATIENT),
			AccessLogHead { entry_count: 1, head: chain_head }
		);
		System::assert_last_event(
			Event::AccessRecorded { patient: PATIENT, index: 0, entry, chain_head }.into(),
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

		assert_eq!(log_entries(PATIENT), 0);
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

// The log used to refuse every read, emergencies included, once `MaxAccessLogEntries` reads
// had been logged: any reader with consent could lock a patient out of care. It is a ring now.
#[test]
fn a_reader_cannot_lock_a_patient_out_by_filling_the_access_log() {
	new_test_ext().execute_with(|| {
		grant(to_hospital());
		let read = doctor_reads(PurposeOfUse::Treatment);
		// The attacker fills the log (capacity 3) and goes on reading.
		for record in 0..MAX_READS_PER_PERIOD {
			assert!(record_read(&read, Some(RecordId::from(record))).is_ok());
		}

		// A clinician of another organisation breaks the glass and reads: not refused.
		let case = break_glass(CLINICIAN, PATIENT);
		let emergency = AccessRequest {
			accessor: CLINICIAN,
			organization: Some(CLINIC),
			..doctor_reads(PurposeOfUse::Emergency)
		};
		assert_eq!(record_read(&emergency, Some(99)), Ok(AccessBasis::BreakGlass(case)));

		// Five entries written; the newest three are on chain, the emergency read among them.
		assert_eq!(log_entries(PATIENT), 5);
		assert_eq!(
			records(Consent::access_log(&PATIENT, None, 10)),
			vec![(4, Some(99)), (3, Some(3))]
		);
		assert_eq!(records(Consent::access_log(&PATIENT, Some(3), 10)), vec![(2, Some(2))]);
		assert!(Consent::access_log(&PATIENT, Some(2), 10).is_empty());
		assert_ok!(Consent::do_try_state());
	});
}

#[test]
fn the_access_log_hash_chain_accounts_for_every_entry_ever_written() {
	new_test_ext().execute_with(|| {
		grant(to_hospital());
		let read = doctor_reads(PurposeOfUse::Treatment);
		let mut archive = Vec::new();
		for record in 0..MAX_READS_PER_PERIOD {
			assert!(record_read(&read, Some(RecordId::from(record))).is_ok());
			let Some(Event::AccessRecorded { index, entry, chain_head, .. }) =
				System::events().into_iter().rev().find_map(|record| match record.event {
					RuntimeEvent::Consent(event @ Event::AccessRecorded { .. }) => Some(event),
					_ => None,
				})
			else {
				panic!("every logged read emits AccessRecorded");
			};
			archive.push((index, entry, chain_head));
		}

		// An archive of the events recomputes the head the chain holds...
		let replay = |entries: &[(u64, AccessLogEntryOf<Test>, H256)]| {
			entries.iter().fold(H256::zero(), |head, (index, entry, _)| {
				AccessLogHead::chain(head, *index, entry)
			})
		};
		let head = AccessLogHeads::<Test>::get(PATIENT);
		assert_eq!(head.entry_count, u64::from(MAX_READS_PER_PERIOD));
		assert_eq!(replay(&archive), head.head);
		assert_eq!(archive.last().map(|(_, _, chain_head)| *chain_head), Some(head.head));
		// ...and one that lost or altered an entry no longer does.
		let mut lost = archive.clone();
		lost.remove(1);
		assert_ne!(replay(&lost), head.head);
		let mut altered = archive;
		if let Some((_, entry, _)) = altered.first_mut() {
			entry.accessor = STRANGER;
		}
		assert_ne!(replay(&altered), head.head);
	});
}

#[test]
fn a_reader_is_rate_limited_per_patient_without_affecting_other_readers() {
	new_test_ext().execute_with(|| {
		grant(to_hospital());
		grant(terms_for(Grantee::Organization(CLINIC)));
		let read = doctor_reads(PurposeOfUse::Treatment);
		for record in 0..MAX_READS_PER_PERIOD {
			assert!(record_read(&read, Some(RecordId::from(record))).is_ok());
		}

		assert_eq!(record_read(&read, Some(9)), Err(ConsentError::ReadRateExceeded));
		assert_eq!(log_entries(PATIENT), u64::from(MAX_READS_PER_PERIOD));
		// Checking without reading is not limited.
		assert!(permission(&read).is_ok());
		// Another reader of the same patient is not affected...
		let clinic_read =
			AccessRequest { accessor: CLINICIAN, organization: Some(CLINIC), ..read.clone() };
		assert!(record_read(&clinic_read, Some(9)).is_ok());
		// ...nor the same reader of another patient.
		let other = grant_as(OTHER_PATIENT, OTHER_PATIENT, to_hospital());
		let other_read = AccessRequest { patient: OTHER_PATIENT, ..read.clone() };
		assert_eq!(record_read(&other_read, None), Ok(AccessBasis::Consent(other)));
		// The next period the reader reads again.
		go_to_block(1 + READ_RATE_PERIOD, START + 60_000);
		assert!(record_read(&read, Some(9)).is_ok());
		assert_eq!(
			crate::ReadRate::<Test>::get(PATIENT, DOCTOR),
			Some(PeriodUsage { period: 1, calls: 1 })
		);
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

// Research consent used to match on purpose only: a throwaway account could "consent" to
// any organisation, or to itself, and enrol.
#[test]
fn research_consent_needs_a_grant_to_the_sponsor_that_allows_reading() {
	new_test_ext().execute_with(|| {
		let trial = TrialProtocol { trial: 4, protocol_version: 1 };
		let research = PurposeOfUse::Research(Some(trial));
		grant(ConsentTerms { purpose: research, ..terms_for(Grantee::Organization(CLINIC)) });
		let to_an_account =
			grant(ConsentTerms { purpose: research, ..terms_for(Grantee::Account(STRANGER)) });
		grant(ConsentTerms { purpose: research, actions: ConsentActions::WRITE, ..to_hospital() });
		assert_eq!(research_consent(PATIENT, trial), Err(ConsentError::NoConsent));

		// (The mock's live list holds three grants: make room for a fourth.)
		revoke(to_an_account);
		let to_sponsor = grant(ConsentTerms { purpose: research, ..to_hospital() });
		assert_eq!(research_consent(PATIENT, trial), Ok(to_sponsor));
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

		let (page, next) = Consent::consents(&PATIENT, None, 10);
		let ids: Vec<_> = page.iter().map(|(index, consent, _)| (*index, *consent)).collect();
		assert_eq!(ids, vec![(2, third), (1, second)]);
		assert_eq!(page.get(1).map(|(_, _, grant)| grant.status), Some(ConsentStatus::Expired));
		assert_eq!(next, Some(1));

		let (page, next) = Consent::consents(&PATIENT, next, 10);
		let ids: Vec<_> = page.iter().map(|(index, consent, _)| (*index, *consent)).collect();
		assert_eq!(ids, vec![(0, first)]);
		assert_eq!(next, None);
		assert_eq!(Consent::consents(&PATIENT, Some(0), 10), (vec![], None));
		assert_eq!(Consent::consents(&PATIENT, None, 1).0.len(), 1);
		assert_eq!(Consent::consents(&OTHER_PATIENT, None, 10), (vec![], None));
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
		assert_eq!(records(Consent::access_log(&PATIENT, None, 1)), vec![(2, Some(12))]);

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
		assert_noop!(Consent::offboard_patient(none(), PATIENT), BadOrigin);
		assert_noop!(Consent::prune_grants(none(), PATIENT, BoundedVec::new()), BadOrigin);
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
		set_live_list(
			OTHER_PATIENT,
			&Grantee::Organization(HOSPITAL),
			vec![grant_of(consent).live_grant(consent)],
		);

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
			set_live_list(PATIENT, &Grantee::Organization(HOSPITAL), vec![wrong]);
			assert!(Consent::do_try_state().is_err());
		}
		set_live_list(PATIENT, &Grantee::Organization(HOSPITAL), vec![entry.clone()]);
		assert_ok!(Consent::do_try_state());

		// Revoked in its record but not in the live list.
		revoke(consent);
		assert_ok!(Consent::do_try_state());
		set_live_list(PATIENT, &Grantee::Organization(HOSPITAL), vec![entry]);
		assert!(Consent::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_grant_listed_twice() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());
		let entry = grant_of(consent).live_grant(consent);

		set_live_list(PATIENT, &Grantee::Organization(HOSPITAL), vec![entry.clone(), entry]);

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

#[test]
fn try_state_detects_an_access_log_that_disagrees_with_its_head() {
	new_test_ext().execute_with(|| {
		grant(to_hospital());
		assert!(record_read(&doctor_reads(PurposeOfUse::Treatment), None).is_ok());
		assert_ok!(Consent::do_try_state());

		AccessLogHeads::<Test>::mutate(PATIENT, |head| head.entry_count = 2);

		assert!(Consent::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_case_missing_from_its_organisation() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);
		CasesOfOrganization::<Test>::remove(HOSPITAL, case);

		assert!(Consent::do_try_state().is_err());
	});
}

// --- break-glass is bound to the practitioner's organisation and role ---

/// The doctor's emergency read of `PATIENT`'s records, for the hospital.
fn emergency_read_by_doctor() -> Result<AccessBasis, ConsentError> {
	record_read(&doctor_reads(PurposeOfUse::Emergency), None)
}

// A practitioner whose hospital is suspended used to leave, join an insurer and keep
// reading for the rest of the window: the case followed the account.
#[test]
fn break_glass_ends_when_the_practitioner_leaves_for_another_organisation() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);
		assert_eq!(emergency_read_by_doctor(), Ok(AccessBasis::BreakGlass(case)));

		MockRegistry::suspend(HOSPITAL);
		assert_eq!(emergency_read_by_doctor(), Err(ConsentError::NoConsent));
		MockRegistry::set(DOCTOR, 7, OrganizationKind::Insurer, MemberRole::Practitioner);
		let as_insurer =
			AccessRequest { organization: Some(7), ..doctor_reads(PurposeOfUse::Emergency) };
		assert_eq!(record_read(&as_insurer, None), Err(ConsentError::NoConsent));
		// Even back at a hospital of the same kind, the case was the other hospital's.
		MockRegistry::set(DOCTOR, 8, OrganizationKind::Hospital, MemberRole::Practitioner);
		let elsewhere =
			AccessRequest { organization: Some(8), ..doctor_reads(PurposeOfUse::Emergency) };
		assert_eq!(record_read(&elsewhere, None), Err(ConsentError::NoConsent));
		assert_eq!(log_entries(PATIENT), 1);
	});
}

#[test]
fn break_glass_pauses_while_the_organisation_is_suspended() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);
		MockRegistry::suspend(HOSPITAL);
		assert_eq!(emergency_read_by_doctor(), Err(ConsentError::NoConsent));

		MockRegistry::reactivate(HOSPITAL);
		assert_eq!(emergency_read_by_doctor(), Ok(AccessBasis::BreakGlass(case)));
	});
}

#[test]
fn break_glass_does_not_survive_a_change_of_role() {
	new_test_ext().execute_with(|| {
		break_glass(DOCTOR, PATIENT);

		MockRegistry::set(DOCTOR, HOSPITAL, OrganizationKind::Hospital, MemberRole::Admin);

		assert_eq!(emergency_read_by_doctor(), Err(ConsentError::NoConsent));
	});
}

#[test]
fn break_glass_reads_only_for_the_organisation_it_was_opened_for() {
	new_test_ext().execute_with(|| {
		break_glass(DOCTOR, PATIENT);
		let for_nobody =
			AccessRequest { organization: None, ..doctor_reads(PurposeOfUse::Emergency) };
		let for_clinic =
			AccessRequest { organization: Some(CLINIC), ..doctor_reads(PurposeOfUse::Emergency) };

		assert_eq!(record_read(&for_nobody, None), Err(ConsentError::NoConsent));
		assert_eq!(record_read(&for_clinic, None), Err(ConsentError::NoConsent));
	});
}

#[test]
fn a_practitioner_cannot_hold_more_open_cases_than_the_bound() {
	new_test_ext().execute_with(|| {
		break_glass(DOCTOR, PATIENT);
		break_glass(DOCTOR, OTHER_PATIENT);

		assert_noop!(
			Consent::break_glass(
				RuntimeOrigin::signed(DOCTOR),
				STRANGER,
				EmergencyReason::Unconscious
			),
			Error::<Test>::TooManyOpenCases
		);

		// Once the cases end, the practitioner may open more.
		set_time(START + BREAK_GLASS_DURATION);
		break_glass(DOCTOR, STRANGER);
		assert_eq!(OpenCasesOfPractitioner::<Test>::get(DOCTOR).len(), 1);
	});
}

#[test]
fn an_organisation_cannot_hold_more_open_cases_than_the_bound() {
	new_test_ext().execute_with(|| {
		break_glass(DOCTOR, PATIENT);
		break_glass(DOCTOR, OTHER_PATIENT);
		break_glass(SECOND_DOCTOR, PATIENT);

		assert_noop!(
			Consent::break_glass(
				RuntimeOrigin::signed(THIRD_DOCTOR),
				PATIENT,
				EmergencyReason::LifeThreatening
			),
			Error::<Test>::OrganizationHasTooManyOpenCases
		);
		// Another organisation's practitioners are not affected.
		break_glass(CLINICIAN, PATIENT);
	});
}

#[test]
fn an_unjustified_finding_frees_the_open_case_slots() {
	new_test_ext().execute_with(|| {
		let first = break_glass(DOCTOR, PATIENT);
		break_glass(DOCTOR, OTHER_PATIENT);

		review(first, false);

		assert_eq!(OpenCasesOfPractitioner::<Test>::get(DOCTOR).len(), 1);
		assert_eq!(OpenCasesOfOrganization::<Test>::get(HOSPITAL).len(), 1);
		break_glass(DOCTOR, STRANGER);
		assert_ok!(Consent::do_try_state());
	});
}

#[test]
fn a_regulator_lists_an_organisations_break_glass_cases() {
	new_test_ext().execute_with(|| {
		let first = break_glass(DOCTOR, PATIENT);
		let second = break_glass(SECOND_DOCTOR, OTHER_PATIENT);
		let clinics = break_glass(CLINICIAN, PATIENT);
		let third = break_glass(THIRD_DOCTOR, STRANGER);
		review(first, true);

		assert_eq!(cases_of(HOSPITAL), vec![first, second, third]);
		assert_eq!(cases_of(CLINIC), vec![clinics]);
		assert!(cases_of(LABORATORY).is_empty());
		let page = Consent::break_glass_cases_of(HOSPITAL, None, 10);
		assert!(page.iter().all(|(case, record, _)| case_of(*case) == *record));
	});
}

// --- a delegate cannot keep access for itself ---

// A delegate used to grant itself access and keep it after the patient removed it.
#[test]
fn a_delegate_cannot_grant_consent_to_itself() {
	new_test_ext().execute_with(|| {
		add_guardian(PATIENT, GUARDIAN);

		assert_noop!(
			Consent::grant(
				RuntimeOrigin::signed(GUARDIAN),
				PATIENT,
				terms_for(Grantee::Account(GUARDIAN))
			),
			Error::<Test>::DelegateCannotGrantToSelf
		);
		// The patient may, and the delegate may grant to others.
		grant(terms_for(Grantee::Account(GUARDIAN)));
		grant_as(GUARDIAN, PATIENT, terms_for(Grantee::Account(DOCTOR)));
	});
}

#[test]
fn a_delegate_cannot_grant_consent_to_an_organisation_it_acts_for() {
	new_test_ext().execute_with(|| {
		add_guardian(PATIENT, DOCTOR);

		assert_noop!(
			Consent::grant(RuntimeOrigin::signed(DOCTOR), PATIENT, to_hospital()),
			Error::<Test>::DelegateCannotGrantToSelf
		);
		grant_as(DOCTOR, PATIENT, terms_for(Grantee::Organization(CLINIC)));
	});
}

#[test]
fn a_removed_delegate_keeps_no_access() {
	new_test_ext().execute_with(|| {
		add_guardian(PATIENT, DOCTOR);
		// While a delegate, it could not grant to itself or its hospital...
		for grantee in [Grantee::Account(DOCTOR), Grantee::Organization(HOSPITAL)] {
			assert_noop!(
				Consent::grant(RuntimeOrigin::signed(DOCTOR), PATIENT, terms_for(grantee)),
				Error::<Test>::DelegateCannotGrantToSelf
			);
		}
		// ...so once removed, it has nothing of the patient's: no read as itself or for its
		// hospital, and no standing to grant.
		assert_ok!(Consent::remove_delegate(RuntimeOrigin::signed(PATIENT), PATIENT, DOCTOR));
		assert_eq!(
			permission(&doctor_reads(PurposeOfUse::Treatment)),
			Err(ConsentError::NoConsent)
		);
		let own_read =
			AccessRequest { organization: None, ..doctor_reads(PurposeOfUse::Treatment) };
		assert_eq!(permission(&own_read), Err(ConsentError::NoConsent));
		assert!(!acts_for_patient(DOCTOR, PATIENT));
		assert_noop!(
			Consent::grant(
				RuntimeOrigin::signed(DOCTOR),
				PATIENT,
				terms_for(Grantee::Account(DOCTOR))
			),
			Error::<Test>::NotPatientOrDelegate
		);
	});
}

// The self-grant check used to ask whether the delegate *acts* for the organisation, which a
// member of a suspended organisation does not: it granted its own hospital while suspended,
// and the grant worked again once the hospital was reactivated.
#[test]
fn a_delegate_of_a_suspended_organisation_cannot_grant_to_it() {
	new_test_ext().execute_with(|| {
		add_guardian(PATIENT, DOCTOR);
		MockRegistry::suspend(HOSPITAL);

		assert_noop!(
			Consent::grant(RuntimeOrigin::signed(DOCTOR), PATIENT, to_hospital()),
			Error::<Test>::DelegateCannotGrantToSelf
		);
	});
}

// --- onboarding is paid for, and can be undone ---

#[test]
fn onboarding_fails_without_the_deposit_and_leaves_no_trace() {
	new_test_ext().execute_with(|| {
		let unfunded = 30;
		MockRegistry::set(unfunded, HOSPITAL, OrganizationKind::Hospital, MemberRole::Practitioner);

		assert!(Consent::onboard_patient(RuntimeOrigin::signed(unfunded), PATIENT).is_err());

		assert!(!Onboarded::<Test>::contains_key(PATIENT));
		assert_eq!(System::providers(&PATIENT), 0);
	});
}

#[test]
fn a_patient_offboards_itself_for_free_and_the_deposit_returns() {
	new_test_ext().execute_with(|| {
		onboard(PATIENT);
		assert!(is_call_feeless(Call::offboard_patient { patient: PATIENT }, PATIENT));

		assert_ok!(Consent::offboard_patient(RuntimeOrigin::signed(PATIENT), PATIENT));

		assert!(!Onboarded::<Test>::contains_key(PATIENT));
		assert_eq!(System::providers(&PATIENT), 0);
		assert_eq!(held_for_onboarding(DOCTOR), 0);
		assert_eq!(Balances::free_balance(DOCTOR), MEMBER_BALANCE);
		System::assert_last_event(
			Event::PatientOffboarded { patient: PATIENT, by: PATIENT }.into(),
		);
		// Its consent calls cost fees again.
		assert!(!is_call_feeless(Call::revoke { consent: 0 }, PATIENT));
	});
}

#[test]
fn a_member_of_the_onboarding_organisation_offboards_a_patient_with_tokens() {
	new_test_ext().execute_with(|| {
		onboard(PATIENT);
		// The patient has tokens of its own now: its account stands without onboarding.
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), PATIENT, MEMBER_BALANCE));
		// A third party pays for its own off-boarding call.
		assert!(!is_call_feeless(Call::offboard_patient { patient: PATIENT }, HOSPITAL_ADMIN));

		assert_ok!(Consent::offboard_patient(RuntimeOrigin::signed(HOSPITAL_ADMIN), PATIENT));

		assert!(!Onboarded::<Test>::contains_key(PATIENT));
		assert_eq!(held_for_onboarding(DOCTOR), 0);
		assert_eq!(System::providers(&PATIENT), 1);
	});
}

// The onboarding organisation used to be able to off-board a tokenless patient, deleting its
// account: the patient could then no longer revoke that organisation's grant.
#[test]
fn an_organisation_cannot_strand_a_tokenless_patient_it_onboarded() {
	new_test_ext().execute_with(|| {
		onboard(PATIENT);
		grant(to_hospital());

		assert_noop!(
			Consent::offboard_patient(RuntimeOrigin::signed(HOSPITAL_ADMIN), PATIENT),
			Error::<Test>::PatientWouldLoseItsAccount
		);
		assert_eq!(System::providers(&PATIENT), 1);
		// The patient keeps its account, and can still revoke for free.
		assert!(is_call_feeless(Call::revoke { consent: 0 }, PATIENT));
	});
}

#[test]
fn only_the_patient_or_the_onboarding_organisation_offboards() {
	new_test_ext().execute_with(|| {
		onboard(PATIENT);
		for outsider in [STRANGER, CLINICIAN, HOSPITAL_AUDITOR, GUARDIAN] {
			assert_noop!(
				Consent::offboard_patient(RuntimeOrigin::signed(outsider), PATIENT),
				Error::<Test>::NotPermittedToOffboard
			);
		}
		assert!(!is_call_feeless(Call::offboard_patient { patient: PATIENT }, STRANGER));
	});
}

#[test]
fn offboarding_an_account_not_onboarded_fails() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consent::offboard_patient(RuntimeOrigin::signed(PATIENT), PATIENT),
			Error::<Test>::NotOnboarded
		);
		assert!(!is_call_feeless(Call::offboard_patient { patient: PATIENT }, PATIENT));
	});
}

#[test]
fn an_account_that_depends_on_its_reference_cannot_be_offboarded() {
	new_test_ext().execute_with(|| {
		onboard(PATIENT);
		assert_ok!(System::inc_consumers(&PATIENT));

		assert_noop!(
			Consent::offboard_patient(RuntimeOrigin::signed(PATIENT), PATIENT),
			Error::<Test>::CannotReleaseAccount
		);
	});
}

// --- ended grants are pruned after their retention ---

/// `by` prunes `consents` of `PATIENT`.
fn prune(by: u64, consents: Vec<ConsentId>) -> sp_runtime::DispatchResult {
	Consent::prune_grants(RuntimeOrigin::signed(by), PATIENT, BoundedVec::truncate_from(consents))
}

#[test]
fn ended_grants_are_pruned_after_the_retention_period() {
	new_test_ext().execute_with(|| {
		let revoked = grant(to_hospital());
		let kept = grant(terms_for(Grantee::Account(DOCTOR)));
		let expired = grant(ConsentTerms { valid_until: Some(START + 10), ..to_hospital() });
		revoke(revoked);
		set_time(START + 10 + GRANT_RETENTION);

		assert_ok!(prune(STRANGER, vec![revoked, expired]));

		assert!(!Grants::<Test>::contains_key(revoked) && !Grants::<Test>::contains_key(expired));
		assert_eq!(PatientGrantAt::<Test>::get(PATIENT, 0), None);
		assert_eq!(PatientGrantAt::<Test>::get(PATIENT, 2), None);
		assert_eq!(live_ids(PATIENT), vec![kept]);
		assert_eq!(crate::StoredGrantCount::<Test>::get(PATIENT), 1);
		System::assert_last_event(Event::GrantsPruned { patient: PATIENT, count: 2 }.into());
		// The history lists what is left around the gaps; the count of grants made stays.
		let (page, next) = Consent::consents(&PATIENT, None, 2);
		assert_eq!(
			page.iter().map(|(index, id, _)| (*index, *id)).collect::<Vec<_>>(),
			vec![(1, kept)]
		);
		assert_eq!(next, Some(1));
		assert_eq!(Consent::consents(&PATIENT, next, 2).0, vec![]);
		assert_eq!(PatientGrantCount::<Test>::get(PATIENT), 3);
		assert_ok!(Consent::do_try_state());
	});
}

// Pruning grants to several grantees empties each grantee's list it touches, and an emptied
// list leaves storage rather than stay as an empty value.
#[test]
fn pruning_grants_to_several_grantees_clears_each_grantees_list() {
	new_test_ext().execute_with(|| {
		let to_doctor = grant(terms_for(Grantee::Account(DOCTOR)));
		let to_hospital_grant = grant(to_hospital());
		let kept = grant(ConsentTerms { purpose: PurposeOfUse::Payment, ..to_hospital() });
		revoke(to_doctor);
		revoke(to_hospital_grant);
		set_time(START + GRANT_RETENTION);

		assert_ok!(prune(STRANGER, vec![to_doctor, to_hospital_grant]));

		assert!(!LiveAccountGrants::<Test>::contains_key(PATIENT, DOCTOR));
		assert_eq!(
			LiveOrganizationGrants::<Test>::get(PATIENT, HOSPITAL)
				.iter()
				.map(|entry| entry.id)
				.collect::<Vec<_>>(),
			vec![kept]
		);
		assert_ok!(Consent::do_try_state());
	});
}

#[test]
fn try_state_detects_a_grant_in_force_missing_from_its_list() {
	new_test_ext().execute_with(|| {
		grant(to_hospital());
		set_live_list(PATIENT, &Grantee::Organization(HOSPITAL), vec![]);

		assert!(Consent::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_an_empty_live_list_in_storage() {
	new_test_ext().execute_with(|| {
		LiveAccountGrants::<Test>::insert(PATIENT, DOCTOR, LiveGrantsOf::<Test>::default());

		assert!(Consent::do_try_state().is_err());
	});
}

#[test]
fn grants_in_force_or_recently_ended_are_not_pruned() {
	new_test_ext().execute_with(|| {
		let active = grant(to_hospital());
		let revoked = grant(terms_for(Grantee::Account(DOCTOR)));
		revoke(revoked);
		set_time(START + GRANT_RETENTION - 1);

		for consent in [active, revoked] {
			assert_noop!(prune(STRANGER, vec![consent]), Error::<Test>::GrantStillRetained);
		}
		set_time(START + GRANT_RETENTION);
		assert_noop!(prune(STRANGER, vec![revoked, active]), Error::<Test>::GrantStillRetained);
		assert_ok!(prune(STRANGER, vec![revoked]));
	});
}

#[test]
fn pruning_another_patients_an_unknown_or_no_grant_fails() {
	new_test_ext().execute_with(|| {
		let consent = grant(to_hospital());
		revoke(consent);
		set_time(START + GRANT_RETENTION);

		assert_noop!(
			Consent::prune_grants(
				RuntimeOrigin::signed(STRANGER),
				OTHER_PATIENT,
				BoundedVec::truncate_from(vec![consent])
			),
			Error::<Test>::NotThePatientsGrant
		);
		assert_noop!(prune(STRANGER, vec![consent + 1]), Error::<Test>::UnknownConsent);
		assert_noop!(prune(STRANGER, vec![consent, consent]), Error::<Test>::UnknownConsent);
		assert_noop!(prune(STRANGER, vec![]), Error::<Test>::NothingToPrune);
	});
}

// Onboarded accounts used to get 20 free grants a day that stayed in storage for good.
#[test]
fn feeless_grants_stop_at_the_stored_grant_bound_until_the_patient_prunes_for_free() {
	new_test_ext().execute_with(|| {
		onboard(PATIENT);
		let grant_call = || Call::grant { patient: PATIENT, terms: to_hospital() };
		let mut grants = Vec::new();
		for block in 0..u64::from(MAX_FEELESS_STORED_GRANTS) {
			// A new feeless period for each grant, so only the storage bound can stop it.
			go_to_block(1 + block * FEELESS_PERIOD, START);
			assert!(is_call_feeless(grant_call(), PATIENT));
			let consent = grant(to_hospital());
			revoke(consent);
			grants.push(consent);
		}
		go_to_block(1 + u64::from(MAX_FEELESS_STORED_GRANTS) * FEELESS_PERIOD, START);
		assert!(!is_call_feeless(grant_call(), PATIENT), "the stored-grant bound is reached");

		set_time(START + GRANT_RETENTION);
		let prune_call = |consents: Vec<ConsentId>| Call::prune_grants {
			patient: PATIENT,
			consents: BoundedVec::truncate_from(consents),
		};
		assert!(is_call_feeless(prune_call(grants.clone()), PATIENT), "pruning its own is free");
		assert!(!is_call_feeless(prune_call(grants.clone()), STRANGER), "others pay to prune");
		assert!(!is_call_feeless(prune_call(vec![99]), PATIENT), "a failing prune is not free");
		assert_ok!(prune(PATIENT, grants));
		assert!(is_call_feeless(grant_call(), PATIENT));
	});
}

#[test]
fn the_pallet_declares_its_storage_version() {
	new_test_ext().execute_with(|| {
		use frame_support::traits::{GetStorageVersion, StorageVersion};
		assert_eq!(Consent::in_code_storage_version(), StorageVersion::new(2));
		Consent::integrity_test();
	});
}

#[test]
fn emergency_reads_are_not_rate_limited() {
	new_test_ext().execute_with(|| {
		let case = break_glass(DOCTOR, PATIENT);
		let emergency = doctor_reads(PurposeOfUse::Emergency);
		for _ in 0..=MAX_READS_PER_PERIOD {
			assert_eq!(record_read(&emergency, None), Ok(AccessBasis::BreakGlass(case)));
		}
		assert_eq!(crate::ReadRate::<Test>::get(PATIENT, DOCTOR), None);
		// Routine reads by the same reader are counted, and limited, as before.
		grant(to_hospital());
		for _ in 0..MAX_READS_PER_PERIOD {
			assert!(record_read(&doctor_reads(PurposeOfUse::Treatment), None).is_ok());
		}
		assert_eq!(
			record_read(&doctor_reads(PurposeOfUse::Treatment), None),
			Err(ConsentError::ReadRateExceeded)
		);
		assert_eq!(record_read(&emergency, None), Ok(AccessBasis::BreakGlass(case)));
	});
}
