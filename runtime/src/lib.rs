//! # Healthchain runtime
//!
//! The one WASM runtime of the Healthchain parachain. It holds all on-chain logic; the node
//! only hosts it. This crate declares the runtime (which pallets, at which indices), its
//! block-level constants and types; `configs/` configures each pallet by concern, `apis.rs`
//! implements the runtime APIs the node, Polkadot.js and researchers call, and
//! `genesis_config_presets.rs` holds the named genesis presets.

#![cfg_attr(not(feature = "std"), no_std)]
// `#[frame_support::runtime]` expands recursively.
#![recursion_limit = "256"]

// The compiled WASM blob, when built with `std` and without `SKIP_WASM_BUILD`.
#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

pub mod apis;
#[cfg(feature = "std")]
pub use apis::RuntimeApi;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod demo_consortium;
pub mod genesis_config_presets;
pub mod weights;

extern crate alloc;

use alloc::vec::Vec;

use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};
use sp_runtime::{generic, impl_opaque_keys, Perbill};
use sp_version::RuntimeVersion;

pub use healthchain_primitives::{
	AccountId, Address, Balance, BlockNumber, Hash, Header, Moment, Nonce, Signature, MICRO_UNIT,
	MILLI_UNIT, SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, UNIT,
};
pub use sp_consensus_aura::sr25519::AuthorityId as AuraId;

/// A block as this runtime executes it.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block with its justifications.
pub type SignedBlock = generic::SignedBlock<Block>;

/// Checks every signed transaction runs through, in order. Wrapped in the parachain's
/// storage-weight reclaim so that unused proof size goes back to the block.
pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<
	Runtime,
	(
		frame_system::AuthorizeCall<Runtime>,
		frame_system::CheckNonZeroSender<Runtime>,
		frame_system::CheckSpecVersion<Runtime>,
		frame_system::CheckTxVersion<Runtime>,
		frame_system::CheckGenesis<Runtime>,
		frame_system::CheckEra<Runtime>,
		frame_system::CheckNonce<Runtime>,
		frame_system::CheckWeight<Runtime>,
		// Charges fees, except for calls a pallet declares feeless for this origin: an
		// onboarded patient's consent calls within their per-period allowance, a patient
		// off-boarding itself, an invitee declining an invitation and a member leaving its
		// organisation, each only when it would succeed.
		pallet_skip_feeless_payment::SkipCheckIfFeeless<
			Runtime,
			pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
		>,
		frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	),
>;

/// An extrinsic as it arrives from outside, before its signature is checked.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// Storage migrations that run on the next runtime upgrade, besides the pallets' own.
type Migrations = ();

/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// Types the node can use without knowing this runtime's extrinsic format, so that it keeps
/// syncing across runtime upgrades that change it.
pub mod opaque {
	use sp_runtime::generic;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// A block header.
	pub type Header = healthchain_primitives::Header;
	/// A block with opaque extrinsics.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// A block hash.
	pub type Hash = healthchain_primitives::Hash;
}

impl_opaque_keys! {
	/// The keys a collator registers for its session: only Aura, for block authorship.
	pub struct SessionKeys {
		/// Signs the blocks this collator authors.
		pub aura: Aura,
	}
}

/// This runtime's version. `spec_version` goes up with every release that changes
/// behaviour; `transaction_version` with every change to calls or their encoding.
#[cfg(not(feature = "increment-spec-version"))]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("healthchain"),
	impl_name: alloc::borrow::Cow::Borrowed("healthchain"),
	authoring_version: 1,
	spec_version: 1,
	impl_version: 0,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// A test build only: this runtime as its next release, `spec_version` one higher, for the
/// network test that upgrades a live chain through governance (scripts/network-test.sh). The
/// `runtime_version` attribute takes literals only, so the whole version is repeated; keep the
/// two in step.
#[cfg(feature = "increment-spec-version")]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("healthchain"),
	impl_name: alloc::borrow::Cow::Borrowed("healthchain"),
	authoring_version: 1,
	spec_version: 2,
	impl_version: 0,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Block time: a block every 6 s, with asynchronous backing.
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;

/// Aura's slot. It cannot change once the chain runs: block production would stop.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// The least balance an account can hold; below it the account is reaped.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Share of the block's weight reserved for `on_initialize` hooks.
const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);

/// Share of the block that ordinary (`Normal`) extrinsics may fill; the rest is kept for
/// `Operational` ones such as governance.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// 2 s of execution per 6 s block (asynchronous backing) and the relay chain's PoV limit.
const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
	cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);

/// `ratio` of `weight`, rounded down, in both dimensions. A share of a weight can never
/// exceed it, so this is the overflow-free form of `ratio * weight`.
pub(crate) fn share_of(ratio: Perbill, weight: Weight) -> Weight {
	Weight::from_parts(ratio.mul_floor(weight.ref_time()), ratio.mul_floor(weight.proof_size()))
}

/// Asynchronous-backing parameters, as in the current parachain template.
mod async_backing {
	/// Blocks the runtime accepts that the relay chain has not yet included.
	pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
	/// Parachain blocks per relay-chain block.
	pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;
	/// The relay chain's slot.
	pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;
	/// How many relay blocks behind the tip collators build on (0: the tip).
	pub const RELAY_PARENT_OFFSET: u32 = 0;
}
pub use async_backing::*;

/// Checks that block production keeps pace with the relay chain under asynchronous backing.
type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
	Runtime,
	RELAY_CHAIN_SLOT_DURATION_MILLIS,
	BLOCK_PROCESSING_VELOCITY,
	UNINCLUDED_SEGMENT_CAPACITY,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// System: 0-9.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type ParachainSystem = cumulus_pallet_parachain_system;
	#[runtime::pallet_index(2)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(3)]
	pub type ParachainInfo = parachain_info;
	#[runtime::pallet_index(4)]
	pub type WeightReclaim = cumulus_pallet_weight_reclaim;

	// Monetary: 10-14.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(12)]
	pub type SkipFeelessPayment = pallet_skip_feeless_payment;

	// Governance: 15-19.
	#[runtime::pallet_index(15)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(16)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(17)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(18)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(19)]
	pub type Whitelist = pallet_whitelist;

	// Collators: 20-29. Authorship, CollatorSelection, Session and Aura must stay in this
	// order: each one's hooks rely on the one before.
	#[runtime::pallet_index(20)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(21)]
	pub type CollatorSelection = pallet_collator_selection;
	#[runtime::pallet_index(22)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(23)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(24)]
	pub type AuraExt = cumulus_pallet_aura_ext;

	// XCM: 30-39.
	#[runtime::pallet_index(30)]
	pub type XcmpQueue = cumulus_pallet_xcmp_queue;
	#[runtime::pallet_index(31)]
	pub type PolkadotXcm = pallet_xcm;
	#[runtime::pallet_index(32)]
	pub type CumulusXcm = cumulus_pallet_xcm;
	#[runtime::pallet_index(33)]
	pub type MessageQueue = pallet_message_queue;

	// Utilities: 40-49.
	#[runtime::pallet_index(40)]
	pub type Utility = pallet_utility;

	// Healthcare: 50 onwards.
	#[runtime::pallet_index(50)]
	pub type Organizations = pallet_organizations;
	#[runtime::pallet_index(51)]
	pub type EhrAnchor = pallet_ehr_anchor;
	#[runtime::pallet_index(52)]
	pub type Consent = pallet_consent;
	#[runtime::pallet_index(53)]
	pub type DrugTrace = pallet_drug_trace;
	#[runtime::pallet_index(54)]
	pub type ClinicalTrial = pallet_clinical_trial;
}

cumulus_pallet_parachain_system::register_validate_block! {
	Runtime = Runtime,
	BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}
