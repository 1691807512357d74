//! Health records and consent wired together: `pallet-ehr-anchor` asks `pallet-consent`
//! before every write and every read, and `pallet-consent` logs the reads it permits. The
//! actors are the demo consortium's accounts of the development chain.

// Test arithmetic on small, known values: an overflow would fail the test loudly.
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::{demo, set_time, with_development_chain, NOW};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::CheckIfFeeless,
	traits::{Get, UnfilteredDispatchable},
};
use healthchain_primitives::{
	AccessBasis, ConsentId, Moment, OrgId, PurposeOfUse, RecordCategory, RecordId,
};
use healthchain_runtime::{
	AccountId, Consent, EhrAnchor, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use pallet_consent::{
	CategoryScope, ConsentActions, ConsentTerms, ConsentTermsOf, EmergencyReason, Grantee,
};
use pallet_ehr_anchor::HashAlgorithm;
use sp_core::H256;
use sp_keyring::Sr25519Keyring;

/// The demo hospital (see `demo_consortium.rs`).
const HOSPITAL: OrgId = 0;
const HOUR: Moment = 60 * 60 * 1000;

fn patient() -> AccountId {
	Sr25519Keyring::Dave.to_account_id()
}

fn practitioner() -> AccountId {
	demo("HospitalPractitioner")
}

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

fn terms(read: bool, write: bool, valid_until: Option<Moment>) -> ConsentTermsOf<Runtime> {
	ConsentTerms {
		grantee: Grantee::Organization(HOSPITAL),
		actions: ConsentActions { read, write },
		categories: CategoryScope::All,
		purpose: PurposeOfUse::Treatment,
		valid_from: None,
		valid_until,
	}
}

/// The patient grants the demo hospital what `terms` say; the grant's id.
fn grant_hospital(terms: ConsentTermsOf<Runtime>) -> ConsentId {
	let consent = pallet_consent::NextConsentId::<Runtime>::get();
	assert_ok!(Consent::grant(signed(&patient()), patient(), terms));
	consent
}

/// The hospital's practitioner anchors a laboratory report for the patient.
fn anchor_report(seed: u8) -> Result<RecordId, sp_runtime::DispatchError> {
	let record = pallet_ehr_anchor::NextRecordId::<Runtime>::get();
	EhrAnchor::anchor(
		signed(&practitioner()),
		patient(),
		RecordCategory::LaboratoryReport,
		H256::repeat_byte(seed),
		HashAlgorithm::Sha2_256,
		b"ipfs://bafy-report".to_vec().try_into().expect("a short locator"),
		None,
	)
	.map(|()| record)
}

/// The patient anchors a document of their own (no consent needed).
fn anchor_patient_generated(seed: u8) -> RecordId {
	let record = pallet_ehr_anchor::NextRecordId::<Runtime>::get();
	assert_ok!(EhrAnchor::anchor(
		signed(&patient()),
		patient(),
		RecordCategory::PatientGenerated,
		H256::repeat_byte(seed),
		HashAlgorithm::Blake2_256,
		b"ipfs://bafy-diary".to_vec().try_into().expect("a short locator"),
		None,
	));
	record
}

fn request_access(
	who: &AccountId,
	record: RecordId,
	purpose: PurposeOfUse,
) -> sp_runtime::DispatchResult {
	EhrAnchor::request_access(signed(who), record, purpose)
}

fn logged_reads() -> Vec<(Option<RecordId>, AccessBasis)> {
	Consent::access_log(&patient(), None, 100)
		.into_iter()
		.map(|(_, entry)| (entry.record, entry.basis))
		.collect()
}

#[test]
fn a_practitioner_anchors_only_with_the_patients_write_consent() {
	with_development_chain(|| {
		assert_noop!(anchor_report(1), pallet_ehr_anchor::Error::<Runtime>::NoConsent);
		let consent = grant_hospital(terms(false, true, None));
		let record = anchor_report(1).expect("the patient consented");
		System::assert_has_event(RuntimeEvent::EhrAnchor(
			pallet_ehr_anchor::Event::RecordAnchored {
				record,
				patient: patient(),
				org: Some(HOSPITAL),
				category: RecordCategory::LaboratoryReport,
			},
		));
		// Write consent is not read consent.
		assert_noop!(
			request_access(&practitioner(), record, PurposeOfUse::Treatment),
			pallet_ehr_anchor::Error::<Runtime>::NoConsent
		);
		assert!(consent < pallet_consent::NextConsentId::<Runtime>::get());
	});
}

#[test]
fn revoked_consent_blocks_an_anchor_and_a_read() {
	with_development_chain(|| {
		let consent = grant_hospital(terms(true, true, None));
		let record = anchor_report(1).expect("the patient consented");
		assert_ok!(request_access(&practitioner(), record, PurposeOfUse::Treatment));

		assert_ok!(Consent::revoke(signed(&patient()), consent));
		assert_noop!(anchor_report(2), pallet_ehr_anchor::Error::<Runtime>::ConsentRevoked);
		assert_noop!(
			request_access(&practitioner(), record, PurposeOfUse::Treatment),
			pallet_ehr_anchor::Error::<Runtime>::ConsentRevoked
		);
		assert_eq!(logged_reads(), vec![(Some(record), AccessBasis::Consent(consent))]);
	});
}

#[test]
fn expired_consent_blocks_an_anchor_and_a_read() {
	with_development_chain(|| {
		let consent = grant_hospital(terms(true, true, Some(NOW + HOUR)));
		let record = anchor_report(1).expect("the consent is valid");
		assert_ok!(request_access(&practitioner(), record, PurposeOfUse::Treatment));

		// Nobody marks the grant expired: the check sees its period has ended.
		set_time(NOW + HOUR);
		assert_noop!(anchor_report(2), pallet_ehr_anchor::Error::<Runtime>::ConsentExpired);
		assert_noop!(
			request_access(&practitioner(), record, PurposeOfUse::Treatment),
			pallet_ehr_anchor::Error::<Runtime>::ConsentExpired
		);
		assert_eq!(logged_reads(), vec![(Some(record), AccessBasis::Consent(consent))]);
	});
}

#[test]
fn the_access_log_records_each_permitted_read_and_nothing_for_a_refused_one() {
	with_development_chain(|| {
		let consent = grant_hospital(terms(true, true, None));
		let first = anchor_report(1).expect("consented");
		let second = anchor_report(2).expect("consented");

		assert_ok!(request_access(&practitioner(), first, PurposeOfUse::Treatment));
		// Consent is for treatment, not for payment; the pharmacist's pharmacy has none.
		assert_noop!(
			request_access(&practitioner(), second, PurposeOfUse::Payment),
			pallet_ehr_anchor::Error::<Runtime>::NoConsent
		);
		assert_noop!(
			request_access(&demo("PharmacyPharmacist"), second, PurposeOfUse::Treatment),
			pallet_ehr_anchor::Error::<Runtime>::NoConsent
		);
		assert_ok!(request_access(&practitioner(), second, PurposeOfUse::Treatment));

		// Newest first.
		assert_eq!(
			logged_reads(),
			vec![
				(Some(second), AccessBasis::Consent(consent)),
				(Some(first), AccessBasis::Consent(consent)),
			]
		);
	});
}

#[test]
fn break_glass_opens_emergency_reads_and_closes_by_itself() {
	with_development_chain(|| {
		let record = anchor_patient_generated(9);
		assert_noop!(
			request_access(&practitioner(), record, PurposeOfUse::Emergency),
			pallet_ehr_anchor::Error::<Runtime>::NoConsent
		);

		let case = pallet_consent::NextBreakGlassId::<Runtime>::get();
		assert_ok!(Consent::break_glass(
			signed(&practitioner()),
			patient(),
			EmergencyReason::Unconscious
		));
		assert_ok!(request_access(&practitioner(), record, PurposeOfUse::Emergency));
		assert_eq!(logged_reads(), vec![(Some(record), AccessBasis::BreakGlass(case))]);

		// It closes by itself once its period is over.
		let duration: Moment = <Runtime as pallet_consent::Config>::BreakGlassDuration::get();
		set_time(NOW + duration);
		assert_noop!(
			request_access(&practitioner(), record, PurposeOfUse::Emergency),
			pallet_ehr_anchor::Error::<Runtime>::NoConsent
		);

		// Until a regulator's auditor reviews it, it waits for review, overdue after the
		// review period.
		let pending = Consent::break_glass_awaiting_review(None, 10);
		assert_eq!(
			pending.iter().map(|(id, _, overdue)| (*id, *overdue)).collect::<Vec<_>>(),
			[(case, false)]
		);
		let review: Moment = <Runtime as pallet_consent::Config>::BreakGlassReviewPeriod::get();
		set_time(NOW + review);
		let pending = Consent::break_glass_awaiting_review(None, 10);
		assert_eq!(
			pending.iter().map(|(id, _, overdue)| (*id, *overdue)).collect::<Vec<_>>(),
			[(case, true)]
		);

		assert_noop!(
			Consent::review_break_glass(
				signed(&demo("HospitalAdmin")),
				case,
				true,
				H256::repeat_byte(3)
			),
			pallet_consent::Error::<Runtime>::NotARegulator
		);
		assert_ok!(Consent::review_break_glass(
			signed(&demo("RegulatorAuditor")),
			case,
			true,
			H256::repeat_byte(3)
		));
		assert!(Consent::break_glass_awaiting_review(None, 10).is_empty());
	});
}

#[test]
fn an_onboarded_patient_calls_consent_without_fees_within_the_allowance() {
	with_development_chain(|| {
		let newcomer = demo("TokenlessPatient");
		// Each to its own account: a patient holds at most `MaxGrantsPerGrantee` grants in
		// force to one grantee, fewer than the allowance.
		let grant = |seed: u8| {
			RuntimeCall::Consent(pallet_consent::Call::grant {
				patient: newcomer.clone(),
				terms: ConsentTerms {
					grantee: Grantee::Account(AccountId::from([seed.wrapping_add(100); 32])),
					valid_until: Some(NOW + Moment::from(seed) * HOUR + HOUR),
					..terms(true, false, None)
				},
			})
		};
		assert!(!grant(0).is_feeless(&signed(&newcomer)), "not onboarded yet");
		assert_eq!(System::providers(&newcomer), 0);

		assert_ok!(Consent::onboard_patient(signed(&practitioner()), newcomer.clone()));
		assert_eq!(System::providers(&newcomer), 1, "onboarding makes the account exist");

		let allowance: u32 = <Runtime as pallet_consent::Config>::FeelessCallsPerPeriod::get();
		for seed in 0..allowance {
			let call = grant(seed as u8);
			assert!(call.is_feeless(&signed(&newcomer)), "call {seed} is within the allowance");
			assert_ok!(call.dispatch_bypass_filter(signed(&newcomer)));
		}
		assert!(!grant(0).is_feeless(&signed(&newcomer)), "the allowance is used up");
		// Other accounts never call feeless.
		assert!(!RuntimeCall::Consent(pallet_consent::Call::grant {
			patient: patient(),
			terms: terms(true, false, None)
		})
		.is_feeless(&signed(&patient())));
	});
}

// --- abuse paths closed (docs/THREAT-MODEL.md) ---

/// The practitioner's emergency read of `record`.
fn emergency_read(who: &AccountId, record: RecordId) -> sp_runtime::DispatchResult {
	request_access(who, record, PurposeOfUse::Emergency)
}

#[test]
fn a_suspended_hospitals_practitioner_loses_break_glass_access() {
	with_development_chain(|| {
		let record = anchor_patient_generated(9);
		assert_ok!(Consent::break_glass(
			signed(&practitioner()),
			patient(),
			EmergencyReason::Unconscious
		));
		assert_ok!(emergency_read(&practitioner(), record));

		assert_ok!(healthchain_runtime::Organizations::suspend_organization(
			RuntimeOrigin::root(),
			HOSPITAL,
			H256::repeat_byte(4)
		));

		assert_noop!(
			emergency_read(&practitioner(), record),
			pallet_ehr_anchor::Error::<Runtime>::OrganizationSuspended
		);
		// The registry refuses the member before consent is asked; consent itself no longer
		// lets the case through either.
		let request = healthchain_primitives::AccessRequest {
			patient: patient(),
			accessor: practitioner(),
			organization: Some(HOSPITAL),
			action: healthchain_primitives::ConsentAction::Read,
			category: RecordCategory::PatientGenerated,
			purpose: PurposeOfUse::Emergency,
		};
		assert_eq!(
			Consent::check_access(&request),
			Err(healthchain_primitives::ConsentError::NoConsent)
		);
		assert_ok!(healthchain_runtime::Organizations::reactivate_organization(
			RuntimeOrigin::root(),
			HOSPITAL
		));
		assert_ok!(emergency_read(&practitioner(), record));
	});
}

// A practitioner whose hospital was suspended used to leave, join an insurer and keep reading
// for the rest of the break-glass window: the case followed the account.
#[test]
fn a_practitioner_who_moves_to_an_insurer_keeps_no_break_glass_access() {
	use healthchain_runtime::Organizations;
	const INSURER: OrgId = 10;
	with_development_chain(|| {
		let record = anchor_patient_generated(9);
		assert_ok!(Consent::break_glass(
			signed(&practitioner()),
			patient(),
			EmergencyReason::Unconscious
		));
		assert_ok!(Organizations::suspend_organization(
			RuntimeOrigin::root(),
			HOSPITAL,
			H256::repeat_byte(4)
		));

		assert_ok!(Organizations::leave(signed(&practitioner())));
		assert_ok!(Organizations::add_member(
			signed(&demo("InsurerAdmin")),
			INSURER,
			practitioner(),
			healthchain_primitives::MemberRole::Practitioner
		));
		assert_ok!(Organizations::accept_invitation(signed(&practitioner()), INSURER));

		assert_noop!(
			emergency_read(&practitioner(), record),
			pallet_ehr_anchor::Error::<Runtime>::NoConsent
		);
		assert!(logged_reads().is_empty());
	});
}

#[test]
fn one_reader_flooding_reads_locks_nobody_out() {
	with_development_chain(|| {
		grant_hospital(terms(true, true, None));
		let record = anchor_report(1).expect("consented");
		let allowed: u32 = <Runtime as pallet_consent::Config>::MaxReadsPerPeriod::get();
		for _ in 0..allowed {
			assert_ok!(request_access(&practitioner(), record, PurposeOfUse::Treatment));
		}

		assert_noop!(
			request_access(&practitioner(), record, PurposeOfUse::Treatment),
			pallet_ehr_anchor::Error::<Runtime>::ReadRateExceeded
		);
		// The clinic's practitioner breaks the glass in an emergency: not refused.
		let clinician = demo("ClinicPractitioner");
		assert_ok!(Consent::break_glass(
			signed(&clinician),
			patient(),
			EmergencyReason::Unconscious
		));
		assert_ok!(emergency_read(&clinician, record));
		let head = Consent::access_log_head(&patient());
		assert_eq!(head.entry_count, u64::from(allowed) + 1);
	});
}

#[test]
fn a_strangers_front_run_neither_blocks_nor_claims_the_hospitals_anchor() {
	with_development_chain(|| {
		grant_hospital(terms(false, true, None));
		let stranger = Sr25519Keyring::Eve.to_account_id();
		// Eve saw the hospital's anchor of document 0x05.. in the pool and anchors it first.
		assert_ok!(EhrAnchor::anchor(
			signed(&stranger),
			stranger.clone(),
			RecordCategory::PatientGenerated,
			H256::repeat_byte(5),
			HashAlgorithm::Sha2_256,
			b"ipfs://stolen".to_vec().try_into().expect("a short locator"),
			None,
		));

		let record = anchor_report(5).expect("the hospital's anchor goes through");

		match EhrAnchor::verify_hash(H256::repeat_byte(5)) {
			pallet_ehr_anchor::HashVerification::Known { record_id, record: anchor, .. } => {
				assert_eq!(record_id, record);
				assert_eq!(anchor.author_org, Some(HOSPITAL));
			}
			pallet_ehr_anchor::HashVerification::Unknown => panic!("the document is anchored"),
		}
	});
}

#[test]
fn onboarding_holds_a_deposit_until_the_patient_is_offboarded() {
	use frame_support::traits::fungible::InspectHold;
	with_development_chain(|| {
		let newcomer = demo("TokenlessPatient");
		let reason = healthchain_runtime::RuntimeHoldReason::Consent(
			pallet_consent::HoldReason::PatientOnboarding,
		);
		let held = || {
			<healthchain_runtime::Balances as InspectHold<AccountId>>::balance_on_hold(
				&reason,
				&practitioner(),
			)
		};
		assert_eq!(held(), 0);

		assert_ok!(Consent::onboard_patient(signed(&practitioner()), newcomer.clone()));
		assert_eq!(held(), healthchain_runtime::configs::healthcare::OnboardingBaseDeposit::get());

		// The patient leaves without paying: off-boarding is free for it.
		let offboard = RuntimeCall::Consent(pallet_consent::Call::offboard_patient {
			patient: newcomer.clone(),
		});
		assert!(offboard.is_feeless(&signed(&newcomer)));
		assert_ok!(offboard.dispatch_bypass_filter(signed(&newcomer)));
		assert_eq!(held(), 0);
		assert_eq!(System::providers(&newcomer), 0);
	});
}

#[test]
fn a_delegate_cannot_grant_its_own_hospital_and_keep_access() {
	with_development_chain(|| {
		assert_ok!(Consent::add_delegate(
			signed(&patient()),
			practitioner(),
			pallet_consent::DelegateKind::Guardian
		));

		assert_noop!(
			Consent::grant(signed(&practitioner()), patient(), terms(true, true, None)),
			pallet_consent::Error::<Runtime>::DelegateCannotGrantToSelf
		);
		// The patient may.
		grant_hospital(terms(true, true, None));
	});
}
