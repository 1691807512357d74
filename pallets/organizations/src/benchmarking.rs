//! Benchmarks of every call, each in its worst case.
//!
//! No call's cost depends on how many members an organisation has (every access is a single
//! key), so the worst cases are about which branch runs: the branch with the most writes,
//! in an organisation as full as the call allows.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::EnsureOrigin;
use frame_system::RawOrigin;
use sp_core::H256;

const SEED: u32 = 0;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// A hospital whose registered admin is `admin`, filled with practitioners until it has
/// `member_count` members (the admin included).
fn hospital_with<T: Config>(
	admin: &T::AccountId,
	member_count: u32,
) -> Result<OrgId, BenchmarkError> {
	let org = Pallet::<T>::do_register_organization(
		OrganizationKind::Hospital,
		admin.clone(),
		H256::repeat_byte(1),
	)?;
	for index in 1..member_count {
		let member: T::AccountId = account("member", index, SEED);
		Pallet::<T>::do_add_member(admin.clone(), org, member, MemberRole::Practitioner)?;
	}
	Ok(org)
}

// Every call reads and writes a fixed number of map entries and never iterates over an
// organisation's members: its cost does not depend on the organisation's size. So each
// set-up creates only the members the call needs, and the worst case is the branch with
// the most writes (noted at each benchmark).

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_organization() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let admin: T::AccountId = account("admin", 0, SEED);
		let org = NextOrgId::<T>::get();

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			OrganizationKind::Hospital,
			admin.clone(),
			H256::repeat_byte(1),
		);

		assert_eq!(Members::<T>::get(&admin), Some(MemberRecord { org, role: MemberRole::Admin }));
		assert_last_event::<T>(Event::OrganizationRegistered {
			org,
			kind: OrganizationKind::Hospital,
			admin,
		});
		Ok(())
	}

	#[benchmark]
	fn suspend_organization() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let admin: T::AccountId = account("admin", 0, SEED);
		let org = hospital_with::<T>(&admin, 1)?;
		let reason = H256::repeat_byte(2);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org, reason);

		assert_eq!(
			Organizations::<T>::get(org).map(|organization| organization.status),
			Some(OrganizationStatus::Suspended)
		);
		assert_last_event::<T>(Event::OrganizationSuspended { org, reason });
		Ok(())
	}

	#[benchmark]
	fn reactivate_organization() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let admin: T::AccountId = account("admin", 0, SEED);
		let org = hospital_with::<T>(&admin, 1)?;
		Pallet::<T>::do_suspend_organization(org, H256::repeat_byte(2))?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org);

		assert_eq!(
			Organizations::<T>::get(org).map(|organization| organization.status),
			Some(OrganizationStatus::Active)
		);
		assert_last_event::<T>(Event::OrganizationReactivated { org });
		Ok(())
	}

	// Worst case: the new admin is unaffiliated and joins (one more member, three writes).
	#[benchmark]
	fn change_admin() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let admin: T::AccountId = account("admin", 0, SEED);
		let org = hospital_with::<T>(&admin, 1)?;
		let new_admin: T::AccountId = account("new-admin", 0, SEED);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org, new_admin.clone());

		assert_eq!(
			Members::<T>::get(&new_admin),
			Some(MemberRecord { org, role: MemberRole::Admin })
		);
		assert_last_event::<T>(Event::AdminChanged { org, old_admin: admin, new_admin });
		Ok(())
	}

	#[benchmark]
	fn add_member() -> Result<(), BenchmarkError> {
		let admin: T::AccountId = whitelisted_caller();
		let org = hospital_with::<T>(&admin, 1)?;
		let who: T::AccountId = account("joiner", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin.clone()), org, who.clone(), MemberRole::Practitioner);

		assert_eq!(
			Members::<T>::get(&who),
			Some(MemberRecord { org, role: MemberRole::Practitioner })
		);
		assert_last_event::<T>(Event::MemberAdded {
			org,
			who,
			role: MemberRole::Practitioner,
			by: admin,
		});
		Ok(())
	}

	#[benchmark]
	fn remove_member() -> Result<(), BenchmarkError> {
		let admin: T::AccountId = whitelisted_caller();
		let org = hospital_with::<T>(&admin, 2)?;
		let who: T::AccountId = account("member", 1, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin.clone()), org, who.clone());

		assert_eq!(Members::<T>::get(&who), None);
		assert_last_event::<T>(Event::MemberRemoved { org, who, by: admin });
		Ok(())
	}

	#[benchmark]
	fn change_role() -> Result<(), BenchmarkError> {
		let admin: T::AccountId = whitelisted_caller();
		let org = hospital_with::<T>(&admin, 2)?;
		let who: T::AccountId = account("member", 1, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin.clone()), org, who.clone(), MemberRole::Auditor);

		assert_eq!(OrganizationMembers::<T>::get(org, &who), Some(MemberRole::Auditor));
		assert_last_event::<T>(Event::RoleChanged {
			org,
			who,
			role: MemberRole::Auditor,
			by: admin,
		});
		Ok(())
	}

	#[benchmark]
	fn leave() -> Result<(), BenchmarkError> {
		let admin: T::AccountId = account("admin", 0, SEED);
		let org = hospital_with::<T>(&admin, 2)?;
		let who: T::AccountId = account("member", 1, SEED);
		frame_benchmarking::whitelist_account!(who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(Members::<T>::get(&who), None);
		assert_last_event::<T>(Event::MemberLeft { org, who });
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
