//! Consortium governance: the council, its membership, and the origins privileged calls use.
//!
//! The consortium council is a `pallet-collective` whose members `pallet-membership`
//! manages. A two-thirds majority of the council, or root, is the [`GovernanceOrigin`]:
//! it registers, suspends and re-admins organisations, changes the collator set and the
//! council itself, and dispatches calls as root through `pallet-whitelist` — which is how
//! the council authorises a runtime upgrade: one motion whitelists
//! `system.authorize_upgrade(code_hash)` and dispatches it, after which anyone may submit
//! the code with `system.apply_authorized_upgrade`.
//!
//! `pallet-sudo` is part of the runtime but holds a key only in the `development` and
//! `local_testnet` presets; a production chain spec sets none, which leaves it inert.

use frame_support::{
	parameter_types,
	traits::{fungible::HoldConsideration, EitherOfDiverse, LinearStoragePrice},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_runtime::Perbill;

use super::system::RuntimeBlockWeights;
use crate::{
	share_of, AccountId, Balance, Balances, BlockNumber, Council, OriginCaller, Preimage, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, System, DAYS, MICRO_UNIT, UNIT,
};

/// The consortium council's instance of `pallet-collective`.
pub type CouncilCollective = pallet_collective::Instance1;

/// The council membership's instance of `pallet-membership`.
pub type CouncilMembershipInstance = pallet_membership::Instance1;

/// Root, or at least two thirds of the consortium council.
pub type GovernanceOrigin = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 2, 3>,
>;

parameter_types! {
	/// A council motion is open for at most three days; it closes earlier once the vote
	/// is decided.
	pub const CouncilMotionDuration: BlockNumber = 3 * DAYS;
	pub const CouncilMaxProposals: u32 = 100;
	pub const CouncilMaxMembers: u32 = 100;
	/// One motion may use at most half a block.
	pub MaxProposalWeight: Weight =
		share_of(Perbill::from_percent(50), RuntimeBlockWeights::get().max_block);
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = CouncilMaxProposals;
	type MaxMembers = CouncilMaxMembers;
	// Members who do not vote follow the prime member, if there is one.
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// The membership pallet sets the members; root may too, as a last resort.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = GovernanceOrigin;
	type KillOrigin = GovernanceOrigin;
	// Council members are vetted consortium representatives: proposing needs no deposit.
	type Consideration = ();
}

impl pallet_membership::Config<CouncilMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = GovernanceOrigin;
	type RemoveOrigin = GovernanceOrigin;
	type SwapOrigin = GovernanceOrigin;
	type ResetOrigin = GovernanceOrigin;
	type PrimeOrigin = GovernanceOrigin;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = CouncilMaxMembers;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Noting a preimage (a call too large to put in a motion, such as a runtime) holds a
	/// deposit of 1 HCT plus 1 micro-HCT per byte until it is cleared.
	pub const PreimageBaseDeposit: Balance = UNIT;
	pub const PreimageByteDeposit: Balance = MICRO_UNIT;
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
	/// A whitelisted call whose dispatch was deferred expires after a week.
	pub const DeferredDispatchExpiration: BlockNumber = 7 * DAYS;
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = GovernanceOrigin;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

impl pallet_whitelist::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WhitelistOrigin = GovernanceOrigin;
	type DispatchWhitelistedOrigin = GovernanceOrigin;
	type Preimages = Preimage;
	type DeferredDispatchExpiration = DeferredDispatchExpiration;
	type BlockNumberProvider = System;
	type WeightInfo = pallet_whitelist::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}
