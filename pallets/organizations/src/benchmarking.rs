//! Benchmarks of every call, each in its worst case.
//!
//! No call's cost depends on how many members or invitations an organisation has, or on how
//! many invitations an account holds (every access is a single key), so the worst cases are
//! about which branch runs: the branch with the most writes.

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

/// A hospital whose registered admin is `admin`, filled with practitioners (made members
/// directly, as the genesis does) until it has `member_count` members (the admin included).
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
		Pallet::<T>::do_add_member_directly(org, member, MemberRole::Practitioner)?;
	}
	Ok(org)
}

/// `admin` invites `who` to `org` as a practitioner.
fn invite<T: Config>(
	admin: &T::AccountId,
	org: OrgId,
	who: &T::AccountId,
) -> Result<(), BenchmarkError> {
	Pallet::<T>::do_add_member(admin.clone(), org, who.clone(), MemberRole::Practitioner)?;
	Ok(())
}

// Every call reads and writes a fixed number of map entries and never iterates over an
// organisation's members or invitations: its cost does not depend on the organisation's
// size. So each set-up creates only the members and invitations the call needs, and the
// worst case is the branch with the most writes (noted at each benchmark).

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

	// Worst case: the new admin is unaffiliated and joins, taking the place of its pending
	// invitation (five writes: the organisation, both membership maps, both invitation maps).
	#[benchmark]
	fn change_admin() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let admin: T::AccountId = account("admin", 0, SEED);
		let org = hospital_with::<T>(&admin, 1)?;
		let new_admin: T::AccountId = account("new-admin", 0, SEED);
		invite::<T>(&admin, org, &new_admin)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org, new_admin.clone());

		assert_eq!(
			Members::<T>::get(&new_admin),
			Some(MemberRecord { org, role: MemberRole::Admin })
		);
		assert_eq!(Invitations::<T>::get(&new_admin, org), None);
		assert_last_event::<T>(Event::AdminChanged { org, old_admin: admin, new_admin });
		Ok(())
	}

	// Worst case: a new invitation, which takes a free place (the organisation's count is
	// written too); renewing an expired one writes the same entries.
	#[benchmark]
	fn add_member() -> Result<(), BenchmarkError> {
		let admin: T::AccountId = whitelisted_caller();
		let org = hospital_with::<T>(&admin, 1)?;
		let who: T::AccountId = account("joiner", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin.clone()), org, who.clone(), MemberRole::Practitioner);

		assert_eq!(Members::<T>::get(&who), None);
		let invitation =
			Invitations::<T>::get(&who, org).ok_or(BenchmarkError::Stop("no invitation"))?;
		assert_eq!(invitation.role, MemberRole::Practitioner);
		assert_last_event::<T>(Event::MemberInvited {
			org,
			who,
			role: MemberRole::Practitioner,
			by: admin,
			expires_at: invitation.expires_at,
		});
		Ok(())
	}

	#[benchmark]
	fn accept_invitation() -> Result<(), BenchmarkError> {
		let admin: T::AccountId = account("admin", 0, SEED);
		let org = hospital_with::<T>(&admin, 1)?;
		let who: T::AccountId = whitelisted_caller();
		invite::<T>(&admin, org, &who)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), org);

		assert_eq!(
			Members::<T>::get(&who),
			Some(MemberRecord { org, role: MemberRole::Practitioner })
		);
		assert_eq!(Invitations::<T>::get(&who, org), None);
		assert_last_event::<T>(Event::InvitationAccepted {
			org,
			who,
			role: MemberRole::Practitioner,
			invited_by: admin,
		});
		Ok(())
	}

	#[benchmark]
	fn decline_invitation() -> Result<(), BenchmarkError> {
		let admin: T::AccountId = account("admin", 0, SEED);
		let org = hospital_with::<T>(&admin, 1)?;
		let who: T::AccountId = whitelisted_caller();
		invite::<T>(&admin, org, &who)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), org);

		assert_eq!(Invitations::<T>::get(&who, org), None);
		assert_last_event::<T>(Event::InvitationDeclined { org, who });
		Ok(())
	}

	#[benchmark]
	fn cancel_invitation() -> Result<(), BenchmarkError> {
		let admin: T::AccountId = whitelisted_caller();
		let org = hospital_with::<T>(&admin, 1)?;
		let who: T::AccountId = account("invitee", 0, SEED);
		invite::<T>(&admin, org, &who)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(admin.clone()), org, who.clone());

		assert_eq!(Invitations::<T>::get(&who, org), None);
		assert_last_event::<T>(Event::InvitationCancelled { org, who, by: admin });
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
