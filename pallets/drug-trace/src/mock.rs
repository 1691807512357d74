//! A minimal runtime for the pallet's tests: `frame_system`, `pallet_timestamp` for the clock
//! and the supply chain, with the registry replaced by its test double and small bounds the
//! tests can reach.

use crate as pallet_drug_trace;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use healthchain_primitives::testing::MockRegistry;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		DrugTrace: pallet_drug_trace,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_timestamp::Config for Test {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = ConstU64<1>;
	type WeightInfo = ();
}

/// How long an organisation waits after its suspect report was resolved before reporting the
/// batch again: one day, in milliseconds.
pub const SUSPECT_REPORT_COOLDOWN: u64 = 24 * 60 * 60 * 1000;

impl pallet_drug_trace::Config for Test {
	type Registry = MockRegistry;
	type Time = Timestamp;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type SuspectReportCooldown = ConstU64<SUSPECT_REPORT_COOLDOWN>;
	type MaxLotLength = ConstU32<20>;
	type MaxSerialLength = ConstU32<20>;
	// Batches of at most 2^4 = 16 packs.
	type MaxProofDepth = ConstU32<4>;
	type MaxHoldersPerBatch = ConstU32<3>;
	type MaxPageSize = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockClock;
}

/// Sets the mock's clock for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockClock;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for MockClock {
	fn set_time(now: u64) {
		Timestamp::set_timestamp(now);
	}
}

/// The time the tests' first block is sealed at: 2026-01-01T00:00:00Z, in milliseconds.
pub const NOW: u64 = 1_767_225_600_000;

/// Empty storage at block 1 and time [`NOW`] (so that events are recorded and records get a
/// timestamp), with no organisation or member in the registry double.
pub fn new_test_ext() -> sp_io::TestExternalities {
	MockRegistry::clear();
	let storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.expect("frame_system's default genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(NOW);
	});
	ext
}
