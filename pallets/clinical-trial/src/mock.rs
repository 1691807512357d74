//! A minimal runtime for the pallet's tests: `frame_system`, `pallet_timestamp` as the clock
//! and the trial registry, with the registry and consent replaced by their test doubles and
//! small bounds the tests can reach.

use crate as pallet_clinical_trial;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use healthchain_primitives::{
	testing::{MockConsent, MockRegistry},
	MemberRole, Moment, OrgId, OrganizationKind,
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		ClinicalTrial: pallet_clinical_trial,
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

impl pallet_clinical_trial::Config for Test {
	type Registry = MockRegistry;
	type Consent = MockConsent;
	type Time = Timestamp;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type MaxTitleLength = ConstU32<64>;
	type MaxConditions = ConstU32<3>;
	type MaxConditionCodeLength = ConstU32<8>;
	type MaxCountries = ConstU32<3>;
	type MaxSecondaryIds = ConstU32<2>;
	type MaxSecondaryIdLength = ConstU32<16>;
	type MaxOutcomes = ConstU32<3>;
	type MaxProtocolVersions = ConstU32<3>;
	type MaxReportedOutcomes = ConstU32<3>;
	type MaxPageSize = ConstU32<2>;
	type MaxEnrolmentAttempts = ConstU32<3>;
	type WeightInfo = ();
}

/// The time every test starts at, in ms since the Unix epoch: 2026-01-01T00:00:00Z.
pub const START: Moment = 1_767_225_600_000;

// The consortium: organisations and their members.
pub const SPONSOR: OrgId = 1;
pub const INSTITUTE: OrgId = 2;
pub const ETHICS: OrgId = 3;
pub const REGULATOR: OrgId = 4;
pub const HOSPITAL: OrgId = 5;
pub const OTHER_REGULATOR: OrgId = 6;
pub const OTHER_ETHICS: OrgId = 7;

/// An `Investigator` of the trial sponsor [`SPONSOR`].
pub const INVESTIGATOR: u64 = 10;
/// An `Admin` of [`SPONSOR`].
pub const SPONSOR_ADMIN: u64 = 11;
/// An `Auditor` of [`SPONSOR`]: neither investigator nor admin.
pub const SPONSOR_AUDITOR: u64 = 12;
/// An `Investigator` of the research institute [`INSTITUTE`] (another sponsor).
pub const INSTITUTE_INVESTIGATOR: u64 = 20;
/// An `Auditor` of the ethics committee [`ETHICS`]: the demo's reviewer.
pub const ETHICS_AUDITOR: u64 = 30;
/// An `Investigator` of [`ETHICS`]: not a reviewer.
pub const ETHICS_INVESTIGATOR: u64 = 31;
/// An `Auditor` of the regulator [`REGULATOR`].
pub const REGULATOR_AUDITOR: u64 = 40;
/// An `Auditor` of another regulator, [`OTHER_REGULATOR`].
pub const OTHER_REGULATOR_AUDITOR: u64 = 41;
/// An `Auditor` of another ethics committee, [`OTHER_ETHICS`].
pub const OTHER_ETHICS_AUDITOR: u64 = 32;
/// An `Investigator` of the hospital [`HOSPITAL`]: not a sponsor.
pub const HOSPITAL_INVESTIGATOR: u64 = 50;
/// An `Auditor` of [`HOSPITAL`]: neither ethics committee nor regulator.
pub const HOSPITAL_AUDITOR: u64 = 51;

// Patients: ordinary accounts, acting for no organisation.
pub const PATIENT: u64 = 100;
pub const PATIENT_2: u64 = 101;
pub const PATIENT_3: u64 = 102;

/// Sets up the consortium in the registry double and forgets every consent of the consent
/// double.
pub fn consortium() {
	MockRegistry::clear();
	MockConsent::clear();
	let members = [
		(INVESTIGATOR, SPONSOR, OrganizationKind::TrialSponsor, MemberRole::Investigator),
		(SPONSOR_ADMIN, SPONSOR, OrganizationKind::TrialSponsor, MemberRole::Admin),
		(SPONSOR_AUDITOR, SPONSOR, OrganizationKind::TrialSponsor, MemberRole::Auditor),
		(
			INSTITUTE_INVESTIGATOR,
			INSTITUTE,
			OrganizationKind::ResearchInstitute,
			MemberRole::Investigator,
		),
		(ETHICS_AUDITOR, ETHICS, OrganizationKind::EthicsCommittee, MemberRole::Auditor),
		(ETHICS_INVESTIGATOR, ETHICS, OrganizationKind::EthicsCommittee, MemberRole::Investigator),
		(REGULATOR_AUDITOR, REGULATOR, OrganizationKind::Regulator, MemberRole::Auditor),
		(
			OTHER_REGULATOR_AUDITOR,
			OTHER_REGULATOR,
			OrganizationKind::Regulator,
			MemberRole::Auditor,
		),
		(
			OTHER_ETHICS_AUDITOR,
			OTHER_ETHICS,
			OrganizationKind::EthicsCommittee,
			MemberRole::Auditor,
		),
		(HOSPITAL_INVESTIGATOR, HOSPITAL, OrganizationKind::Hospital, MemberRole::Investigator),
		(HOSPITAL_AUDITOR, HOSPITAL, OrganizationKind::Hospital, MemberRole::Auditor),
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
