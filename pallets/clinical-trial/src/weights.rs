// This file is part of Healthchain. SPDX-License-Identifier: Apache-2.0

//! PLACEHOLDER weights for `pallet_clinical_trial`: every call weighs zero until
//! `scripts/benchmark.sh` generates this file from the benchmarks in `benchmarking.rs`.
//! Do not ship a runtime with these: run the script, which overwrites this file.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_clinical_trial`.
pub trait WeightInfo {
	fn register_trial() -> Weight;
	fn approve_trial() -> Weight;
	fn start_recruiting() -> Weight;
	fn close_recruitment() -> Weight;
	fn complete_trial() -> Weight;
	fn terminate_trial() -> Weight;
	fn suspend_trial() -> Weight;
	fn lift_suspension() -> Weight;
	fn propose_amendment() -> Weight;
	fn approve_amendment() -> Weight;
	fn enrol() -> Weight;
	fn reconsent() -> Weight;
	fn withdraw() -> Weight;
	fn commit_data_snapshot() -> Weight;
	fn report_adverse_event() -> Weight;
	fn publish_results() -> Weight;
}

/// The measured weights, priced with the runtime's database weights (`T::DbWeight`).
/// PLACEHOLDER: zero until benchmarked.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_trial() -> Weight {
		Weight::zero()
	}
	fn approve_trial() -> Weight {
		Weight::zero()
	}
	fn start_recruiting() -> Weight {
		Weight::zero()
	}
	fn close_recruitment() -> Weight {
		Weight::zero()
	}
	fn complete_trial() -> Weight {
		Weight::zero()
	}
	fn terminate_trial() -> Weight {
		Weight::zero()
	}
	fn suspend_trial() -> Weight {
		Weight::zero()
	}
	fn lift_suspension() -> Weight {
		Weight::zero()
	}
	fn propose_amendment() -> Weight {
		Weight::zero()
	}
	fn approve_amendment() -> Weight {
		Weight::zero()
	}
	fn enrol() -> Weight {
		Weight::zero()
	}
	fn reconsent() -> Weight {
		Weight::zero()
	}
	fn withdraw() -> Weight {
		Weight::zero()
	}
	fn commit_data_snapshot() -> Weight {
		Weight::zero()
	}
	fn report_adverse_event() -> Weight {
		Weight::zero()
	}
	fn publish_results() -> Weight {
		Weight::zero()
	}
}

/// The same weights for tests and mock runtimes. PLACEHOLDER: zero until benchmarked.
impl WeightInfo for () {
	fn register_trial() -> Weight {
		Weight::zero()
	}
	fn approve_trial() -> Weight {
		Weight::zero()
	}
	fn start_recruiting() -> Weight {
		Weight::zero()
	}
	fn close_recruitment() -> Weight {
		Weight::zero()
	}
	fn complete_trial() -> Weight {
		Weight::zero()
	}
	fn terminate_trial() -> Weight {
		Weight::zero()
	}
	fn suspend_trial() -> Weight {
		Weight::zero()
	}
	fn lift_suspension() -> Weight {
		Weight::zero()
	}
	fn propose_amendment() -> Weight {
		Weight::zero()
	}
	fn approve_amendment() -> Weight {
		Weight::zero()
	}
	fn enrol() -> Weight {
		Weight::zero()
	}
	fn reconsent() -> Weight {
		Weight::zero()
	}
	fn withdraw() -> Weight {
		Weight::zero()
	}
	fn commit_data_snapshot() -> Weight {
		Weight::zero()
	}
	fn report_adverse_event() -> Weight {
		Weight::zero()
	}
	fn publish_results() -> Weight {
		Weight::zero()
	}
}
