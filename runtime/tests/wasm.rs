//! The compiled WASM runtime, the blob the chain actually runs: its metadata lists the
//! pallets and runtime APIs, and its genesis presets build through it.

use codec::{Decode, Encode};
use frame_metadata::{RuntimeMetadata, RuntimeMetadataPrefixed};
use sc_chain_spec::GenesisConfigBuilderRuntimeCaller;
use sc_executor::WasmExecutor;
use sp_core::OpaqueMetadata;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// Substrate's host functions; the parachain-only ones (storage-proof size) are not called
/// by the entry points these tests use.
type HostFunctions = sp_io::SubstrateHostFunctions;

/// The compiled runtime. A build with `SKIP_WASM_BUILD` has none, and these tests fail
/// saying so rather than pass without looking.
fn wasm() -> &'static [u8] {
	healthchain_runtime::WASM_BINARY
		.expect("the runtime's WASM was not built (SKIP_WASM_BUILD is set): the WASM tests need it")
}

/// Calls `export` in the WASM runtime with SCALE-encoded `input`.
fn call_wasm(export: &str, input: &[u8]) -> Vec<u8> {
	let executor = WasmExecutor::<HostFunctions>::builder().build();
	let blob = sc_executor_common::runtime_blob::RuntimeBlob::uncompress_if_needed(wasm())
		.expect("the WASM blob loads");
	let mut externalities = sp_io::TestExternalities::default();
	let mut ext = externalities.ext();
	executor
		.uncached_call(blob, &mut ext, true, export, input)
		.unwrap_or_else(|e| panic!("{export} failed in the WASM runtime: {e}"))
}

fn wasm_metadata_v16() -> frame_metadata::v16::RuntimeMetadataV16 {
	let output = call_wasm("Metadata_metadata_at_version", &16u32.encode());
	let metadata = Option::<OpaqueMetadata>::decode(&mut &output[..])
		.expect("metadata_at_version returns Option<OpaqueMetadata>")
		.expect("the runtime offers metadata v16");
	let prefixed = RuntimeMetadataPrefixed::decode(&mut &metadata[..]).expect("metadata decodes");
	match prefixed.1 {
		RuntimeMetadata::V16(metadata) => metadata,
		_ => panic!("metadata_at_version(16) returned another version"),
	}
}

#[test]
fn wasm_runtime_offers_metadata_v15_and_v16() {
	let output = call_wasm("Metadata_metadata_versions", &[]);
	let versions = Vec::<u32>::decode(&mut &output[..]).expect("a list of versions");
	assert!(versions.contains(&15), "metadata versions {versions:?} lack v15 (Polkadot.js)");
	assert!(versions.contains(&16), "metadata versions {versions:?} lack v16");
}

#[test]
fn wasm_metadata_lists_the_runtime_pallets() {
	let metadata = wasm_metadata_v16();
	let pallets: Vec<&str> = metadata.pallets.iter().map(|pallet| pallet.name.as_str()).collect();
	for expected in [
		"System",
		"ParachainSystem",
		"Timestamp",
		"ParachainInfo",
		"WeightReclaim",
		"Balances",
		"TransactionPayment",
		"SkipFeelessPayment",
		"Sudo",
		"Council",
		"CouncilMembership",
		"Preimage",
		"Whitelist",
		"Authorship",
		"CollatorSelection",
		"Session",
		"Aura",
		"AuraExt",
		"XcmpQueue",
		"PolkadotXcm",
		"CumulusXcm",
		"MessageQueue",
		"Utility",
		"Organizations",
		"EhrAnchor",
		"Consent",
		"DrugTrace",
		"ClinicalTrial",
	] {
		assert!(pallets.contains(&expected), "pallet {expected} missing from {pallets:?}");
	}
}

#[test]
fn wasm_metadata_lists_the_runtime_apis_the_node_and_wallets_use() {
	let metadata = wasm_metadata_v16();
	let apis: Vec<&str> = metadata.apis.iter().map(|api| api.name.as_str()).collect();
	for expected in [
		"Core",
		"Metadata",
		"BlockBuilder",
		"TaggedTransactionQueue",
		"OffchainWorkerApi",
		"AuraApi",
		"AuraUnincludedSegmentApi",
		"SessionKeys",
		"AccountNonceApi",
		"TransactionPaymentApi",
		"TransactionPaymentCallApi",
		"CollectCollationInfo",
		"GetParachainInfo",
		"RelayParentOffsetApi",
		"KeyToIncludeInRelayProof",
		"GenesisBuilder",
		"XcmPaymentApi",
		"DryRunApi",
		"LocationToAccountApi",
		"OrganizationsApi",
		"EhrAnchorApi",
		"ConsentApi",
		"DrugTraceApi",
		"ClinicalTrialApi",
	] {
		assert!(apis.contains(&expected), "runtime API {expected} missing from {apis:?}");
	}
}

#[test]
fn wasm_runtime_version_matches_the_native_one() {
	let output = call_wasm("Core_version", &[]);
	let version =
		sp_version::RuntimeVersion::decode(&mut &output[..]).expect("Core_version decodes");
	assert_eq!(version, healthchain_runtime::VERSION);
}

#[test]
fn genesis_presets_build_through_the_wasm() {
	let caller = GenesisConfigBuilderRuntimeCaller::<HostFunctions>::new(wasm());
	let names = caller.preset_names().expect("the WASM lists its presets");
	assert_eq!(
		names,
		vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
	);
	for name in names {
		let storage = caller
			.get_storage_for_named_preset(Some(&name))
			.unwrap_or_else(|e| panic!("preset {name:?} does not build in the WASM: {e}"));
		assert!(!storage.top.is_empty(), "preset {name:?} built an empty state");
	}
}
