//! The chain specifications the node knows by name, built from the runtime's genesis presets.

use healthchain_runtime::{
	genesis_config_presets::PARACHAIN_ID, SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL,
};
use sc_chain_spec::{ChainSpecExtension, ChainSpecGroup, ChainType, Properties};
use serde::{Deserialize, Serialize};
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// A Healthchain chain specification.
pub type ChainSpec = sc_service::GenericChainSpec<Extensions>;

/// What a parachain's chain spec carries besides genesis: its relay chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ChainSpecGroup, ChainSpecExtension)]
pub struct Extensions {
	/// The relay chain's id, used when the relay-chain arguments name no `--chain`.
	#[serde(alias = "relayChain", alias = "RelayChain")]
	pub relay_chain: String,
	/// The parachain id. The node reads the id from the runtime; this copy is for tools
	/// (zombienet, explorers) that read it from the spec.
	#[serde(alias = "paraId", alias = "ParaId")]
	pub para_id: u32,
}

impl Extensions {
	/// The extensions of `chain_spec`, if it has them.
	pub fn try_get(chain_spec: &dyn sc_service::ChainSpec) -> Option<&Self> {
		sc_chain_spec::get_extension(chain_spec.extensions())
	}
}

/// The relay chain the built-in specs expect.
const RELAY_CHAIN: &str = "rococo-local";

/// Token symbol, decimals and address format, as wallets read them.
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn runtime_wasm() -> Result<&'static [u8], String> {
	healthchain_runtime::WASM_BINARY.ok_or_else(|| {
		"this healthchain-node was built without the runtime's WASM (SKIP_WASM_BUILD was set); \
		 rebuild without it"
			.to_string()
	})
}

/// `dev`: one collator (Alice) and the demo consortium; what `--dev` runs.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(
		runtime_wasm()?,
		Extensions { relay_chain: RELAY_CHAIN.into(), para_id: PARACHAIN_ID },
	)
	.with_name("Healthchain Development")
	.with_id("healthchain_dev")
	.with_chain_type(ChainType::Development)
	.with_genesis_config_preset_name(DEV_RUNTIME_PRESET)
	.with_properties(properties())
	.build())
}

/// `local`: two collators (Alice, Bob) for a local relay-chain network.
pub fn local_testnet_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(
		runtime_wasm()?,
		Extensions { relay_chain: RELAY_CHAIN.into(), para_id: PARACHAIN_ID },
	)
	.with_name("Healthchain Local Testnet")
	.with_id("healthchain_local")
	.with_chain_type(ChainType::Local)
	.with_genesis_config_preset_name(LOCAL_TESTNET_RUNTIME_PRESET)
	.with_protocol_id("healthchain-local")
	.with_properties(properties())
	.build())
}

/// Loads a chain spec by name (`dev`, `local`) or from a JSON file.
pub fn load_spec(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"dev" => Box::new(development_chain_spec()?),
		"" | "local" => Box::new(local_testnet_chain_spec()?),
		path => Box::new(ChainSpec::from_json_file(path.into())?),
	})
}
