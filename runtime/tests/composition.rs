//! The runtime is wired as documented: its pallets, limits, fees and the conservative XCM
//! configuration.

mod common;

use codec::Encode;
use common::preset_externalities;
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
use healthchain_runtime::{
	configs::system::RuntimeBlockWeights, Balance, Balances, PolkadotXcm, Runtime, RuntimeCall,
	RuntimeOrigin, Sudo, System, TransactionPayment, MICRO_UNIT, MILLI_UNIT, UNIT, VERSION,
};
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use xcm::{latest::prelude::*, VersionedLocation, VersionedXcm};

#[test]
fn runtime_identifies_itself_as_healthchain() {
	assert_eq!(VERSION.spec_name, "healthchain");
	const { assert!(VERSION.spec_version >= 1) };
}

#[test]
fn pallets_sit_at_their_documented_indices() {
	let expected = [
		("System", 0),
		("ParachainSystem", 1),
		("Timestamp", 2),
		("ParachainInfo", 3),
		("WeightReclaim", 4),
		("Balances", 10),
		("TransactionPayment", 11),
		("SkipFeelessPayment", 12),
		("Sudo", 15),
		("Council", 16),
		("CouncilMembership", 17),
		("Preimage", 18),
		("Whitelist", 19),
		("Authorship", 20),
		("CollatorSelection", 21),
		("Session", 22),
		("Aura", 23),
		("AuraExt", 24),
		("XcmpQueue", 30),
		("PolkadotXcm", 31),
		("CumulusXcm", 32),
		("MessageQueue", 33),
		("Utility", 40),
		("Organizations", 50),
		("EhrAnchor", 51),
		("Consent", 52),
		("DrugTrace", 53),
		("ClinicalTrial", 54),
	];
	let metadata = sp_io::TestExternalities::default()
		.execute_with(|| Runtime::metadata_at_version(15))
		.expect("metadata v15 is offered");
	let metadata: frame_metadata::RuntimeMetadataPrefixed =
		codec::Decode::decode(&mut &metadata[..]).expect("metadata decodes");
	let frame_metadata::RuntimeMetadata::V15(metadata) = metadata.1 else {
		panic!("metadata_at_version(15) returned another version");
	};
	let actual: Vec<(String, u8)> =
		metadata.pallets.iter().map(|pallet| (pallet.name.clone(), pallet.index)).collect();
	let expected: Vec<(String, u8)> =
		expected.iter().map(|(name, index)| (name.to_string(), *index)).collect();
	assert_eq!(actual, expected);
}

#[test]
fn a_block_allows_two_seconds_of_execution() {
	let max = RuntimeBlockWeights::get().max_block;
	assert_eq!(max.ref_time(), 2 * frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND);
	assert_eq!(max.proof_size(), u64::from(cumulus_primitives_core::relay_chain::MAX_POV_SIZE));
}

#[test]
fn signed_transfer_moves_funds_and_costs_a_fee() {
	let alice = Sr25519Keyring::Alice.to_account_id();
	let dave = Sr25519Keyring::Dave.to_account_id();
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		let before = Balances::free_balance(&dave);
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(alice.clone()),
			dave.clone().into(),
			5 * UNIT
		));
		assert_eq!(Balances::free_balance(&dave), before + 5 * UNIT);

		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: dave.into(),
			value: UNIT,
		});
		let fee = TransactionPayment::compute_fee(
			call.encode().len() as u32,
			&call.get_dispatch_info(),
			0,
		);
		assert!(fee > 0, "transactions must not be free: spam has to cost the spammer");
		assert!(fee < UNIT / 10, "a transfer costs {fee}, more than 0.1 HCT");
	});
}

/// The fee of `call` sent as an extrinsic of `len` bytes, with no tip.
fn fee_of(call: &RuntimeCall, len: u32) -> Balance {
	TransactionPayment::compute_fee(len, &call.get_dispatch_info(), 0)
}

// The docs said an extrinsic's base weight costs 0.1 mHCT while the code charged 1 µHCT (a
// stray factor of 100 from the SDK's template): code and docs now agree on 0.1 mHCT.
#[test]
fn an_extrinsics_base_weight_costs_a_tenth_of_a_milli_hct() {
	use frame_support::weights::WeightToFee as _;
	use healthchain_runtime::configs::monetary::WeightToFee;
	use healthchain_runtime::weights::ExtrinsicBaseWeight;
	assert_eq!(WeightToFee::weight_to_fee(&ExtrinsicBaseWeight::get()), MILLI_UNIT / 10);
	// Proof size is priced at 0.1 mHCT per 10 kB, and a transaction pays for the scarcer.
	let proof = frame_support::weights::Weight::from_parts(0, 10_000);
	assert_eq!(WeightToFee::weight_to_fee(&proof), MILLI_UNIT / 10);
}

// README's "Fees": a consented anchor is charged 0.1 mHCT for the base weight, 0.1 mHCT per
// base weight's worth of its benchmarked ref time (or per 10 kB of proof, if that is more),
// and 10 µHCT per byte; with the runtime's weights that is between 1 and 10 mHCT.
#[test]
fn an_anchor_costs_what_the_readme_says() {
	use healthchain_runtime::weights::ExtrinsicBaseWeight;
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		let call = RuntimeCall::EhrAnchor(pallet_ehr_anchor::Call::anchor {
			patient: Sr25519Keyring::Dave.to_account_id(),
			category: healthchain_primitives::RecordCategory::LaboratoryReport,
			content_hash: sp_core::H256::repeat_byte(7),
			algorithm: pallet_ehr_anchor::HashAlgorithm::Sha2_256,
			locator: b"ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
				.to_vec()
				.try_into()
				.expect("the locator fits"),
			key_reference: None,
		});
		// A signed extrinsic: the call plus about 110 bytes of address, signature and
		// extensions.
		let len = call.encode().len() as u32 + 110;
		let info = call.get_dispatch_info();
		let base = ExtrinsicBaseWeight::get();
		let weight = info.total_weight().saturating_add(base);
		let per_base =
			|part: u64, unit: u64| Balance::from(part) * (MILLI_UNIT / 10) / Balance::from(unit);
		let by_time = per_base(weight.ref_time(), base.ref_time());
		let by_proof = per_base(weight.proof_size(), 10_000);
		let expected = by_time.max(by_proof) + Balance::from(len) * 10 * MICRO_UNIT;

		let fee = fee_of(&call, len);

		// The fee polynomial keeps the price per unit of ref time as a `Perbill` fraction
		// (1e-9 precision), so its rounding grows with the weight: at most one unit per
		// billion units of ref time, plus one for the integer division here.
		let rounding = Balance::from(weight.ref_time() / 1_000_000_000) + 1;
		assert!(
			fee.abs_diff(expected) <= rounding,
			"an anchor costs {fee}, the README's rule says {expected} (± {rounding})"
		);
		assert!((MILLI_UNIT..=10 * MILLI_UNIT).contains(&fee), "an anchor costs {fee}");
		println!("an anchor of {len} bytes costs {fee} (in 10^-12 HCT)");
	});
}

#[test]
fn sudo_is_held_by_alice_on_the_development_chain_only() {
	let alice = Sr25519Keyring::Alice.to_account_id();
	let bob = Sr25519Keyring::Bob.to_account_id();
	let eve = Sr25519Keyring::Eve.to_account_id();
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		// A root-only call: only the sudo key can have it dispatched as root.
		let set_balance =
			Box::new(RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
				who: eve.clone().into(),
				new_free: 42 * UNIT,
			}));
		assert_noop!(
			Sudo::sudo(RuntimeOrigin::signed(bob), set_balance.clone()),
			pallet_sudo::Error::<Runtime>::RequireSudo
		);
		assert_ok!(Sudo::sudo(RuntimeOrigin::signed(alice), set_balance));
		System::assert_has_event(pallet_sudo::Event::Sudid { sudo_result: Ok(()) }.into());
		assert_eq!(Balances::free_balance(&eve), 42 * UNIT);
	});
	assert_eq!(
		healthchain_runtime::RuntimeGenesisConfig::default().sudo.key,
		None,
		"a chain spec without a preset must not hand out sudo"
	);
}

#[test]
fn accounts_cannot_send_or_execute_xcm() {
	let alice = Sr25519Keyring::Alice.to_account_id();
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		let message = VersionedXcm::from(Xcm::<()>(vec![ClearOrigin]));
		assert_noop!(
			PolkadotXcm::send(
				RuntimeOrigin::signed(alice.clone()),
				Box::new(VersionedLocation::from(Location::parent())),
				Box::new(message),
			),
			sp_runtime::DispatchError::BadOrigin
		);
		let execute = VersionedXcm::from(Xcm::<RuntimeCall>(vec![ClearOrigin]));
		assert!(PolkadotXcm::execute(
			RuntimeOrigin::signed(alice),
			Box::new(execute),
			frame_support::weights::Weight::from_parts(1_000_000_000, 64 * 1024),
		)
		.is_err());
	});
}

/// Teleports and reserve transfers need an origin allowed to execute XCM, which only root
/// is; and the transfer filters refuse them even to root.
#[test]
fn assets_cannot_leave_over_xcm() {
	let alice = Sr25519Keyring::Alice.to_account_id();
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		let assets: Assets = (Here, UNIT).into();
		assert_noop!(
			PolkadotXcm::limited_teleport_assets(
				RuntimeOrigin::signed(alice.clone()),
				Box::new(Location::parent().into()),
				Box::new(Location::new(0, [AccountId32 { network: None, id: [1; 32] }]).into()),
				Box::new(assets.clone().into()),
				0,
				WeightLimit::Unlimited,
			),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			PolkadotXcm::limited_teleport_assets(
				RuntimeOrigin::root(),
				Box::new(Location::parent().into()),
				Box::new(Location::new(0, [AccountId32 { network: None, id: [1; 32] }]).into()),
				Box::new(assets.clone().into()),
				0,
				WeightLimit::Unlimited,
			),
			pallet_xcm::Error::<Runtime>::Filtered
		);
		assert!(PolkadotXcm::limited_reserve_transfer_assets(
			RuntimeOrigin::signed(alice),
			Box::new(Location::parent().into()),
			Box::new(Location::new(0, [AccountId32 { network: None, id: [1; 32] }]).into()),
			Box::new(assets.into()),
			0,
			WeightLimit::Unlimited,
		)
		.is_err());
	});
}
