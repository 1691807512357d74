//! A minimal runtime for the pallet's tests: `frame_system`, `pallet_timestamp` as the clock,
//! `pallet_balances` for the onboarding deposit, and consent, with the registry test double
//! and small bounds the tests can reach.

use crate as pallet_consent;
use frame_support::{
	derive_impl, parameter_types,
	traits::{fungible::HoldConsideration, ConstU32, ConstU64, LinearStoragePrice},
};
use healthchain_primitives::{testing::MockRegistry, MemberRole, Moment, OrgId, OrganizationKind};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Consent: pallet_consent,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The onboarding deposit in the mock: a flat 50 units.
pub const ONBOARDING_DEPOSIT: u64 = 50;
/// What every consortium member starts with.
pub const MEMBER_BALANCE: u64 = 1_000;

parameter_types! {
	pub const OnboardingHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Consent(pallet_consent::HoldReason::PatientOnboarding);
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
/// Reads of one patient's records one reader may log per read-rate period.
pub const MAX_READS_PER_PERIOD: u32 = 4;
/// Blocks per read-rate period.
pub const READ_RATE_PERIOD: u64 = 10;
/// How long ended grants are kept before they may be pruned: one minute.
pub const GRANT_RETENTION: Moment = 60_000;
/// An onboarded patient grants free of fees while it keeps fewer grants than this.
pub const MAX_FEELESS_STORED_GRANTS: u32 = 4;

impl pallet_consent::Config for Test {
	type Registry = MockRegistry;
	type Time = Timestamp;
	type MaxGrantsPerGrantee = ConstU32<3>;
	type MaxCategoriesPerGrant = ConstU32<3>;
	type MaxDelegates = ConstU32<2>;
	type MaxAccessLogEntries = ConstU32<3>;
	type MaxReadsPerPeriod = ConstU32<MAX_READS_PER_PERIOD>;
	type ReadRatePeriod = ConstU64<READ_RATE_PERIOD>;
	type MaxOpenCasesPerPractitioner = ConstU32<2>;
	type MaxOpenCasesPerOrganization = ConstU32<3>;
	type GrantRetention = ConstU64<GRANT_RETENTION>;
	type MaxFeelessStoredGrants = ConstU32<MAX_FEELESS_STORED_GRANTS>;
	type OnboardingDeposit = HoldConsideration<
		u64,
		Balances,
		OnboardingHoldReason,
		LinearStoragePrice<ConstU64<ONBOARDING_DEPOSIT>, ConstU64<0>, u64>,
	>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockClock;
	type BreakGlassDuration = ConstU64<BREAK_GLASS_DURATION>;
	type BreakGlassReviewPeriod = ConstU64<BREAK_GLASS_REVIEW_PERIOD>;
	type FeelessCallsPerPeriod = ConstU32<2>;
	type FeelessPeriod = ConstU64<FEELESS_PERIOD>;
	type MaxPageSize = ConstU32<2>;
	type WeightInfo = ();
}

/// Sets the mock's clock for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockClock;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for MockClock {
	fn set_time(now: Moment) {
		Timestamp::set_timestamp(now);
	}
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
/// A second practitioner of [`HOSPITAL`].
pub const SECOND_DOCTOR: u64 = 23;
/// A third practitioner of [`HOSPITAL`].
pub const THIRD_DOCTOR: u64 = 24;

/// Sets up the consortium in the registry double (after forgetting any previous one).
pub fn consortium() {
	MockRegistry::clear();
	let members = [
		(DOCTOR, HOSPITAL, OrganizationKind::Hospital, MemberRole::Practitioner),
		(SECOND_DOCTOR, HOSPITAL, OrganizationKind::Hospital, MemberRole::Practitioner),
		(THIRD_DOCTOR, HOSPITAL, OrganizationKind::Hospital, MemberRole::Practitioner),
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
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.expect("frame_system's default genesis builds");
	let members = [
		DOCTOR,
		SECOND_DOCTOR,
		THIRD_DOCTOR,
		HOSPITAL_ADMIN,
		CLINICIAN,
		LAB_PRACTITIONER,
		MANUFACTURER_ADMIN,
	];
	pallet_balances::GenesisConfig::<Test> {
		balances: members.iter().map(|member| (*member, MEMBER_BALANCE)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.expect("the members' balances build");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(START);
	});
	ext
}
