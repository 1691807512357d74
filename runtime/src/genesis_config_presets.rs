//! Named genesis presets: `development` (one collator, what `healthchain-node --dev` runs)
//! and `local_testnet` (two collators, for a local relay-chain network).
//!
//! Both use the well-known development keys (`//Alice`, `//Bob`, …), whose secrets are
//! public: they are for development only. A production chain spec names the consortium's
//! own collators and sets no sudo key.

use alloc::{vec, vec::Vec};

use cumulus_primitives_core::ParaId;
use frame_support::{build_struct_json_patch, BoundedVec};
use serde_json::Value;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;

use crate::{
	demo_consortium, AccountId, AuraId, BalancesConfig, CollatorSelectionConfig,
	CouncilMembershipConfig, OrganizationsConfig, ParachainInfoConfig, PolkadotXcmConfig,
	RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig, EXISTENTIAL_DEPOSIT, UNIT,
};

/// The parachain id the development presets register under.
pub const PARACHAIN_ID: u32 = 2000;

/// What each development account starts with: one million HCT.
pub const DEV_ENDOWMENT: crate::Balance = 1_000_000 * UNIT;

/// What each demo consortium account starts with, for its transaction fees: 10,000 HCT.
pub const DEMO_ENDOWMENT: crate::Balance = 10_000 * UNIT;

/// The XCM version assumed for destinations whose version is not yet known.
const SAFE_XCM_VERSION: u32 = xcm::prelude::XCM_VERSION;

/// The session keys of a collator whose Aura key is `aura`.
fn session_keys(aura: AuraId) -> SessionKeys {
	SessionKeys { aura }
}

/// A collator as a genesis config wants it: its account and its Aura key.
fn collator(keyring: Sr25519Keyring) -> (AccountId, AuraId) {
	(keyring.to_account_id(), keyring.public().into())
}

/// The accounts of a development genesis.
struct DevGenesis {
	/// Collators: account and Aura key.
	collators: Vec<(AccountId, AuraId)>,
	/// The consortium council.
	council: Vec<AccountId>,
	/// The sudo key.
	sudo: AccountId,
	para_id: ParaId,
}

fn healthchain_genesis(genesis: DevGenesis) -> Value {
	let DevGenesis { collators, council, sudo, para_id } = genesis;
	let balances = dev_accounts()
		.into_iter()
		.map(|account| (account, DEV_ENDOWMENT))
		.chain(demo_consortium::demo_accounts().map(|demo| (demo.account(), DEMO_ENDOWMENT)))
		.collect::<Vec<_>>();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		parachain_info: ParachainInfoConfig { parachain_id: para_id },
		collator_selection: CollatorSelectionConfig {
			invulnerables: collators.iter().map(|(account, _)| account.clone()).collect(),
			candidacy_bond: EXISTENTIAL_DEPOSIT * 16,
			desired_candidates: 0,
		},
		session: SessionConfig {
			keys: collators
				.into_iter()
				.map(|(account, aura)| (account.clone(), account, session_keys(aura)))
				.collect(),
		},
		polkadot_xcm: PolkadotXcmConfig { safe_xcm_version: Some(SAFE_XCM_VERSION) },
		sudo: SudoConfig { key: Some(sudo) },
		council_membership: CouncilMembershipConfig {
			// Three members: far below `CouncilMaxMembers`, so nothing is cut.
			members: BoundedVec::truncate_from(council),
		},
		organizations: OrganizationsConfig {
			organizations: demo_consortium::genesis_organizations(),
		},
	})
}

/// The development council: Alice, Bob and Charlie; a motion passes with two of them.
fn dev_council() -> Vec<AccountId> {
	vec![
		Sr25519Keyring::Alice.to_account_id(),
		Sr25519Keyring::Bob.to_account_id(),
		Sr25519Keyring::Charlie.to_account_id(),
	]
}

/// The well-known development accounts, all endowed.
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|keyring| keyring.to_account_id()).collect()
}

/// `development`: Alice collates alone and holds the sudo key; the demo consortium and
/// its council are registered.
fn development() -> Value {
	healthchain_genesis(DevGenesis {
		collators: vec![collator(Sr25519Keyring::Alice)],
		council: dev_council(),
		sudo: Sr25519Keyring::Alice.to_account_id(),
		para_id: PARACHAIN_ID.into(),
	})
}

/// `local_testnet`: Alice and Bob collate; Alice holds the sudo key; the demo consortium
/// and its council are registered.
fn local_testnet() -> Value {
	healthchain_genesis(DevGenesis {
		collators: vec![collator(Sr25519Keyring::Alice), collator(Sr25519Keyring::Bob)],
		council: dev_council(),
		sudo: Sr25519Keyring::Alice.to_account_id(),
		para_id: PARACHAIN_ID.into(),
	})
}

/// The JSON patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_str() {
		DEV_RUNTIME_PRESET => development(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(|json| json.into_bytes())
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
}
