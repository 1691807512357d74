//! Weights for `pallet_organizations`.
//!
//! PLACEHOLDER: regenerate with scripts/benchmark.sh. The reference times below are not
//! measured; only the storage read/write counts are meant to be right. This file is
//! replaced by the output of `healthchain-node benchmark pallet` before anything lands.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_organizations`.
pub trait WeightInfo {
	fn register_organization() -> Weight;
	fn suspend_organization() -> Weight;
	fn reactivate_organization() -> Weight;
	fn change_admin() -> Weight;
	fn add_member() -> Weight;
	fn remove_member() -> Weight;
	fn change_role() -> Weight;
	fn leave() -> Weight;
}

/// Weights for `pallet_organizations` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Organizations::Members` (r:1 w:1)
	/// Storage: `Organizations::NextOrgId` (r:1 w:1)
	/// Storage: `Organizations::Organizations` (r:0 w:1)
	/// Storage: `Organizations::OrganizationMembers` (r:0 w:1)
	fn register_organization() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().reads_writes(2_u64, 4_u64))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	fn suspend_organization() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().reads_writes(1_u64, 1_u64))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	fn reactivate_organization() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().reads_writes(1_u64, 1_u64))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Storage: `Organizations::Members` (r:1 w:1)
	/// Storage: `Organizations::OrganizationMembers` (r:0 w:1)
	fn change_admin() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().reads_writes(2_u64, 3_u64))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Storage: `Organizations::OrganizationMembers` (r:1 w:1)
	/// Storage: `Organizations::Members` (r:1 w:1)
	fn add_member() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().reads_writes(3_u64, 3_u64))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Storage: `Organizations::OrganizationMembers` (r:2 w:1)
	/// Storage: `Organizations::Members` (r:0 w:1)
	fn remove_member() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().reads_writes(3_u64, 3_u64))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Storage: `Organizations::OrganizationMembers` (r:2 w:1)
	/// Storage: `Organizations::Members` (r:0 w:1)
	fn change_role() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().reads_writes(3_u64, 2_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:1)
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Storage: `Organizations::OrganizationMembers` (r:0 w:1)
	fn leave() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().reads_writes(2_u64, 3_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn register_organization() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(RocksDbWeight::get().reads_writes(2_u64, 4_u64))
	}
	fn suspend_organization() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(RocksDbWeight::get().reads_writes(1_u64, 1_u64))
	}
	fn reactivate_organization() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(RocksDbWeight::get().reads_writes(1_u64, 1_u64))
	}
	fn change_admin() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(RocksDbWeight::get().reads_writes(2_u64, 3_u64))
	}
	fn add_member() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(RocksDbWeight::get().reads_writes(3_u64, 3_u64))
	}
	fn remove_member() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(RocksDbWeight::get().reads_writes(3_u64, 3_u64))
	}
	fn change_role() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(RocksDbWeight::get().reads_writes(3_u64, 2_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(RocksDbWeight::get().reads_writes(2_u64, 3_u64))
	}
}
