//! The trial registry wired to consent: `pallet-clinical-trial` enrols a participant only on
//! their research consent for the trial and the protocol version in force, which it asks
//! `pallet-consent` for. The actors are the demo consortium's accounts of the development
//! chain.

// Test arithmetic on small, known values: an overflow would fail the test loudly.
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::{demo, with_development_chain};
use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::{ConsentId, OrgId, PurposeOfUse, TrialProtocol};
use healthchain_runtime::{AccountId, ClinicalTrial, Consent, Runtime, RuntimeOrigin};
use pallet_clinical_trial::{
	EnrolmentCounts, Error, OutcomeCommitment, OutcomeKind, Phase, ProtocolVersion, Registration,
	StudyType, TrialId, TrialStatus,
};
use pallet_consent::{CategoryScope, ConsentActions, ConsentTerms, Grantee};
use sp_core::H256;
use sp_keyring::Sr25519Keyring;

/// The demo trial sponsor (see `demo_consortium.rs`).
const SPONSOR: OrgId = 8;

fn investigator() -> AccountId {
	demo("SponsorInvestigator")
}

fn ethics_reviewer() -> AccountId {
	demo("EthicsReviewer")
}

fn dave() -> AccountId {
	Sr25519Keyring::Dave.to_account_id()
}

fn eve() -> AccountId {
	Sr25519Keyring::Eve.to_account_id()
}

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

/// The demo sponsor's trial, registered, approved by the demo ethics committee and
/// recruiting; its id.
fn recruiting_trial() -> TrialId {
	let registration = Registration::<Runtime> {
		title: b"Statin dose in early-stage breast cancer".to_vec().try_into().expect("short"),
		conditions: vec![b"C50.9".to_vec().try_into().expect("short")]
			.try_into()
			.expect("one condition"),
		phase: Phase::Phase3,
		study_type: StudyType::Interventional,
		target_enrolment: 100,
		countries: vec![*b"DE", *b"FR"].try_into().expect("two countries"),
		secondary_ids: vec![b"NCT01234567".to_vec().try_into().expect("short")]
			.try_into()
			.expect("one id"),
		data_set_hash: H256::repeat_byte(1),
		protocol_hash: H256::repeat_byte(2),
		outcomes: vec![OutcomeCommitment {
			kind: OutcomeKind::Primary,
			definition_hash: H256::repeat_byte(3),
		}]
		.try_into()
		.expect("one outcome"),
	};
	let trial = pallet_clinical_trial::NextTrialId::<Runtime>::get();
	assert_ok!(ClinicalTrial::register_trial(signed(&investigator()), registration));
	assert_ok!(ClinicalTrial::approve_trial(
		signed(&ethics_reviewer()),
		trial,
		H256::repeat_byte(4)
	));
	assert_ok!(ClinicalTrial::start_recruiting(signed(&investigator()), trial));
	assert_eq!(
		ClinicalTrial::trial(trial).map(|trial| trial.status),
		Some(TrialStatus::Recruiting)
	);
	trial
}

/// `participant` consents, to the demo sponsor, to take part in `trial` under
/// `protocol_version`; the grant's id.
fn research_consent(
	participant: &AccountId,
	trial: TrialId,
	protocol_version: ProtocolVersion,
) -> ConsentId {
	let consent = pallet_consent::NextConsentId::<Runtime>::get();
	assert_ok!(Consent::grant(
		signed(participant),
		participant.clone(),
		ConsentTerms {
			grantee: Grantee::Organization(SPONSOR),
			actions: ConsentActions::READ,
			categories: CategoryScope::All,
			purpose: PurposeOfUse::Research(Some(TrialProtocol { trial, protocol_version })),
			valid_from: None,
			valid_until: None,
		},
	));
	consent
}

/// The sponsor amends the protocol and the ethics committee approves: version 2 in force.
fn amend(trial: TrialId) {
	assert_ok!(ClinicalTrial::propose_amendment(
		signed(&investigator()),
		trial,
		H256::repeat_byte(5),
		H256::repeat_byte(6),
	));
	assert_ok!(ClinicalTrial::approve_amendment(
		signed(&ethics_reviewer()),
		trial,
		H256::repeat_byte(7)
	));
	assert_eq!(ClinicalTrial::trial(trial).map(|trial| trial.current_protocol_version), Some(2));
}

fn counts(trial: TrialId) -> EnrolmentCounts {
	ClinicalTrial::enrolment_counts(trial).expect("the trial exists")
}

/// The sponsor's investigator confirms `participant`'s pending enrolment (the site step).
fn confirm(trial: TrialId, participant: &AccountId) {
	assert_ok!(ClinicalTrial::confirm_enrolment(
		signed(&investigator()),
		trial,
		participant.clone()
	));
}

/// Enrolment counts with nobody pending, screened out or withdrawn.
fn enrolled(enrolled: u32, needing_reconsent: u32) -> EnrolmentCounts {
	EnrolmentCounts { pending: 0, enrolled, screened_out: 0, withdrawn: 0, needing_reconsent }
}

#[test]
fn enrolment_needs_research_consent_for_this_trial() {
	with_development_chain(|| {
		let trial = recruiting_trial();

		// No consent at all.
		assert_noop!(
			ClinicalTrial::enrol(signed(&eve()), trial),
			Error::<Runtime>::NoResearchConsent
		);

		// Consent to research in general, or to another trial, is not consent to this one.
		assert_ok!(Consent::grant(
			signed(&eve()),
			eve(),
			ConsentTerms {
				grantee: Grantee::Organization(SPONSOR),
				actions: ConsentActions::READ,
				categories: CategoryScope::All,
				purpose: PurposeOfUse::Research(None),
				valid_from: None,
				valid_until: None,
			},
		));
		research_consent(&eve(), trial + 1, 1);
		assert_noop!(
			ClinicalTrial::enrol(signed(&eve()), trial),
			Error::<Runtime>::NoResearchConsent
		);

		// Revoked consent no longer counts, and the refusal says why.
		let revoked = research_consent(&eve(), trial, 1);
		assert_ok!(Consent::revoke(signed(&eve()), revoked));
		assert_noop!(ClinicalTrial::enrol(signed(&eve()), trial), Error::<Runtime>::ConsentRevoked);

		// Consent to this trial and its version in force enrols, and the enrolment names it.
		let consent = research_consent(&dave(), trial, 1);
		assert_ok!(ClinicalTrial::enrol(signed(&dave()), trial));
		assert_eq!(counts(trial), EnrolmentCounts { pending: 1, ..enrolled(0, 0) });
		// Only the site's confirmation counts a participant toward the target.
		confirm(trial, &dave());
		let enrolment = ClinicalTrial::enrolment(trial, dave()).expect("Dave is enrolled");
		assert_eq!((enrolment.protocol_version, enrolment.consent), (1, consent));
		assert_eq!(counts(trial), enrolled(1, 0));
	});
}

#[test]
fn after_an_amendment_consent_to_the_old_protocol_is_refused_until_renewed() {
	with_development_chain(|| {
		let trial = recruiting_trial();
		research_consent(&dave(), trial, 1);
		assert_ok!(ClinicalTrial::enrol(signed(&dave()), trial));
		confirm(trial, &dave());
		research_consent(&eve(), trial, 1);

		amend(trial);

		// Dave, enrolled under version 1, now needs to re-consent.
		assert_eq!(counts(trial), enrolled(1, 1));
		let enrolment = ClinicalTrial::enrolment(trial, dave()).expect("Dave is enrolled");
		assert!(enrolment.needs_reconsent(2));

		// Eve's consent is to version 1: it no longer enrols her.
		assert_noop!(
			ClinicalTrial::enrol(signed(&eve()), trial),
			Error::<Runtime>::NoResearchConsent
		);
		// Nor does Dave's version-1 consent renew his enrolment.
		assert_noop!(
			ClinicalTrial::reconsent(signed(&dave()), trial),
			Error::<Runtime>::NoResearchConsent
		);

		// Consent to version 2 does both.
		let renewed = research_consent(&dave(), trial, 2);
		assert_ok!(ClinicalTrial::reconsent(signed(&dave()), trial));
		let enrolment = ClinicalTrial::enrolment(trial, dave()).expect("Dave is enrolled");
		assert_eq!((enrolment.protocol_version, enrolment.consent), (2, renewed));
		research_consent(&eve(), trial, 2);
		assert_ok!(ClinicalTrial::enrol(signed(&eve()), trial));
		confirm(trial, &eve());
		assert_eq!(counts(trial), enrolled(2, 0));

		// Withdrawal needs no consent, at any time.
		assert_ok!(ClinicalTrial::withdraw(signed(&eve()), trial));
		assert_eq!(counts(trial), EnrolmentCounts { withdrawn: 1, ..enrolled(1, 0) });
	});
}

// --- abuse paths closed (docs/THREAT-MODEL.md) ---

/// `participant` grants `grantee` research consent to `trial`, version 1, with `actions`.
fn research_grant_to(
	participant: &AccountId,
	grantee: Grantee<AccountId>,
	actions: ConsentActions,
	trial: TrialId,
) {
	assert_ok!(Consent::grant(
		signed(participant),
		participant.clone(),
		ConsentTerms {
			grantee,
			actions,
			categories: CategoryScope::All,
			purpose: PurposeOfUse::Research(Some(TrialProtocol { trial, protocol_version: 1 })),
			valid_from: None,
			valid_until: None,
		},
	));
}

// Research consent used to be matched on purpose only: a throwaway account "consented" to
// any organisation (or to another account of its own) and enrolled, filling the target.
#[test]
fn research_consent_to_anyone_but_the_sponsor_does_not_enrol() {
	with_development_chain(|| {
		let trial = recruiting_trial();
		let research_institute = 9;
		research_grant_to(
			&eve(),
			Grantee::Organization(research_institute),
			ConsentActions::READ,
			trial,
		);
		research_grant_to(&eve(), Grantee::Account(dave()), ConsentActions::READ, trial);
		research_grant_to(&eve(), Grantee::Organization(SPONSOR), ConsentActions::WRITE, trial);

		assert_noop!(
			ClinicalTrial::enrol(signed(&eve()), trial),
			Error::<Runtime>::NoResearchConsent
		);
		assert_eq!(counts(trial), enrolled(0, 0));
	});
}

#[test]
fn a_suspended_sponsors_trial_stops_enrolling() {
	with_development_chain(|| {
		let trial = recruiting_trial();
		research_consent(&dave(), trial, 1);
		assert_ok!(healthchain_runtime::Organizations::suspend_organization(
			RuntimeOrigin::root(),
			SPONSOR,
			H256::repeat_byte(9)
		));

		assert_noop!(
			ClinicalTrial::enrol(signed(&dave()), trial),
			Error::<Runtime>::SponsorSuspended
		);
	});
}

// Any ethics committee or regulator used to be able to lift any suspension, undoing another
// body's oversight.
#[test]
fn only_the_suspending_body_or_governance_lifts_a_suspension() {
	with_development_chain(|| {
		let trial = recruiting_trial();
		assert_ok!(ClinicalTrial::suspend_trial(
			signed(&ethics_reviewer()),
			trial,
			H256::repeat_byte(8)
		));

		assert_noop!(
			ClinicalTrial::lift_suspension(signed(&demo("RegulatorAuditor")), trial),
			Error::<Runtime>::NotTheSuspendingBody
		);
		assert_ok!(ClinicalTrial::lift_suspension(RuntimeOrigin::root(), trial));
		assert_eq!(
			ClinicalTrial::trial(trial).map(|trial| trial.status),
			Some(TrialStatus::Recruiting)
		);
	});
}
