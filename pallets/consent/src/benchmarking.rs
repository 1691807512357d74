//! Benchmarks of every call, and of the two consent checks other pallets make
//! (`check_permission`, `log_read`), each in its worst case.
//!
//! The costs that grow are bounded by the pallet's constants: a check reads one live list of
//! at most `MaxGrantsPerPatient` entries of at most `MaxCategoriesPerGrant` categories and
//! walks it, a grant prunes and rewrites it, a revoke rewrites it. So the benchmarks have no
//! components: each sets the bounds' worst case up and is measured once per repeat.
//!
//! Each benchmark that sets up organisations uses its own accounts (the `index` passed to
//! [`member_of`]): the registry test double keeps its members across the benchmarks of one
//! test run, and an account belongs to one organisation at most.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{Get, Time},
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

/// Fills `patient`'s live list with `MaxGrantsPerPatient` grants to `grantee` (an account:
/// the larger encoding), for treatment, at their largest. Returns their ids, in grant order.
fn fill_live_grants<T: Config>(
	patient: &T::AccountId,
	grantee: &T::AccountId,
) -> Result<alloc::vec::Vec<ConsentId>, BenchmarkError> {
	let mut filled = alloc::vec::Vec::new();
	for _ in 0..T::MaxGrantsPerPatient::get() {
		let terms = widest_terms::<T>(Grantee::Account(grantee.clone()), PurposeOfUse::Treatment)?;
		filled.push(Pallet::<T>::do_grant(patient.clone(), patient.clone(), terms)?);
	}
	Ok(filled)
}

/// Marks `who` onboarded, so that its consent calls count against its feeless allowance.
fn onboard<T: Config>(who: &T::AccountId) {
	let at = frame_system::Pallet::<T>::block_number();
	Onboarded::<T>::insert(who, OnboardingRecord { org: 0, at });
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

/// The worst case of a consent check: the patient's live list (one read) is full of grants
/// at their largest that do not cover the request although each is compared to the end (the
/// grantee is the accessor, the actions include reading, every category is compared and none
/// is the one asked for), and the emergency read is then permitted by an open break-glass
/// case. Returns the request and the case.
fn emergency_read<T: Config>(
	index: u32,
) -> Result<(AccessRequest<T::AccountId>, BreakGlassId), BenchmarkError> {
	let patient: T::AccountId = account("patient", index, SEED);
	let (org, practitioner) = member_of::<T>(
		OrganizationKind::Hospital,
		MemberRole::Practitioner,
		"practitioner",
		index,
	)?;
	fill_live_grants::<T>(&patient, &practitioner)?;
	let case = Pallet::<T>::do_break_glass(
		practitioner.clone(),
		patient.clone(),
		EmergencyReason::Unconscious,
	)?;
	let request = AccessRequest {
		patient,
		accessor: practitioner,
		organization: Some(org),
		action: ConsentAction::Read,
		category: RecordCategory::ClinicalNote,
		purpose: PurposeOfUse::Emergency,
	};
	Ok((request, case))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	// Worst case: a delegate signs (one more read) and is onboarded (its allowance is
	// counted); the patient's live list is full of grants at their largest, the first of them
	// revoked: every entry is checked, one pruned, and the list written back full; the
	// grantee is an organisation (a registry read); the terms list every category.
	#[benchmark]
	fn grant() -> Result<(), BenchmarkError> {
		let patient: T::AccountId = account("patient", 0, SEED);
		let delegate: T::AccountId = account("delegate", 0, SEED);
		frame_benchmarking::whitelist_account!(delegate);
		Pallet::<T>::do_add_delegate(patient.clone(), delegate.clone(), DelegateKind::Guardian)?;
		onboard::<T>(&delegate);
		let grantee: T::AccountId = account("grantee", 0, SEED);
		let filled = fill_live_grants::<T>(&patient, &grantee)?;
		let pruned = *filled.first().ok_or(BenchmarkError::Stop("MaxGrantsPerPatient is 0"))?;
		Pallet::<T>::do_revoke(patient.clone(), pruned)?;
		let (org, _member) =
			member_of::<T>(OrganizationKind::Hospital, MemberRole::Practitioner, "member", 0)?;
		let terms = widest_terms::<T>(Grantee::Organization(org), PurposeOfUse::Treatment)?;
		let consent = NextConsentId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate.clone()), patient.clone(), terms);

		let live: alloc::vec::Vec<ConsentId> =
			LiveGrants::<T>::get(&patient).iter().map(|entry| entry.id).collect();
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
	// is full of grants at their largest and the revoked one is the last: the whole list is
	// searched, and written back.
	#[benchmark]
	fn revoke() -> Result<(), BenchmarkError> {
		let patient: T::AccountId = account("patient", 0, SEED);
		let delegate: T::AccountId = account("delegate", 0, SEED);
		frame_benchmarking::whitelist_account!(delegate);
		Pallet::<T>::do_add_delegate(patient.clone(), delegate.clone(), DelegateKind::Guardian)?;
		onboard::<T>(&delegate);
		let grantee: T::AccountId = account("grantee", 0, SEED);
		let filled = fill_live_grants::<T>(&patient, &grantee)?;
		let consent = *filled.last().ok_or(BenchmarkError::Stop("MaxGrantsPerPatient is 0"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate.clone()), consent);

		assert_eq!(
			Grants::<T>::get(consent).map(|stored| stored.status),
			Some(ConsentStatus::Revoked)
		);
		assert_eq!(
			LiveGrants::<T>::get(&patient).last().map(|entry| (entry.id, entry.revoked)),
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
		onboard::<T>(&patient);
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
		onboard::<T>(&patient);
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

	#[benchmark]
	fn onboard_patient() -> Result<(), BenchmarkError> {
		let (org, practitioner) =
			member_of::<T>(OrganizationKind::Hospital, MemberRole::Practitioner, "member", 1)?;
		frame_benchmarking::whitelist_account!(practitioner);
		let patient: T::AccountId = account("patient", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(practitioner.clone()), patient.clone());

		assert!(Onboarded::<T>::contains_key(&patient));
		assert_last_event::<T>(Event::PatientOnboarded { patient, org, by: practitioner });
		Ok(())
	}

	// Worst case: the practitioner's previous case with the patient has expired; it is read,
	// then replaced as the pair's open case.
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

	// Worst case: the access is found unjustified while still open, so it is closed too
	// (one more write).
	#[benchmark]
	fn review_break_glass() -> Result<(), BenchmarkError> {
		let (_org, practitioner) = member_of::<T>(
			OrganizationKind::Hospital,
			MemberRole::Practitioner,
			"practitioner",
			3,
		)?;
		let (_regulator, auditor) =
			member_of::<T>(OrganizationKind::Regulator, MemberRole::Auditor, "auditor", 4)?;
		frame_benchmarking::whitelist_account!(auditor);
		let patient: T::AccountId = account("patient", 0, SEED);
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

	// `ConsentProvider::permission`, which other pallets call inside their own calls.
	#[benchmark]
	fn check_permission() -> Result<(), BenchmarkError> {
		let (request, case) = emergency_read::<T>(5)?;
		let basis;

		#[block]
		{
			basis = <Pallet<T> as ConsentProvider<T::AccountId>>::permission(&request);
		}

		assert_eq!(basis, Ok(AccessBasis::BreakGlass(case)));
		Ok(())
	}

	// `ConsentProvider::record_read`: the same check, then one access-log entry.
	#[benchmark]
	fn log_read() -> Result<(), BenchmarkError> {
		let (request, case) = emergency_read::<T>(6)?;
		let basis;

		#[block]
		{
			basis = <Pallet<T> as ConsentProvider<T::AccountId>>::record_read(&request, Some(1));
		}

		assert_eq!(basis, Ok(AccessBasis::BreakGlass(case)));
		assert_eq!(AccessLogCount::<T>::get(&request.patient), 1);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
