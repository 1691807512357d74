//! Helpers shared by the runtime's integration tests.

#![allow(dead_code)]

use healthchain_primitives::{Moment, OrganizationKind};
use healthchain_runtime::{genesis_config_presets, AccountId, Runtime, RuntimeGenesisConfig};
use serde_json::Value;
use sp_core::Pair;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET};
use sp_runtime::BuildStorage;

/// A moment well after genesis, in milliseconds: the clock the pallet tests start at.
pub const NOW: Moment = 1_800_000_000_000;

/// Applies a JSON merge patch (RFC 7386) the way the node applies a preset to the default
/// genesis config.
pub fn merge_patch(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				if value.is_null() {
					base.remove(&key);
				} else {
					merge_patch(base.entry(key).or_insert(Value::Null), value);
				}
			}
		}
		(base, patch) => *base = patch,
	}
}

/// The full genesis config of the preset `name`, as the node builds it.
pub fn preset_config(name: &str) -> RuntimeGenesisConfig {
	let patch = genesis_config_presets::get_preset(&PresetId::from(name))
		.unwrap_or_else(|| panic!("preset {name} exists"));
	let patch: Value = serde_json::from_slice(&patch).expect("a preset is JSON");
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).expect("the default serialises");
	merge_patch(&mut config, patch);
	serde_json::from_value(config).expect("a preset deserialises into the genesis config")
}

/// Externalities holding the genesis state of the preset `name`, at block 1.
pub fn preset_externalities(name: &str) -> sp_io::TestExternalities {
	let storage = preset_config(name).build_storage().expect("the preset builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| healthchain_runtime::System::set_block_number(1));
	ext
}

/// The demo account `//name` of the development chain (see `demo_consortium.rs`).
pub fn demo(name: &str) -> AccountId {
	sp_core::sr25519::Pair::from_string(&format!("//{name}"), None)
		.expect("a development URI")
		.public()
		.into()
}

/// Sets the chain's clock. (Through storage: `Timestamp::set` would also move Aura's slot.)
pub fn set_time(now: Moment) {
	pallet_timestamp::Now::<Runtime>::put(now);
}

/// Runs `test` on the development chain's genesis state, at block 1 and [`NOW`].
pub fn with_development_chain(test: impl FnOnce()) {
	preset_externalities(DEV_RUNTIME_PRESET).execute_with(|| {
		set_time(NOW);
		test()
	})
}

/// Every organisation kind the registry knows.
pub const ORGANIZATION_KINDS: [OrganizationKind; 11] = [
	OrganizationKind::Hospital,
	OrganizationKind::Clinic,
	OrganizationKind::Laboratory,
	OrganizationKind::Pharmacy,
	OrganizationKind::Manufacturer,
	OrganizationKind::Distributor,
	OrganizationKind::EthicsCommittee,
	OrganizationKind::Regulator,
	OrganizationKind::TrialSponsor,
	OrganizationKind::ResearchInstitute,
	OrganizationKind::Insurer,
];
