//! The consortium: the demo organisations of the development chain, governance through the
//! council, and the registry's answers to other pallets.

mod common;

use codec::Encode;
use common::preset_externalities;
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
use healthchain_primitives::{
	MemberRole, OrganizationKind, OrganizationRegistry, OrganizationStatus, RegistryError,
};
use healthchain_runtime::{
	demo_consortium::{demo_accounts, DEMO_CONSORTIUM},
	AccountId, Council, Organizations, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use sp_core::{Pair, H256};
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use sp_runtime::traits::Dispatchable;
use sp_runtime::traits::{BlakeTwo256, Hash};

fn signed(keyring: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(keyring.to_account_id())
}

/// Proposes `call` to the council as Alice; Alice and `ayes` vote for it, then Alice closes
/// the motion. Returns the motion's hash.
fn council_motion(call: RuntimeCall, threshold: u32, ayes: &[Sr25519Keyring]) -> H256 {
	let length = call.encode().len() as u32;
	let weight = call.get_dispatch_info().call_weight;
	let hash = BlakeTwo256::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, pallet_collective::Instance1>::get();
	assert_ok!(Council::propose(signed(Sr25519Keyring::Alice), threshold, Box::new(call), length));
	for voter in core::iter::once(&Sr25519Keyring::Alice).chain(ayes) {
		assert_ok!(Council::vote(signed(*voter), hash, index, true));
	}
	assert_ok!(Council::close(signed(Sr25519Keyring::Alice), hash, index, weight, length));
	hash
}

fn register_call(admin: &AccountId) -> RuntimeCall {
	RuntimeCall::Organizations(pallet_organizations::Call::register_organization {
		kind: OrganizationKind::Clinic,
		admin: admin.clone(),
		metadata_hash: H256::repeat_byte(7),
	})
}

#[test]
fn demo_keys_are_the_development_keys_their_names_claim() {
	for account in demo_accounts() {
		let pair = sp_core::sr25519::Pair::from_string(&format!("//{}", account.name), None)
			.expect("a development URI");
		assert_eq!(pair.public().0, account.public, "//{} has another public key", account.name);
	}
}

#[test]
fn development_chain_registers_one_demo_organisation_of_every_kind() {
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		let kinds: Vec<OrganizationKind> = (0..DEMO_CONSORTIUM.len() as u32)
			.map(|org| Organizations::organization(org).expect("registered").kind)
			.collect();
		for kind in common::ORGANIZATION_KINDS {
			assert!(kinds.contains(&kind), "no demo {kind:?}");
		}
	});
}

#[test]
fn every_demo_account_acts_for_its_organisation_in_its_role() {
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		for (org, organization) in DEMO_CONSORTIUM.iter().enumerate() {
			let org = org as u32;
			let stored = Organizations::organization(org).expect("registered");
			assert_eq!(stored.status, OrganizationStatus::Active);
			assert_eq!(stored.admin, organization.admin.account());
			assert_eq!(stored.member_count as usize, organization.members.len() + 1);
			let membership =
				Organizations::acting_for(&organization.admin.account()).expect("admin acts");
			assert_eq!((membership.org, membership.role), (org, MemberRole::Admin));
			for (account, role) in organization.members {
				let membership = Organizations::acting_for(&account.account())
					.unwrap_or_else(|e| panic!("//{} does not act: {e:?}", account.name));
				assert_eq!(
					(membership.org, membership.kind, membership.role),
					(org, organization.kind, *role)
				);
			}
		}
	});
}

#[test]
fn council_two_thirds_motion_registers_an_organisation() {
	let dave = Sr25519Keyring::Dave.to_account_id();
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		let hash = council_motion(register_call(&dave), 2, &[Sr25519Keyring::Bob]);
		System::assert_has_event(RuntimeEvent::Council(pallet_collective::Event::Executed {
			proposal_hash: hash,
			result: Ok(()),
		}));
		let org = DEMO_CONSORTIUM.len() as u32;
		assert_eq!(Organizations::organization_of(&dave), Some((org, MemberRole::Admin)));
		System::assert_has_event(RuntimeEvent::Organizations(
			pallet_organizations::Event::OrganizationRegistered {
				org,
				kind: OrganizationKind::Clinic,
				admin: dave.clone(),
			},
		));
	});
}

#[test]
fn one_council_member_alone_cannot_register_an_organisation() {
	let dave = Sr25519Keyring::Dave.to_account_id();
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		// Threshold 1: the motion executes at once, with the origin "1 of 3 members".
		let call = register_call(&dave);
		let length = call.encode().len() as u32;
		let hash = BlakeTwo256::hash_of(&call);
		assert_ok!(Council::propose(signed(Sr25519Keyring::Alice), 1, Box::new(call), length));
		System::assert_has_event(RuntimeEvent::Council(pallet_collective::Event::Executed {
			proposal_hash: hash,
			result: Err(sp_runtime::DispatchError::BadOrigin),
		}));
		assert_eq!(Organizations::organization_of(&dave), None);
	});
}

#[test]
fn an_ordinary_account_cannot_register_an_organisation() {
	let dave = Sr25519Keyring::Dave.to_account_id();
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		assert_noop!(
			Organizations::register_organization(
				signed(Sr25519Keyring::Eve),
				OrganizationKind::Clinic,
				dave,
				H256::zero()
			),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn collator_selection_is_governed_by_the_council() {
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		let bond = 500 * healthchain_runtime::UNIT;
		let call =
			RuntimeCall::CollatorSelection(pallet_collator_selection::Call::set_candidacy_bond {
				bond,
			});
		assert_noop!(
			call.clone().dispatch(signed(Sr25519Keyring::Eve)),
			sp_runtime::DispatchError::BadOrigin
		);
		council_motion(call, 2, &[Sr25519Keyring::Charlie]);
		assert_eq!(pallet_collator_selection::CandidacyBond::<Runtime>::get(), bond);
	});
}

#[test]
fn suspended_organisation_members_are_refused_with_the_registry_error() {
	let hospital = &DEMO_CONSORTIUM[0];
	let (practitioner, _) = &hospital.members[0];
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		council_motion(
			RuntimeCall::Organizations(pallet_organizations::Call::suspend_organization {
				org: 0,
				reason: H256::repeat_byte(1),
			}),
			2,
			&[Sr25519Keyring::Bob],
		);
		assert_eq!(
			Organizations::ensure_acting_as(
				&practitioner.account(),
				&[OrganizationKind::Hospital],
				&[MemberRole::Practitioner]
			),
			Err(RegistryError::OrganizationSuspended)
		);
		assert_noop!(
			Organizations::add_member(
				RuntimeOrigin::signed(hospital.admin.account()),
				0,
				Sr25519Keyring::Ferdie.to_account_id(),
				MemberRole::Practitioner
			),
			pallet_organizations::Error::<Runtime>::OrganizationSuspended
		);
	});
}

#[test]
fn council_motion_authorises_a_runtime_upgrade_through_the_whitelist() {
	let code_hash = H256::repeat_byte(0x42);
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		let authorize = RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash });
		// An ordinary account cannot, and neither can it through the whitelist.
		assert_noop!(
			authorize.clone().dispatch(signed(Sr25519Keyring::Eve)),
			sp_runtime::DispatchError::BadOrigin
		);
		let call_hash = BlakeTwo256::hash_of(&authorize);
		assert_noop!(
			healthchain_runtime::Whitelist::whitelist_call(signed(Sr25519Keyring::Eve), call_hash),
			sp_runtime::DispatchError::BadOrigin
		);

		// One council motion: whitelist the call and dispatch it as root.
		let motion = RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![
				RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call { call_hash }),
				RuntimeCall::Whitelist(
					pallet_whitelist::Call::dispatch_whitelisted_call_with_preimage {
						call: Box::new(authorize),
					},
				),
			],
		});
		council_motion(motion, 2, &[Sr25519Keyring::Bob]);
		System::assert_has_event(RuntimeEvent::System(frame_system::Event::UpgradeAuthorized {
			code_hash,
			check_version: true,
		}));
		assert!(System::authorized_upgrade().is_some(), "the upgrade is not authorised");
	});
}

// An admin's `add_member` used to make any account a member at once, without its agreement:
// its reads and writes then counted as the organisation's.
#[test]
fn an_admin_cannot_enrol_an_account_without_its_agreement() {
	let hospital = &DEMO_CONSORTIUM[0];
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		let ferdie = Sr25519Keyring::Ferdie.to_account_id();
		assert_ok!(Organizations::add_member(
			RuntimeOrigin::signed(hospital.admin.account()),
			0,
			ferdie.clone(),
			MemberRole::Practitioner
		));
		assert_eq!(Organizations::acting_for(&ferdie), Err(RegistryError::NotAMember));

		assert_ok!(Organizations::accept_invitation(signed(Sr25519Keyring::Ferdie), 0));
		assert_eq!(
			Organizations::acting_for(&ferdie).map(|membership| (membership.org, membership.role)),
			Ok((0, MemberRole::Practitioner))
		);
	});
}

#[test]
fn declining_an_invitation_and_leaving_are_free_when_they_would_succeed() {
	use frame_support::dispatch::CheckIfFeeless;
	let hospital = &DEMO_CONSORTIUM[0];
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		let decline =
			RuntimeCall::Organizations(pallet_organizations::Call::decline_invitation { org: 0 });
		let leave = RuntimeCall::Organizations(pallet_organizations::Call::leave {});
		assert!(!decline.is_feeless(&signed(Sr25519Keyring::Ferdie)), "nothing to decline yet");
		assert!(!leave.is_feeless(&signed(Sr25519Keyring::Ferdie)), "not a member");

		assert_ok!(Organizations::add_member(
			RuntimeOrigin::signed(hospital.admin.account()),
			0,
			Sr25519Keyring::Ferdie.to_account_id(),
			MemberRole::Practitioner
		));
		assert!(decline.is_feeless(&signed(Sr25519Keyring::Ferdie)));
		let (practitioner, _) = &hospital.members[0];
		assert!(leave.is_feeless(&RuntimeOrigin::signed(practitioner.account())));
		// The registered admin cannot leave, so its `leave` is not free either.
		assert!(!leave.is_feeless(&RuntimeOrigin::signed(hospital.admin.account())));
	});
}
