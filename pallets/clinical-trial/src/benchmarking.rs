//! Benchmarks of every call, each in its worst case.
//!
//! No call's cost depends on how many trials, participants or commitments exist: each reads
//! and writes the keys it names. What varies is bounded by the pallet's constants, and each
//! benchmark sets the bound's worst case up, so none has components:
//!
//! - `register_trial` stores a registration with the longest title, `MaxConditions`
//!   conditions of the longest code (one index entry each), `MaxCountries` countries,
//!   `MaxSecondaryIds` ids of the longest length and `MaxOutcomes` outcomes (one hash-index
//!   entry each);
//! - `publish_results` checks `MaxReportedOutcomes` reported outcomes, all unregistered,
//!   against `MaxOutcomes` commitments, so every commitment is missing and every reported
//!   outcome is unregistered: the most discrepancies, each with its event;
//! - `enrol` is a participant's second attempt, after a withdrawal (it also moves the
//!   withdrawn count), when `MaxEnrolmentAttempts` allows one;
//! - `confirm_enrolment` checks the participant's research consent again;
//! - `lift_suspension` is lifted by the suspending body's reviewer, whose membership is
//!   looked up after the governance origin is refused (governance itself costs less);
//! - every other call reads and writes a trial of the worst-case registration.
//!
//! Each benchmark uses its own accounts (the `index` passed to [`parties`]): the registry
//! test double keeps its members across the benchmarks of one test run, and an account
//! belongs to one organisation at most. Research consent comes from
//! `ConsentProvider::grant_for_benchmark`, granted to the sponsor for the trial and protocol
//! version.

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{Get, Time};
use frame_system::RawOrigin;
use healthchain_primitives::{AccessRequest, ConsentAction, PurposeOfUse, RecordCategory};
use sp_core::H256;

const SEED: u32 = 0;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

fn now<T: Config>() -> Moment {
	<T::Time as Time>::now()
}

/// A hash tagged `tag` whose first bytes are `index`: distinct for distinct pairs.
fn hash_of(tag: u8, index: u32) -> H256 {
	let mut bytes = [tag; 32];
	for (byte, source) in bytes.iter_mut().zip(index.to_le_bytes()) {
		*byte = source;
	}
	H256::from(bytes)
}

/// `len` printable ASCII bytes spelling `index` in base 94: distinct for distinct indexes
/// while `94^len` exceeds them.
fn distinct_code(index: u32, len: u32) -> Vec<u8> {
	let mut code = alloc::vec![b'A'; len as usize];
	let mut rest = index;
	for byte in code.iter_mut().rev() {
		let digit = u8::try_from(rest.checked_rem(94).unwrap_or(0)).unwrap_or(0);
		*byte = b'!'.saturating_add(digit);
		rest = rest.checked_div(94).unwrap_or(0);
	}
	code
}

/// The organisations and members of one benchmark.
struct Parties<T: Config> {
	sponsor: OrgId,
	/// `Investigator` of the sponsor.
	investigator: T::AccountId,
	committee: OrgId,
	/// `Auditor` of the ethics committee.
	reviewer: T::AccountId,
	regulator: OrgId,
	/// `Auditor` of the regulator.
	inspector: T::AccountId,
}

/// An active organisation of `kind`, registered with its own admin.
fn organization<T: Config>(
	kind: OrganizationKind,
	name: &'static str,
	index: u32,
) -> Result<OrgId, BenchmarkError> {
	let admin: T::AccountId = account(name, index, SEED);
	Ok(T::Registry::register_for_benchmark(kind, &admin)?)
}

/// A new member of `org` in `role`.
fn member<T: Config>(
	org: OrgId,
	role: MemberRole,
	name: &'static str,
	index: u32,
) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account(name, index, SEED);
	T::Registry::add_member_for_benchmark(org, &who, role)?;
	Ok(who)
}

/// A trial sponsor, an ethics committee and a regulator with their members; `index` keeps
/// the accounts of different benchmarks apart.
fn parties<T: Config>(index: u32) -> Result<Parties<T>, BenchmarkError> {
	let sponsor = organization::<T>(OrganizationKind::TrialSponsor, "sponsor-admin", index)?;
	let committee = organization::<T>(OrganizationKind::EthicsCommittee, "ethics-admin", index)?;
	let regulator = organization::<T>(OrganizationKind::Regulator, "regulator-admin", index)?;
	Ok(Parties {
		sponsor,
		investigator: member::<T>(sponsor, MemberRole::Investigator, "investigator", index)?,
		committee,
		reviewer: member::<T>(committee, MemberRole::Auditor, "reviewer", index)?,
		regulator,
		inspector: member::<T>(regulator, MemberRole::Auditor, "inspector", index)?,
	})
}

/// The worst-case registration: every bounded field at its bound.
fn registration<T: Config>() -> Result<Registration<T>, BenchmarkError> {
	let title = Title::<T>::try_from(alloc::vec![b'T'; T::MaxTitleLength::get() as usize])
		.map_err(|_| BenchmarkError::Stop("a title longer than MaxTitleLength"))?;
	let code_length = T::MaxConditionCodeLength::get();
	let mut conditions = Conditions::<T>::default();
	for index in 0..T::MaxConditions::get() {
		let code = ConditionCode::<T>::try_from(distinct_code(index, code_length))
			.map_err(|_| BenchmarkError::Stop("a code longer than MaxConditionCodeLength"))?;
		conditions
			.try_push(code)
			.map_err(|_| BenchmarkError::Stop("more conditions than MaxConditions"))?;
	}
	let mut countries = Countries::<T>::default();
	for index in 0..T::MaxCountries::get() {
		let first = u8::try_from(index.checked_div(26).unwrap_or(0)).unwrap_or(0);
		let second = u8::try_from(index.checked_rem(26).unwrap_or(0)).unwrap_or(0);
		countries
			.try_push([b'A'.saturating_add(first), b'A'.saturating_add(second)])
			.map_err(|_| BenchmarkError::Stop("more countries than MaxCountries"))?;
	}
	let id_length = T::MaxSecondaryIdLength::get();
	let mut secondary_ids = SecondaryIds::<T>::default();
	for index in 0..T::MaxSecondaryIds::get() {
		let id = SecondaryId::<T>::try_from(distinct_code(index, id_length))
			.map_err(|_| BenchmarkError::Stop("an id longer than MaxSecondaryIdLength"))?;
		secondary_ids
			.try_push(id)
			.map_err(|_| BenchmarkError::Stop("more ids than MaxSecondaryIds"))?;
	}
	let mut outcomes = OutcomeCommitments::<T>::default();
	for index in 0..T::MaxOutcomes::get() {
		let kind = if index == 0 { OutcomeKind::Primary } else { OutcomeKind::Secondary };
		outcomes
			.try_push(OutcomeCommitment { kind, definition_hash: hash_of(0x0c, index) })
			.map_err(|_| BenchmarkError::Stop("more outcomes than MaxOutcomes"))?;
	}
	Ok(Registration {
		title,
		conditions,
		phase: Phase::Phase3,
		study_type: StudyType::Interventional,
		target_enrolment: u32::MAX,
		countries,
		secondary_ids,
		data_set_hash: hash_of(0xd5, 0),
		protocol_hash: hash_of(0xa1, 1),
		outcomes,
	})
}

/// A `Registered` trial of the worst-case registration.
fn registered<T: Config>(parties: &Parties<T>) -> Result<TrialId, BenchmarkError> {
	Ok(Pallet::<T>::do_register_trial(parties.investigator.clone(), registration::<T>()?)?)
}

/// An `Approved` trial.
fn approved<T: Config>(parties: &Parties<T>) -> Result<TrialId, BenchmarkError> {
	let trial = registered::<T>(parties)?;
	Pallet::<T>::do_approve_trial(parties.reviewer.clone(), trial, hash_of(0xe1, 1))?;
	Ok(trial)
}

/// A `Recruiting` trial.
fn recruiting<T: Config>(parties: &Parties<T>) -> Result<TrialId, BenchmarkError> {
	let trial = approved::<T>(parties)?;
	Pallet::<T>::do_start_recruiting(parties.investigator.clone(), trial)?;
	Ok(trial)
}

/// An `Active` trial.
fn active<T: Config>(parties: &Parties<T>) -> Result<TrialId, BenchmarkError> {
	let trial = recruiting::<T>(parties)?;
	Pallet::<T>::do_close_recruitment(parties.investigator.clone(), trial)?;
	Ok(trial)
}

/// A participant with research consent for `trial` under `version`, granted to the sponsor.
fn consenting<T: Config>(
	parties: &Parties<T>,
	index: u32,
	trial: TrialId,
	version: ProtocolVersion,
) -> Result<T::AccountId, BenchmarkError> {
	let participant: T::AccountId = account("participant", index, SEED);
	grant_research_consent::<T>(parties, &participant, trial, version)?;
	Ok(participant)
}

/// `participant` (with research consent) asks to enrol in `trial` and the sponsor's
/// investigator confirms the enrolment.
fn enrolled<T: Config>(
	parties: &Parties<T>,
	participant: &T::AccountId,
	trial: TrialId,
) -> Result<(), BenchmarkError> {
	Pallet::<T>::do_enrol(participant.clone(), trial)?;
	Pallet::<T>::do_confirm_enrolment(parties.investigator.clone(), trial, participant.clone())?;
	Ok(())
}

/// Research consent of `participant` for `trial` under `version`, granted to the sponsor.
fn grant_research_consent<T: Config>(
	parties: &Parties<T>,
	participant: &T::AccountId,
	trial: TrialId,
	version: ProtocolVersion,
) -> Result<ConsentId, BenchmarkError> {
	let request = AccessRequest {
		patient: participant.clone(),
		accessor: parties.investigator.clone(),
		organization: Some(parties.sponsor),
		action: ConsentAction::Read,
		category: RecordCategory::Other(0),
		purpose: PurposeOfUse::Research(Some(TrialProtocol { trial, protocol_version: version })),
	};
	Ok(T::Consent::grant_for_benchmark(&request)?)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	// Worst case: every bounded field of the registration at its bound.
	#[benchmark]
	fn register_trial() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(0)?;
		let caller = parties.investigator.clone();
		frame_benchmarking::whitelist_account!(caller);
		let argument = registration::<T>()?;
		let trial = NextTrialId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), argument);

		assert_last_event::<T>(Event::TrialRegistered { trial, sponsor: parties.sponsor });
		Ok(())
	}

	#[benchmark]
	fn approve_trial() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(1)?;
		let trial = registered::<T>(&parties)?;
		let caller = parties.reviewer.clone();
		frame_benchmarking::whitelist_account!(caller);
		let decision_hash = hash_of(0xe1, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial, decision_hash);

		assert_last_event::<T>(Event::TrialApproved {
			trial,
			committee: parties.committee,
			decision_hash,
		});
		Ok(())
	}

	#[benchmark]
	fn start_recruiting() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(2)?;
		let trial = approved::<T>(&parties)?;
		let caller = parties.investigator.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial);

		assert_last_event::<T>(Event::RecruitmentStarted { trial });
		Ok(())
	}

	#[benchmark]
	fn close_recruitment() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(3)?;
		let trial = recruiting::<T>(&parties)?;
		let caller = parties.investigator.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial);

		assert_last_event::<T>(Event::RecruitmentClosed { trial });
		Ok(())
	}

	#[benchmark]
	fn complete_trial() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(4)?;
		let trial = active::<T>(&parties)?;
		let caller = parties.investigator.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial);

		assert_last_event::<T>(Event::TrialCompleted { trial });
		Ok(())
	}

	// Worst case: a suspended trial, whose suspension ends with it.
	#[benchmark]
	fn terminate_trial() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(5)?;
		let trial = active::<T>(&parties)?;
		Pallet::<T>::do_suspend_trial(parties.inspector.clone(), trial, hash_of(0x5e, 5))?;
		let caller = parties.investigator.clone();
		frame_benchmarking::whitelist_account!(caller);
		let reason_hash = hash_of(0x7e, 5);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial, reason_hash);

		assert_last_event::<T>(Event::TrialTerminated {
			trial,
			from: TrialStatus::Suspended,
			reason_hash,
		});
		Ok(())
	}

	#[benchmark]
	fn suspend_trial() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(6)?;
		let trial = recruiting::<T>(&parties)?;
		let caller = parties.inspector.clone();
		frame_benchmarking::whitelist_account!(caller);
		let reason_hash = hash_of(0x5e, 6);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial, reason_hash);

		assert_last_event::<T>(Event::TrialSuspended {
			trial,
			by_org: parties.regulator,
			from: TrialStatus::Recruiting,
			reason_hash,
		});
		Ok(())
	}

	#[benchmark]
	fn lift_suspension() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(7)?;
		let trial = recruiting::<T>(&parties)?;
		Pallet::<T>::do_suspend_trial(parties.inspector.clone(), trial, hash_of(0x5e, 7))?;
		let caller = parties.inspector.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial);

		assert_last_event::<T>(Event::SuspensionLifted {
			trial,
			by: LiftedBy::Organization(parties.regulator),
			status: TrialStatus::Recruiting,
		});
		Ok(())
	}

	#[benchmark]
	fn propose_amendment() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(8)?;
		let trial = recruiting::<T>(&parties)?;
		let caller = parties.investigator.clone();
		frame_benchmarking::whitelist_account!(caller);
		let protocol_hash = hash_of(0xa2, 8);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial, protocol_hash, hash_of(0x52, 8));

		assert_last_event::<T>(Event::AmendmentProposed { trial, version: 2, protocol_hash });
		Ok(())
	}

	// Worst case: an enrolled participant needs re-consent afterwards.
	#[benchmark]
	fn approve_amendment() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(9)?;
		let trial = recruiting::<T>(&parties)?;
		let participant = consenting::<T>(&parties, 9, trial, 1)?;
		enrolled::<T>(&parties, &participant, trial)?;
		Pallet::<T>::do_propose_amendment(
			parties.investigator.clone(),
			trial,
			hash_of(0xa2, 9),
			hash_of(0x52, 9),
		)?;
		let caller = parties.reviewer.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial, hash_of(0xe2, 9));

		assert_last_event::<T>(Event::ParticipantsNeedReconsent { trial, version: 2, count: 1 });
		Ok(())
	}

	// Worst case: the participant asks again after withdrawing (if the runtime allows a
	// second attempt), which also moves the withdrawn count.
	#[benchmark]
	fn enrol() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(10)?;
		let trial = recruiting::<T>(&parties)?;
		let participant = consenting::<T>(&parties, 10, trial, 1)?;
		if T::MaxEnrolmentAttempts::get() > 1 {
			Pallet::<T>::do_enrol(participant.clone(), trial)?;
			Pallet::<T>::do_withdraw(participant.clone(), trial)?;
		}
		frame_benchmarking::whitelist_account!(participant);

		#[extrinsic_call]
		_(RawOrigin::Signed(participant.clone()), trial);

		assert_eq!(
			Enrolments::<T>::get(trial, &participant).map(|stored| stored.status),
			Some(EnrolmentStatus::Pending)
		);
		Ok(())
	}

	#[benchmark]
	fn reconsent() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(11)?;
		let trial = recruiting::<T>(&parties)?;
		let participant = consenting::<T>(&parties, 11, trial, 1)?;
		enrolled::<T>(&parties, &participant, trial)?;
		Pallet::<T>::do_propose_amendment(
			parties.investigator.clone(),
			trial,
			hash_of(0xa2, 11),
			hash_of(0x52, 11),
		)?;
		Pallet::<T>::do_approve_amendment(parties.reviewer.clone(), trial, hash_of(0xe2, 11))?;
		grant_research_consent::<T>(&parties, &participant, trial, 2)?;
		frame_benchmarking::whitelist_account!(participant);

		#[extrinsic_call]
		_(RawOrigin::Signed(participant.clone()), trial);

		assert_eq!(
			Enrolments::<T>::get(trial, &participant).map(|stored| stored.protocol_version),
			Some(2)
		);
		Ok(())
	}

	#[benchmark]
	fn withdraw() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(12)?;
		let trial = recruiting::<T>(&parties)?;
		let participant = consenting::<T>(&parties, 12, trial, 1)?;
		enrolled::<T>(&parties, &participant, trial)?;
		frame_benchmarking::whitelist_account!(participant);

		#[extrinsic_call]
		_(RawOrigin::Signed(participant.clone()), trial);

		assert_last_event::<T>(Event::ParticipantWithdrawn { trial, participant });
		Ok(())
	}

	#[benchmark]
	fn commit_data_snapshot() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(13)?;
		let trial = active::<T>(&parties)?;
		let caller = parties.investigator.clone();
		frame_benchmarking::whitelist_account!(caller);
		let snapshot_hash = hash_of(0x5a, 13);
		let at = now::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial, snapshot_hash, u32::MAX, at, at);

		assert_last_event::<T>(Event::DataSnapshotCommitted { trial, index: 0, snapshot_hash });
		Ok(())
	}

	#[benchmark]
	fn report_adverse_event() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(14)?;
		let trial = active::<T>(&parties)?;
		let caller = parties.investigator.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial, Severity::Fatal, hash_of(0xae, 14));

		assert_last_event::<T>(Event::AdverseEventReported {
			trial,
			index: 0,
			severity: Severity::Fatal,
		});
		Ok(())
	}

	// Worst case: `MaxReportedOutcomes` outcomes, none pre-registered, against `MaxOutcomes`
	// commitments: every commitment missing, every reported outcome unregistered.
	#[benchmark]
	fn publish_results() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(15)?;
		let trial = active::<T>(&parties)?;
		let mut outcomes = ReportedOutcomes::<T>::default();
		for index in 0..T::MaxReportedOutcomes::get() {
			let definition_hash = hash_of(0x7f, index);
			let outcome = ReportedOutcome { kind: OutcomeKind::Primary, definition_hash };
			outcomes
				.try_push(outcome)
				.map_err(|_| BenchmarkError::Stop("more outcomes than MaxReportedOutcomes"))?;
		}
		let caller = parties.investigator.clone();
		frame_benchmarking::whitelist_account!(caller);
		let results_hash = hash_of(0x12, 15);
		let expected = T::MaxOutcomes::get().saturating_add(T::MaxReportedOutcomes::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial, results_hash, outcomes);

		assert_last_event::<T>(Event::ResultsPublished {
			trial,
			results_hash,
			discrepancies: expected,
		});
		Ok(())
	}

	// Worst case: the participant's research consent is checked again.
	#[benchmark]
	fn confirm_enrolment() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(16)?;
		let trial = recruiting::<T>(&parties)?;
		let participant = consenting::<T>(&parties, 16, trial, 1)?;
		Pallet::<T>::do_enrol(participant.clone(), trial)?;
		let caller = parties.investigator.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), trial, participant.clone());

		assert_eq!(
			Enrolments::<T>::get(trial, &participant).map(|stored| stored.status),
			Some(EnrolmentStatus::Enrolled)
		);
		Ok(())
	}

	#[benchmark]
	fn screen_out() -> Result<(), BenchmarkError> {
		let parties = parties::<T>(17)?;
		let trial = recruiting::<T>(&parties)?;
		let participant = consenting::<T>(&parties, 17, trial, 1)?;
		Pallet::<T>::do_enrol(participant.clone(), trial)?;
		let caller = parties.investigator.clone();
		frame_benchmarking::whitelist_account!(caller);
		let reason = ScreeningReason::Other(u16::MAX);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), trial, participant.clone(), reason);

		assert_last_event::<T>(Event::EnrolmentScreenedOut {
			trial,
			participant,
			reason,
			by: caller,
		});
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
