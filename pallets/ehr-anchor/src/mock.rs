//! A minimal runtime for the pallet's tests: `frame_system`, `pallet_timestamp` for the clock
//! and the anchors, with the registry and consent replaced by their test doubles and small
//! bounds the tests can reach.

use crate as pallet_ehr_anchor;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use healthchain_primitives::testing::{MockConsent, MockRegistry};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		EhrAnchor: pallet_ehr_anchor,
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

impl pallet_ehr_anchor::Config for Test {
	type Registry = MockRegistry;
	type Consent = MockConsent;
	type Time = Timestamp;
	type MaxLocatorLength = ConstU32<64>;
	type MaxVersions = ConstU32<3>;
	type MaxPatientGeneratedRecords = ConstU32<4>;
	type MaxRecordsPerOrganization = ConstU32<4>;
	type MaxProofDepth = ConstU32<8>;
	type MaxPageSize = ConstU32<3>;
	type WeightInfo = ();
}

/// The time the tests' first block is sealed at: 2026-01-01T00:00:00Z, in milliseconds.
pub const NOW: u64 = 1_767_225_600_000;

/// Empty storage at block 1 and time [`NOW`] (so that events are recorded and anchors get a
/// timestamp), with no organisation, member, grant or delegate in the test doubles.
pub fn new_test_ext() -> sp_io::TestExternalities {
	MockRegistry::clear();
	MockConsent::clear();
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
