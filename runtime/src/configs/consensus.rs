//! Block authorship: Aura slots, sessions, and the consortium's collator set.
//!
//! Collators are the consortium's invulnerables, changed only by governance; nobody can
//! buy their way into the set (`MaxCandidates` is 0).

use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
	PalletId,
};

use crate::{
	AccountId, AuraId, Balances, CollatorSelection, Runtime, Session, SessionKeys, HOURS,
	SLOT_DURATION,
};

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, crate::Aura>;
	type EventHandler = (CollatorSelection,);
}

#[cfg(not(feature = "fast-sessions"))]
parameter_types! {
	/// A session lasts six hours.
	pub const Period: u32 = 6 * HOURS;
}

// A test build only (scripts/network-test.sh): a session of one minute, so a change of the
// collator set takes effect within two minutes instead of twelve hours.
#[cfg(feature = "fast-sessions")]
parameter_types! {
	/// A session lasts one minute.
	pub const Period: u32 = crate::MINUTES;
}

parameter_types! {
	pub const Offset: u32 = 0;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = crate::RuntimeEvent;
	type ValidatorId = AccountId;
	// Collators have no stash/controller split.
	type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
	type ShouldEndSession = pallet_session::PeriodicSessions<Period, Offset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<Period, Offset>;
	type SessionManager = CollatorSelection;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	// Collators are vetted consortium members; registering keys needs no deposit.
	type KeyDeposit = ();
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<100>;
	// Asynchronous backing may author several blocks in one relay slot.
	type AllowMultipleBlocksPerSlot = ConstBool<true>;
	type SlotDuration = ConstU64<SLOT_DURATION>;
}

impl cumulus_pallet_aura_ext::Config for Runtime {}

parameter_types! {
	/// Holds collator rewards, when the consortium decides to pay any.
	pub const PotId: PalletId = PalletId(*b"PotStake");
}

/// Who may change the collator set: the consortium's governance.
pub type CollatorSelectionUpdateOrigin = super::governance::GovernanceOrigin;

impl pallet_collator_selection::Config for Runtime {
	type RuntimeEvent = crate::RuntimeEvent;
	type Currency = Balances;
	type UpdateOrigin = CollatorSelectionUpdateOrigin;
	type PotId = PotId;
	// Only governance-appointed invulnerables author blocks: no open candidacy.
	type MaxCandidates = ConstU32<0>;
	type MinEligibleCollators = ConstU32<1>;
	type MaxInvulnerables = ConstU32<32>;
	// A multiple of the session length, or kicking becomes inconsistent.
	type KickThreshold = Period;
	type ValidatorId = AccountId;
	type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
	type ValidatorRegistration = Session;
	type WeightInfo = pallet_collator_selection::weights::SubstrateWeight<Runtime>;
}
