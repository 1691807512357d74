//! Benchmarks of every call, each in its worst case. The consent checks other pallets make
//! (`permission`, `record_read`) are measured inside those pallets' own benchmarks, which run
//! in the runtime against this pallet.
//!
//! The costs that grow are bounded by the pallet's constants: a check reads two live lists
//! (the accessor's and its organisation's) of at most `MaxGrantsPerGrantee` entries of at most
//! `MaxCategoriesPerGrant` categories and walks them, a grant prunes and rewrites its
//! grantee's list, a revoke rewrites it. So the benchmarks have no
//! components: each sets the bounds' worst case up and is measured once per repeat.
//!
//! Each benchmark that sets up organisations uses its own accounts (the `index` passed to
//! [`member_of`]): the registry test double keeps its members across the benchmarks of one
//! test run, and an account belongs to one organisation at most.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{Consideration, Get, Time},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::H256;

const SEED: u32 = 0;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

fn now<T: Config>() -> Moment {
	<T::Time as Time>::now()
}

/// An active organisation of `kind` (registered with its own admin) with a member, named
/// `name`, in `role`. `index` keeps the accounts of different benchmarks apart.
fn member_of<T: Config>(
	kind: OrganizationKind,
	role: MemberRole,
	name: &'static str,
	index: u32,
) -> Result<(OrgId, T::AccountId), BenchmarkError> {
	let admin: T::AccountId = account("admin", index, SEED);
	let org = T::Registry::register_for_benchmark(kind, &admin)?;
	let member: T::AccountId = account(name, index, SEED);
	T::Registry::add_member_for_benchmark(org, &member, role)?;
	Ok((org, member))
}

/// Terms to `grantee` for `purpose` at their largest: read and write, every category the
/// bound allows, an end date.
fn widest_terms<T: Config>(
	grantee: Grantee<T::AccountId>,
	purpose: PurposeOfUse,
) -> Result<ConsentTermsOf<T>, BenchmarkError> {
	let categories: alloc::vec::Vec<RecordCategory> =
		(0..T::MaxCategoriesPerGrant::get()).map(RecordCategory::Other).collect();
	let categories = BoundedVec::try_from(categories)
		.map_err(|_| BenchmarkError::Stop("more categories than MaxCategoriesPerGrant"))?;
	Ok(ConsentTerms {
		grantee,
		actions: ConsentActions::READ_WRITE,
		categories: CategoryScope::Only(categories),
		purpose,
		valid_from: None,
		valid_until: Some(now::<T>().saturating_add(1_000_000_000)),
	})
}

/// Fills `patient`'s live list for `grantee` with `MaxGrantsPerGrantee` grants, for
/// treatment, at their largest. Returns their ids, in grant order.
fn fill_live_grants<T: Config>(
	patient: &T::AccountId,
	grantee: &Grantee<T::AccountId>,
) -> Result<alloc::vec::Vec<ConsentId>, BenchmarkError> {
	let mut filled = alloc::vec::Vec::new();
	for _ in 0..T::MaxGrantsPerGrantee::get() {
		let terms = widest_terms::<T>(grantee.clone(), PurposeOfUse::Treatment)?;
		filled.push(Pallet::<T>::do_grant(patient.clone(), patient.clone(), terms)?);
	}
	Ok(filled)
}

/// Marks `who` onboarded, so that its consent calls count against its feeless allowance,
/// with a deposit held from a funded depositor.
fn onboard<T: Config>(who: &T::AccountId) -> Result<(), BenchmarkError> {
	let depositor: T::AccountId = account("depositor", 0, SEED);
	let footprint = Pallet::<T>::onboarding_footprint();
	T::OnboardingDeposit::ensure_successful(&depositor, footprint);
	let deposit = T::OnboardingDeposit::new(&depositor, footprint)?;
	let at = frame_system::Pallet::<T>::block_number();
	Onboarded::<T>::insert(who, OnboardingRecord { org: 0, at, depositor, deposit });
	Ok(())
}

/// `MaxOpenCasesPerPractitioner - 1` and `MaxOpenCasesPerOrganization - 1` cases of other
/// patients, open until far in the future, in `practitioner`'s and `org`'s lists: the lists a
/// new case is checked against and added to, at their largest.
fn nearly_full_open_cases<T: Config>(practitioner: &T::AccountId, org: OrgId) {
	let until = now::<T>().saturating_add(1_000_000_000);
	let cases = |bound: u32| {
		(0..bound.saturating_sub(1)).map(|id| (u64::from(id).saturating_add(1_000_000), until))
	};
	let practitioner_cases =
		BoundedVec::truncate_from(cases(T::MaxOpenCasesPerPractitioner::get()).collect());
	OpenCasesOfPractitioner::<T>::insert(practitioner, practitioner_cases);
	let organization_cases =
		BoundedVec::truncate_from(cases(T::MaxOpenCasesPerOrganization::get()).collect());
	OpenCasesOfOrganization::<T>::insert(org, organization_cases);
}

/// A break-glass case of `accessor` for `patient` that has already expired and awaits
/// review.
fn expired_case<T: Config>(
	patient: &T::AccountId,
	accessor: &T::AccountId,
	org: OrgId,
) -> BreakGlassId {
	let case = NextBreakGlassId::<T>::get();
	let now = now::<T>();
	let record = BreakGlassCase {
		patient: patient.clone(),
		accessor: accessor.clone(),
		org,
		role: MemberRole::Practitioner,
		reason: EmergencyReason::Other(0),
		opened_at: now,
		expires_at: now,
		review_due: now,
		review: None,
	};
	BreakGlassCases::<T>::insert(case, record);
	OpenBreakGlass::<T>::insert(patient, accessor, case);
	AwaitingReview::<T>::insert(case, ());
	NextBreakGlassId::<T>::put(case.saturating_add(1));
	case
}

#[benchmarks]
mod benchmarks {
	use super::*;

	// Worst case: a delegate signs (one more read) and is onboarded (its allowance is
	// counted); the grantee is an organisation (a registry read) and the patient's live list
	// for it is full of grants at their largest, the first of them revoked: every entry is
	// checked, one pruned, and the list written back full; the terms list every category.
	#[benchmark]
	fn grant() -> Result<(), BenchmarkError> {
		let patient: T::AccountId = account("patient", 0, SEED);
		let delegate: T::AccountId = account("delegate", 0, SEED);
		frame_benchmarking::whitelist_account!(delegate);
		Pallet::<T>::do_add_delegate(patient.clone(), delegate.clone(), DelegateKind::Guardian)?;
		onboard::<T>(&delegate)?;
		let (org, _member) =
			member_of::<T>(OrganizationKind::Hospital, MemberRole::Practitioner, "member", 0)?;
		let filled = fill_live_grants::<T>(&patient, &Grantee::Organization(org))?;
		let pruned = *filled.first().ok_or(BenchmarkError::Stop("MaxGrantsPerGrantee is 0"))?;
		Pallet::<T>::do_revoke(patient.clone(), pruned)?;
		let terms = widest_terms::<T>(Grantee::Organization(org), PurposeOfUse::Treatment)?;
		let consent = NextConsentId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate.clone()), patient.clone(), terms);

		let live: alloc::vec::Vec<ConsentId> =
			LiveOrganizationGrants::<T>::get(&patient, org).iter().map(|entry| entry.id).collect();
		let expected: alloc::vec::Vec<ConsentId> =
			filled.iter().copied().skip(1).chain(core::iter::once(consent)).collect();
		assert_eq!(live, expected);
		assert_last_event::<T>(Event::ConsentGranted {
			consent,
			patient,
			grantee: Grantee::Organization(org),
			by: delegate,
		});
		Ok(())
	}

	// Worst case: a delegate signs (one more read) and is onboarded; the patient's live list
	// for the grantee (an account: the larger encoding) is full of grants at their largest and
	// the revoked one is the last: the whole list is searched, and written back.
	#[benchmark]
	fn revoke() -> Result<(), BenchmarkError> {
		let patient: T::AccountId = account("patient", 0, SEED);
		let delegate: T::AccountId = account("delegate", 0, SEED);
		frame_benchmarking::whitelist_account!(delegate);
		Pallet::<T>::do_add_delegate(patient.clone(), delegate.clone(), DelegateKind::Guardian)?;
		onboard::<T>(&delegate)?;
		let grantee: T::AccountId = account("grantee", 0, SEED);
		let filled = fill_live_grants::<T>(&patient, &Grantee::Account(grantee.clone()))?;
		let consent = *filled.last().ok_or(BenchmarkError::Stop("MaxGrantsPerGrantee is 0"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate.clone()), consent);

		assert_eq!(
			Grants::<T>::get(consent).map(|stored| stored.status),
			Some(ConsentStatus::Revoked)
		);
		assert_eq!(
			LiveAccountGrants::<T>::get(&patient, &grantee).last().map(|e| (e.id, e.revoked)),
			Some((consent, true))
		);
		assert_last_event::<T>(Event::ConsentRevoked { consent, patient, by: delegate });
		Ok(())
	}

	// Worst case: the onboarded patient's list has room for exactly one more delegate.
	#[benchmark]
	fn add_delegate() -> Result<(), BenchmarkError> {
		let patient: T::AccountId = account("patient", 0, SEED);
		frame_benchmarking::whitelist_account!(patient);
		onboard::<T>(&patient)?;
		for index in 1..T::MaxDelegates::get() {
			let other: T::AccountId = account("delegate", index, SEED);
			Pallet::<T>::do_add_delegate(patient.clone(), other, DelegateKind::Custodian)?;
		}
		let delegate: T::AccountId = account("delegate", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), delegate.clone(), DelegateKind::Guardian);

		assert_eq!(DelegateOf::<T>::get(&delegate, &patient), Some(DelegateKind::Guardian));
		assert_last_event::<T>(Event::DelegateAdded {
			patient,
			delegate,
			kind: DelegateKind::Guardian,
		});
		Ok(())
	}

	// Worst case: the onboarded patient has `MaxDelegates` delegates and removes the last.
	#[benchmark]
	fn remove_delegate() -> Result<(), BenchmarkError> {
		let patient: T::AccountId = account("patient", 0, SEED);
		frame_benchmarking::whitelist_account!(patient);
		onboard::<T>(&patient)?;
		for index in 0..T::MaxDelegates::get() {
			let delegate: T::AccountId = account("delegate", index, SEED);
			Pallet::<T>::do_add_delegate(patient.clone(), delegate, DelegateKind::Custodian)?;
		}
		let delegate: T::AccountId =
			account("delegate", T::MaxDelegates::get().saturating_sub(1), SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), delegate.clone());

		assert_eq!(DelegateOf::<T>::get(&delegate, &patient), None);
		assert_last_event::<T>(Event::DelegateRemoved {
			patient: patient.clone(),
			delegate,
			by: patient,
		});
		Ok(())
	}

	// The member pays the deposit (a hold on its balance).
	#[benchmark]
	fn onboard_patient() -> Result<(), BenchmarkError> {
		let (org, practitioner) =
			member_of::<T>(OrganizationKind::Hospital, MemberRole::Practitioner, "member", 1)?;
		frame_benchmarking::whitelist_account!(practitioner);
		T::OnboardingDeposit::ensure_successful(&practitioner, Pallet::<T>::onboarding_footprint());
		let patient: T::AccountId = account("patient", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(practitioner.clone()), patient.clone());

		assert!(Onboarded::<T>::contains_key(&patient));
		assert_last_event::<T>(Event::PatientOnboarded { patient, org, by: practitioner });
		Ok(())
	}

	// Worst case: the practitioner's previous case with the patient has expired; it is read,
	// then replaced as the pair's open case; the practitioner's and the organisation's lists
	// of open cases have room for exactly this one.
	#[benchmark]
	fn break_glass() -> Result<(), BenchmarkError> {
		let (org, practitioner) = member_of::<T>(
			OrganizationKind::Hospital,
			MemberRole::Practitioner,
			"practitioner",
			2,
		)?;
		frame_benchmarking::whitelist_account!(practitioner);
		let patient: T::AccountId = account("patient", 0, SEED);
		let expired = expired_case::<T>(&patient, &practitioner, org);
		nearly_full_open_cases::<T>(&practitioner, org);
		let case = NextBreakGlassId::<T>::get();
		let expires_at = now::<T>().saturating_add(T::BreakGlassDuration::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(practitioner.clone()), patient.clone(), EmergencyReason::Unconscious);

		assert_ne!(case, expired);
		assert_eq!(OpenBreakGlass::<T>::get(&patient, &practitioner), Some(case));
		assert_last_event::<T>(Event::BreakGlassOpened {
			case,
			patient,
			accessor: practitioner,
			org,
			reason: EmergencyReason::Unconscious,
			expires_at,
		});
		Ok(())
	}

	// Worst case: the access is found unjustified while still open, so it is closed too:
	// the pair's open case goes, and the case leaves its practitioner's and organisation's
	// lists of open cases, both full.
	#[benchmark]
	fn review_break_glass() -> Result<(), BenchmarkError> {
		let (org, practitioner) = member_of::<T>(
			OrganizationKind::Hospital,
			MemberRole::Practitioner,
			"practitioner",
			3,
		)?;
		let (_regulator, auditor) =
			member_of::<T>(OrganizationKind::Regulator, MemberRole::Auditor, "auditor", 4)?;
		frame_benchmarking::whitelist_account!(auditor);
		let patient: T::AccountId = account("patient", 0, SEED);
		nearly_full_open_cases::<T>(&practitioner, org);
		let case = Pallet::<T>::do_break_glass(
			practitioner.clone(),
			patient.clone(),
			EmergencyReason::LifeThreatening,
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(auditor.clone()), case, false, H256::repeat_byte(1));

		assert!(!AwaitingReview::<T>::contains_key(case));
		assert_eq!(OpenBreakGlass::<T>::get(&patient, &practitioner), None);
		assert_last_event::<T>(Event::BreakGlassReviewed {
			case,
			reviewer: auditor,
			justified: false,
		});
		Ok(())
	}

	// Worst case: a member of the onboarding organisation (a registry read) off-boards the
	// patient, whose account stands without the onboarding reference (it has another
	// provider, as tokens give it); the deposit is released and the feeless usage removed.
	#[benchmark]
	fn offboard_patient() -> Result<(), BenchmarkError> {
		let (_org, practitioner) =
			member_of::<T>(OrganizationKind::Hospital, MemberRole::Practitioner, "member", 5)?;
		frame_benchmarking::whitelist_account!(practitioner);
		T::OnboardingDeposit::ensure_successful(&practitioner, Pallet::<T>::onboarding_footprint());
		let patient: T::AccountId = account("patient", 0, SEED);
		Pallet::<T>::do_onboard_patient(practitioner.clone(), patient.clone())?;
		frame_system::Pallet::<T>::inc_providers(&patient);
		let terms = widest_terms::<T>(
			Grantee::Account(account("grantee", 0, SEED)),
			PurposeOfUse::Treatment,
		)?;
		Pallet::<T>::do_grant(patient.clone(), patient.clone(), terms)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(practitioner.clone()), patient.clone());

		assert!(!Onboarded::<T>::contains_key(&patient));
		assert_last_event::<T>(Event::PatientOffboarded { patient, by: practitioner });
		Ok(())
	}

	// Worst case: `n` revoked grants at their largest, each to its own grantee (an account:
	// the larger encoding) whose live list is full and holds it last: each grant is read and
	// removed with its place in the history, and each list is searched and rewritten.
	#[benchmark]
	fn prune_grants(n: Linear<1, { T::MaxPageSize::get() }>) -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let patient: T::AccountId = account("patient", 0, SEED);
		let mut pruned = alloc::vec::Vec::new();
		for index in 0..n {
			let grantee = Grantee::Account(account("grantee", index, SEED));
			let filled = fill_live_grants::<T>(&patient, &grantee)?;
			let consent = *filled.last().ok_or(BenchmarkError::Stop("MaxGrantsPerGrantee is 0"))?;
			Pallet::<T>::do_revoke(patient.clone(), consent)?;
			pruned.push(consent);
		}
		T::BenchmarkHelper::set_time(now::<T>().saturating_add(T::GrantRetention::get()));
		let consents = BoundedVec::<ConsentId, T::MaxPageSize>::truncate_from(pruned.clone());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), patient.clone(), consents);

		for consent in pruned {
			assert!(!Grants::<T>::contains_key(consent));
		}
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
