//! The healthcare pallets: the consortium registry first; health-record anchors and patient
//! consent build on it, and so do medicine traceability and the clinical-trial registry,
//! whose enrolment asks consent for research consent.
//!
//! The pallets meet only through the traits in `healthchain-primitives`: the registry answers
//! "who acts for which organisation", consent answers "may this access happen".

use frame_support::{
	parameter_types,
	traits::{fungible::HoldConsideration, ConstU32, ConstU64, LinearStoragePrice},
};
use healthchain_primitives::Moment;

use super::governance::GovernanceOrigin;
use crate::{
	AccountId, Balance, Balances, Consent, Organizations, Runtime, RuntimeHoldReason, Timestamp,
	DAYS, HOURS, MILLI_UNIT,
};

parameter_types! {
	/// The onboarding deposit: a care organisation pays 100 mHCT per patient it onboards, back
	/// when the patient is off-boarded.
	pub const OnboardingBaseDeposit: Balance = 100 * MILLI_UNIT;
	pub const OnboardingByteDeposit: Balance = 0;
	pub const OnboardingHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Consent(pallet_consent::HoldReason::PatientOnboarding);
}

/// Sets the clock for the benchmarks of the pallets that need time to pass.
#[cfg(feature = "runtime-benchmarks")]
pub struct TimestampClock;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_consent::BenchmarkHelper for TimestampClock {
	fn set_time(now: Moment) {
		pallet_timestamp::Now::<Runtime>::put(now);
	}
}
#[cfg(feature = "runtime-benchmarks")]
impl pallet_drug_trace::BenchmarkHelper for TimestampClock {
	fn set_time(now: Moment) {
		pallet_timestamp::Now::<Runtime>::put(now);
	}
}

impl pallet_organizations::Config for Runtime {
	type GovernanceOrigin = GovernanceOrigin;
	/// A large hospital's staff accounts fit; a bigger organisation splits into units.
	type MaxMembersPerOrganization = ConstU32<10_000>;
	/// An invitation to join an organisation lapses after two weeks.
	type InvitationLifetime = ConstU32<{ 14 * DAYS }>;
	type MaxPageSize = ConstU32<100>;
	type WeightInfo = pallet_organizations::weights::SubstrateWeight<Runtime>;
}

/// A record version's locator or key reference: a URI or CID, never a document.
const MAX_LOCATOR_LENGTH: u32 = 256;

impl pallet_ehr_anchor::Config for Runtime {
	type Registry = Organizations;
	type Consent = Consent;
	type Time = Timestamp;
	type MaxLocatorLength = ConstU32<MAX_LOCATOR_LENGTH>;
	/// Corrections of one document; a longer story is a new document.
	type MaxVersions = ConstU32<32>;
	/// A lifetime of patient-generated records for one patient account (a patient may use
	/// several accounts); the patient's side pays the fees.
	type MaxPatientGeneratedRecords = ConstU32<10_000>;
	/// A lifetime of one organisation's records for one patient account; every organisation
	/// has its own quota, so none can fill another's.
	type MaxRecordsPerOrganization = ConstU32<100_000>;
	/// 2^32 documents in one bulk import.
	type MaxProofDepth = ConstU32<32>;
	type MaxPageSize = ConstU32<100>;
	type WeightInfo = pallet_ehr_anchor::weights::SubstrateWeight<Runtime>;
}

/// One hour, in the milliseconds consent periods are measured in.
const HOUR_MS: Moment = 60 * 60 * 1000;

impl pallet_consent::Config for Runtime {
	type Registry = Organizations;
	type Time = Timestamp;
	/// A check reads and walks a patient's live grants to the accessor and to its
	/// organisation, so this bounds its cost and its proof (each list ≤ 8 × 134 bytes). Eight
	/// live grants to one grantee leave room for care, research and payment purposes at once.
	type MaxGrantsPerGrantee = ConstU32<8>;
	type MaxCategoriesPerGrant = ConstU32<12>;
	type MaxDelegates = ConstU32<4>;
	/// The newest reads of a patient's records kept on chain; older ones live in the events,
	/// accountable through the log's hash chain. The log never fills.
	type MaxAccessLogEntries = ConstU32<10_000>;
	/// One reader's logged reads of one patient's records per hour: a clinician's busy shift
	/// fits; a reader flooding the log does not.
	type MaxReadsPerPeriod = ConstU32<120>;
	type ReadRatePeriod = ConstU32<HOURS>;
	/// Open emergency accesses at once: one practitioner's, and one organisation's.
	type MaxOpenCasesPerPractitioner = ConstU32<8>;
	type MaxOpenCasesPerOrganization = ConstU32<256>;
	/// Ended grants stay in state 90 days; their events stay in the chain's history.
	type GrantRetention = ConstU64<{ 90 * 24 * HOUR_MS }>;
	/// An onboarded patient grants free of fees while it keeps fewer grants than this in
	/// storage; pruning its own ended grants is free and makes room again.
	type MaxFeelessStoredGrants = ConstU32<256>;
	type OnboardingDeposit = HoldConsideration<
		AccountId,
		Balances,
		OnboardingHoldReason,
		LinearStoragePrice<OnboardingBaseDeposit, OnboardingByteDeposit, Balance>,
	>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TimestampClock;
	/// Emergency access lasts one shift.
	type BreakGlassDuration = ConstU64<{ 8 * HOUR_MS }>;
	/// A regulator's auditor reviews an emergency access within a week.
	type BreakGlassReviewPeriod = ConstU64<{ 7 * 24 * HOUR_MS }>;
	/// An onboarded patient's free consent calls per day; more cost the usual fees.
	type FeelessCallsPerPeriod = ConstU32<20>;
	type FeelessPeriod = ConstU32<DAYS>;
	type MaxPageSize = ConstU32<100>;
	type WeightInfo = pallet_consent::weights::SubstrateWeight<Runtime>;
}

impl pallet_drug_trace::Config for Runtime {
	type Registry = Organizations;
	type Time = Timestamp;
	/// GS1 Application Identifiers 10 (batch/lot) and 21 (serial) hold up to 20 characters.
	type MaxLotLength = ConstU32<20>;
	type MaxSerialLength = ConstU32<20>;
	/// 2^24 (about 16.8 million) serials in one batch.
	type MaxProofDepth = ConstU32<24>;
	/// Partners holding stock of one batch at once; a recall notifies each in one call.
	type MaxHoldersPerBatch = ConstU32<256>;
	type MaxPageSize = ConstU32<100>;
	/// Closes any open recall, as well as the body that opened it.
	type GovernanceOrigin = GovernanceOrigin;
	/// A reporter whose suspect report was resolved waits a week, with new evidence, before
	/// reporting the same batch again.
	type SuspectReportCooldown = ConstU64<{ 7 * 24 * HOUR_MS }>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TimestampClock;
	type WeightInfo = pallet_drug_trace::weights::SubstrateWeight<Runtime>;
}

impl pallet_clinical_trial::Config for Runtime {
	type Registry = Organizations;
	type Consent = Consent;
	type Time = Timestamp;
	/// WHO TRDS public and scientific titles fit in 300 characters of UTF-8.
	type MaxTitleLength = ConstU32<600>;
	type MaxConditions = ConstU32<16>;
	/// ICD-10 ("C50.9"), ICD-11 ("2C6Z") or MeSH ("D001943") codes.
	type MaxConditionCodeLength = ConstU32<16>;
	type MaxCountries = ConstU32<64>;
	type MaxSecondaryIds = ConstU32<8>;
	/// "NCT01234567", "2023-501234-12-00" (EU CT) and the like.
	type MaxSecondaryIdLength = ConstU32<32>;
	type MaxOutcomes = ConstU32<32>;
	/// Amendments over a trial's life; a trial amended more often is a new trial.
	type MaxProtocolVersions = ConstU32<64>;
	type MaxReportedOutcomes = ConstU32<64>;
	type MaxPageSize = ConstU32<100>;
	/// Lifts any trial's suspension, as well as the body that suspended it.
	type GovernanceOrigin = GovernanceOrigin;
	/// Requests to enrol in one trial per account, withdrawals and screenings included.
	type MaxEnrolmentAttempts = ConstU32<3>;
	type WeightInfo = pallet_clinical_trial::weights::SubstrateWeight<Runtime>;
}
