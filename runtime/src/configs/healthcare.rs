//! The healthcare pallets: the consortium registry first; records, consent, medicine
//! traceability and the trial registry build on it.

use frame_support::traits::ConstU32;

use super::governance::GovernanceOrigin;
use crate::Runtime;

impl pallet_organizations::Config for Runtime {
	type GovernanceOrigin = GovernanceOrigin;
	/// A large hospital's staff accounts fit; a bigger organisation splits into units.
	type MaxMembersPerOrganization = ConstU32<10_000>;
	type MaxPageSize = ConstU32<100>;
	type WeightInfo = pallet_organizations::weights::SubstrateWeight<Runtime>;
}
