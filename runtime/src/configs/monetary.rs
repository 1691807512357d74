//! The native token HCT: balances and transaction fees.
//!
//! Fees price every transaction by its weight and length, so spam costs the spammer. The
//! existential deposit keeps dust accounts from bloating state.

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU8, VariantCountOf},
	weights::{
		ConstantMultiplier, FeePolynomial, Weight, WeightToFeeCoefficient, WeightToFeeCoefficients,
		WeightToFeePolynomial,
	},
};
use polkadot_runtime_common::SlowAdjustingFeeUpdate;
use smallvec::smallvec;
use sp_runtime::Perbill;

use crate::{
	weights::ExtrinsicBaseWeight, Balance, Balances, Runtime, RuntimeFreezeReason,
	RuntimeHoldReason, System, EXISTENTIAL_DEPOSIT, MICRO_UNIT, MILLI_UNIT,
};

parameter_types! {
	pub const ExistentialDeposit: Balance = EXISTENTIAL_DEPOSIT;
}

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = crate::RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

/// Prices execution time: the ref time of one extrinsic's base weight (`ExtrinsicBaseWeight`,
/// what every extrinsic pays before its call) costs 0.1 milli-HCT, and more ref time costs in
/// proportion. (Until this was fixed the divisor carried a stray factor of 100 from the SDK's
/// template, so the base weight cost 1 micro-HCT while this comment said 0.1 milli-HCT.)
pub struct RefTimeToFee;
impl WeightToFeePolynomial for RefTimeToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		let p = MILLI_UNIT / 10;
		let q = Balance::from(ExtrinsicBaseWeight::get().ref_time());
		smallvec![WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(p.checked_rem(q).unwrap_or_default(), q),
			coeff_integer: p.checked_div(q).unwrap_or_default(),
		}]
	}
}

/// Prices proof size (the PoV the relay chain must check): 10 kB cost 0.1 milli-HCT.
pub struct ProofSizeToFee;
impl WeightToFeePolynomial for ProofSizeToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		let p = MILLI_UNIT / 10;
		let q = 10_000;
		smallvec![WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(p.checked_rem(q).unwrap_or_default(), q),
			coeff_integer: p.checked_div(q).unwrap_or_default(),
		}]
	}
}

/// A transaction pays for whichever of its two resources is scarcer: execution time or
/// proof size.
pub struct WeightToFee;
impl frame_support::weights::WeightToFee for WeightToFee {
	type Balance = Balance;

	fn weight_to_fee(weight: &Weight) -> Self::Balance {
		let ref_time: FeePolynomial<Balance> = RefTimeToFee::polynomial().into();
		let proof_size: FeePolynomial<Balance> = ProofSizeToFee::polynomial().into();
		ref_time.eval(weight.ref_time()).max(proof_size.eval(weight.proof_size()))
	}
}

parameter_types! {
	/// Each byte of an extrinsic costs 10 micro-HCT.
	pub const TransactionByteFee: Balance = 10 * MICRO_UNIT;
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = crate::RuntimeEvent;
	// Fees are burnt for now; the consortium decides later whether collators get a share.
	type OnChargeTransaction = pallet_transaction_payment::FungibleAdapter<Balances, ()>;
	type WeightToFee = WeightToFee;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = SlowAdjustingFeeUpdate<Self>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

/// Lets a pallet declare a call free of fees for some origins (`#[pallet::feeless_if]`):
/// an onboarded patient's consent calls, within a per-period allowance, so that a patient
/// who holds no tokens can still grant and revoke consent.
impl pallet_skip_feeless_payment::Config for Runtime {
	type RuntimeEvent = crate::RuntimeEvent;
}
