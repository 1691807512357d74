//! Types shared by every part of Healthchain: the runtime, its pallets and the node.
//!
//! The chain-wide aliases live here so that a pallet, the runtime and the node can never
//! disagree on what an account, a balance or a block number is. The cross-pallet traits
//! (which organisation an account acts for, whether a patient's consent permits an access)
//! live here too, with the Merkle-tree construction the pallets share and, for tests, test
//! doubles of the traits.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub mod consent;
pub mod merkle;
pub mod organizations;
pub mod records;
#[cfg(feature = "std")]
pub mod testing;

pub use consent::{
	AccessBasis, AccessRequest, BreakGlassId, ConsentAction, ConsentError, ConsentId,
	ConsentProvider, ProtocolVersion, PurposeOfUse, TrialId, TrialProtocol,
};
pub use organizations::{
	MemberRole, Membership, OrgId, OrganizationKind, OrganizationRegistry, OrganizationStatus,
	RegistryError,
};
pub use records::{RecordCategory, RecordId};

use sp_runtime::{
	generic,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};

/// A transaction signature: sr25519, ed25519 or ECDSA, as Polkadot.js and wallets produce.
pub type Signature = MultiSignature;

/// An account: the public key of the signing scheme. Patients are ordinary, pseudonymous
/// accounts; nothing about the person behind one is ever stored on chain.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// How an extrinsic names an account.
pub type Address = MultiAddress<AccountId, ()>;

/// An amount of HCT, in its smallest unit (10^-12 HCT).
pub type Balance = u128;

/// The number of transactions an account has sent.
pub type Nonce = u32;

/// A block number.
pub type BlockNumber = u32;

/// A 32-byte BLAKE2-256 hash, the chain's hash for blocks and state.
pub type Hash = sp_core::H256;

/// A block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Milliseconds since the Unix epoch, as `pallet-timestamp` records them.
pub type Moment = u64;

/// The native token's ticker, shown by wallets.
pub const TOKEN_SYMBOL: &str = "HCT";

/// The native token's decimals: 1 HCT = 10^12 of its smallest unit.
pub const TOKEN_DECIMALS: u8 = 12;

/// The SS58 address format: the generic Substrate prefix until the consortium registers its
/// own in the SS58 registry.
pub const SS58_PREFIX: u16 = 42;

/// One HCT in the smallest unit.
pub const UNIT: Balance = 1_000_000_000_000;
/// One thousandth of an HCT.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// One millionth of an HCT.
pub const MICRO_UNIT: Balance = 1_000_000;
