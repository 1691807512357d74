//! The trial registry's behaviour, one test per behaviour.

#![allow(clippy::arithmetic_side_effects)]

use crate::{
	mock::*, AdverseEvents, ConditionCode, DataSnapshot, Enrolment, EnrolmentCounts,
	EnrolmentStatus, Enrolments, Error, Event, LiftedBy, NextTrialId, OutcomeCommitment,
	OutcomeDiscrepancy, OutcomeKind, ParticipantsByVersion, Phase, ProtocolVersionRecord,
	Registration, ReportedOutcome, ReportedOutcomes, ScreeningReason, Severity, StudyType,
	Suspension, TrialArtifact, TrialFilter, TrialHashes, TrialId, TrialResults, TrialStatus,
	Trials, TrialsByStatus,
};
use frame_support::{assert_noop, assert_ok, traits::IntegrityTest, BoundedVec};
use healthchain_primitives::{
	testing::{MockConsent, MockGrantState, MockRegistry},
	ConsentAction, ConsentError, ConsentId, ProtocolVersion, PurposeOfUse, TrialProtocol,
};
use sp_core::H256;
use sp_runtime::{traits::BadOrigin, DispatchError, DispatchResult};

const PATIENT_4: u64 = 103;

const DATA_SET: H256 = H256::repeat_byte(0xd5);
const PROTOCOL: H256 = H256::repeat_byte(0xa1);
const PRIMARY: H256 = H256::repeat_byte(0x01);
const SECONDARY: H256 = H256::repeat_byte(0x02);
const APPROVAL: H256 = H256::repeat_byte(0xe1);
const PROTOCOL_V2: H256 = H256::repeat_byte(0xa2);
const SUMMARY_V2: H256 = H256::repeat_byte(0x52);
const APPROVAL_V2: H256 = H256::repeat_byte(0xe2);
const REASON: H256 = H256::repeat_byte(0x7e);
const SNAPSHOT: H256 = H256::repeat_byte(0x5a);
const REPORT: H256 = H256::repeat_byte(0xae);
const RESULTS: H256 = H256::repeat_byte(0x12);
const NEW_OUTCOME: H256 = H256::repeat_byte(0x33);

/// An unknown trial.
const NO_TRIAL: TrialId = 99;

fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		assert_ok!(ClinicalTrial::do_try_state());
	});
}

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn code(bytes: &[u8]) -> ConditionCode<Test> {
	BoundedVec::try_from(bytes.to_vec()).expect("the test codes fit")
}

fn primary() -> OutcomeCommitment {
	OutcomeCommitment { kind: OutcomeKind::Primary, definition_hash: PRIMARY }
}

fn secondary() -> OutcomeCommitment {
	OutcomeCommitment { kind: OutcomeKind::Secondary, definition_hash: SECONDARY }
}

/// A phase 3 breast-cancer trial in Germany and France for two participants, with one
/// primary and one secondary outcome.
fn registration() -> Registration<Test> {
	Registration {
		title: BoundedVec::try_from(b"Adjuvant therapy in early breast cancer".to_vec())
			.expect("the title fits"),
		conditions: BoundedVec::truncate_from(vec![code(b"C50.9")]),
		phase: Phase::Phase3,
		study_type: StudyType::Interventional,
		target_enrolment: 2,
		countries: BoundedVec::truncate_from(vec![*b"DE", *b"FR"]),
		secondary_ids: BoundedVec::truncate_from(vec![BoundedVec::try_from(
			b"NCT01234567".to_vec(),
		)
		.expect("the id fits")]),
		data_set_hash: DATA_SET,
		protocol_hash: PROTOCOL,
		outcomes: BoundedVec::truncate_from(vec![primary(), secondary()]),
	}
}

fn register_as(who: u64, registration: Registration<Test>) -> TrialId {
	let trial = NextTrialId::<Test>::get();
	assert_ok!(ClinicalTrial::register_trial(signed(who), registration));
	trial
}

fn registered() -> TrialId {
	register_as(INVESTIGATOR, registration())
}

fn approve(trial: TrialId) {
	assert_ok!(ClinicalTrial::approve_trial(signed(ETHICS_AUDITOR), trial, APPROVAL));
}

fn approved() -> TrialId {
	let trial = registered();
	approve(trial);
	trial
}

fn recruiting() -> TrialId {
	let trial = approved();
	assert_ok!(ClinicalTrial::start_recruiting(signed(INVESTIGATOR), trial));
	trial
}

fn active() -> TrialId {
	let trial = recruiting();
	assert_ok!(ClinicalTrial::close_recruitment(signed(INVESTIGATOR), trial));
	trial
}

fn completed() -> TrialId {
	let trial = active();
	assert_ok!(ClinicalTrial::complete_trial(signed(INVESTIGATOR), trial));
	trial
}

/// A new trial in `status` (a suspended one was recruiting).
fn trial_in(status: TrialStatus) -> TrialId {
	match status {
		TrialStatus::Registered => registered(),
		TrialStatus::Approved => approved(),
		TrialStatus::Recruiting => recruiting(),
		TrialStatus::Active => active(),
		TrialStatus::Completed => completed(),
		TrialStatus::Terminated => {
			let trial = registered();
			assert_ok!(ClinicalTrial::terminate_trial(signed(INVESTIGATOR), trial, REASON));
			trial
		}
		TrialStatus::Suspended => {
			let trial = recruiting();
			assert_ok!(ClinicalTrial::suspend_trial(signed(REGULATOR_AUDITOR), trial, REASON));
			trial
		}
	}
}

fn status_of(trial: TrialId) -> TrialStatus {
	Trials::<Test>::get(trial).expect("the trial exists").status
}

/// `patient`'s research consent for `trial` under `version`.
fn consent(patient: u64, trial: TrialId, version: ProtocolVersion) -> ConsentId {
	let purpose = PurposeOfUse::Research(Some(TrialProtocol { trial, protocol_version: version }));
	MockConsent::grant_to_organization(patient, SPONSOR, ConsentAction::Read, None, purpose)
}

/// `patient` gives research consent for `trial` under version 1 and asks to enrol: a pending
/// enrolment.
fn request(patient: u64, trial: TrialId) -> ConsentId {
	let id = consent(patient, trial, 1);
	assert_ok!(ClinicalTrial::enrol(signed(patient), trial));
	id
}

/// An investigator of the sponsor confirms the pending enrolment of `patient`.
fn confirm(patient: u64, trial: TrialId) {
	assert_ok!(ClinicalTrial::confirm_enrolment(signed(INVESTIGATOR), trial, patient));
}

/// `patient` asks to enrol in `trial` under version 1 and the site confirms: an enrolled
/// participant, counting toward the target.
fn enrol(patient: u64, trial: TrialId) -> ConsentId {
	let id = request(patient, trial);
	confirm(patient, trial);
	id
}

/// Proposes and approves protocol version 2 of `trial`.
fn amend(trial: TrialId) {
	assert_ok!(ClinicalTrial::propose_amendment(
		signed(INVESTIGATOR),
		trial,
		PROTOCOL_V2,
		SUMMARY_V2
	));
	assert_ok!(ClinicalTrial::approve_amendment(signed(ETHICS_AUDITOR), trial, APPROVAL_V2));
}

fn reported(outcomes: &[(OutcomeKind, H256)]) -> ReportedOutcomes<Test> {
	BoundedVec::truncate_from(
		outcomes
			.iter()
			.map(|(kind, hash)| ReportedOutcome { kind: *kind, definition_hash: *hash })
			.collect(),
	)
}

fn tally(
	pending: u32,
	enrolled: u32,
	screened_out: u32,
	withdrawn: u32,
	needing_reconsent: u32,
) -> EnrolmentCounts {
	EnrolmentCounts { pending, enrolled, screened_out, withdrawn, needing_reconsent }
}

fn counts(trial: TrialId) -> EnrolmentCounts {
	ClinicalTrial::enrolment_counts(trial).expect("the trial exists")
}

// --- registration ---

#[test]
fn an_investigator_registers_a_trial_for_its_sponsor() {
	run(|| {
		let trial = registered();
		System::assert_last_event(Event::TrialRegistered { trial, sponsor: SPONSOR }.into());
		let stored = ClinicalTrial::trial(trial).expect("registered");
		assert_eq!(stored.sponsor, SPONSOR);
		assert_eq!(stored.registered_by, INVESTIGATOR);
		assert_eq!(stored.registration, registration());
		assert_eq!(stored.status, TrialStatus::Registered);
		assert_eq!(stored.current_protocol_version, 1);
		assert_eq!(stored.registered_at, START);
		assert!(TrialsByStatus::<Test>::contains_key(TrialStatus::Registered, trial));
		assert_eq!(
			ClinicalTrial::protocol_history(trial),
			vec![ProtocolVersionRecord {
				version: 1,
				protocol_hash: PROTOCOL,
				summary_hash: None,
				proposed_at: START,
				approved_at: None,
				ethics_decision_hash: None,
			}]
		);
		assert_eq!(NextTrialId::<Test>::get(), trial + 1);
	});
}

#[test]
fn a_research_institute_registers_trials_too() {
	run(|| {
		let trial = register_as(INSTITUTE_INVESTIGATOR, registration());
		System::assert_last_event(Event::TrialRegistered { trial, sponsor: INSTITUTE }.into());
	});
}

#[test]
fn registration_requires_an_investigator_of_an_active_sponsor() {
	run(|| {
		assert_noop!(
			ClinicalTrial::register_trial(RuntimeOrigin::none(), registration()),
			BadOrigin
		);
		assert_noop!(
			ClinicalTrial::register_trial(signed(PATIENT), registration()),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			ClinicalTrial::register_trial(signed(HOSPITAL_INVESTIGATOR), registration()),
			Error::<Test>::NotASponsor
		);
		assert_noop!(
			ClinicalTrial::register_trial(signed(SPONSOR_ADMIN), registration()),
			Error::<Test>::NotAnInvestigator
		);
		MockRegistry::suspend(SPONSOR);
		assert_noop!(
			ClinicalTrial::register_trial(signed(INVESTIGATOR), registration()),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn registration_fields_are_checked() {
	run(|| {
		let refused = |change: &dyn Fn(&mut Registration<Test>), error: Error<Test>| {
			let mut bad = registration();
			change(&mut bad);
			assert_noop!(ClinicalTrial::register_trial(signed(INVESTIGATOR), bad), error);
		};
		refused(&|r| r.title = BoundedVec::new(), Error::<Test>::EmptyTitle);
		refused(
			&|r| r.title = BoundedVec::truncate_from(vec![0xff, 0xfe]),
			Error::<Test>::InvalidTitle,
		);
		refused(&|r| r.conditions = BoundedVec::new(), Error::<Test>::NoConditions);
		refused(
			&|r| r.conditions = BoundedVec::truncate_from(vec![code(b"C 50")]),
			Error::<Test>::InvalidConditionCode,
		);
		refused(
			&|r| r.conditions = BoundedVec::truncate_from(vec![code(b"")]),
			Error::<Test>::InvalidConditionCode,
		);
		refused(
			&|r| r.conditions = BoundedVec::truncate_from(vec![code(b"E11"), code(b"E11")]),
			Error::<Test>::DuplicateCondition,
		);
		refused(&|r| r.target_enrolment = 0, Error::<Test>::ZeroTargetEnrolment);
		refused(
			&|r| r.countries = BoundedVec::truncate_from(vec![*b"de"]),
			Error::<Test>::InvalidCountryCode,
		);
		refused(
			&|r| r.countries = BoundedVec::truncate_from(vec![*b"DE", *b"DE"]),
			Error::<Test>::DuplicateCountry,
		);
		refused(
			&|r| r.secondary_ids = BoundedVec::truncate_from(vec![BoundedVec::new()]),
			Error::<Test>::EmptySecondaryId,
		);
		refused(
			&|r| r.outcomes = BoundedVec::truncate_from(vec![secondary()]),
			Error::<Test>::NoPrimaryOutcome,
		);
		refused(
			&|r| {
				let again =
					OutcomeCommitment { kind: OutcomeKind::Secondary, definition_hash: PRIMARY };
				r.outcomes = BoundedVec::truncate_from(vec![primary(), again]);
			},
			Error::<Test>::DuplicateOutcome,
		);
		refused(&|r| r.protocol_hash = DATA_SET, Error::<Test>::DuplicateHash);
		refused(&|r| r.data_set_hash = PRIMARY, Error::<Test>::DuplicateHash);
	});
}

#[test]
fn trial_ids_do_not_overflow() {
	run(|| {
		NextTrialId::<Test>::put(TrialId::MAX);
		assert_noop!(
			ClinicalTrial::register_trial(signed(INVESTIGATOR), registration()),
			Error::<Test>::Overflow
		);
	});
}

// --- lifecycle ---

#[test]
fn ethics_approves_a_registered_trial() {
	run(|| {
		let trial = registered();
		approve(trial);
		System::assert_last_event(
			Event::TrialApproved { trial, committee: ETHICS, decision_hash: APPROVAL }.into(),
		);
		assert_eq!(status_of(trial), TrialStatus::Approved);
		let stored = ClinicalTrial::trial(trial).expect("registered");
		assert_eq!(stored.approval_hash, Some(APPROVAL));
		let history = ClinicalTrial::protocol_history(trial);
		assert_eq!(history[0].approved_at, Some(START));
		assert_eq!(history[0].ethics_decision_hash, Some(APPROVAL));
		assert!(!TrialsByStatus::<Test>::contains_key(TrialStatus::Registered, trial));
		assert!(TrialsByStatus::<Test>::contains_key(TrialStatus::Approved, trial));
	});
}

#[test]
fn approval_requires_an_ethics_reviewer_and_a_new_decision() {
	run(|| {
		let trial = registered();
		let approve_as = |who: u64, trial: TrialId, hash: H256| {
			ClinicalTrial::approve_trial(signed(who), trial, hash)
		};
		assert_noop!(
			ClinicalTrial::approve_trial(RuntimeOrigin::none(), trial, APPROVAL),
			BadOrigin
		);
		assert_noop!(approve_as(PATIENT, trial, APPROVAL), Error::<Test>::NotAMember);
		assert_noop!(
			approve_as(REGULATOR_AUDITOR, trial, APPROVAL),
			Error::<Test>::NotAnEthicsCommittee
		);
		assert_noop!(approve_as(ETHICS_INVESTIGATOR, trial, APPROVAL), Error::<Test>::NotAReviewer);
		assert_noop!(approve_as(ETHICS_AUDITOR, NO_TRIAL, APPROVAL), Error::<Test>::UnknownTrial);
		assert_noop!(approve_as(ETHICS_AUDITOR, trial, PROTOCOL), Error::<Test>::DuplicateHash);
		MockRegistry::suspend(ETHICS);
		assert_noop!(
			approve_as(ETHICS_AUDITOR, trial, APPROVAL),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn the_sponsor_recruits_closes_and_completes() {
	run(|| {
		let trial = approved();
		assert_ok!(ClinicalTrial::start_recruiting(signed(SPONSOR_ADMIN), trial));
		System::assert_last_event(Event::RecruitmentStarted { trial }.into());
		assert_eq!(status_of(trial), TrialStatus::Recruiting);
		assert_ok!(ClinicalTrial::close_recruitment(signed(INVESTIGATOR), trial));
		System::assert_last_event(Event::RecruitmentClosed { trial }.into());
		assert_eq!(status_of(trial), TrialStatus::Active);
		assert_ok!(ClinicalTrial::complete_trial(signed(INVESTIGATOR), trial));
		System::assert_last_event(Event::TrialCompleted { trial }.into());
		assert_eq!(status_of(trial), TrialStatus::Completed);
		assert!(TrialsByStatus::<Test>::contains_key(TrialStatus::Completed, trial));
	});
}

#[test]
fn sponsor_calls_require_the_trials_sponsor() {
	run(|| {
		let trial = approved();
		let start = |who: u64, trial: TrialId| ClinicalTrial::start_recruiting(signed(who), trial);
		assert_noop!(ClinicalTrial::start_recruiting(RuntimeOrigin::none(), trial), BadOrigin);
		assert_noop!(start(PATIENT, trial), Error::<Test>::NotAMember);
		assert_noop!(start(HOSPITAL_INVESTIGATOR, trial), Error::<Test>::NotASponsor);
		assert_noop!(start(SPONSOR_AUDITOR, trial), Error::<Test>::NotPermittedToManageTrial);
		assert_noop!(start(INVESTIGATOR, NO_TRIAL), Error::<Test>::UnknownTrial);
		assert_noop!(start(INSTITUTE_INVESTIGATOR, trial), Error::<Test>::NotTrialSponsor);
	});
}

#[test]
fn the_sponsor_terminates_a_trial_with_a_reason() {
	run(|| {
		let trial = recruiting();
		assert_noop!(
			ClinicalTrial::terminate_trial(signed(INVESTIGATOR), trial, PROTOCOL),
			Error::<Test>::DuplicateHash
		);
		assert_ok!(ClinicalTrial::terminate_trial(signed(INVESTIGATOR), trial, REASON));
		System::assert_last_event(
			Event::TrialTerminated { trial, from: TrialStatus::Recruiting, reason_hash: REASON }
				.into(),
		);
		assert_eq!(status_of(trial), TrialStatus::Terminated);
		assert_eq!(ClinicalTrial::find_hash(trial, REASON), Some(TrialArtifact::TerminationReason));
	});
}

/// Was `ethics_or_a_regulator_suspends_and_lifts`, where the ethics committee lifted the
/// regulator's suspension: now only the body that suspended (or governance) lifts it.
#[test]
fn the_suspending_body_lifts_its_suspension() {
	run(|| {
		let trial = recruiting();
		assert_ok!(ClinicalTrial::suspend_trial(signed(REGULATOR_AUDITOR), trial, REASON));
		System::assert_last_event(
			Event::TrialSuspended {
				trial,
				by_org: REGULATOR,
				from: TrialStatus::Recruiting,
				reason_hash: REASON,
			}
			.into(),
		);
		let stored = ClinicalTrial::trial(trial).expect("registered");
		assert_eq!(stored.status, TrialStatus::Suspended);
		assert_eq!(
			stored.suspension,
			Some(Suspension {
				from: TrialStatus::Recruiting,
				by_org: REGULATOR,
				reason_hash: REASON,
				at: <Timestamp as frame_support::traits::Time>::now(),
			})
		);
		assert_ok!(ClinicalTrial::lift_suspension(signed(REGULATOR_AUDITOR), trial));
		System::assert_last_event(
			Event::SuspensionLifted {
				trial,
				by: LiftedBy::Organization(REGULATOR),
				status: TrialStatus::Recruiting,
			}
			.into(),
		);
		let stored = ClinicalTrial::trial(trial).expect("registered");
		assert_eq!(stored.status, TrialStatus::Recruiting);
		assert_eq!(stored.suspension, None);
	});
}

#[test]
fn suspension_requires_an_oversight_reviewer() {
	run(|| {
		let trial = recruiting();
		let suspend =
			|who: u64, trial: TrialId| ClinicalTrial::suspend_trial(signed(who), trial, REASON);
		assert_noop!(ClinicalTrial::suspend_trial(RuntimeOrigin::none(), trial, REASON), BadOrigin);
		assert_noop!(suspend(PATIENT, trial), Error::<Test>::NotAMember);
		assert_noop!(suspend(HOSPITAL_AUDITOR, trial), Error::<Test>::NotAnOversightBody);
		assert_noop!(suspend(ETHICS_INVESTIGATOR, trial), Error::<Test>::NotAReviewer);
		assert_noop!(suspend(ETHICS_AUDITOR, NO_TRIAL), Error::<Test>::UnknownTrial);
		assert_ok!(suspend(ETHICS_AUDITOR, trial));
		let lift = |who: u64, trial: TrialId| ClinicalTrial::lift_suspension(signed(who), trial);
		assert_noop!(ClinicalTrial::lift_suspension(RuntimeOrigin::none(), trial), BadOrigin);
		assert_noop!(lift(HOSPITAL_AUDITOR, trial), Error::<Test>::NotAnOversightBody);
		assert_noop!(lift(ETHICS_INVESTIGATOR, trial), Error::<Test>::NotAReviewer);
		assert_noop!(lift(REGULATOR_AUDITOR, NO_TRIAL), Error::<Test>::UnknownTrial);
	});
}

#[test]
fn terminating_a_suspended_trial_ends_the_suspension() {
	run(|| {
		let trial = trial_in(TrialStatus::Suspended);
		assert_ok!(ClinicalTrial::terminate_trial(signed(INVESTIGATOR), trial, REASON));
		let stored = ClinicalTrial::trial(trial).expect("registered");
		assert_eq!(stored.status, TrialStatus::Terminated);
		assert_eq!(stored.suspension, None);
	});
}

#[derive(Clone, Copy, Debug)]
enum Move {
	Approve,
	StartRecruiting,
	CloseRecruitment,
	Complete,
	Terminate,
	Suspend,
	Lift,
}

fn attempt(step: Move, trial: TrialId) -> DispatchResult {
	let hash = H256::repeat_byte(0x99);
	match step {
		Move::Approve => ClinicalTrial::approve_trial(signed(ETHICS_AUDITOR), trial, hash),
		Move::StartRecruiting => ClinicalTrial::start_recruiting(signed(INVESTIGATOR), trial),
		Move::CloseRecruitment => ClinicalTrial::close_recruitment(signed(INVESTIGATOR), trial),
		Move::Complete => ClinicalTrial::complete_trial(signed(INVESTIGATOR), trial),
		Move::Terminate => ClinicalTrial::terminate_trial(signed(INVESTIGATOR), trial, hash),
		Move::Suspend => ClinicalTrial::suspend_trial(signed(REGULATOR_AUDITOR), trial, hash),
		Move::Lift => ClinicalTrial::lift_suspension(signed(REGULATOR_AUDITOR), trial),
	}
}

/// Where `step` leads from `from`, or `None` if it is illegal there.
fn legal(step: Move, from: TrialStatus) -> Option<TrialStatus> {
	use TrialStatus::*;
	match (step, from) {
		(Move::Approve, Registered) => Some(Approved),
		(Move::StartRecruiting, Approved) => Some(Recruiting),
		(Move::CloseRecruitment, Recruiting) => Some(Active),
		(Move::Complete, Active) => Some(Completed),
		(Move::Terminate, Completed | Terminated) => None,
		(Move::Terminate, _) => Some(Terminated),
		(Move::Suspend, Approved | Recruiting | Active) => Some(Suspended),
		// `trial_in(Suspended)` was suspended while recruiting.
		(Move::Lift, Suspended) => Some(Recruiting),
		_ => None,
	}
}

#[test]
fn the_lifecycle_allows_exactly_its_transitions() {
	use TrialStatus::*;
	run(|| {
		let statuses = [Registered, Approved, Recruiting, Active, Completed, Terminated, Suspended];
		let steps = [
			Move::Approve,
			Move::StartRecruiting,
			Move::CloseRecruitment,
			Move::Complete,
			Move::Terminate,
			Move::Suspend,
			Move::Lift,
		];
		for from in statuses {
			for step in steps {
				let trial = trial_in(from);
				match legal(step, from) {
					Some(to) => {
						assert_ok!(attempt(step, trial));
						assert_eq!(status_of(trial), to, "{step:?} from {from:?}");
					}
					None => {
						assert_noop!(attempt(step, trial), Error::<Test>::InvalidTransition);
					}
				}
			}
		}
	});
}

// --- amendments and re-consent ---

#[test]
fn an_approved_amendment_asks_enrolled_participants_to_reconsent() {
	run(|| {
		let trial = recruiting();
		enrol(PATIENT, trial);
		enrol(PATIENT_2, trial);
		assert_ok!(ClinicalTrial::propose_amendment(
			signed(SPONSOR_ADMIN),
			trial,
			PROTOCOL_V2,
			SUMMARY_V2
		));
		System::assert_last_event(
			Event::AmendmentProposed { trial, version: 2, protocol_hash: PROTOCOL_V2 }.into(),
		);
		let stored = ClinicalTrial::trial(trial).expect("registered");
		assert_eq!((stored.current_protocol_version, stored.pending_amendment), (1, Some(2)));
		assert_eq!(counts(trial).needing_reconsent, 0);

		assert_ok!(ClinicalTrial::approve_amendment(signed(ETHICS_AUDITOR), trial, APPROVAL_V2));
		System::assert_has_event(
			Event::AmendmentApproved { trial, version: 2, committee: ETHICS }.into(),
		);
		System::assert_last_event(
			Event::ParticipantsNeedReconsent { trial, version: 2, count: 2 }.into(),
		);
		let stored = ClinicalTrial::trial(trial).expect("registered");
		assert_eq!((stored.current_protocol_version, stored.pending_amendment), (2, None));
		assert_eq!(counts(trial), tally(0, 2, 0, 0, 2));
		let enrolment = ClinicalTrial::enrolment(trial, PATIENT).expect("enrolled");
		assert!(enrolment.needs_reconsent(2));

		let history = ClinicalTrial::protocol_history(trial);
		assert_eq!(history.len(), 2);
		assert_eq!(history[0].protocol_hash, PROTOCOL);
		assert_eq!(
			history[1],
			ProtocolVersionRecord {
				version: 2,
				protocol_hash: PROTOCOL_V2,
				summary_hash: Some(SUMMARY_V2),
				proposed_at: START,
				approved_at: Some(START),
				ethics_decision_hash: Some(APPROVAL_V2),
			}
		);

		let renewed = consent(PATIENT, trial, 2);
		assert_ok!(ClinicalTrial::reconsent(signed(PATIENT), trial));
		System::assert_last_event(
			Event::ParticipantReconsented {
				trial,
				participant: PATIENT,
				protocol_version: 2,
				consent: renewed,
			}
			.into(),
		);
		assert_eq!(counts(trial), tally(0, 2, 0, 0, 1));
		assert_eq!(ParticipantsByVersion::<Test>::get(trial, 1), 1);
		assert_eq!(ParticipantsByVersion::<Test>::get(trial, 2), 1);
		let reconsented = ClinicalTrial::enrolment(trial, PATIENT).expect("enrolled");
		assert_eq!(reconsented.reconsented_at, Some(START));
	});
}

#[test]
fn amendments_are_refused_when_not_allowed() {
	run(|| {
		let trial = recruiting();
		let propose = |trial: TrialId, protocol: H256, summary: H256| {
			ClinicalTrial::propose_amendment(signed(INVESTIGATOR), trial, protocol, summary)
		};
		assert_noop!(
			ClinicalTrial::propose_amendment(RuntimeOrigin::none(), trial, PROTOCOL_V2, SUMMARY_V2),
			BadOrigin
		);
		assert_noop!(propose(NO_TRIAL, PROTOCOL_V2, SUMMARY_V2), Error::<Test>::UnknownTrial);
		assert_noop!(propose(trial, PROTOCOL_V2, PROTOCOL_V2), Error::<Test>::DuplicateHash);
		assert_noop!(propose(trial, PROTOCOL, SUMMARY_V2), Error::<Test>::DuplicateHash);
		assert_noop!(propose(trial, PROTOCOL_V2, DATA_SET), Error::<Test>::DuplicateHash);
		assert_noop!(
			ClinicalTrial::approve_amendment(signed(ETHICS_AUDITOR), trial, APPROVAL_V2),
			Error::<Test>::NoPendingAmendment
		);
		assert_ok!(propose(trial, PROTOCOL_V2, SUMMARY_V2));
		assert_noop!(
			propose(trial, H256::repeat_byte(0xa3), H256::repeat_byte(0x53)),
			Error::<Test>::AmendmentPending
		);
		assert_noop!(
			ClinicalTrial::approve_amendment(signed(REGULATOR_AUDITOR), trial, APPROVAL_V2),
			Error::<Test>::NotAnEthicsCommittee
		);
		assert_noop!(
			ClinicalTrial::approve_amendment(signed(ETHICS_AUDITOR), NO_TRIAL, APPROVAL_V2),
			Error::<Test>::UnknownTrial
		);
		assert_noop!(
			ClinicalTrial::approve_amendment(signed(ETHICS_AUDITOR), trial, APPROVAL),
			Error::<Test>::DuplicateHash
		);
		assert_ok!(ClinicalTrial::approve_amendment(signed(ETHICS_AUDITOR), trial, APPROVAL_V2));
		assert_ok!(propose(trial, H256::repeat_byte(0xa3), H256::repeat_byte(0x53)));
		assert_ok!(ClinicalTrial::approve_amendment(
			signed(ETHICS_AUDITOR),
			trial,
			H256::repeat_byte(0xe3)
		));
		// The mock allows three protocol versions.
		assert_noop!(
			propose(trial, H256::repeat_byte(0xa4), H256::repeat_byte(0x54)),
			Error::<Test>::TooManyProtocolVersions
		);
		assert_eq!(ClinicalTrial::protocol_history(trial).len(), 3);

		let ended = completed();
		assert_noop!(propose(ended, PROTOCOL_V2, SUMMARY_V2), Error::<Test>::TrialEnded);
	});
}

#[test]
fn a_pending_amendment_of_an_ended_trial_cannot_be_approved() {
	run(|| {
		let trial = recruiting();
		assert_ok!(ClinicalTrial::propose_amendment(
			signed(INVESTIGATOR),
			trial,
			PROTOCOL_V2,
			SUMMARY_V2
		));
		assert_ok!(ClinicalTrial::terminate_trial(signed(INVESTIGATOR), trial, REASON));
		assert_noop!(
			ClinicalTrial::approve_amendment(signed(ETHICS_AUDITOR), trial, APPROVAL_V2),
			Error::<Test>::TrialEnded
		);
	});
}

#[test]
fn reconsent_is_refused_when_not_needed_or_not_given() {
	run(|| {
		let trial = recruiting();
		enrol(PATIENT, trial);
		assert_noop!(ClinicalTrial::reconsent(RuntimeOrigin::none(), trial), BadOrigin);
		assert_noop!(
			ClinicalTrial::reconsent(signed(PATIENT), NO_TRIAL),
			Error::<Test>::UnknownTrial
		);
		assert_noop!(
			ClinicalTrial::reconsent(signed(PATIENT), trial),
			Error::<Test>::ReconsentNotNeeded
		);
		assert_noop!(
			ClinicalTrial::reconsent(signed(PATIENT_2), trial),
			Error::<Test>::NotEnrolled
		);
		amend(trial);
		assert_noop!(
			ClinicalTrial::reconsent(signed(PATIENT), trial),
			Error::<Test>::NoResearchConsent
		);
		assert_ok!(ClinicalTrial::terminate_trial(signed(INVESTIGATOR), trial, REASON));
		consent(PATIENT, trial, 2);
		assert_noop!(ClinicalTrial::reconsent(signed(PATIENT), trial), Error::<Test>::TrialEnded);
	});
}

// --- enrolment ---

/// Was `a_consenting_participant_enrols`, where `enrol` enrolled outright: now the request is
/// pending until the site decides, and does not count toward the target.
#[test]
fn a_consenting_participant_asks_to_enrol_and_is_pending() {
	run(|| {
		let trial = recruiting();
		let id = consent(PATIENT, trial, 1);
		assert_ok!(ClinicalTrial::enrol(signed(PATIENT), trial));
		System::assert_last_event(
			Event::EnrolmentRequested {
				trial,
				participant: PATIENT,
				protocol_version: 1,
				consent: id,
				attempt: 1,
			}
			.into(),
		);
		assert_eq!(
			ClinicalTrial::enrolment(trial, PATIENT),
			Some(Enrolment {
				protocol_version: 1,
				consent: id,
				requested_at: START,
				decided_at: None,
				reconsented_at: None,
				status: EnrolmentStatus::Pending,
				withdrawn_at: None,
				attempts: 1,
			})
		);
		assert_eq!(counts(trial), tally(1, 0, 0, 0, 0));
		assert_eq!(ClinicalTrial::trial(trial).map(|stored| stored.enrolled), Some(0));
	});
}

#[test]
fn enrolment_requires_a_recruiting_trial_with_room() {
	run(|| {
		assert_noop!(ClinicalTrial::enrol(RuntimeOrigin::none(), 0), BadOrigin);
		assert_noop!(ClinicalTrial::enrol(signed(PATIENT), NO_TRIAL), Error::<Test>::UnknownTrial);
		let not_yet = approved();
		consent(PATIENT, not_yet, 1);
		assert_noop!(ClinicalTrial::enrol(signed(PATIENT), not_yet), Error::<Test>::NotRecruiting);

		let trial = recruiting();
		enrol(PATIENT, trial);
		assert_noop!(ClinicalTrial::enrol(signed(PATIENT), trial), Error::<Test>::AlreadyEnrolled);
		enrol(PATIENT_2, trial);
		consent(PATIENT_3, trial, 1);
		assert_noop!(ClinicalTrial::enrol(signed(PATIENT_3), trial), Error::<Test>::EnrolmentFull);
	});
}

#[test]
fn enrolment_is_refused_without_consent_for_this_trial() {
	run(|| {
		let trial = recruiting();
		let other = recruiting();
		assert_noop!(
			ClinicalTrial::enrol(signed(PATIENT), trial),
			Error::<Test>::NoResearchConsent
		);
		consent(PATIENT, other, 1);
		assert_noop!(
			ClinicalTrial::enrol(signed(PATIENT), trial),
			Error::<Test>::NoResearchConsent
		);
		let general = PurposeOfUse::Research(None);
		MockConsent::grant_to_organization(PATIENT, SPONSOR, ConsentAction::Read, None, general);
		assert_noop!(
			ClinicalTrial::enrol(signed(PATIENT), trial),
			Error::<Test>::NoResearchConsent
		);
	});
}

#[test]
fn enrolment_is_refused_with_consent_for_the_old_protocol_version() {
	run(|| {
		let trial = recruiting();
		amend(trial);
		consent(PATIENT, trial, 1);
		assert_noop!(
			ClinicalTrial::enrol(signed(PATIENT), trial),
			Error::<Test>::NoResearchConsent
		);
		let id = consent(PATIENT, trial, 2);
		assert_ok!(ClinicalTrial::enrol(signed(PATIENT), trial));
		System::assert_last_event(
			Event::EnrolmentRequested {
				trial,
				participant: PATIENT,
				protocol_version: 2,
				consent: id,
				attempt: 1,
			}
			.into(),
		);
		assert_eq!(counts(trial).needing_reconsent, 0);
	});
}

#[test]
fn enrolment_is_refused_with_inactive_consent() {
	run(|| {
		let trial = recruiting();
		let refused = |state: MockGrantState, error: Error<Test>| {
			MockConsent::clear();
			let id = consent(PATIENT, trial, 1);
			MockConsent::set_state(id, state);
			assert_noop!(ClinicalTrial::enrol(signed(PATIENT), trial), error);
		};
		refused(MockGrantState::Revoked, Error::<Test>::ConsentRevoked);
		refused(MockGrantState::Expired, Error::<Test>::ConsentExpired);
		refused(MockGrantState::NotYetValid, Error::<Test>::ConsentNotYetValid);
	});
}

#[test]
fn every_consent_refusal_has_its_error() {
	let refusal =
		|error: ConsentError| DispatchError::from(crate::Pallet::<Test>::consent_refusal(error));
	assert_eq!(refusal(ConsentError::NoConsent), Error::<Test>::NoResearchConsent.into());
	assert_eq!(refusal(ConsentError::ConsentRevoked), Error::<Test>::ConsentRevoked.into());
	assert_eq!(refusal(ConsentError::ConsentExpired), Error::<Test>::ConsentExpired.into());
	assert_eq!(refusal(ConsentError::ConsentNotYetValid), Error::<Test>::ConsentNotYetValid.into());
	assert_eq!(
		refusal(ConsentError::ReadRateExceeded),
		Error::<Test>::ConsentReadRateExceeded.into()
	);
}

#[test]
fn a_participant_withdraws_at_any_time_and_may_enrol_again() {
	run(|| {
		let trial = recruiting();
		enrol(PATIENT, trial);
		enrol(PATIENT_2, trial);
		assert_ok!(ClinicalTrial::close_recruitment(signed(INVESTIGATOR), trial));
		assert_ok!(ClinicalTrial::complete_trial(signed(INVESTIGATOR), trial));
		assert_ok!(ClinicalTrial::withdraw(signed(PATIENT), trial));
		System::assert_last_event(
			Event::ParticipantWithdrawn { trial, participant: PATIENT }.into(),
		);
		let enrolment = ClinicalTrial::enrolment(trial, PATIENT).expect("kept");
		assert_eq!(enrolment.status, EnrolmentStatus::Withdrawn);
		assert_eq!(enrolment.withdrawn_at, Some(START));
		assert_eq!(counts(trial), tally(0, 1, 0, 1, 0));

		// Enrolling again is a new request, pending until the site confirms it again.
		let again = recruiting();
		enrol(PATIENT_3, again);
		assert_ok!(ClinicalTrial::withdraw(signed(PATIENT_3), again));
		assert_ok!(ClinicalTrial::enrol(signed(PATIENT_3), again));
		assert_eq!(counts(again), tally(1, 0, 0, 0, 0));
		let enrolment = ClinicalTrial::enrolment(again, PATIENT_3).expect("kept");
		assert_eq!((enrolment.status, enrolment.attempts), (EnrolmentStatus::Pending, 2));
		assert_eq!((enrolment.decided_at, enrolment.withdrawn_at), (None, None));
	});
}

#[test]
fn only_an_enrolled_participant_withdraws() {
	run(|| {
		let trial = recruiting();
		assert_noop!(ClinicalTrial::withdraw(RuntimeOrigin::none(), trial), BadOrigin);
		assert_noop!(
			ClinicalTrial::withdraw(signed(PATIENT), NO_TRIAL),
			Error::<Test>::UnknownTrial
		);
		assert_noop!(ClinicalTrial::withdraw(signed(PATIENT), trial), Error::<Test>::NotEnrolled);
		enrol(PATIENT, trial);
		assert_ok!(ClinicalTrial::withdraw(signed(PATIENT), trial));
		assert_noop!(ClinicalTrial::withdraw(signed(PATIENT), trial), Error::<Test>::NotEnrolled);
	});
}

#[test]
fn counts_follow_withdrawals_and_enrolments_after_an_amendment() {
	run(|| {
		let mut wide = registration();
		wide.target_enrolment = 3;
		let trial = register_as(INVESTIGATOR, wide);
		approve(trial);
		assert_ok!(ClinicalTrial::start_recruiting(signed(INVESTIGATOR), trial));
		enrol(PATIENT, trial);
		enrol(PATIENT_2, trial);
		amend(trial);
		assert_ok!(ClinicalTrial::withdraw(signed(PATIENT), trial));
		consent(PATIENT_4, trial, 2);
		assert_ok!(ClinicalTrial::enrol(signed(PATIENT_4), trial));
		// PATIENT_2 enrolled under version 1 needs re-consent; PATIENT_4 waits for the site.
		assert_eq!(counts(trial), tally(1, 1, 0, 1, 1));
		confirm(PATIENT_4, trial);
		assert_eq!(counts(trial), tally(0, 2, 0, 1, 1));
	});
}

// --- data integrity ---

#[test]
fn investigators_commit_data_snapshots() {
	run(|| {
		let trial = recruiting();
		let period = (START - 1_000, START);
		assert_ok!(ClinicalTrial::commit_data_snapshot(
			signed(INVESTIGATOR),
			trial,
			SNAPSHOT,
			42,
			period.0,
			period.1
		));
		System::assert_last_event(
			Event::DataSnapshotCommitted { trial, index: 0, snapshot_hash: SNAPSHOT }.into(),
		);
		assert_eq!(
			ClinicalTrial::data_snapshots(trial, 0, 10),
			vec![(
				0,
				DataSnapshot {
					snapshot_hash: SNAPSHOT,
					record_count: 42,
					period_start: period.0,
					period_end: period.1,
					by: INVESTIGATOR,
					at: START,
				}
			)]
		);
		assert_eq!(ClinicalTrial::find_hash(trial, SNAPSHOT), Some(TrialArtifact::DataSnapshot(0)));
	});
}

#[test]
fn data_snapshots_are_refused_when_not_allowed() {
	run(|| {
		let trial = recruiting();
		let commit = |who: u64, trial: TrialId, hash: H256, start: u64, end: u64| {
			ClinicalTrial::commit_data_snapshot(signed(who), trial, hash, 1, start, end)
		};
		assert_noop!(
			ClinicalTrial::commit_data_snapshot(RuntimeOrigin::none(), trial, SNAPSHOT, 1, 0, 0),
			BadOrigin
		);
		assert_noop!(commit(PATIENT, trial, SNAPSHOT, 0, 0), Error::<Test>::NotAMember);
		assert_noop!(
			commit(HOSPITAL_INVESTIGATOR, trial, SNAPSHOT, 0, 0),
			Error::<Test>::NotASponsor
		);
		assert_noop!(
			commit(SPONSOR_ADMIN, trial, SNAPSHOT, 0, 0),
			Error::<Test>::NotAnInvestigator
		);
		assert_noop!(commit(INVESTIGATOR, NO_TRIAL, SNAPSHOT, 0, 0), Error::<Test>::UnknownTrial);
		assert_noop!(
			commit(INSTITUTE_INVESTIGATOR, trial, SNAPSHOT, 0, 0),
			Error::<Test>::NotTrialSponsor
		);
		assert_noop!(commit(INVESTIGATOR, trial, SNAPSHOT, 2, 1), Error::<Test>::InvalidPeriod);
		assert_noop!(
			commit(INVESTIGATOR, trial, SNAPSHOT, 0, START + 1),
			Error::<Test>::InvalidPeriod
		);
		assert_noop!(commit(INVESTIGATOR, trial, PROTOCOL, 0, 0), Error::<Test>::DuplicateHash);
		let not_started = approved();
		assert_noop!(
			commit(INVESTIGATOR, not_started, SNAPSHOT, 0, 0),
			Error::<Test>::TrialNotStarted
		);
		assert_ok!(ClinicalTrial::suspend_trial(signed(ETHICS_AUDITOR), not_started, REASON));
		assert_noop!(
			commit(INVESTIGATOR, not_started, SNAPSHOT, 0, 0),
			Error::<Test>::TrialNotStarted
		);
		let suspended = trial_in(TrialStatus::Suspended);
		assert_ok!(commit(INVESTIGATOR, suspended, SNAPSHOT, 0, 0));
	});
}

#[test]
fn investigators_report_adverse_events() {
	run(|| {
		let trial = active();
		assert_ok!(ClinicalTrial::report_adverse_event(
			signed(INVESTIGATOR),
			trial,
			Severity::Severe,
			REPORT
		));
		System::assert_last_event(
			Event::AdverseEventReported { trial, index: 0, severity: Severity::Severe }.into(),
		);
		let events = ClinicalTrial::adverse_events(trial, 0, 10);
		assert_eq!(events.len(), 1);
		assert_eq!(events[0].1.severity, Severity::Severe);
		assert_eq!(events[0].1.report_hash, REPORT);
		assert_eq!(events[0].1.by, INVESTIGATOR);
		assert_eq!(ClinicalTrial::find_hash(trial, REPORT), Some(TrialArtifact::AdverseEvent(0)));
	});
}

#[test]
fn adverse_events_are_refused_when_not_allowed() {
	run(|| {
		let trial = recruiting();
		let report = |who: u64, trial: TrialId, hash: H256| {
			ClinicalTrial::report_adverse_event(signed(who), trial, Severity::Mild, hash)
		};
		assert_noop!(
			ClinicalTrial::report_adverse_event(
				RuntimeOrigin::none(),
				trial,
				Severity::Mild,
				REPORT
			),
			BadOrigin
		);
		assert_noop!(report(SPONSOR_ADMIN, trial, REPORT), Error::<Test>::NotAnInvestigator);
		assert_noop!(report(INSTITUTE_INVESTIGATOR, trial, REPORT), Error::<Test>::NotTrialSponsor);
		assert_noop!(report(INVESTIGATOR, NO_TRIAL, REPORT), Error::<Test>::UnknownTrial);
		assert_noop!(report(INVESTIGATOR, trial, DATA_SET), Error::<Test>::DuplicateHash);
		let not_started = registered();
		assert_noop!(report(INVESTIGATOR, not_started, REPORT), Error::<Test>::TrialNotStarted);
	});
}

// --- results ---

#[test]
fn results_that_report_every_outcome_have_no_discrepancy() {
	run(|| {
		let trial = completed();
		let outcomes =
			reported(&[(OutcomeKind::Primary, PRIMARY), (OutcomeKind::Secondary, SECONDARY)]);
		assert_ok!(ClinicalTrial::publish_results(
			signed(INVESTIGATOR),
			trial,
			RESULTS,
			outcomes.clone()
		));
		System::assert_last_event(
			Event::ResultsPublished { trial, results_hash: RESULTS, discrepancies: 0 }.into(),
		);
		let (commitments, results) = ClinicalTrial::outcome_report(trial).expect("registered");
		assert_eq!(commitments, vec![primary(), secondary()]);
		let results = results.expect("published");
		assert_eq!(results.results_hash, RESULTS);
		assert_eq!(results.reported, outcomes);
		assert!(results.discrepancies.is_empty());
		assert_eq!(results.published_by, INVESTIGATOR);
		assert_eq!(results.published_at, START);
		assert_eq!(ClinicalTrial::find_hash(trial, RESULTS), Some(TrialArtifact::Results));
	});
}

#[test]
fn a_missing_primary_and_an_unregistered_outcome_are_flagged() {
	run(|| {
		let trial = active();
		// The secondary outcome is reported as primary, the primary is left out and a new
		// outcome appears.
		let outcomes =
			reported(&[(OutcomeKind::Primary, SECONDARY), (OutcomeKind::Secondary, NEW_OUTCOME)]);
		assert_ok!(ClinicalTrial::publish_results(signed(SPONSOR_ADMIN), trial, RESULTS, outcomes));
		let expected = [
			OutcomeDiscrepancy::Missing { kind: OutcomeKind::Primary, definition_hash: PRIMARY },
			OutcomeDiscrepancy::KindChanged {
				definition_hash: SECONDARY,
				registered: OutcomeKind::Secondary,
				reported: OutcomeKind::Primary,
			},
			OutcomeDiscrepancy::Unregistered {
				kind: OutcomeKind::Secondary,
				definition_hash: NEW_OUTCOME,
			},
		];
		let results = ClinicalTrial::outcome_report(trial)
			.and_then(|(_, results)| results)
			.expect("published");
		assert_eq!(results.discrepancies.to_vec(), expected);
		let events: Vec<RuntimeEvent> =
			System::events().into_iter().map(|record| record.event).rev().take(4).collect();
		let mut wanted: Vec<RuntimeEvent> = expected
			.iter()
			.map(|discrepancy| {
				Event::OutcomeDiscrepancyFound { trial, discrepancy: *discrepancy }.into()
			})
			.collect();
		let published = Event::ResultsPublished { trial, results_hash: RESULTS, discrepancies: 3 };
		wanted.push(published.into());
		wanted.reverse();
		assert_eq!(events, wanted);
	});
}

#[test]
fn results_are_refused_when_not_allowed() {
	run(|| {
		let trial = active();
		let outcomes = reported(&[(OutcomeKind::Primary, PRIMARY)]);
		let publish = |who: u64, trial: TrialId, hash: H256, outcomes: ReportedOutcomes<Test>| {
			ClinicalTrial::publish_results(signed(who), trial, hash, outcomes)
		};
		assert_noop!(
			ClinicalTrial::publish_results(RuntimeOrigin::none(), trial, RESULTS, outcomes.clone()),
			BadOrigin
		);
		assert_noop!(
			publish(SPONSOR_AUDITOR, trial, RESULTS, outcomes.clone()),
			Error::<Test>::NotPermittedToManageTrial
		);
		assert_noop!(
			publish(INSTITUTE_INVESTIGATOR, trial, RESULTS, outcomes.clone()),
			Error::<Test>::NotTrialSponsor
		);
		assert_noop!(
			publish(INVESTIGATOR, NO_TRIAL, RESULTS, outcomes.clone()),
			Error::<Test>::UnknownTrial
		);
		let twice = reported(&[(OutcomeKind::Primary, PRIMARY), (OutcomeKind::Secondary, PRIMARY)]);
		assert_noop!(publish(INVESTIGATOR, trial, RESULTS, twice), Error::<Test>::DuplicateOutcome);
		assert_noop!(
			publish(INVESTIGATOR, trial, PROTOCOL, outcomes.clone()),
			Error::<Test>::DuplicateHash
		);
		let early = recruiting();
		assert_noop!(
			publish(INVESTIGATOR, early, RESULTS, outcomes.clone()),
			Error::<Test>::ResultsNotAllowed
		);
		assert_ok!(publish(INVESTIGATOR, trial, RESULTS, outcomes.clone()));
		assert_noop!(
			publish(INVESTIGATOR, trial, H256::repeat_byte(0x13), outcomes),
			Error::<Test>::ResultsAlreadyPublished
		);
	});
}

// --- read side ---

/// Every page of `filter`, two at a time (the mock's page size), and the ids listed.
fn all_pages(filter: TrialFilter) -> Vec<TrialId> {
	let mut ids = Vec::new();
	let mut cursor = None;
	loop {
		let page = ClinicalTrial::trials(filter.clone(), cursor, 10);
		assert!(page.len() <= 2, "a page is capped at MaxPageSize");
		let Some((last, _)) = page.last() else { break };
		cursor = Some(*last);
		ids.extend(page.iter().map(|(id, _)| *id));
	}
	ids.sort();
	ids
}

#[test]
fn trials_are_listed_page_by_page_for_every_filter() {
	run(|| {
		let first = registered();
		let second = recruiting();
		let mut diabetes = registration();
		diabetes.conditions = BoundedVec::truncate_from(vec![code(b"E11"), code(b"C50.9")]);
		diabetes.phase = Phase::Phase2;
		let third = register_as(INSTITUTE_INVESTIGATOR, diabetes);

		assert_eq!(all_pages(TrialFilter::All), vec![first, second, third]);
		assert_eq!(ClinicalTrial::trials(TrialFilter::All, None, 10).len(), 2);
		assert_eq!(ClinicalTrial::trials(TrialFilter::All, None, 1).len(), 1);
		assert!(ClinicalTrial::trials(TrialFilter::All, None, 0).is_empty());
		assert_eq!(all_pages(TrialFilter::Status(TrialStatus::Registered)), vec![first, third]);
		assert_eq!(all_pages(TrialFilter::Status(TrialStatus::Recruiting)), vec![second]);
		assert!(all_pages(TrialFilter::Status(TrialStatus::Completed)).is_empty());
		let breast_cancer = TrialFilter::Condition(b"C50.9".to_vec());
		assert_eq!(all_pages(breast_cancer), vec![first, second, third]);
		assert_eq!(all_pages(TrialFilter::Condition(b"E11".to_vec())), vec![third]);
		assert!(all_pages(TrialFilter::Condition(b"far too long a code".to_vec())).is_empty());
		assert_eq!(all_pages(TrialFilter::Sponsor(SPONSOR)), vec![first, second]);
		assert_eq!(all_pages(TrialFilter::Sponsor(INSTITUTE)), vec![third]);
		assert_eq!(all_pages(TrialFilter::Phase(Phase::Phase3)), vec![first, second]);
		assert_eq!(all_pages(TrialFilter::Phase(Phase::Phase2)), vec![third]);
		let listed = ClinicalTrial::trials(TrialFilter::Sponsor(INSTITUTE), None, 10);
		assert_eq!(listed[0].1.sponsor, INSTITUTE);
	});
}

#[test]
fn data_snapshots_and_adverse_events_are_paged() {
	run(|| {
		let trial = recruiting();
		for byte in 1..=3u8 {
			assert_ok!(ClinicalTrial::commit_data_snapshot(
				signed(INVESTIGATOR),
				trial,
				H256::repeat_byte(0x50 + byte),
				u32::from(byte),
				0,
				START
			));
			assert_ok!(ClinicalTrial::report_adverse_event(
				signed(INVESTIGATOR),
				trial,
				Severity::Mild,
				H256::repeat_byte(0x60 + byte)
			));
		}
		let indexes = |page: Vec<(u32, DataSnapshot<u64>)>| {
			page.into_iter().map(|(index, _)| index).collect::<Vec<_>>()
		};
		assert_eq!(indexes(ClinicalTrial::data_snapshots(trial, 0, 10)), vec![0, 1]);
		assert_eq!(indexes(ClinicalTrial::data_snapshots(trial, 2, 10)), vec![2]);
		assert!(ClinicalTrial::data_snapshots(trial, 3, 10).is_empty());
		assert!(ClinicalTrial::data_snapshots(trial, u32::MAX, 10).is_empty());
		assert!(ClinicalTrial::data_snapshots(NO_TRIAL, 0, 10).is_empty());
		let events = ClinicalTrial::adverse_events(trial, 1, 1);
		assert_eq!(events.len(), 1);
		assert_eq!(events[0].0, 1);
		assert_eq!(events[0].1.report_hash, H256::repeat_byte(0x62));
		assert_eq!(ClinicalTrial::adverse_events(trial, 0, 10).len(), 2);
		assert!(ClinicalTrial::adverse_events(trial, 3, 10).is_empty());
	});
}

#[test]
fn find_hash_names_every_kind_of_artifact() {
	run(|| {
		let trial = recruiting();
		amend(trial);
		assert_ok!(ClinicalTrial::close_recruitment(signed(INVESTIGATOR), trial));
		assert_ok!(ClinicalTrial::commit_data_snapshot(
			signed(INVESTIGATOR),
			trial,
			SNAPSHOT,
			1,
			0,
			START
		));
		assert_ok!(ClinicalTrial::report_adverse_event(
			signed(INVESTIGATOR),
			trial,
			Severity::Fatal,
			REPORT
		));
		let outcomes = reported(&[(OutcomeKind::Primary, PRIMARY)]);
		assert_ok!(ClinicalTrial::publish_results(signed(INVESTIGATOR), trial, RESULTS, outcomes));
		let terminated = trial_in(TrialStatus::Terminated);

		let find = |hash: H256| ClinicalTrial::find_hash(trial, hash);
		assert_eq!(find(DATA_SET), Some(TrialArtifact::RegistrationDataSet));
		assert_eq!(find(PROTOCOL), Some(TrialArtifact::Protocol(1)));
		assert_eq!(find(PRIMARY), Some(TrialArtifact::Outcome(0)));
		assert_eq!(find(SECONDARY), Some(TrialArtifact::Outcome(1)));
		assert_eq!(find(APPROVAL), Some(TrialArtifact::EthicsDecision(1)));
		assert_eq!(find(PROTOCOL_V2), Some(TrialArtifact::Protocol(2)));
		assert_eq!(find(SUMMARY_V2), Some(TrialArtifact::ProtocolSummary(2)));
		assert_eq!(find(APPROVAL_V2), Some(TrialArtifact::EthicsDecision(2)));
		assert_eq!(find(SNAPSHOT), Some(TrialArtifact::DataSnapshot(0)));
		assert_eq!(find(REPORT), Some(TrialArtifact::AdverseEvent(0)));
		assert_eq!(find(RESULTS), Some(TrialArtifact::Results));
		assert_eq!(find(NEW_OUTCOME), None);
		assert_eq!(
			ClinicalTrial::find_hash(terminated, REASON),
			Some(TrialArtifact::TerminationReason)
		);
		assert_eq!(ClinicalTrial::find_hash(NO_TRIAL, DATA_SET), None);
	});
}

#[test]
fn reads_of_an_unknown_trial_are_empty() {
	run(|| {
		assert_eq!(ClinicalTrial::trial(NO_TRIAL), None);
		assert!(ClinicalTrial::protocol_history(NO_TRIAL).is_empty());
		assert_eq!(ClinicalTrial::outcome_report(NO_TRIAL), None);
		assert_eq!(ClinicalTrial::enrolment_counts(NO_TRIAL), None);
		assert_eq!(ClinicalTrial::enrolment(NO_TRIAL, PATIENT), None);
		assert!(ClinicalTrial::adverse_events(NO_TRIAL, 0, 10).is_empty());
	});
}

// --- invariants ---

#[test]
fn integrity_test_accepts_the_mock_bounds() {
	ClinicalTrial::integrity_test();
}

// --- the site step ---

#[test]
fn an_investigator_confirms_a_pending_enrolment() {
	run(|| {
		let trial = recruiting();
		let first = request(PATIENT, trial);
		// The participant revoked the consent they asked with and gave a new one:
		// confirmation records the one that holds now.
		MockConsent::set_state(first, MockGrantState::Revoked);
		let renewed = consent(PATIENT, trial, 1);
		Timestamp::set_timestamp(START + 1_000);
		assert_ok!(ClinicalTrial::confirm_enrolment(signed(SPONSOR_ADMIN), trial, PATIENT));
		System::assert_last_event(
			Event::EnrolmentConfirmed {
				trial,
				participant: PATIENT,
				consent: renewed,
				by: SPONSOR_ADMIN,
			}
			.into(),
		);
		let enrolment = ClinicalTrial::enrolment(trial, PATIENT).expect("enrolled");
		assert_eq!(enrolment.status, EnrolmentStatus::Enrolled);
		assert_eq!(enrolment.consent, renewed);
		assert_eq!((enrolment.requested_at, enrolment.decided_at), (START, Some(START + 1_000)));
		assert_eq!(counts(trial), tally(0, 1, 0, 0, 0));
	});
}

#[test]
fn confirmation_is_refused_when_not_allowed() {
	run(|| {
		let trial = recruiting();
		request(PATIENT, trial);
		let confirm_as = |who: u64, trial: TrialId, participant: u64| {
			ClinicalTrial::confirm_enrolment(signed(who), trial, participant)
		};
		assert_noop!(
			ClinicalTrial::confirm_enrolment(RuntimeOrigin::none(), trial, PATIENT),
			BadOrigin
		);
		assert_noop!(confirm_as(PATIENT, trial, PATIENT), Error::<Test>::NotAMember);
		assert_noop!(confirm_as(HOSPITAL_INVESTIGATOR, trial, PATIENT), Error::<Test>::NotASponsor);
		assert_noop!(
			confirm_as(SPONSOR_AUDITOR, trial, PATIENT),
			Error::<Test>::NotPermittedToManageTrial
		);
		assert_noop!(confirm_as(INVESTIGATOR, NO_TRIAL, PATIENT), Error::<Test>::UnknownTrial);
		assert_noop!(
			confirm_as(INSTITUTE_INVESTIGATOR, trial, PATIENT),
			Error::<Test>::NotTrialSponsor
		);
		assert_noop!(confirm_as(INVESTIGATOR, trial, PATIENT_2), Error::<Test>::NotPending);
		confirm(PATIENT, trial);
		assert_noop!(confirm_as(INVESTIGATOR, trial, PATIENT), Error::<Test>::NotPending);

		// The target counts confirmed participants only.
		enrol(PATIENT_2, trial);
		let full = recruiting();
		request(PATIENT_3, full);
		request(PATIENT_4, full);
		enrol(PATIENT, full);
		enrol(PATIENT_2, full);
		assert_noop!(confirm_as(INVESTIGATOR, full, PATIENT_3), Error::<Test>::EnrolmentFull);

		// Confirmation is for a recruiting trial.
		assert_ok!(ClinicalTrial::close_recruitment(signed(INVESTIGATOR), full));
		assert_noop!(confirm_as(INVESTIGATOR, full, PATIENT_4), Error::<Test>::NotRecruiting);
	});
}

#[test]
fn confirmation_checks_the_research_consent_again() {
	run(|| {
		let trial = recruiting();
		let id = request(PATIENT, trial);
		MockConsent::set_state(id, MockGrantState::Revoked);
		assert_noop!(
			ClinicalTrial::confirm_enrolment(signed(INVESTIGATOR), trial, PATIENT),
			Error::<Test>::ConsentRevoked
		);
	});
}

#[test]
fn a_pending_enrolment_under_an_old_protocol_is_confirmed_after_reconsent() {
	run(|| {
		let trial = recruiting();
		request(PATIENT, trial);
		amend(trial);
		System::assert_last_event(
			Event::ParticipantsNeedReconsent { trial, version: 2, count: 1 }.into(),
		);
		assert_eq!(counts(trial), tally(1, 0, 0, 0, 1));
		assert_noop!(
			ClinicalTrial::confirm_enrolment(signed(INVESTIGATOR), trial, PATIENT),
			Error::<Test>::ReconsentRequired
		);
		consent(PATIENT, trial, 2);
		assert_ok!(ClinicalTrial::reconsent(signed(PATIENT), trial));
		assert_eq!(counts(trial), tally(1, 0, 0, 0, 0));
		confirm(PATIENT, trial);
		assert_eq!(counts(trial), tally(0, 1, 0, 0, 0));
	});
}

#[test]
fn an_investigator_screens_out_a_pending_enrolment_with_a_coded_reason() {
	run(|| {
		let trial = recruiting();
		request(PATIENT, trial);
		request(PATIENT_2, trial);
		assert_ok!(ClinicalTrial::screen_out(
			signed(INVESTIGATOR),
			trial,
			PATIENT,
			ScreeningReason::NotEligible
		));
		System::assert_last_event(
			Event::EnrolmentScreenedOut {
				trial,
				participant: PATIENT,
				reason: ScreeningReason::NotEligible,
				by: INVESTIGATOR,
			}
			.into(),
		);
		let enrolment = ClinicalTrial::enrolment(trial, PATIENT).expect("kept");
		assert_eq!(enrolment.status, EnrolmentStatus::ScreenedOut(ScreeningReason::NotEligible));
		assert_eq!(enrolment.decided_at, Some(START));
		assert_eq!(ParticipantsByVersion::<Test>::get(trial, 1), 1);

		// After recruitment closes, the site still clears its queue, with its own code.
		assert_ok!(ClinicalTrial::close_recruitment(signed(INVESTIGATOR), trial));
		assert_ok!(ClinicalTrial::screen_out(
			signed(SPONSOR_ADMIN),
			trial,
			PATIENT_2,
			ScreeningReason::Other(7)
		));
		assert_eq!(counts(trial), tally(0, 0, 2, 0, 0));
	});
}

#[test]
fn screening_out_is_refused_when_not_allowed() {
	run(|| {
		let trial = recruiting();
		request(PATIENT, trial);
		let reason = ScreeningReason::Duplicate;
		let screen = |who: u64, trial: TrialId, participant: u64| {
			ClinicalTrial::screen_out(signed(who), trial, participant, reason)
		};
		assert_noop!(
			ClinicalTrial::screen_out(RuntimeOrigin::none(), trial, PATIENT, reason),
			BadOrigin
		);
		assert_noop!(screen(PATIENT, trial, PATIENT), Error::<Test>::NotAMember);
		assert_noop!(screen(HOSPITAL_INVESTIGATOR, trial, PATIENT), Error::<Test>::NotASponsor);
		assert_noop!(
			screen(SPONSOR_AUDITOR, trial, PATIENT),
			Error::<Test>::NotPermittedToManageTrial
		);
		assert_noop!(screen(INVESTIGATOR, NO_TRIAL, PATIENT), Error::<Test>::UnknownTrial);
		assert_noop!(
			screen(INSTITUTE_INVESTIGATOR, trial, PATIENT),
			Error::<Test>::NotTrialSponsor
		);
		assert_noop!(screen(INVESTIGATOR, trial, PATIENT_2), Error::<Test>::NotPending);
		confirm(PATIENT, trial);
		assert_noop!(screen(INVESTIGATOR, trial, PATIENT), Error::<Test>::NotPending);
		MockRegistry::suspend(SPONSOR);
		assert_noop!(screen(INVESTIGATOR, trial, PATIENT), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn a_screened_out_participant_may_ask_again_while_attempts_last() {
	run(|| {
		let trial = recruiting();
		request(PATIENT, trial);
		assert_ok!(ClinicalTrial::screen_out(
			signed(INVESTIGATOR),
			trial,
			PATIENT,
			ScreeningReason::ConsentInvalid
		));
		assert_ok!(ClinicalTrial::enrol(signed(PATIENT), trial));
		let enrolment = ClinicalTrial::enrolment(trial, PATIENT).expect("kept");
		assert_eq!((enrolment.status, enrolment.attempts), (EnrolmentStatus::Pending, 2));
		assert_eq!(enrolment.decided_at, None);
		assert_eq!(counts(trial), tally(1, 0, 0, 0, 0));
	});
}

#[test]
fn a_pending_participant_withdraws_their_request() {
	run(|| {
		let trial = recruiting();
		request(PATIENT, trial);
		assert_ok!(ClinicalTrial::withdraw(signed(PATIENT), trial));
		System::assert_last_event(
			Event::ParticipantWithdrawn { trial, participant: PATIENT }.into(),
		);
		assert_eq!(counts(trial), tally(0, 0, 0, 1, 0));
		assert_eq!(ParticipantsByVersion::<Test>::get(trial, 1), 0);
		assert_noop!(
			ClinicalTrial::confirm_enrolment(signed(INVESTIGATOR), trial, PATIENT),
			Error::<Test>::NotPending
		);
	});
}

// --- abuse paths closed (issue 12, items 3, 4 and 10) ---

/// Research consent for this trial and version, but granted to the participant's own account.
#[test]
fn self_granted_research_consent_does_not_enrol() {
	run(|| {
		let trial = recruiting();
		let purpose = PurposeOfUse::Research(Some(TrialProtocol { trial, protocol_version: 1 }));
		MockConsent::grant_to_account(PATIENT, PATIENT, ConsentAction::Read, None, purpose);
		assert_noop!(
			ClinicalTrial::enrol(signed(PATIENT), trial),
			Error::<Test>::NoResearchConsent
		);
	});
}

/// Research consent for this trial and version, granted to an organisation that is not its
/// sponsor.
#[test]
fn research_consent_to_another_organisation_does_not_enrol() {
	run(|| {
		let trial = recruiting();
		let purpose = PurposeOfUse::Research(Some(TrialProtocol { trial, protocol_version: 1 }));
		MockConsent::grant_to_organization(PATIENT, INSTITUTE, ConsentAction::Read, None, purpose);
		assert_noop!(
			ClinicalTrial::enrol(signed(PATIENT), trial),
			Error::<Test>::NoResearchConsent
		);
	});
}

/// Research consent to the sponsor that does not let it read the participant's records.
#[test]
fn research_consent_without_the_read_action_does_not_enrol() {
	run(|| {
		let trial = recruiting();
		let purpose = PurposeOfUse::Research(Some(TrialProtocol { trial, protocol_version: 1 }));
		MockConsent::grant_to_organization(PATIENT, SPONSOR, ConsentAction::Write, None, purpose);
		assert_noop!(
			ClinicalTrial::enrol(signed(PATIENT), trial),
			Error::<Test>::NoResearchConsent
		);
	});
}

/// Fresh accounts, each granting itself-as-patient research consent to the sponsor, flood a
/// trial of target 2 with requests: none counts toward the target, and real participants
/// still enrol once the site confirms them.
#[test]
fn throwaway_accounts_cannot_fill_the_enrolment_target() {
	run(|| {
		let trial = recruiting();
		let throwaways: Vec<u64> = (1_000..1_010).collect();
		for account in &throwaways {
			request(*account, trial);
		}
		assert_eq!(counts(trial), tally(10, 0, 0, 0, 0));
		assert_eq!(ClinicalTrial::trial(trial).map(|stored| stored.enrolled), Some(0));

		enrol(PATIENT, trial);
		enrol(PATIENT_2, trial);
		assert_eq!(counts(trial), tally(10, 2, 0, 0, 0));
		// The site screens the flood out; each throwaway has its one enrolment, used up.
		for account in &throwaways {
			assert_ok!(ClinicalTrial::screen_out(
				signed(INVESTIGATOR),
				trial,
				*account,
				ScreeningReason::NotEligible
			));
		}
		assert_eq!(counts(trial), tally(0, 2, 10, 0, 0));
		assert_noop!(
			ClinicalTrial::enrol(signed(throwaways[0]), trial),
			Error::<Test>::EnrolmentFull
		);
	});
}

/// A participant enrols and withdraws over and over (each time a request the site must
/// look at): after `MaxEnrolmentAttempts` (3 in the mock) the account is refused.
#[test]
fn enrol_withdraw_cycling_stops_at_the_attempt_bound() {
	run(|| {
		let trial = recruiting();
		consent(PATIENT, trial, 1);
		for attempt in 1..=3u32 {
			assert_ok!(ClinicalTrial::enrol(signed(PATIENT), trial));
			let enrolment = ClinicalTrial::enrolment(trial, PATIENT).expect("kept");
			assert_eq!(enrolment.attempts, attempt);
			assert_ok!(ClinicalTrial::withdraw(signed(PATIENT), trial));
		}
		assert_noop!(
			ClinicalTrial::enrol(signed(PATIENT), trial),
			Error::<Test>::EnrolmentAttemptsExhausted
		);
		assert_eq!(counts(trial), tally(0, 0, 0, 1, 0));
		// The bound is per trial: the same account may enrol elsewhere.
		let other = recruiting();
		request(PATIENT, other);
	});
}

/// Governance suspends the sponsor organisation: its trials take no new enrolments and its
/// investigators confirm none.
#[test]
fn a_suspended_sponsors_trial_stops_enrolling_and_confirming() {
	run(|| {
		let trial = recruiting();
		request(PATIENT, trial);
		consent(PATIENT_2, trial, 1);
		MockRegistry::suspend(SPONSOR);
		assert_noop!(
			ClinicalTrial::enrol(signed(PATIENT_2), trial),
			Error::<Test>::SponsorSuspended
		);
		assert_noop!(
			ClinicalTrial::confirm_enrolment(signed(INVESTIGATOR), trial, PATIENT),
			Error::<Test>::OrganizationSuspended
		);
		// A participant still withdraws.
		assert_ok!(ClinicalTrial::withdraw(signed(PATIENT), trial));
		MockRegistry::reactivate(SPONSOR);
		assert_ok!(ClinicalTrial::enrol(signed(PATIENT_2), trial));
	});
}

/// A regulator suspends a trial; another regulator, the ethics committee and another ethics
/// committee each try to lift the suspension, and cannot.
#[test]
fn another_oversight_body_cannot_lift_a_suspension() {
	run(|| {
		let trial = recruiting();
		assert_ok!(ClinicalTrial::suspend_trial(signed(REGULATOR_AUDITOR), trial, REASON));
		for intruder in [OTHER_REGULATOR_AUDITOR, ETHICS_AUDITOR, OTHER_ETHICS_AUDITOR] {
			assert_noop!(
				ClinicalTrial::lift_suspension(signed(intruder), trial),
				Error::<Test>::NotTheSuspendingBody
			);
		}
		assert_eq!(status_of(trial), TrialStatus::Suspended);

		// The same holds the other way round: the approving committee suspends, and the
		// regulator cannot lift it.
		let other = recruiting();
		assert_ok!(ClinicalTrial::suspend_trial(signed(ETHICS_AUDITOR), other, REASON));
		assert_noop!(
			ClinicalTrial::lift_suspension(signed(REGULATOR_AUDITOR), other),
			Error::<Test>::NotTheSuspendingBody
		);
		assert_ok!(ClinicalTrial::lift_suspension(signed(ETHICS_AUDITOR), other));
		System::assert_last_event(
			Event::SuspensionLifted {
				trial: other,
				by: LiftedBy::Organization(ETHICS),
				status: TrialStatus::Recruiting,
			}
			.into(),
		);
	});
}

// Any ethics committee used to be able to suspend any trial (and, since only the suspending
// body lifts a suspension, hold it suspended), or approve its amendments.
#[test]
fn an_ethics_committee_that_did_not_approve_a_trial_neither_suspends_nor_amends_it() {
	run(|| {
		let trial = recruiting();
		assert_eq!(
			ClinicalTrial::trial(trial).map(|stored| stored.ethics_committee),
			Some(Some(ETHICS))
		);

		assert_noop!(
			ClinicalTrial::suspend_trial(signed(OTHER_ETHICS_AUDITOR), trial, REASON),
			Error::<Test>::NotTheTrialsCommittee
		);
		assert_ok!(ClinicalTrial::propose_amendment(
			signed(INVESTIGATOR),
			trial,
			PROTOCOL_V2,
			SUMMARY_V2
		));
		assert_noop!(
			ClinicalTrial::approve_amendment(signed(OTHER_ETHICS_AUDITOR), trial, APPROVAL_V2),
			Error::<Test>::NotTheTrialsCommittee
		);
		// Its own committee, and any regulator, may.
		assert_ok!(ClinicalTrial::approve_amendment(signed(ETHICS_AUDITOR), trial, APPROVAL_V2));
		assert_ok!(ClinicalTrial::suspend_trial(signed(OTHER_REGULATOR_AUDITOR), trial, REASON));
	});
}

#[test]
fn governance_lifts_any_suspension() {
	run(|| {
		let trial = active();
		assert_ok!(ClinicalTrial::suspend_trial(signed(ETHICS_AUDITOR), trial, REASON));
		// The suspending body's organisation is itself suspended: only governance is left.
		MockRegistry::suspend(ETHICS);
		assert_noop!(
			ClinicalTrial::lift_suspension(signed(ETHICS_AUDITOR), trial),
			Error::<Test>::OrganizationSuspended
		);
		assert_ok!(ClinicalTrial::lift_suspension(RuntimeOrigin::root(), trial));
		System::assert_last_event(
			Event::SuspensionLifted {
				trial,
				by: LiftedBy::Governance,
				status: TrialStatus::Active,
			}
			.into(),
		);
		assert_eq!(status_of(trial), TrialStatus::Active);
		assert_noop!(
			ClinicalTrial::lift_suspension(RuntimeOrigin::root(), trial),
			Error::<Test>::InvalidTransition
		);
		assert_noop!(
			ClinicalTrial::lift_suspension(RuntimeOrigin::root(), NO_TRIAL),
			Error::<Test>::UnknownTrial
		);
	});
}

/// A trial terminated before it recruited read as "started" to the old status check: it
/// could take data snapshots and adverse-event reports it never had.
#[test]
fn a_trial_terminated_before_recruiting_takes_no_data_or_adverse_events() {
	run(|| {
		for trial in [trial_in(TrialStatus::Terminated), approved()] {
			if status_of(trial) != TrialStatus::Terminated {
				assert_ok!(ClinicalTrial::terminate_trial(signed(INVESTIGATOR), trial, REASON));
			}
			assert_noop!(
				ClinicalTrial::commit_data_snapshot(
					signed(INVESTIGATOR),
					trial,
					SNAPSHOT,
					1,
					0,
					START
				),
				Error::<Test>::TrialNotStarted
			);
			assert_noop!(
				ClinicalTrial::report_adverse_event(
					signed(INVESTIGATOR),
					trial,
					Severity::Fatal,
					REPORT
				),
				Error::<Test>::TrialNotStarted
			);
		}
		// A trial terminated after recruiting keeps committing its data.
		let recruited = recruiting();
		assert_ok!(ClinicalTrial::terminate_trial(signed(INVESTIGATOR), recruited, REASON));
		assert_ok!(ClinicalTrial::report_adverse_event(
			signed(INVESTIGATOR),
			recruited,
			Severity::Fatal,
			REPORT
		));
	});
}

/// A sponsor stops a trial that recruited, hoping to leave its results (and their outcome
/// check) unpublished for good: results are still due, and checked.
#[test]
fn results_are_due_for_a_trial_terminated_after_recruiting() {
	run(|| {
		let trial = recruiting();
		enrol(PATIENT, trial);
		assert_ok!(ClinicalTrial::terminate_trial(signed(INVESTIGATOR), trial, REASON));
		assert!(ClinicalTrial::trial(trial).is_some_and(|stored| stored.results_due()));
		let outcomes = reported(&[(OutcomeKind::Primary, PRIMARY)]);
		assert_ok!(ClinicalTrial::publish_results(signed(INVESTIGATOR), trial, RESULTS, outcomes));
		System::assert_has_event(
			Event::OutcomeDiscrepancyFound {
				trial,
				discrepancy: OutcomeDiscrepancy::Missing {
					kind: OutcomeKind::Secondary,
					definition_hash: SECONDARY,
				},
			}
			.into(),
		);
		System::assert_last_event(
			Event::ResultsPublished { trial, results_hash: RESULTS, discrepancies: 1 }.into(),
		);
	});
}

#[test]
fn a_trial_terminated_before_recruiting_owes_no_results() {
	run(|| {
		let trial = approved();
		assert_ok!(ClinicalTrial::terminate_trial(signed(INVESTIGATOR), trial, REASON));
		assert!(ClinicalTrial::trial(trial).is_some_and(|stored| !stored.results_due()));
		assert_noop!(
			ClinicalTrial::publish_results(
				signed(INVESTIGATOR),
				trial,
				RESULTS,
				reported(&[(OutcomeKind::Primary, PRIMARY)])
			),
			Error::<Test>::ResultsNotAllowed
		);
	});
}

/// A sponsor registers one protocol and, while the ethics committee reviews it, proposes
/// another, so that the committee's approval of version 1 would stand beside a version it
/// never saw.
#[test]
fn a_protocol_cannot_be_amended_before_its_first_approval() {
	run(|| {
		let trial = registered();
		assert_noop!(
			ClinicalTrial::propose_amendment(signed(INVESTIGATOR), trial, PROTOCOL_V2, SUMMARY_V2),
			Error::<Test>::TrialNotApproved
		);
		approve(trial);
		assert_ok!(ClinicalTrial::propose_amendment(
			signed(INVESTIGATOR),
			trial,
			PROTOCOL_V2,
			SUMMARY_V2
		));
	});
}

// --- invariants: try_state finds each broken rule ---

/// Runs `scenario` (which builds state through the calls, then breaks one rule by writing
/// storage directly) and asserts `try_state` names `rule`.
fn try_state_finds(rule: &'static str, scenario: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		scenario();
		assert_eq!(ClinicalTrial::do_try_state(), Err(DispatchError::Other(rule)));
	});
}

#[test]
fn try_state_finds_more_enrolled_than_the_target() {
	try_state_finds("a trial has more participants enrolled than its target enrolment", || {
		let trial = recruiting();
		enrol(PATIENT, trial);
		enrol(PATIENT_2, trial);
		assert_ok!(ClinicalTrial::do_try_state());
		Trials::<Test>::mutate(trial, |stored| {
			if let Some(stored) = stored {
				stored.registration.target_enrolment = 1;
			}
		});
	});
}

#[test]
fn try_state_finds_wrong_enrolment_counts() {
	try_state_finds("a trial's pending count is wrong", || {
		let trial = recruiting();
		request(PATIENT, trial);
		Trials::<Test>::mutate(trial, |stored| {
			if let Some(stored) = stored {
				stored.pending = 0;
			}
		});
	});
	try_state_finds("a trial's per-version participant counts are wrong", || {
		let trial = recruiting();
		request(PATIENT, trial);
		ParticipantsByVersion::<Test>::insert(trial, 1, 2);
	});
}

#[test]
fn try_state_finds_attempts_beyond_the_bound() {
	try_state_finds("an enrolment's attempts are outside 1 to MaxEnrolmentAttempts", || {
		let trial = recruiting();
		request(PATIENT, trial);
		Enrolments::<Test>::mutate(trial, PATIENT, |enrolment| {
			if let Some(enrolment) = enrolment {
				enrolment.attempts = 4;
			}
		});
	});
}

#[test]
fn try_state_finds_side_doors_in_the_lifecycle() {
	try_state_finds("a trial that never recruited has data snapshots or adverse events", || {
		let trial = approved();
		Trials::<Test>::mutate(trial, |stored| {
			if let Some(stored) = stored {
				stored.adverse_events = 1;
			}
		});
		AdverseEvents::<Test>::insert(
			trial,
			0,
			crate::AdverseEvent {
				severity: Severity::Mild,
				report_hash: REPORT,
				by: INVESTIGATOR,
				at: 0,
			},
		);
	});
	try_state_finds("a trial recruited before it was recruiting", || {
		let trial = approved();
		Trials::<Test>::mutate(trial, |stored| {
			if let Some(stored) = stored {
				stored.recruitment_started_at = Some(START);
			}
		});
	});
	try_state_finds("a trial's protocol was amended before its first approval", || {
		let trial = registered();
		Trials::<Test>::mutate(trial, |stored| {
			if let Some(stored) = stored {
				stored.pending_amendment = Some(2);
			}
		});
	});
	try_state_finds("a trial has results that were not due", || {
		let published = active();
		let outcomes = reported(&[(OutcomeKind::Primary, PRIMARY)]);
		assert_ok!(ClinicalTrial::publish_results(
			signed(INVESTIGATOR),
			published,
			RESULTS,
			outcomes
		));
		let never_recruited = trial_in(TrialStatus::Terminated);
		let results = TrialResults::<Test>::get(published).expect("published");
		TrialResults::<Test>::insert(never_recruited, results);
	});
}

#[test]
fn try_state_finds_tampered_results_and_hashes() {
	try_state_finds("a trial's outcome discrepancies are not those of its results", || {
		let trial = active();
		let outcomes = reported(&[(OutcomeKind::Primary, PRIMARY)]);
		assert_ok!(ClinicalTrial::publish_results(signed(INVESTIGATOR), trial, RESULTS, outcomes));
		TrialResults::<Test>::mutate(trial, |results| {
			if let Some(results) = results {
				results.discrepancies = Default::default();
			}
		});
	});
	try_state_finds("an ethics decision is not in the hash index", || {
		let trial = approved();
		TrialHashes::<Test>::remove(trial, APPROVAL);
	});
	try_state_finds("an enrolment in an unknown trial", || {
		let trial = recruiting();
		request(PATIENT, trial);
		let enrolment = ClinicalTrial::enrolment(trial, PATIENT).expect("pending");
		Enrolments::<Test>::insert(NO_TRIAL, PATIENT, enrolment);
	});
}
