//! A minimal runtime for the pallet's tests: `frame_system`, `pallet_timestamp` as the clock
//! and consent, with the registry test double and small bounds the tests can reach.

use crate as pallet_consent;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use healthchain_primitives::{testing::MockRegistry, MemberRole, Moment, OrgId, OrganizationKind};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Consent: pallet_consent,
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

/// The mock's emergency access lasts one second.
pub const BREAK_GLASS_DURATION: Moment = 1_000;
/// A break-glass case is overdue five seconds after it opens.
pub const BREAK_GLASS_REVIEW_PERIOD: Moment = 5_000;
/// Blocks per feeless period.
pub const FEELESS_PERIOD: u64 = 10;

impl pallet_consent::Config for Test {
	type Registry = MockRegistry;
	type Time = Timestamp;
	type MaxGrantsPerPatient = ConstU32<3>;
	type MaxCategoriesPerGrant = ConstU32<3>;
	type MaxDelegates = ConstU32<2>;
	type MaxAccessLogEntries = ConstU32<3>;
	type BreakGlassDuration = ConstU64<BREAK_GLASS_DURATION>;
	type BreakGlassReviewPeriod = ConstU64<BREAK_GLASS_REVIEW_PERIOD>;
	type FeelessCallsPerPeriod = ConstU32<2>;
	type FeelessPeriod = ConstU64<FEELESS_PERIOD>;
	type MaxPageSize = ConstU32<2>;
	type WeightInfo = ();
}

/// The time every test starts at, in ms since the Unix epoch.
pub const START: Moment = 1_000_000;

// Patients and their delegates.
pub const PATIENT: u64 = 1;
pub const GUARDIAN: u64 = 2;
pub const CUSTODIAN: u64 = 3;
pub const OTHER_PATIENT: u64 = 4;
pub const STRANGER: u64 = 5;

// The consortium: organisations and their members.
pub const HOSPITAL: OrgId = 1;
pub const CLINIC: OrgId = 2;
pub const LABORATORY: OrgId = 3;
pub const REGULATOR: OrgId = 4;
pub const MANUFACTURER: OrgId = 5;
/// No organisation has this id.
pub const UNKNOWN_ORG: OrgId = 99;

/// A practitioner of [`HOSPITAL`].
pub const DOCTOR: u64 = 10;
/// An admin of [`HOSPITAL`].
pub const HOSPITAL_ADMIN: u64 = 11;
/// An auditor of [`HOSPITAL`] (not a regulator).
pub const HOSPITAL_AUDITOR: u64 = 12;
/// A practitioner of [`CLINIC`].
pub const CLINICIAN: u64 = 13;
/// A practitioner of [`LABORATORY`] (not an emergency provider).
pub const LAB_PRACTITIONER: u64 = 14;
/// A device account of [`LABORATORY`].
pub const LAB_DEVICE: u64 = 15;
/// An auditor of [`REGULATOR`].
pub const AUDITOR: u64 = 20;
/// An admin of [`REGULATOR`] (not an auditor).
pub const REGULATOR_ADMIN: u64 = 21;
/// An admin of [`MANUFACTURER`] (not a care organisation).
pub const MANUFACTURER_ADMIN: u64 = 22;

/// Sets up the consortium in the registry double (after forgetting any previous one).
pub fn consortium() {
	MockRegistry::clear();
	let members = [
		(DOCTOR, HOSPITAL, OrganizationKind::Hospital, MemberRole::Practitioner),
		(HOSPITAL_ADMIN, HOSPITAL, OrganizationKind::Hospital, MemberRole::Admin),
		(HOSPITAL_AUDITOR, HOSPITAL, OrganizationKind::Hospital, MemberRole::Auditor),
		(CLINICIAN, CLINIC, OrganizationKind::Clinic, MemberRole::Practitioner),
		(LAB_PRACTITIONER, LABORATORY, OrganizationKind::Laboratory, MemberRole::Practitioner),
		(LAB_DEVICE, LABORATORY, OrganizationKind::Laboratory, MemberRole::Device),
		(AUDITOR, REGULATOR, OrganizationKind::Regulator, MemberRole::Auditor),
		(REGULATOR_ADMIN, REGULATOR, OrganizationKind::Regulator, MemberRole::Admin),
		(MANUFACTURER_ADMIN, MANUFACTURER, OrganizationKind::Manufacturer, MemberRole::Admin),
	];
	for (who, org, kind, role) in members {
		MockRegistry::set(who, org, kind, role);
	}
}

/// Empty storage at block 1 and time [`START`], with the [`consortium`] in the registry.
pub fn new_test_ext() -> sp_io::TestExternalities {
	consortium();
	let storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.expect("frame_system's default genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(START);
	});
	ext
}
