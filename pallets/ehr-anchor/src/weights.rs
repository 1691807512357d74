// This file is part of Healthchain. SPDX-License-Identifier: Apache-2.0

// PLACEHOLDER: replaced by scripts/benchmark.sh
//
// Zero weights, in the shape `scripts/weights-template.hbs` generates, so that the runtime
// compiles until `scripts/benchmark.sh pallet_ehr_anchor` writes the measured file over this
// one. Never ship a runtime with these weights: every call would be free.

//! Weights for `pallet_ehr_anchor`: placeholders until `scripts/benchmark.sh` generates them.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_ehr_anchor`.
pub trait WeightInfo {
	fn anchor() -> Weight;
	fn amend() -> Weight;
	fn mark_entered_in_error() -> Weight;
	fn erase() -> Weight;
	fn bulk_anchor() -> Weight;
	fn request_access() -> Weight;
}

/// The measured weights, priced with the runtime's database weights (`T::DbWeight`).
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn anchor() -> Weight {
		Weight::zero()
	}
	fn amend() -> Weight {
		Weight::zero()
	}
	fn mark_entered_in_error() -> Weight {
		Weight::zero()
	}
	fn erase() -> Weight {
		Weight::zero()
	}
	fn bulk_anchor() -> Weight {
		Weight::zero()
	}
	fn request_access() -> Weight {
		Weight::zero()
	}
}

/// The same weights with RocksDB's database weights, for tests and mock runtimes.
impl WeightInfo for () {
	fn anchor() -> Weight {
		Weight::zero()
	}
	fn amend() -> Weight {
		Weight::zero()
	}
	fn mark_entered_in_error() -> Weight {
		Weight::zero()
	}
	fn erase() -> Weight {
		Weight::zero()
	}
	fn bulk_anchor() -> Weight {
		Weight::zero()
	}
	fn request_access() -> Weight {
		Weight::zero()
	}
}
