//! The genesis presets build, and hold what the node and the docs promise.

mod common;

use common::{preset_config, preset_externalities};
use healthchain_runtime::{
	genesis_config_presets::{self, DEV_ENDOWMENT, PARACHAIN_ID},
	Balances, ParachainInfo, Runtime, Session,
};
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;

#[test]
fn runtime_offers_exactly_the_development_and_local_testnet_presets() {
	assert_eq!(
		genesis_config_presets::preset_names(),
		vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
	);
	assert_eq!(genesis_config_presets::get_preset(&PresetId::from("production")), None);
}

#[test]
fn every_preset_builds_a_genesis_state() {
	for name in genesis_config_presets::preset_names() {
		preset_externalities(&name).execute_with(|| {
			assert_eq!(u32::from(ParachainInfo::parachain_id()), PARACHAIN_ID, "{name}");
			assert!(
				!pallet_aura::Authorities::<Runtime>::get().is_empty(),
				"{name}: no Aura authority"
			);
		});
	}
}

#[test]
fn development_preset_has_alice_as_sole_collator_and_sudo() {
	let alice = Sr25519Keyring::Alice.to_account_id();
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(
			pallet_collator_selection::Invulnerables::<Runtime>::get().to_vec(),
			vec![alice.clone()]
		);
		assert_eq!(Session::validators(), vec![alice.clone()]);
		assert_eq!(
			pallet_aura::Authorities::<Runtime>::get().to_vec(),
			vec![Sr25519Keyring::Alice.public().into()]
		);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(alice));
		assert_eq!(pallet_collator_selection::DesiredCandidates::<Runtime>::get(), 0);
	});
}

#[test]
fn local_testnet_preset_has_alice_and_bob_as_collators() {
	let mut collators =
		vec![Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Bob.to_account_id()];
	collators.sort();
	preset_externalities(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		// Collator selection keeps its invulnerables sorted.
		assert_eq!(pallet_collator_selection::Invulnerables::<Runtime>::get().to_vec(), collators);
		let mut validators = Session::validators();
		validators.sort();
		assert_eq!(validators, collators);
	});
}

#[test]
fn development_accounts_are_endowed() {
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		for keyring in Sr25519Keyring::iter() {
			assert_eq!(
				Balances::free_balance(keyring.to_account_id()),
				DEV_ENDOWMENT,
				"{keyring:?}"
			);
		}
	});
}

#[test]
fn presets_pin_a_safe_xcm_version() {
	for name in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		let config = preset_config(name);
		assert_eq!(config.polkadot_xcm.safe_xcm_version, Some(xcm::prelude::XCM_VERSION), "{name}");
	}
}
