//! A minimal runtime for the pallet's tests: `frame_system` and the registry, with root as
//! governance and small bounds the tests can reach.

use crate as pallet_organizations;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

/// How many blocks an invitation can be accepted for.
pub const INVITATION_LIFETIME: u64 = 10;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Organizations: pallet_organizations,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_organizations::Config for Test {
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type MaxMembersPerOrganization = ConstU32<5>;
	/// Invitations made in block 1 can be accepted up to block 10.
	type InvitationLifetime = ConstU64<INVITATION_LIFETIME>;
	type MaxPageSize = ConstU32<3>;
	type WeightInfo = ();
}

/// Empty storage at block 1, so that events are recorded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.expect("frame_system's default genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
