// PLACEHOLDER: replaced by scripts/benchmark.sh
// This file is part of Healthchain. SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_consent`: a placeholder until `scripts/benchmark.sh pallet_consent`
//! generates the measured ones (it overwrites this file). Every weight is zero here; do not
//! ship a runtime with these.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_consent`.
pub trait WeightInfo {
	fn grant() -> Weight;
	fn revoke() -> Weight;
	fn add_delegate() -> Weight;
	fn remove_delegate() -> Weight;
	fn onboard_patient() -> Weight;
	fn break_glass() -> Weight;
	fn review_break_glass() -> Weight;
	fn check_permission() -> Weight;
	fn log_read() -> Weight;
}

/// The measured weights, priced with the runtime's database weights (`T::DbWeight`).
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn grant() -> Weight {
		Weight::zero()
	}
	fn revoke() -> Weight {
		Weight::zero()
	}
	fn add_delegate() -> Weight {
		Weight::zero()
	}
	fn remove_delegate() -> Weight {
		Weight::zero()
	}
	fn onboard_patient() -> Weight {
		Weight::zero()
	}
	fn break_glass() -> Weight {
		Weight::zero()
	}
	fn review_break_glass() -> Weight {
		Weight::zero()
	}
	fn check_permission() -> Weight {
		Weight::zero()
	}
	fn log_read() -> Weight {
		Weight::zero()
	}
}

/// The same weights with RocksDB's database weights, for tests and mock runtimes.
impl WeightInfo for () {
	fn grant() -> Weight {
		Weight::zero()
	}
	fn revoke() -> Weight {
		Weight::zero()
	}
	fn add_delegate() -> Weight {
		Weight::zero()
	}
	fn remove_delegate() -> Weight {
		Weight::zero()
	}
	fn onboard_patient() -> Weight {
		Weight::zero()
	}
	fn break_glass() -> Weight {
		Weight::zero()
	}
	fn review_break_glass() -> Weight {
		Weight::zero()
	}
	fn check_permission() -> Weight {
		Weight::zero()
	}
	fn log_read() -> Weight {
		Weight::zero()
	}
}
