//! A deterministic call-sequence fuzzer of the runtime (issue 17, item 1).
//!
//! # What it does
//!
//! A run starts from the `development` genesis (the demo consortium of
//! `runtime/src/demo_consortium.rs`, the development keys endowed) and applies blocks of
//! random calls to the native runtime: the signed calls of every healthcare pallet, the
//! governance calls around them (as root, which `GovernanceOrigin` accepts as it accepts two
//! thirds of the council) and balance transfers. Callers come from a pool of every demo
//! consortium account, development keys (the patients and their delegates) and strangers that
//! belong to nothing and hold nothing. Most arguments are plausible, drawn from what exists:
//! organisations and their members, records, grants, break-glass cases, products, batches
//! with their serials and inclusion proofs, shipments, trials, hashes used before; the rest are
//! garbage. Some blocks move the clock on by an hour up to 91 days, so that grants expire,
//! shifts end, reviews fall due, invitations lapse and ended grants may be pruned.
//!
//! Each block runs like a real one, minus its inherents: `frame_system` initialises it, every
//! pallet's `on_initialize` runs, then the calls, then `on_finalize` of every pallet but the
//! parachain system's and the timestamp's (both insist on the inherents a fuzzer of signed
//! calls does not forge), then `frame_system` finalises it.
//!
//! # What it checks
//!
//! After every call:
//! - nothing panicked (a panic anywhere fails the run, with the seed and the call);
//! - a call that failed left the storage root as it was and deposited no event (so none of
//!   its pallet's);
//! - a read it logged (`AccessRecorded`) is of a live record of that patient and category,
//!   and the grant or break-glass case the entry names permits it at that moment;
//! - an enrolment it requested, confirmed or re-consented rests on a research consent valid
//!   at that moment for that participant, trial, protocol version and sponsor.
//!
//! After every block:
//! - each healthcare pallet's `do_try_state` (what its `try_state` hook checks under
//!   `try-runtime`): the registry's indexes and counts (organizations); record chains, hash
//!   indexes and "a patient's record count equals its index" (ehr-anchor); live grant lists,
//!   delegations, cases and the access log's ring (consent); quantity conservation per batch
//!   and custody (drug-trace); trial lifecycle, protocol history and enrolment counts
//!   (clinical-trial);
//! - across pallets, here: drug stock conserved per batch, recomputed independently, and
//!   every dispensed serial one its batch was committed to; every patient's record count equal
//!   to its index and to its records; every access-log entry naming a record of that patient
//!   and category, and a grant or break-glass case that permitted the read at the entry's
//!   time; every pending or enrolled participant's research consent valid, when it was last
//!   given, for the protocol version the participant is enrolled under; every organisation
//!   another pallet names existing and of the kind that pallet requires; total issuance equal
//!   to the sum of all balances.
//!
//! # The generator
//!
//! [`arbitrary`]'s [`Unstructured`] turns bytes into choices. It is small, `no_std`-friendly
//! and well kept (rust-fuzz), and it is what `cargo fuzz` feeds a fuzz target, so the same
//! generator could later run under a coverage-guided fuzzer. Here its bytes are expanded from
//! a `u64` seed (BLAKE2-256 of the seed, the block and the call's index), so every call of a
//! run follows from the seed alone: a failure prints its seed, block and call, and replays from
//! them. The arguments are built by hand rather than by `Arbitrary` impls on the runtime's
//! types, because plausible arguments need the chain's state: who is an admin of which
//! organisation, which shipment is in transit to whom, which serials a batch is committed to.
//!
//! # Running it
//!
//! - `cargo test` (and so `scripts/test.sh`) runs the fixed seeds, a short run.
//!   `HEALTHCHAIN_FUZZ_SEEDS=1,2,3`, `HEALTHCHAIN_FUZZ_BLOCKS` and
//!   `HEALTHCHAIN_FUZZ_CALLS_PER_BLOCK` change the seeds and their length.
//! - `scripts/fuzz.sh --minutes N` runs fresh seeds for N minutes, printing calls per second
//!   as it goes and, at the end, how often each call was tried and succeeded;
//!   `scripts/fuzz.sh --seed S` replays one seed.

// Test arithmetic on small, known values (ids, counts, milliseconds since genesis): an
// overflow would fail the run loudly.
#![allow(clippy::arithmetic_side_effects)]

mod common;

use std::{
	collections::{BTreeMap, BTreeSet},
	panic::{self, AssertUnwindSafe},
	time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

use arbitrary::{Arbitrary, Unstructured};
use codec::Encode;
use common::{preset_externalities, set_time, NOW};
use frame_support::{
	traits::{GetCallMetadata, OnFinalize, OnInitialize},
	BoundedVec,
};
use healthchain_primitives::{
	merkle, AccessBasis, AccessRequest, BreakGlassId, ConsentAction, ConsentId, MemberRole, Moment,
	OrgId, OrganizationKind, OrganizationStatus, PurposeOfUse, RecordCategory, RecordId, TrialId,
	TrialProtocol,
};
use healthchain_runtime::{
	demo_consortium::demo_accounts, AccountId, AllPalletsWithSystem, Balance, BlockNumber, Hash,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System, UNIT,
};
use pallet_clinical_trial::{
	Call as TrialCall, EnrolmentStatus, Enrolments, OutcomeCommitment, OutcomeKind, Phase,
	Registration, ReportedOutcome, ScreeningReason, Severity, StudyType, Trial, TrialStatus,
	Trials,
};
use pallet_consent::{
	AccessLogEntryOf, BreakGlassCases, Call as ConsentCall, CategoryScope, CategoryScopeOf,
	ConsentActions, ConsentGrantOf, ConsentTerms, ConsentTermsOf, DelegateKind, EmergencyReason,
	Grantee, Grants, LiveOrganizationGrants, OpenBreakGlass,
};
use pallet_drug_trace::{
	serial_hash, BatchId, Batches, Call as DrugCall, Disposition, Gtin, Holding, Holdings,
	RecallClass, RecallOpener, RefusalReason, ShipmentId, ShipmentStatus, Shipments, StockRef,
	WriteOffReason,
};
use pallet_ehr_anchor::{
	Call as RecordCall, EnteredInErrorReason, HashAlgorithm, Locator, RecordAnchorOf, RecordStatus,
	Records, CARE_ORGANIZATIONS, CLINICAL_ROLES,
};
use pallet_organizations::{Call as RegistryCall, Members, OrganizationMembers, OrganizationOf};
use sp_core::H256;
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_io::hashing::blake2_256;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::Dispatchable, StateVersion};

/// The seeds `cargo test` runs: fixed, so that the short run is the same every time.
const FIXED_SEEDS: &[u64] = &[1, 2, 3, 5, 8, 13, 21, 34];

/// Blocks per seed, unless `HEALTHCHAIN_FUZZ_BLOCKS` says otherwise.
const DEFAULT_BLOCKS: u32 = 30;

/// Calls per block, unless `HEALTHCHAIN_FUZZ_CALLS_PER_BLOCK` says otherwise.
const DEFAULT_CALLS_PER_BLOCK: u32 = 20;

/// How long `fuzz_for_minutes` runs when `HEALTHCHAIN_FUZZ_MINUTES` is not set.
const DEFAULT_MINUTES: u64 = 30;

/// BLAKE2-256 outputs behind one call's choices: 512 bytes, more than any call draws.
const CHUNKS_PER_CALL: u32 = 16;

/// The call index whose bytes make a block's own choices (how far its clock moves).
const BLOCK_STREAM: u32 = u32::MAX;

/// How many hashes of successful calls the world keeps for reuse (duplicates on purpose).
const REMEMBERED_HASHES: usize = 64;

/// A second, an hour and a day, in the milliseconds the chain's clock counts.
const SECOND_MS: Moment = 1_000;
const HOUR_MS: Moment = 3_600 * SECOND_MS;
const DAY_MS: Moment = 24 * HOUR_MS;

/// One block's time: the runtime's slot.
const BLOCK_MS: Moment = healthchain_runtime::MILLI_SECS_PER_BLOCK;

/// The clock jumps a block may make instead of one slot: an hour; past a break-glass shift
/// (8 h); a day; past a break-glass review period (7 days); past an invitation's lifetime
/// (14 days); past the retention of ended grants (90 days).
const WARPS_MS: &[Moment] = &[HOUR_MS, 9 * HOUR_MS, DAY_MS, 8 * DAY_MS, 15 * DAY_MS, 91 * DAY_MS];

/// The healthcare pallets, as the runtime names them: the coverage report lists their calls
/// that never succeeded.
const HEALTHCARE_PALLETS: &[&str] =
	&["Organizations", "EhrAnchor", "Consent", "DrugTrace", "ClinicalTrial"];

/// The organisations that provide emergency care (consent's break-glass rule).
const EMERGENCY_PROVIDERS: &[OrganizationKind] =
	&[OrganizationKind::Hospital, OrganizationKind::Clinic];

/// Condition codes a plausible trial studies (ICD-10, ICD-11, MeSH).
const CONDITION_CODES: &[&[u8]] = &[b"C50.9", b"E11.9", b"I10", b"J45.909", b"2C6Z", b"D001943"];

/// Countries a plausible trial recruits in.
const COUNTRIES: &[[u8; 2]] = &[*b"DE", *b"FR", *b"NL", *b"US", *b"JP", *b"BR"];

/// Every member role.
const ROLES: [MemberRole; 7] = [
	MemberRole::Admin,
	MemberRole::Practitioner,
	MemberRole::Pharmacist,
	MemberRole::Logistics,
	MemberRole::Investigator,
	MemberRole::Auditor,
	MemberRole::Device,
];

/// Every named record category (`Other(code)` is drawn apart).
const CATEGORIES: [RecordCategory; 11] = [
	RecordCategory::ClinicalNote,
	RecordCategory::DischargeSummary,
	RecordCategory::LaboratoryReport,
	RecordCategory::ImagingReport,
	RecordCategory::Prescription,
	RecordCategory::Immunization,
	RecordCategory::AllergyIntolerance,
	RecordCategory::ProcedureNote,
	RecordCategory::Referral,
	RecordCategory::CarePlan,
	RecordCategory::PatientGenerated,
];

/// The pallets whose `on_finalize` closes each block: all but the parachain system's and the
/// timestamp's, which insist on the block's inherents (the relay chain's validation data, the
/// timestamp) that this fuzzer does not forge. It sets the clock through storage instead.
type FinalizedPallets = (
	healthchain_runtime::System,
	healthchain_runtime::ParachainInfo,
	healthchain_runtime::WeightReclaim,
	healthchain_runtime::Balances,
	healthchain_runtime::TransactionPayment,
	healthchain_runtime::SkipFeelessPayment,
	healthchain_runtime::Sudo,
	healthchain_runtime::Council,
	healthchain_runtime::CouncilMembership,
	healthchain_runtime::Preimage,
	healthchain_runtime::Whitelist,
	healthchain_runtime::Authorship,
	healthchain_runtime::CollatorSelection,
	healthchain_runtime::Session,
	healthchain_runtime::Aura,
	healthchain_runtime::AuraExt,
	healthchain_runtime::XcmpQueue,
	healthchain_runtime::PolkadotXcm,
	healthchain_runtime::CumulusXcm,
	healthchain_runtime::MessageQueue,
	healthchain_runtime::Utility,
	healthchain_runtime::Organizations,
	healthchain_runtime::EhrAnchor,
	healthchain_runtime::Consent,
	healthchain_runtime::DrugTrace,
	healthchain_runtime::ClinicalTrial,
);

/// The fixed seeds (or those of `HEALTHCHAIN_FUZZ_SEEDS`): the short deterministic run.
#[test]
fn fuzz_fixed_seeds() {
	let settings = Settings::from_env();
	let seeds = seeds_from_env().unwrap_or_else(|| FIXED_SEEDS.to_vec());
	let started = Instant::now();
	let mut coverage = Coverage::default();
	for seed in seeds {
		run_seed_or_report(seed, settings, &mut coverage);
	}
	coverage.print(started.elapsed());
	assert!(coverage.succeeded() > 0, "no call succeeded: the generator builds nothing plausible");
}

/// Fresh seeds, one after another, for `HEALTHCHAIN_FUZZ_MINUTES` minutes (30 by default):
/// `scripts/fuzz.sh --minutes N`.
#[test]
#[ignore = "a long run: scripts/fuzz.sh --minutes N"]
fn fuzz_for_minutes() {
	let settings = Settings::from_env();
	let minutes: u64 = env_number("HEALTHCHAIN_FUZZ_MINUTES").unwrap_or(DEFAULT_MINUTES);
	let budget = Duration::from_secs(minutes * 60);
	// Seeds differ from run to run; each is printed if it fails, and replays on its own.
	let origin = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |since| since.as_nanos());
	println!("fuzzing for {minutes} min, {settings:?} per seed");
	let started = Instant::now();
	let mut reported = started;
	let mut coverage = Coverage::default();
	let mut seeds: u64 = 0;
	while started.elapsed() < budget {
		run_seed_or_report(derived_seed(origin, seeds), settings, &mut coverage);
		seeds += 1;
		if reported.elapsed() >= Duration::from_secs(30) {
			coverage.progress(seeds, started.elapsed());
			reported = Instant::now();
		}
	}
	coverage.progress(seeds, started.elapsed());
	coverage.print(started.elapsed());
}

/// The harness the first storage migration will need (issue 17, item 4): a chain holding data
/// of every healthcare pallet (built by a fuzzer run) goes through a real runtime upgrade, the
/// way `frame_executive` runs one: the chain's last upgrade is set to the previous
/// `spec_version`, so the next block's `initialize_block` sees a new runtime and runs every
/// pallet's `on_runtime_upgrade` and the runtime's `Migrations`. Afterwards every pallet's
/// storage version is its code's, every invariant of the fuzzer holds, and no healthcare
/// pallet's storage changed: today there is no migration. A migration that changes storage
/// must say here what it changes (and its `pre_upgrade`/`post_upgrade` run under
/// `try-runtime`).
#[test]
fn a_runtime_upgrade_keeps_every_pallets_state() {
	use frame_support::traits::{GetStorageVersion, PalletInfoAccess};
	use healthchain_runtime::{
		ClinicalTrial, Consent, DrugTrace, EhrAnchor, Executive, Organizations, VERSION,
	};
	use sp_runtime::traits::Header as _;

	let settings = Settings { blocks: 12, calls_per_block: 40 };
	let mut coverage = Coverage::default();
	let mut position = Position::default();
	let (mut ext, world) = run_blocks(UPGRADE_SEED, settings, &mut coverage, &mut position);
	ext.execute_with(|| {
		let pallets = [
			(
				Organizations::name(),
				Organizations::on_chain_storage_version(),
				Organizations::in_code_storage_version(),
			),
			(
				EhrAnchor::name(),
				EhrAnchor::on_chain_storage_version(),
				EhrAnchor::in_code_storage_version(),
			),
			(
				Consent::name(),
				Consent::on_chain_storage_version(),
				Consent::in_code_storage_version(),
			),
			(
				DrugTrace::name(),
				DrugTrace::on_chain_storage_version(),
				DrugTrace::in_code_storage_version(),
			),
			(
				ClinicalTrial::name(),
				ClinicalTrial::on_chain_storage_version(),
				ClinicalTrial::in_code_storage_version(),
			),
		];
		let before: Vec<_> = pallets.iter().map(|(name, ..)| pallet_storage(name)).collect();
		for ((name, ..), storage) in pallets.iter().zip(&before) {
			// Data of every pallet, beyond its storage version and genesis.
			assert!(storage.len() > 3, "the fuzzer run left {name} with {} keys", storage.len());
		}

		// The chain last upgraded to the previous spec_version: the next block is the first of a
		// new runtime.
		let previous = VERSION.spec_version.checked_sub(1).expect("spec_version is above 0");
		frame_system::LastRuntimeUpgrade::<Runtime>::put(frame_system::LastRuntimeUpgradeInfo {
			spec_version: codec::Compact(previous),
			spec_name: VERSION.spec_name.clone(),
		});
		let number = System::block_number() + 1;
		let header = <healthchain_runtime::Block as sp_runtime::traits::Block>::Header::new(
			number,
			Default::default(),
			Default::default(),
			System::parent_hash(),
			Default::default(),
		);
		Executive::initialize_block(&header);
		let upgraded = frame_system::LastRuntimeUpgrade::<Runtime>::get().expect("recorded");
		assert_eq!(upgraded.spec_version.0, VERSION.spec_version, "the upgrade did not run");

		for ((name, on_chain, in_code), storage) in pallets.iter().zip(&before) {
			assert_eq!(on_chain, in_code, "{name}: storage version on chain is not the code's");
			assert!(*storage == pallet_storage(name), "{name}: the upgrade changed its storage");
		}
		check(check_block_invariants(&world), "after the runtime upgrade");
	});
}

/// The seed of the chain [`a_runtime_upgrade_keeps_every_pallets_state`] upgrades.
const UPGRADE_SEED: u64 = 17;

/// Every key and value under pallet `name`'s storage prefix.
fn pallet_storage(name: &str) -> BTreeMap<Vec<u8>, Vec<u8>> {
	let prefix = sp_io::hashing::twox_128(name.as_bytes()).to_vec();
	let mut entries = BTreeMap::new();
	let mut key = prefix.clone();
	while let Some(next) = sp_io::storage::next_key(&key) {
		if !next.starts_with(&prefix) {
			break;
		}
		let value = sp_io::storage::get(&next).map(|value| value.to_vec()).unwrap_or_default();
		entries.insert(next.clone(), value);
		key = next;
	}
	entries
}

/// How long each seed runs.
#[derive(Clone, Copy, Debug)]
struct Settings {
	/// Blocks applied after genesis.
	blocks: u32,
	/// Calls applied in each block.
	calls_per_block: u32,
}

impl Settings {
	/// The defaults, or what `HEALTHCHAIN_FUZZ_BLOCKS` and `HEALTHCHAIN_FUZZ_CALLS_PER_BLOCK`
	/// say.
	fn from_env() -> Self {
		Self {
			blocks: env_number("HEALTHCHAIN_FUZZ_BLOCKS").unwrap_or(DEFAULT_BLOCKS),
			calls_per_block: env_number("HEALTHCHAIN_FUZZ_CALLS_PER_BLOCK")
				.unwrap_or(DEFAULT_CALLS_PER_BLOCK),
		}
	}
}

/// The number in environment variable `name`, if it is set.
fn env_number<T: std::str::FromStr>(name: &str) -> Option<T> {
	let value = std::env::var(name).ok()?;
	Some(value.trim().parse().unwrap_or_else(|_| panic!("{name}={value:?} is not a number")))
}

/// The seeds listed in `HEALTHCHAIN_FUZZ_SEEDS` (comma-separated), if it is set.
fn seeds_from_env() -> Option<Vec<u64>> {
	let value = std::env::var("HEALTHCHAIN_FUZZ_SEEDS").ok()?;
	let seeds = value
		.split(',')
		.map(str::trim)
		.filter(|seed| !seed.is_empty())
		.map(|seed| {
			seed.parse().unwrap_or_else(|_| panic!("HEALTHCHAIN_FUZZ_SEEDS: {seed:?} is not a u64"))
		})
		.collect();
	Some(seeds)
}

/// The `index`th seed of a long run that started at `origin` (nanoseconds since the epoch).
fn derived_seed(origin: u128, index: u64) -> u64 {
	let hash = blake2_256(&(origin, index).encode());
	let mut bytes = [0u8; 8];
	bytes.copy_from_slice(&hash[..8]);
	u64::from_le_bytes(bytes)
}

/// The bytes behind one call's choices (a block's own, for [`BLOCK_STREAM`]): BLAKE2-256 of
/// (seed, block, call, chunk), chunk after chunk. Nothing else feeds the generator, so a run
/// replays from its seed.
fn entropy(seed: u64, block: u32, call: u32) -> Vec<u8> {
	(0..CHUNKS_PER_CALL)
		.flat_map(|chunk| blake2_256(&(seed, block, call, chunk).encode()))
		.collect()
}

/// Runs `seed`. On any failure (an invariant broken, a panic anywhere) prints the seed, the
/// block and call it happened at and how to replay it, then fails the test.
fn run_seed_or_report(seed: u64, settings: Settings, coverage: &mut Coverage) {
	let mut position = Position::default();
	let outcome =
		panic::catch_unwind(AssertUnwindSafe(|| run_seed(seed, settings, coverage, &mut position)));
	if let Err(cause) = outcome {
		position.report(seed, settings);
		panic::resume_unwind(cause);
	}
}

/// Applies `settings.blocks` blocks of random calls to the development genesis, checking the
/// invariants after every call and every block.
fn run_seed(seed: u64, settings: Settings, coverage: &mut Coverage, position: &mut Position) {
	run_blocks(seed, settings, coverage, position);
}

/// What [`run_seed`] does; returns the chain it built and what the run learnt about it.
fn run_blocks(
	seed: u64,
	settings: Settings,
	coverage: &mut Coverage,
	position: &mut Position,
) -> (sp_io::TestExternalities, World) {
	let mut ext = preset_externalities(DEV_RUNTIME_PRESET);
	let chain = ext.execute_with(|| {
		set_time(NOW);
		Chain { number: System::block_number(), elapsed_ms: 0, parent_hash: Hash::zero() }
	});
	let mut run = Run { seed, settings, chain, world: World::genesis(), coverage, position };
	ext.execute_with(|| check(check_block_invariants(&run.world), "at genesis"));
	commit(&mut ext);
	for block in 0..settings.blocks {
		ext.execute_with(|| run.apply_block(block));
		// Each block's changes go to the backend, so that the storage roots taken around every
		// call cover one block's changes, not the whole run's.
		commit(&mut ext);
	}
	let world = run.world;
	(ext, world)
}

/// Moves the externalities' pending changes into their backend.
fn commit(ext: &mut sp_io::TestExternalities) {
	ext.commit_all().expect("a block's changes commit to the test backend");
}

/// Fails the run if `result` is a broken invariant.
fn check(result: Result<(), String>, when: &str) {
	if let Err(broken) = result {
		panic!("invariant broken {when}: {broken}");
	}
}

/// Where the chain stands between blocks.
struct Chain {
	/// The last block's number.
	number: BlockNumber,
	/// Milliseconds since [`NOW`], the clock at genesis.
	elapsed_ms: Moment,
	/// The last block's header hash.
	parent_hash: Hash,
}

/// One seed's run.
struct Run<'a> {
	seed: u64,
	settings: Settings,
	chain: Chain,
	world: World,
	coverage: &'a mut Coverage,
	position: &'a mut Position,
}

impl Run<'_> {
	/// Applies block `block` (counted from genesis) and checks the invariants after it.
	fn apply_block(&mut self, block: u32) {
		self.position.block = Some(block);
		self.position.call = None;
		let bytes = entropy(self.seed, block, BLOCK_STREAM);
		let step_ms = block_step(&mut Unstructured::new(&bytes));
		self.chain.elapsed_ms += step_ms;
		let skipped = BlockNumber::try_from(step_ms / BLOCK_MS).unwrap_or(1).max(1);
		let number = self.chain.number + skipped;
		// `initialize` wants the next number: after a jump, the blocks in between are skipped.
		System::set_block_number(number - 1);
		System::reset_events();
		System::initialize(&number, &self.chain.parent_hash, &Default::default());
		set_time(NOW + self.chain.elapsed_ms);
		let _ = <AllPalletsWithSystem as OnInitialize<BlockNumber>>::on_initialize(number);

		for call in 0..self.settings.calls_per_block {
			self.apply_call(block, call);
		}

		self.position.call = None;
		<FinalizedPallets as OnFinalize<BlockNumber>>::on_finalize(number);
		self.chain.parent_hash = System::finalize().hash();
		self.chain.number = number;
		check(check_block_invariants(&self.world), "after the block");
	}

	/// Draws call `call` of block `block`, dispatches it and checks what it did.
	fn apply_call(&mut self, block: u32, call: u32) {
		self.position.call = Some(call);
		let bytes = entropy(self.seed, block, call);
		let now = pallet_timestamp::Now::<Runtime>::get();
		let tag = (u64::from(block) << 32) | u64::from(call);
		let action = Gen::new(&bytes, &self.world, now, tag).action();
		self.position.last = Some((action.caller.clone(), action.call.clone()));

		let root_before = sp_io::storage::root(StateVersion::V1);
		let events_before = System::event_count();
		let result = action.call.clone().dispatch(action.caller.origin());
		self.coverage.record(&action.call, result.is_ok());
		let events = events_since(events_before);
		match result {
			Ok(_) => {
				check(check_call_effects(&events), "by a successful call");
				self.world.learn(&action, &events);
			}
			Err(failure) => {
				assert!(
					events.is_empty(),
					"the call failed ({:?}) yet deposited events: {events:?}",
					failure.error
				);
				assert!(
					sp_io::storage::root(StateVersion::V1) == root_before,
					"the call failed ({:?}) yet changed storage",
					failure.error
				);
			}
		}
	}
}

/// How far a block moves the clock: one slot, or now and then a jump of [`WARPS_MS`].
fn block_step(choices: &mut Unstructured<'_>) -> Moment {
	let roll: u8 = choices.arbitrary().unwrap_or_default();
	if roll < 20 {
		let index = choices.choose_index(WARPS_MS.len()).unwrap_or(0);
		WARPS_MS.get(index).copied().unwrap_or(BLOCK_MS)
	} else {
		BLOCK_MS
	}
}

/// The events deposited in this block after the first `count`.
fn events_since(count: u32) -> Vec<RuntimeEvent> {
	let skip = usize::try_from(count).unwrap_or(usize::MAX);
	System::events().into_iter().skip(skip).map(|record| record.event).collect()
}

/// Where a run is, for the failure report.
#[derive(Default)]
struct Position {
	/// The block being applied (counted from genesis), if any.
	block: Option<u32>,
	/// The call being applied in it, if any.
	call: Option<u32>,
	/// The last call drawn, and its caller.
	last: Option<(Caller, RuntimeCall)>,
}

impl Position {
	/// Prints where seed `seed` failed and how to replay it.
	fn report(&self, seed: u64, settings: Settings) {
		let place = match (self.block, self.call) {
			(None, _) => "at genesis".to_string(),
			(Some(block), None) => format!("in block {block}'s hooks or the invariants after it"),
			(Some(block), Some(call)) => format!("in block {block}, call {call}"),
		};
		eprintln!("\nFUZZ FAILURE: seed {seed}, {place}");
		if let Some((caller, call)) = &self.last {
			eprintln!("last call: {call:?}\n  made by: {caller:?}");
		}
		let blocks = self.block.map_or(1, |block| block + 1);
		let calls = settings.calls_per_block;
		eprintln!(
			"replay:   scripts/fuzz.sh --seed {seed} --blocks {blocks} --calls-per-block {calls}"
		);
		eprintln!(
			"      or: HEALTHCHAIN_FUZZ_SEEDS={seed} HEALTHCHAIN_FUZZ_BLOCKS={blocks} \
			 HEALTHCHAIN_FUZZ_CALLS_PER_BLOCK={calls} cargo test --locked --workspace \
			 --profile dev --test fuzz -- --exact fuzz_fixed_seeds --nocapture\n"
		);
	}
}

/// How often each call was tried and how often it succeeded.
#[derive(Default)]
struct Coverage {
	/// (pallet, call) → (tried, succeeded).
	calls: BTreeMap<(&'static str, &'static str), (u64, u64)>,
}

impl Coverage {
	/// Counts one dispatch of `call`.
	fn record(&mut self, call: &RuntimeCall, succeeded: bool) {
		let metadata = call.get_call_metadata();
		let counts = self.calls.entry((metadata.pallet_name, metadata.function_name)).or_default();
		counts.0 += 1;
		if succeeded {
			counts.1 += 1;
		}
	}

	/// Calls dispatched.
	fn tried(&self) -> u64 {
		self.calls.values().map(|(tried, _)| tried).sum()
	}

	/// Calls that succeeded.
	fn succeeded(&self) -> u64 {
		self.calls.values().map(|(_, succeeded)| succeeded).sum()
	}

	/// One line: seeds, calls and calls per second so far.
	fn progress(&self, seeds: u64, elapsed: Duration) {
		println!(
			"[{:>6.0} s] {seeds} seeds, {} calls ({} succeeded), {:.0} calls/s",
			elapsed.as_secs_f64(),
			self.tried(),
			self.succeeded(),
			self.tried() as f64 / elapsed.as_secs_f64().max(0.001),
		);
	}

	/// The table: each call, how often tried and how often it succeeded; then the totals,
	/// calls per second, and the healthcare calls that never succeeded.
	fn print(&self, elapsed: Duration) {
		println!("\n{:<44} {:>9} {:>9}", "call", "tried", "succeeded");
		for ((pallet, function), (tried, succeeded)) in &self.calls {
			println!("{:<44} {tried:>9} {succeeded:>9}", format!("{pallet}.{function}"));
		}
		println!(
			"{} calls, {} succeeded, in {:.1} s: {:.0} calls/s",
			self.tried(),
			self.succeeded(),
			elapsed.as_secs_f64(),
			self.tried() as f64 / elapsed.as_secs_f64().max(0.001),
		);
		let never: Vec<String> = HEALTHCARE_PALLETS
			.iter()
			.flat_map(|pallet| {
				<RuntimeCall as GetCallMetadata>::get_call_names(pallet)
					.iter()
					.filter(move |function| {
						self.calls
							.get(&(*pallet, **function))
							.is_none_or(|(_, succeeded)| *succeeded == 0)
					})
					.map(move |function| format!("{pallet}.{function}"))
			})
			.collect();
		if !never.is_empty() {
			println!("never succeeded: {}", never.join(", "));
		}
	}
}

/// Who signs a call.
#[derive(Clone, Debug)]
enum Caller {
	/// An account.
	Signed(AccountId),
	/// Root: governance (`GovernanceOrigin` accepts root or two thirds of the council).
	Root,
}

impl Caller {
	/// The call's origin.
	fn origin(&self) -> RuntimeOrigin {
		match self {
			Self::Signed(who) => RuntimeOrigin::signed(who.clone()),
			Self::Root => RuntimeOrigin::root(),
		}
	}
}

/// The serial numbers a batch is committed to.
type Serials = Vec<Vec<u8>>;

/// A drawn call, with what the world learns if it succeeds.
struct Action {
	caller: Caller,
	call: RuntimeCall,
	/// The hashes its arguments use, kept for reuse.
	hashes: Vec<H256>,
	/// For `commission_batch`: the serials the batch is committed to.
	serials: Option<Serials>,
	/// For `prune_grants`: the grants it removes.
	pruned: Vec<ConsentId>,
}

/// What the fuzzer knows exists, from genesis and from the events of successful calls: where
/// plausible arguments come from. (Who belongs to which organisation, what is in transit,
/// which trial recruits, is read from the chain as each call is drawn.)
#[derive(Default)]
struct World {
	/// Every account that signs calls.
	accounts: Vec<AccountId>,
	/// The patients (and their delegates): development keys and strangers.
	patients: Vec<AccountId>,
	/// Record versions anchored.
	records: Vec<RecordId>,
	/// Consent grants made.
	consents: Vec<ConsentId>,
	/// Grants pruned from storage: an access log or enrolment may still name them.
	pruned: BTreeSet<ConsentId>,
	/// Break-glass cases opened.
	cases: Vec<BreakGlassId>,
	/// Products registered.
	products: Vec<Gtin>,
	/// Batches commissioned, with the serials they are committed to when the fuzzer knows them.
	batches: Vec<(BatchId, Option<Serials>)>,
	/// Lots of commissioned batches.
	lots: Vec<Vec<u8>>,
	/// Shipments made.
	shipments: Vec<ShipmentId>,
	/// Trials registered.
	trials: Vec<TrialId>,
	/// The latest hashes successful calls used.
	hashes: Vec<H256>,
}

/// A stranger: an account that belongs to no organisation and holds nothing.
fn stranger(n: u8) -> AccountId {
	AccountId::new([0xA0 + n; 32])
}

impl World {
	/// The accounts of the development genesis, and two strangers.
	fn genesis() -> Self {
		let keys = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
			Sr25519Keyring::Eve,
			Sr25519Keyring::Ferdie,
		];
		let patients: Vec<AccountId> =
			keys.iter().map(|key| key.to_account_id()).chain((0..2).map(stranger)).collect();
		let accounts =
			demo_accounts().map(|demo| demo.account()).chain(patients.iter().cloned()).collect();
		Self { accounts, patients, ..Default::default() }
	}

	/// Learns what the successful `action` created, from its `events`.
	fn learn(&mut self, action: &Action, events: &[RuntimeEvent]) {
		for hash in &action.hashes {
			if !self.hashes.contains(hash) {
				self.hashes.push(*hash);
			}
		}
		let excess = self.hashes.len().saturating_sub(REMEMBERED_HASHES);
		if excess > 0 {
			self.hashes = self.hashes.split_off(excess);
		}
		self.pruned.extend(action.pruned.iter().copied());
		for event in events {
			match event {
				RuntimeEvent::EhrAnchor(
					pallet_ehr_anchor::Event::RecordAnchored { record, .. }
					| pallet_ehr_anchor::Event::RecordAmended { record, .. },
				) => self.records.push(*record),
				RuntimeEvent::Consent(pallet_consent::Event::ConsentGranted {
					consent, ..
				}) => self.consents.push(*consent),
				RuntimeEvent::Consent(pallet_consent::Event::BreakGlassOpened { case, .. }) => {
					self.cases.push(*case)
				}
				RuntimeEvent::DrugTrace(pallet_drug_trace::Event::ProductRegistered {
					gtin,
					..
				}) => self.products.push(*gtin),
				RuntimeEvent::DrugTrace(pallet_drug_trace::Event::BatchCommissioned {
					batch,
					lot,
					..
				}) => {
					self.batches.push((*batch, action.serials.clone()));
					self.lots.push(lot.to_vec());
				}
				RuntimeEvent::DrugTrace(pallet_drug_trace::Event::Shipped { shipment, .. }) => {
					self.shipments.push(*shipment)
				}
				RuntimeEvent::ClinicalTrial(pallet_clinical_trial::Event::TrialRegistered {
					trial,
					..
				}) => self.trials.push(*trial),
				_ => {}
			}
		}
	}
}

// ------------------------------------------------------------------------------------------
// The generator
// ------------------------------------------------------------------------------------------

/// Draws one call and its caller.
type Generator = fn(&mut Gen<'_>) -> (Caller, RuntimeCall);

/// Every call the fuzzer makes, with its weight (how often it is drawn relative to the
/// others). Calls that build state weigh more than those that tear it down, so that runs reach
/// deep states: recruiting trials with participants, batches in pharmacies, logged reads.
const GENERATORS: &[(usize, Generator)] = &[
	// Balances.
	(2, transfer_keep_alive),
	// Organizations: governance, then an admin's and a member's calls.
	(1, register_organization),
	(1, suspend_organization),
	(2, reactivate_organization),
	(1, change_admin),
	(2, add_member),
	(1, remove_member),
	(1, change_role),
	(1, leave),
	(2, accept_invitation),
	(1, decline_invitation),
	(1, cancel_invitation),
	// EhrAnchor.
	(6, anchor),
	(3, amend),
	(2, mark_entered_in_error),
	(2, erase),
	(2, bulk_anchor),
	(5, request_access),
	// Consent.
	(8, grant),
	(2, revoke),
	(3, add_delegate),
	(1, remove_delegate),
	(2, onboard_patient),
	(3, break_glass),
	(2, review_break_glass),
	(1, offboard_patient),
	(1, prune_grants),
	// DrugTrace.
	(2, register_product),
	(3, commission_batch),
	(5, ship),
	(4, receive),
	(3, record_temperature),
	(4, dispense),
	(1, recall),
	(1, close_recall),
	(1, report_suspect),
	(1, resolve_suspect),
	(1, release_stock),
	(1, refuse_shipment),
	(2, dispose_stock),
	// ClinicalTrial.
	(3, register_trial),
	(3, approve_trial),
	(3, start_recruiting),
	(1, close_recruitment),
	(1, complete_trial),
	(1, terminate_trial),
	(1, suspend_trial),
	(1, lift_suspension),
	(2, propose_amendment),
	(2, approve_amendment),
	(5, enrol),
	(2, reconsent),
	(1, withdraw),
	(2, commit_data_snapshot),
	(2, report_adverse_event),
	(1, publish_results),
	(3, confirm_enrolment),
	(1, screen_out),
];

/// Draws one call: its choices from the call's bytes, its plausible arguments from the world
/// and the chain's state.
struct Gen<'a> {
	u: Unstructured<'a>,
	world: &'a World,
	/// The chain's clock.
	now: Moment,
	/// Unique to the call within its run: makes lots, serials and titles new.
	tag: u64,
	hashes: Vec<H256>,
	serials: Option<Serials>,
	pruned: Vec<ConsentId>,
}

impl<'a> Gen<'a> {
	fn new(bytes: &'a [u8], world: &'a World, now: Moment, tag: u64) -> Self {
		Self {
			u: Unstructured::new(bytes),
			world,
			now,
			tag,
			hashes: Vec::new(),
			serials: None,
			pruned: Vec::new(),
		}
	}

	/// Draws a call from [`GENERATORS`], by weight.
	fn action(mut self) -> Action {
		let total: usize = GENERATORS.iter().map(|(weight, _)| weight).sum();
		let mut ticket = self.below(total);
		let mut chosen: Generator = transfer_keep_alive;
		for (weight, generator) in GENERATORS {
			if ticket < *weight {
				chosen = *generator;
				break;
			}
			ticket -= weight;
		}
		let (caller, call) = chosen(&mut self);
		Action { caller, call, hashes: self.hashes, serials: self.serials, pruned: self.pruned }
	}

	// --- choices ---

	/// A number below `n` (0 when `n` is 0).
	fn below(&mut self, n: usize) -> usize {
		if n == 0 {
			return 0;
		}
		self.u.choose_index(n).unwrap_or(0)
	}

	/// True `percent` times in a hundred.
	fn chance(&mut self, percent: usize) -> bool {
		self.below(100) < percent
	}

	/// Any value of `T`.
	fn any<T: Arbitrary<'a> + Default>(&mut self) -> T {
		T::arbitrary(&mut self.u).unwrap_or_default()
	}

	/// A number from `low` to `high` (`low` when the range is empty).
	fn between(&mut self, low: u64, high: u64) -> u64 {
		if high <= low {
			return low;
		}
		let span = high - low;
		let draw: u64 = self.any();
		low + if span == u64::MAX { draw } else { draw % (span + 1) }
	}

	/// A number from `low` to `high`, as `u32` (`low` when the range is empty).
	fn between_u32(&mut self, low: u32, high: u32) -> u32 {
		u32::try_from(self.between(u64::from(low), u64::from(high))).unwrap_or(low)
	}

	/// A temperature from `low` to `high` (`low` when the range is empty).
	fn between_i32(&mut self, low: i32, high: i32) -> i32 {
		let span = u64::try_from(i64::from(high) - i64::from(low)).unwrap_or(0);
		let offset = i64::try_from(self.between(0, span)).unwrap_or(0);
		i32::try_from(i64::from(low) + offset).unwrap_or(low)
	}

	/// One of `items`, if there are any.
	fn pick<T: Clone>(&mut self, items: &[T]) -> Option<T> {
		let index = self.below(items.len());
		items.get(index).cloned()
	}

	/// `count` arbitrary bytes.
	fn bytes(&mut self, count: usize) -> Vec<u8> {
		let mut bytes = vec![0; count];
		self.u.fill_buffer(&mut bytes).unwrap_or_default();
		bytes
	}

	/// A hash: mostly new, sometimes one a successful call used (a duplicate), sometimes one
	/// of four constants.
	fn hash(&mut self) -> H256 {
		let world = self.world;
		let hash = match self.below(10) {
			0..=5 => H256::from_slice(&self.bytes(32)),
			6..=8 => self.pick(&world.hashes).unwrap_or(H256::repeat_byte(1)),
			_ => H256::repeat_byte(self.any::<u8>() % 4),
		};
		self.hashes.push(hash);
		hash
	}

	// --- accounts ---

	/// Any account of the pool.
	fn account(&mut self) -> AccountId {
		let world = self.world;
		self.pick(&world.accounts).unwrap_or_else(|| stranger(0))
	}

	/// Mostly a patient, sometimes anyone.
	fn patient(&mut self) -> AccountId {
		let world = self.world;
		match self.pick(&world.patients) {
			Some(patient) if self.chance(90) => patient,
			_ => self.account(),
		}
	}

	/// Mostly one of `candidates` (the accounts a call expects), else anyone.
	fn one_of(&mut self, candidates: &[AccountId]) -> AccountId {
		match self.pick(candidates) {
			Some(candidate) if self.chance(88) => candidate,
			_ => self.account(),
		}
	}

	/// `patient` itself, one of its delegates, or (rarely) anyone.
	fn patient_side(&mut self, patient: &AccountId) -> AccountId {
		let delegates: Vec<AccountId> = pallet_consent::Delegates::<Runtime>::get(patient)
			.iter()
			.map(|(delegate, _kind)| delegate.clone())
			.collect();
		match self.below(10) {
			0..=5 => patient.clone(),
			6..=8 => self.pick(&delegates).unwrap_or_else(|| patient.clone()),
			_ => self.account(),
		}
	}

	/// The accounts of the pool that belong to no organisation.
	fn unaffiliated(&self) -> Vec<AccountId> {
		self.world
			.accounts
			.iter()
			.filter(|who| !Members::<Runtime>::contains_key(*who))
			.cloned()
			.collect()
	}

	// --- organisations ---

	/// An organisation id: mostly one that exists, else anything.
	fn org(&mut self) -> OrgId {
		let next = pallet_organizations::NextOrgId::<Runtime>::get();
		if self.chance(88) {
			self.between_u32(0, next.saturating_sub(1))
		} else {
			self.any()
		}
	}

	/// Mostly one of `orgs`, else any organisation id.
	fn org_among(&mut self, orgs: &[OrgId]) -> OrgId {
		match self.pick(orgs) {
			Some(org) if self.chance(88) => org,
			_ => self.org(),
		}
	}

	fn kind(&mut self) -> OrganizationKind {
		self.pick(&common::ORGANIZATION_KINDS).unwrap_or(OrganizationKind::Hospital)
	}

	fn role(&mut self) -> MemberRole {
		self.pick(&ROLES).unwrap_or(MemberRole::Practitioner)
	}

	/// A pending invitation (its invitee and organisation), mostly; else anyone and any id.
	fn invitation(&mut self) -> (AccountId, OrgId) {
		let invitations: Vec<(AccountId, OrgId)> =
			pallet_organizations::Invitations::<Runtime>::iter_keys().collect();
		match self.pick(&invitations) {
			Some(invitation) if self.chance(88) => invitation,
			_ => (self.account(), self.org()),
		}
	}

	// --- records and consent ---

	fn category(&mut self) -> RecordCategory {
		match self.pick(&CATEGORIES) {
			Some(category) if self.chance(92) => category,
			_ => RecordCategory::Other(self.any()),
		}
	}

	fn algorithm(&mut self) -> HashAlgorithm {
		if self.any::<bool>() {
			HashAlgorithm::Sha2_256
		} else {
			HashAlgorithm::Blake2_256
		}
	}

	/// A locator: mostly a CID-like URI, sometimes empty or arbitrary bytes (cut to the bound).
	fn locator(&mut self) -> Locator<Runtime> {
		let bytes = match self.below(12) {
			0 => Vec::new(),
			1 => {
				let length = self.below(300);
				self.bytes(length)
			}
			_ => format!("ipfs://bafy{:016x}", self.any::<u64>()).into_bytes(),
		};
		BoundedVec::truncate_from(bytes)
	}

	/// A key reference: mostly none, sometimes one, rarely an empty one.
	fn key_reference(&mut self) -> Option<Locator<Runtime>> {
		match self.below(10) {
			0..=5 => None,
			6..=8 => Some(BoundedVec::truncate_from(
				format!("kms://keys/{:016x}", self.any::<u64>()).into_bytes(),
			)),
			_ => Some(BoundedVec::default()),
		}
	}

	/// A record version anchored in this run (a few tries for one `wanted` holds of), or
	/// sometimes any id.
	fn record_where(&mut self, wanted: impl Fn(&RecordAnchorOf<Runtime>) -> bool) -> RecordId {
		let world = self.world;
		if world.records.is_empty() || !self.chance(90) {
			return self.any();
		}
		let mut id = 0;
		for _ in 0..4 {
			id = self.pick(&world.records).unwrap_or_default();
			if Records::<Runtime>::get(id).is_some_and(|record| wanted(&record)) {
				break;
			}
		}
		id
	}

	/// Who may change `record`: a member of its authoring organisation in one of `roles`, or
	/// its patient's side (mostly).
	fn record_author(&mut self, record: RecordId, roles: &[MemberRole]) -> AccountId {
		match Records::<Runtime>::get(record) {
			Some(anchor) => match anchor.author_org {
				Some(org) => {
					let authors = members_of(org, roles);
					self.one_of(&authors)
				}
				None => self.patient_side(&anchor.patient),
			},
			None => self.account(),
		}
	}

	/// Why an access happens: every purpose, research for a trial of this run included.
	fn purpose(&mut self) -> PurposeOfUse {
		match self.below(8) {
			0 | 1 => PurposeOfUse::Treatment,
			2 => PurposeOfUse::Research(None),
			3 => match self.research_protocol() {
				Some((protocol, _sponsor)) => PurposeOfUse::Research(Some(protocol)),
				None => PurposeOfUse::Research(Some(TrialProtocol {
					trial: self.any(),
					protocol_version: self.any(),
				})),
			},
			4 => PurposeOfUse::Payment,
			5 => PurposeOfUse::Operations,
			6 => PurposeOfUse::PublicHealth,
			_ => PurposeOfUse::Emergency,
		}
	}

	/// A trial of this run (mostly a recruiting one) at its protocol version in force (mostly),
	/// and its sponsor.
	fn research_protocol(&mut self) -> Option<(TrialProtocol, OrgId)> {
		let trial_id = self.trial_where(|trial| trial.status == TrialStatus::Recruiting);
		let trial = Trials::<Runtime>::get(trial_id)?;
		let current = trial.current_protocol_version;
		let protocol_version =
			if self.chance(85) { current } else { self.between_u32(1, current + 1) };
		Some((TrialProtocol { trial: trial_id, protocol_version }, trial.sponsor))
	}

	/// Who a grant lets in: mostly a care organisation, sometimes any organisation or a
	/// clinician's own account.
	fn grantee(&mut self) -> Grantee<AccountId> {
		match self.below(10) {
			0..=4 => {
				let care = active_organizations_of(CARE_ORGANIZATIONS);
				Grantee::Organization(self.org_among(&care))
			}
			5 | 6 => Grantee::Organization(self.org()),
			_ => {
				let clinicians = members(CARE_ORGANIZATIONS, CLINICAL_ROLES);
				Grantee::Account(self.one_of(&clinicians))
			}
		}
	}

	// --- supply chain ---

	/// A valid GTIN-14: 13 digits and their check digit.
	fn gtin(&mut self) -> Gtin {
		let data = self.between(1, 9_999_999_999_999);
		Gtin(data * 10 + Gtin::check_digit(data))
	}

	/// A batch of this run (mostly), else any id.
	fn batch(&mut self) -> BatchId {
		let world = self.world;
		let index = self.below(world.batches.len());
		match world.batches.get(index) {
			Some((batch, _serials)) if self.chance(90) => *batch,
			_ => self.any(),
		}
	}

	/// A shipment of this run, preferring one in transit (a few tries), or sometimes any id.
	fn shipment(&mut self) -> ShipmentId {
		let world = self.world;
		if world.shipments.is_empty() || !self.chance(90) {
			return self.any();
		}
		let mut id = 0;
		for _ in 0..4 {
			id = self.pick(&world.shipments).unwrap_or_default();
			if Shipments::<Runtime>::get(id)
				.is_some_and(|shipment| shipment.status == ShipmentStatus::InTransit)
			{
				break;
			}
		}
		id
	}

	// --- trials ---

	/// A trial of this run for which `wanted` holds (mostly), another trial of this run, or
	/// any id.
	fn trial_where(&mut self, wanted: impl Fn(&Trial<Runtime>) -> bool) -> TrialId {
		let world = self.world;
		let matching: Vec<TrialId> = world
			.trials
			.iter()
			.copied()
			.filter(|id| Trials::<Runtime>::get(id).is_some_and(|trial| wanted(&trial)))
			.collect();
		match self.below(10) {
			0..=7 if !matching.is_empty() => self.pick(&matching).unwrap_or_default(),
			0..=8 if !world.trials.is_empty() => self.pick(&world.trials).unwrap_or_default(),
			_ => self.any(),
		}
	}

	/// Mostly a member of `trial`'s sponsor in one of `roles`, else anyone.
	fn sponsor_member(&mut self, trial: TrialId, roles: &[MemberRole]) -> AccountId {
		let sponsors = Trials::<Runtime>::get(trial)
			.map(|trial| members_of(trial.sponsor, roles))
			.unwrap_or_default();
		self.one_of(&sponsors)
	}

	/// Mostly a participant of `trial` whose enrolment `wanted` holds for, else anyone.
	fn participant(
		&mut self,
		trial: TrialId,
		wanted: impl Fn(&pallet_clinical_trial::Enrolment) -> bool,
	) -> AccountId {
		let participants: Vec<AccountId> = Enrolments::<Runtime>::iter_prefix(trial)
			.filter(|(_, enrolment)| wanted(enrolment))
			.map(|(who, _)| who)
			.collect();
		if participants.is_empty() {
			self.patient()
		} else {
			self.one_of(&participants)
		}
	}

	/// A trial registration: mostly valid, sometimes with one of the flaws the pallet refuses.
	fn registration(&mut self) -> Registration<Runtime> {
		let title = match self.below(20) {
			0 => Vec::new(),
			1 => vec![0xff, 0xfe, 0xfd],
			2 => {
				let length = self.below(700);
				self.bytes(length)
			}
			_ => format!("Fuzz trial {:x}", self.tag).into_bytes(),
		};
		let condition_count = if self.chance(95) { 1 + self.below(3) } else { 0 };
		let conditions: Vec<pallet_clinical_trial::ConditionCode<Runtime>> = (0..condition_count)
			.map(|_| {
				let code: Vec<u8> = match self.below(20) {
					0 => b"C 50".to_vec(),
					1 => Vec::new(),
					_ => self.pick(CONDITION_CODES).unwrap_or(&b"I10"[..]).to_vec(),
				};
				BoundedVec::truncate_from(code)
			})
			.collect();
		let phase = match self.below(8) {
			0 => Phase::EarlyPhase1,
			1 => Phase::Phase1,
			2 => Phase::Phase1Phase2,
			3 => Phase::Phase2,
			4 => Phase::Phase2Phase3,
			5 => Phase::Phase3,
			6 => Phase::Phase4,
			_ => Phase::NotApplicable,
		};
		let study_type = match self.below(3) {
			0 => StudyType::Interventional,
			1 => StudyType::Observational,
			_ => StudyType::ExpandedAccess,
		};
		// Small targets, so that a trial fills up.
		let target_enrolment = match self.below(20) {
			0 => 0,
			1 => self.any(),
			_ => self.between_u32(1, 8),
		};
		let country_count = self.below(4);
		let countries: Vec<[u8; 2]> = (0..country_count)
			.map(|_| match self.pick(COUNTRIES) {
				Some(country) if self.chance(95) => country,
				_ => *b"de",
			})
			.collect();
		let secondary_count = self.below(3);
		let secondary_ids: Vec<pallet_clinical_trial::SecondaryId<Runtime>> = (0..secondary_count)
			.map(|_| {
				let id = if self.chance(95) {
					format!("NCT{:08}", self.any::<u32>() % 100_000_000).into_bytes()
				} else {
					Vec::new()
				};
				BoundedVec::truncate_from(id)
			})
			.collect();
		let data_set_hash = self.hash();
		let protocol_hash = self.hash();
		let mut outcomes =
			vec![OutcomeCommitment { kind: OutcomeKind::Primary, definition_hash: self.hash() }];
		for _ in 0..self.below(3) {
			outcomes.push(OutcomeCommitment {
				kind: OutcomeKind::Secondary,
				definition_hash: self.hash(),
			});
		}
		match self.below(20) {
			0 => outcomes.clear(),
			1 => outcomes.retain(|outcome| outcome.kind != OutcomeKind::Primary),
			2 => {
				if let Some(first) = outcomes.first().copied() {
					outcomes.push(first);
				}
			}
			_ => {}
		}
		Registration {
			title: BoundedVec::truncate_from(title),
			conditions: BoundedVec::truncate_from(conditions),
			phase,
			study_type,
			target_enrolment,
			countries: BoundedVec::truncate_from(countries),
			secondary_ids: BoundedVec::truncate_from(secondary_ids),
			data_set_hash,
			protocol_hash,
			outcomes: BoundedVec::truncate_from(outcomes),
		}
	}
}

// --- what the chain says, for the generator ---

/// The members of active organisations of one of `kinds` in one of `roles` (an empty slice
/// accepts any).
fn members(kinds: &[OrganizationKind], roles: &[MemberRole]) -> Vec<AccountId> {
	Members::<Runtime>::iter()
		.filter(|(_, record)| roles.is_empty() || roles.contains(&record.role))
		.filter(|(_, record)| {
			active_kind(record.org).is_some_and(|kind| kinds.is_empty() || kinds.contains(&kind))
		})
		.map(|(who, _)| who)
		.collect()
}

/// Every member of every organisation, active or suspended.
fn all_members() -> Vec<AccountId> {
	Members::<Runtime>::iter_keys().collect()
}

/// The members of `org` in one of `roles` (an empty slice accepts any).
fn members_of(org: OrgId, roles: &[MemberRole]) -> Vec<AccountId> {
	OrganizationMembers::<Runtime>::iter_prefix(org)
		.filter(|(_, role)| roles.is_empty() || roles.contains(role))
		.map(|(who, _)| who)
		.collect()
}

/// The kind of organisation `org`, whatever its status.
fn kind_of(org: OrgId) -> Option<OrganizationKind> {
	pallet_organizations::Organizations::<Runtime>::get(org).map(|organization| organization.kind)
}

/// Whether organisation `org` exists and is of one of `kinds`.
fn is_of_kind(org: OrgId, kinds: &[OrganizationKind]) -> bool {
	kind_of(org).is_some_and(|kind| kinds.contains(&kind))
}

/// The kind of organisation `org`, if it is active.
fn active_kind(org: OrgId) -> Option<OrganizationKind> {
	pallet_organizations::Organizations::<Runtime>::get(org)
		.filter(|organization| organization.status == OrganizationStatus::Active)
		.map(|organization| organization.kind)
}

/// The organisations for which `wanted` holds.
fn organizations_where(wanted: impl Fn(&OrganizationOf<Runtime>) -> bool) -> Vec<OrgId> {
	pallet_organizations::Organizations::<Runtime>::iter()
		.filter(|(_, organization)| wanted(organization))
		.map(|(org, _)| org)
		.collect()
}

/// The active organisations of one of `kinds`.
fn active_organizations_of(kinds: &[OrganizationKind]) -> Vec<OrgId> {
	organizations_where(|organization| {
		organization.status == OrganizationStatus::Active && kinds.contains(&organization.kind)
	})
}

/// The members of `org` who may ship, receive and dispose of its stock.
fn stock_handlers(org: OrgId) -> Vec<AccountId> {
	kind_of(org)
		.map(|kind| members_of(org, pallet_drug_trace::stock_roles(kind)))
		.unwrap_or_default()
}

/// The holdings of `batch` with packs in custody.
fn holdings_in_custody(batch: BatchId) -> Vec<(OrgId, Holding)> {
	Holdings::<Runtime>::iter_prefix(batch).filter(|(_, holding)| holding.quantity > 0).collect()
}

/// The patients of `world` with a live research grant for `trial`, at its protocol version in
/// force, to its sponsor.
fn research_consenters(world: &World, trial_id: TrialId) -> Vec<AccountId> {
	let Some(trial) = Trials::<Runtime>::get(trial_id) else { return Vec::new() };
	let purpose = PurposeOfUse::Research(Some(TrialProtocol {
		trial: trial_id,
		protocol_version: trial.current_protocol_version,
	}));
	let grantee = Grantee::Organization(trial.sponsor);
	world
		.patients
		.iter()
		.filter(|patient| {
			LiveOrganizationGrants::<Runtime>::get(*patient, trial.sponsor)
				.iter()
				.any(|entry| entry.purpose == purpose && entry.grantee == grantee && !entry.revoked)
		})
		.cloned()
		.collect()
}

// --- Balances ---

fn transfer_keep_alive(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let from = g.account();
	let to = g.account();
	let value: Balance = match g.below(10) {
		0..=6 => Balance::from(g.between(1, 100)) * UNIT,
		// Up to two existential deposits: below one, a new account is refused.
		7 | 8 => Balance::from(g.between(0, 2_000_000_000)),
		_ => g.any(),
	};
	let call: pallet_balances::Call<Runtime> =
		pallet_balances::Call::transfer_keep_alive { dest: to.into(), value };
	(Caller::Signed(from), RuntimeCall::Balances(call))
}

// --- Organizations ---

fn register_organization(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let unaffiliated = g.unaffiliated();
	let kind = g.kind();
	let admin = g.one_of(&unaffiliated);
	let metadata_hash = g.hash();
	let call: RegistryCall<Runtime> =
		RegistryCall::register_organization { kind, admin, metadata_hash };
	(Caller::Root, RuntimeCall::Organizations(call))
}

fn suspend_organization(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let active = organizations_where(|o| o.status == OrganizationStatus::Active);
	let org = g.org_among(&active);
	let reason = g.hash();
	(Caller::Root, RuntimeCall::Organizations(RegistryCall::suspend_organization { org, reason }))
}

fn reactivate_organization(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let suspended = organizations_where(|o| o.status == OrganizationStatus::Suspended);
	let org = g.org_among(&suspended);
	(Caller::Root, RuntimeCall::Organizations(RegistryCall::reactivate_organization { org }))
}

fn change_admin(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let org = g.org();
	let mut candidates = members_of(org, &[]);
	candidates.extend(g.unaffiliated());
	let new_admin = g.one_of(&candidates);
	(Caller::Root, RuntimeCall::Organizations(RegistryCall::change_admin { org, new_admin }))
}

fn add_member(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let org = g.org();
	let admins = members_of(org, &[MemberRole::Admin]);
	let by = g.one_of(&admins);
	let unaffiliated = g.unaffiliated();
	let who = g.one_of(&unaffiliated);
	let role = g.role();
	(Caller::Signed(by), RuntimeCall::Organizations(RegistryCall::add_member { org, who, role }))
}

fn remove_member(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let org = g.org();
	let admins = members_of(org, &[MemberRole::Admin]);
	let by = g.one_of(&admins);
	let staff = members_of(org, &[]);
	let who = g.one_of(&staff);
	(Caller::Signed(by), RuntimeCall::Organizations(RegistryCall::remove_member { org, who }))
}

fn change_role(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let org = g.org();
	let admins = members_of(org, &[MemberRole::Admin]);
	let by = g.one_of(&admins);
	let staff = members_of(org, &[]);
	let who = g.one_of(&staff);
	let role = g.role();
	(Caller::Signed(by), RuntimeCall::Organizations(RegistryCall::change_role { org, who, role }))
}

fn leave(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let everyone = all_members();
	let who = g.one_of(&everyone);
	(Caller::Signed(who), RuntimeCall::Organizations(RegistryCall::leave {}))
}

fn accept_invitation(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let (who, org) = g.invitation();
	(Caller::Signed(who), RuntimeCall::Organizations(RegistryCall::accept_invitation { org }))
}

fn decline_invitation(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let (who, org) = g.invitation();
	(Caller::Signed(who), RuntimeCall::Organizations(RegistryCall::decline_invitation { org }))
}

fn cancel_invitation(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let (who, org) = g.invitation();
	let admins = members_of(org, &[MemberRole::Admin]);
	let by = g.one_of(&admins);
	(Caller::Signed(by), RuntimeCall::Organizations(RegistryCall::cancel_invitation { org, who }))
}

// --- EhrAnchor ---

fn anchor(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let patient = g.patient();
	let (who, category) = if g.chance(40) {
		let who = g.patient_side(&patient);
		let category = if g.chance(85) { RecordCategory::PatientGenerated } else { g.category() };
		(who, category)
	} else {
		let clinicians = members(CARE_ORGANIZATIONS, CLINICAL_ROLES);
		(g.one_of(&clinicians), g.category())
	};
	let content_hash = g.hash();
	let algorithm = g.algorithm();
	let locator = g.locator();
	let key_reference = g.key_reference();
	let call: RecordCall<Runtime> =
		RecordCall::anchor { patient, category, content_hash, algorithm, locator, key_reference };
	(Caller::Signed(who), RuntimeCall::EhrAnchor(call))
}

fn amend(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let record = g.record_where(|anchor| anchor.status == RecordStatus::Active);
	let who = g.record_author(record, CLINICAL_ROLES);
	let content_hash = g.hash();
	let algorithm = g.algorithm();
	let locator = g.locator();
	let key_reference = g.key_reference();
	let call: RecordCall<Runtime> =
		RecordCall::amend { record, content_hash, algorithm, locator, key_reference };
	(Caller::Signed(who), RuntimeCall::EhrAnchor(call))
}

fn mark_entered_in_error(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let record = g.record_where(|anchor| {
		matches!(anchor.status, RecordStatus::Active | RecordStatus::Superseded)
	});
	let who = g.record_author(record, pallet_ehr_anchor::CORRECTING_ROLES);
	let reason = match g.below(5) {
		0 => EnteredInErrorReason::WrongPatient,
		1 => EnteredInErrorReason::WrongDocument,
		2 => EnteredInErrorReason::DuplicateEntry,
		3 => EnteredInErrorReason::IncorrectContent,
		_ => EnteredInErrorReason::Other(g.any()),
	};
	let call: RecordCall<Runtime> = RecordCall::mark_entered_in_error { record, reason };
	(Caller::Signed(who), RuntimeCall::EhrAnchor(call))
}

fn erase(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let record = g.record_where(|anchor| anchor.status != RecordStatus::Erased);
	let who = match Records::<Runtime>::get(record) {
		Some(anchor) => g.patient_side(&anchor.patient),
		None => g.account(),
	};
	(Caller::Signed(who), RuntimeCall::EhrAnchor(RecordCall::erase { record }))
}

fn bulk_anchor(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let importers = members(CARE_ORGANIZATIONS, pallet_ehr_anchor::IMPORTING_ROLES);
	let who = g.one_of(&importers);
	let category = g.category();
	let merkle_root = g.hash();
	let document_count = match g.below(10) {
		0 => 0,
		1 => g.any(),
		_ => g.between_u32(1, 1_000),
	};
	let manifest_locator = g.locator();
	let call: RecordCall<Runtime> =
		RecordCall::bulk_anchor { category, merkle_root, document_count, manifest_locator };
	(Caller::Signed(who), RuntimeCall::EhrAnchor(call))
}

fn request_access(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let record = g.record_where(|anchor| anchor.status != RecordStatus::Erased);
	let readers =
		if g.chance(75) { members(CARE_ORGANIZATIONS, CLINICAL_ROLES) } else { members(&[], &[]) };
	let who = g.one_of(&readers);
	let purpose = match g.below(10) {
		0..=3 => PurposeOfUse::Treatment,
		4..=6 => PurposeOfUse::Emergency,
		_ => g.purpose(),
	};
	(Caller::Signed(who), RuntimeCall::EhrAnchor(RecordCall::request_access { record, purpose }))
}

// --- Consent ---

fn grant(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let now = g.now;
	let patient = g.patient();
	let by = if g.chance(85) { g.patient_side(&patient) } else { g.account() };
	let research = if g.chance(30) { g.research_protocol() } else { None };
	let (grantee, purpose) = match research {
		Some((protocol, sponsor)) => {
			let org = if g.chance(88) { sponsor } else { g.org() };
			(Grantee::Organization(org), PurposeOfUse::Research(Some(protocol)))
		}
		None => (g.grantee(), g.purpose()),
	};
	let actions = match g.below(10) {
		0..=4 => ConsentActions::READ_WRITE,
		5 | 6 => ConsentActions::READ,
		7 | 8 => ConsentActions::WRITE,
		_ => ConsentActions { read: false, write: false },
	};
	let categories: CategoryScopeOf<Runtime> = if g.chance(60) {
		CategoryScope::All
	} else {
		let count = g.below(5);
		let listed: Vec<RecordCategory> = (0..count).map(|_| g.category()).collect();
		CategoryScope::Only(BoundedVec::truncate_from(listed))
	};
	let valid_from = match g.below(10) {
		0..=6 => None,
		7 => Some(now.saturating_sub(g.between(0, DAY_MS))),
		8 => Some(now + g.between(1, DAY_MS)),
		_ => Some(g.any()),
	};
	let valid_until = match g.below(10) {
		0..=5 => None,
		6..=8 => Some(now + g.between(HOUR_MS, 30 * DAY_MS)),
		_ => Some(g.any()),
	};
	let terms: ConsentTermsOf<Runtime> =
		ConsentTerms { grantee, actions, categories, purpose, valid_from, valid_until };
	(Caller::Signed(by), RuntimeCall::Consent(ConsentCall::grant { patient, terms }))
}

fn revoke(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let world = g.world;
	let consent = match g.pick(&world.consents) {
		Some(consent) if g.chance(90) => consent,
		_ => g.any(),
	};
	let who = match Grants::<Runtime>::get(consent) {
		Some(grant) => g.patient_side(&grant.patient),
		None => g.account(),
	};
	(Caller::Signed(who), RuntimeCall::Consent(ConsentCall::revoke { consent }))
}

fn add_delegate(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let patient = g.patient();
	let delegate = if g.chance(80) { g.patient() } else { g.account() };
	let kind = if g.any::<bool>() { DelegateKind::Guardian } else { DelegateKind::Custodian };
	let call: ConsentCall<Runtime> = ConsentCall::add_delegate { delegate, kind };
	(Caller::Signed(patient), RuntimeCall::Consent(call))
}

fn remove_delegate(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let delegations: Vec<(AccountId, AccountId)> =
		pallet_consent::DelegateOf::<Runtime>::iter_keys().collect();
	let (delegate, patient) = match g.pick(&delegations) {
		Some(delegation) if g.chance(88) => delegation,
		_ => (g.account(), g.patient()),
	};
	let by = match g.below(10) {
		0..=4 => patient.clone(),
		5..=8 => delegate.clone(),
		_ => g.account(),
	};
	let call: ConsentCall<Runtime> = ConsentCall::remove_delegate { patient, delegate };
	(Caller::Signed(by), RuntimeCall::Consent(call))
}

fn onboard_patient(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let onboarders = members(CARE_ORGANIZATIONS, &[MemberRole::Admin, MemberRole::Practitioner]);
	let by = g.one_of(&onboarders);
	let patient = g.patient();
	(Caller::Signed(by), RuntimeCall::Consent(ConsentCall::onboard_patient { patient }))
}

fn break_glass(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let practitioners = members(EMERGENCY_PROVIDERS, &[MemberRole::Practitioner]);
	let who = g.one_of(&practitioners);
	let patient = g.patient();
	let reason = match g.below(4) {
		0 => EmergencyReason::Unconscious,
		1 => EmergencyReason::LifeThreatening,
		2 => EmergencyReason::CannotCommunicate,
		_ => EmergencyReason::Other(g.any()),
	};
	(Caller::Signed(who), RuntimeCall::Consent(ConsentCall::break_glass { patient, reason }))
}

fn review_break_glass(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let world = g.world;
	let auditors = members(pallet_drug_trace::REGULATORS, &[MemberRole::Auditor]);
	let who = g.one_of(&auditors);
	let awaiting: Vec<BreakGlassId> =
		pallet_consent::AwaitingReview::<Runtime>::iter_keys().collect();
	let case_id = match g.below(10) {
		0..=5 => g.pick(&awaiting),
		6..=8 => g.pick(&world.cases),
		_ => None,
	};
	let case_id = case_id.unwrap_or_else(|| g.any());
	let justified = g.any();
	let finding_hash = g.hash();
	let call: ConsentCall<Runtime> =
		ConsentCall::review_break_glass { case_id, justified, finding_hash };
	(Caller::Signed(who), RuntimeCall::Consent(call))
}

fn offboard_patient(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let onboarded: Vec<AccountId> = pallet_consent::Onboarded::<Runtime>::iter_keys().collect();
	let patient = match g.pick(&onboarded) {
		Some(patient) if g.chance(88) => patient,
		_ => g.patient(),
	};
	let by = match g.below(10) {
		0..=4 => patient.clone(),
		5..=8 => {
			let onboarders = pallet_consent::Onboarded::<Runtime>::get(&patient)
				.map(|record| {
					members_of(record.org, &[MemberRole::Admin, MemberRole::Practitioner])
				})
				.unwrap_or_default();
			g.one_of(&onboarders)
		}
		_ => g.account(),
	};
	(Caller::Signed(by), RuntimeCall::Consent(ConsentCall::offboard_patient { patient }))
}

fn prune_grants(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let patient = g.patient();
	let grants: Vec<ConsentId> =
		pallet_consent::PatientGrantAt::<Runtime>::iter_prefix_values(&patient).collect();
	let consents: Vec<ConsentId> = match g.below(10) {
		0..=7 => {
			let count = 1 + g.below(3);
			(0..count).filter_map(|_| g.pick(&grants)).collect()
		}
		8 => Vec::new(),
		_ => vec![g.any()],
	};
	g.pruned = consents.clone();
	// Anyone may prune (and pays for it); the patient's side prunes free.
	let by = if g.chance(60) { g.patient_side(&patient) } else { g.account() };
	let call: ConsentCall<Runtime> =
		ConsentCall::prune_grants { patient, consents: BoundedVec::truncate_from(consents) };
	(Caller::Signed(by), RuntimeCall::Consent(call))
}

// --- DrugTrace ---

fn register_product(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let world = g.world;
	let managers = members(pallet_drug_trace::MANUFACTURERS, pallet_drug_trace::PRODUCT_ROLES);
	let who = g.one_of(&managers);
	let gtin = match g.below(10) {
		0..=7 => g.gtin(),
		8 => g.pick(&world.products).unwrap_or(Gtin(0)),
		_ => Gtin(g.any()),
	};
	let (min_temp_centi_c, max_temp_centi_c) = match g.below(10) {
		0..=3 => (200, 800),
		4 | 5 => (-2500, -1500),
		6 | 7 => (1500, 2500),
		_ => (g.any::<i32>(), g.any::<i32>()),
	};
	let max_excursion_ms = g.between(0, 4 * HOUR_MS);
	let metadata_hash = g.hash();
	let call: DrugCall<Runtime> = DrugCall::register_product {
		gtin,
		metadata_hash,
		min_temp_centi_c,
		max_temp_centi_c,
		max_excursion_ms,
	};
	(Caller::Signed(who), RuntimeCall::DrugTrace(call))
}

fn commission_batch(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let world = g.world;
	let now = g.now;
	let managers = members(pallet_drug_trace::MANUFACTURERS, pallet_drug_trace::PRODUCT_ROLES);
	let who = g.one_of(&managers);
	let gtin = match g.pick(&world.products) {
		Some(gtin) if g.chance(90) => gtin,
		_ => g.gtin(),
	};
	let count = 1 + g.below(12);
	let tag = g.tag;
	let serials: Serials =
		(0..count).map(|index| format!("S{tag:x}-{index}").into_bytes()).collect();
	let leaves: Vec<H256> = serials.iter().map(|serial| serial_hash(serial)).collect();
	let serials_root = if g.chance(90) {
		g.serials = Some(serials);
		merkle::root(&leaves).unwrap_or_default()
	} else {
		g.hash()
	};
	let lot = match g.below(10) {
		0..=7 => format!("L{tag:x}").into_bytes(),
		8 => g.pick(&world.lots).unwrap_or_default(),
		_ => Vec::new(),
	};
	let expiry = match g.below(10) {
		0..=7 => now + g.between(30 * DAY_MS, 720 * DAY_MS),
		8 => now.saturating_sub(g.between(0, DAY_MS)),
		_ => g.any(),
	};
	let quantity = match g.below(10) {
		0..=7 => u32::try_from(count).unwrap_or(1),
		8 => 0,
		_ => g.any(),
	};
	let call: DrugCall<Runtime> = DrugCall::commission_batch {
		gtin,
		lot: BoundedVec::truncate_from(lot),
		expiry,
		quantity,
		serials_root,
	};
	(Caller::Signed(who), RuntimeCall::DrugTrace(call))
}

fn ship(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let batch = g.batch();
	let holdings = holdings_in_custody(batch);
	let (who, quantity) = match g.pick(&holdings) {
		Some((holder, holding)) => {
			let handlers = stock_handlers(holder);
			let quantity = match g.below(10) {
				0..=7 => g.between_u32(1, holding.quantity),
				8 => holding.quantity.saturating_add(1),
				_ => g.any(),
			};
			(g.one_of(&handlers), quantity)
		}
		None => (g.account(), g.any()),
	};
	let partners = active_organizations_of(pallet_drug_trace::TRADING_PARTNERS);
	let to = g.org_among(&partners);
	let document_hash = g.hash();
	let call: DrugCall<Runtime> = DrugCall::ship { batch, to, quantity, document_hash };
	(Caller::Signed(who), RuntimeCall::DrugTrace(call))
}

fn receive(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let shipment = g.shipment();
	let receivers =
		Shipments::<Runtime>::get(shipment).map(|s| stock_handlers(s.to)).unwrap_or_default();
	let who = g.one_of(&receivers);
	(Caller::Signed(who), RuntimeCall::DrugTrace(DrugCall::receive { shipment }))
}

fn refuse_shipment(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let shipment = g.shipment();
	let receivers =
		Shipments::<Runtime>::get(shipment).map(|s| stock_handlers(s.to)).unwrap_or_default();
	let who = g.one_of(&receivers);
	let reason = match g.below(7) {
		0 => RefusalReason::NotOrdered,
		1 => RefusalReason::WrongProductOrQuantity,
		2 => RefusalReason::Damaged,
		3 => RefusalReason::ColdChainBreach,
		4 => RefusalReason::MissingDocuments,
		5 => RefusalReason::SuspectedFalsified,
		_ => RefusalReason::Other(g.any()),
	};
	(Caller::Signed(who), RuntimeCall::DrugTrace(DrugCall::refuse_shipment { shipment, reason }))
}

fn record_temperature(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let now = g.now;
	// The stock, its batch and its custodian: the holder of a holding, the sender of a
	// shipment in transit.
	let (stock, batch, custodian) = match g.below(10) {
		0..=4 => {
			let batch = g.batch();
			match g.pick(&holdings_in_custody(batch)) {
				Some((holder, _)) => (StockRef::Holding { batch, holder }, batch, Some(holder)),
				None => (StockRef::Holding { batch, holder: g.org() }, batch, None),
			}
		}
		5..=8 => {
			let shipment = g.shipment();
			let sent = Shipments::<Runtime>::get(shipment);
			let batch = sent.as_ref().map_or(0, |s| s.batch);
			(StockRef::Shipment(shipment), batch, sent.map(|s| s.from))
		}
		_ => (StockRef::Holding { batch: g.any(), holder: g.any() }, 0, None),
	};
	let monitors = custodian
		.map(|org| members_of(org, pallet_drug_trace::MONITORING_ROLES))
		.unwrap_or_default();
	let who = g.one_of(&monitors);
	let product = Batches::<Runtime>::get(batch)
		.and_then(|batch| pallet_drug_trace::Products::<Runtime>::get(batch.gtin));
	let centi_c = match (product, g.below(10)) {
		(Some(product), 0..=5) => g.between_i32(product.min_temp_centi_c, product.max_temp_centi_c),
		(Some(product), 6..=8) => {
			let over = g.between_i32(1, 1_000);
			product.max_temp_centi_c.saturating_add(over)
		}
		_ => g.any(),
	};
	let measured_at = match g.below(10) {
		0..=7 => now.saturating_sub(g.between(0, 5 * SECOND_MS)),
		8 => now + 1,
		_ => g.any(),
	};
	let call: DrugCall<Runtime> = DrugCall::record_temperature { stock, centi_c, measured_at };
	(Caller::Signed(who), RuntimeCall::DrugTrace(call))
}

fn dispense(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let world = g.world;
	let with_serials: Vec<usize> = world
		.batches
		.iter()
		.enumerate()
		.filter(|(_, (_, serials))| serials.is_some())
		.map(|(index, _)| index)
		.collect();
	let picked = g.pick(&with_serials).and_then(|index| world.batches.get(index));
	let (batch, serial, proof) = match picked {
		Some((batch, Some(serials))) if g.chance(90) => {
			let index = g.below(serials.len());
			let leaves: Vec<H256> = serials.iter().map(|serial| serial_hash(serial)).collect();
			let proof = match g.below(10) {
				0..=7 => merkle::proof(&leaves, index).unwrap_or_default(),
				// Another serial's proof, or none: not in the batch.
				8 => merkle::proof(&leaves, index + 1).unwrap_or_default(),
				_ => Vec::new(),
			};
			(*batch, serials.get(index).cloned().unwrap_or_default(), proof)
		}
		_ => {
			let batch = g.batch();
			let length = g.below(21);
			let serial = g.bytes(length);
			(batch, serial, vec![g.hash()])
		}
	};
	let dispensers: Vec<AccountId> = holdings_in_custody(batch)
		.into_iter()
		.filter(|(holder, _)| {
			kind_of(*holder).is_some_and(|kind| pallet_drug_trace::DISPENSERS.contains(&kind))
		})
		.flat_map(|(holder, _)| members_of(holder, &[MemberRole::Pharmacist]))
		.collect();
	let who = g.one_of(&dispensers);
	let call: DrugCall<Runtime> = DrugCall::dispense {
		batch,
		serial: BoundedVec::truncate_from(serial),
		proof: BoundedVec::truncate_from(proof),
	};
	(Caller::Signed(who), RuntimeCall::DrugTrace(call))
}

fn recall(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let batch = g.batch();
	let manufacturer = Batches::<Runtime>::get(batch).map(|batch| batch.manufacturer);
	let recallers = match (manufacturer, g.chance(50)) {
		(Some(manufacturer), true) => {
			members_of(manufacturer, pallet_drug_trace::MANUFACTURER_RECALL_ROLES)
		}
		_ => members(pallet_drug_trace::REGULATORS, pallet_drug_trace::REGULATOR_RECALL_ROLES),
	};
	let who = g.one_of(&recallers);
	let class = match g.below(3) {
		0 => RecallClass::ClassI,
		1 => RecallClass::ClassII,
		_ => RecallClass::ClassIII,
	};
	let reason_hash = g.hash();
	(Caller::Signed(who), RuntimeCall::DrugTrace(DrugCall::recall { batch, class, reason_hash }))
}

fn close_recall(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let open: Vec<BatchId> = pallet_drug_trace::OpenRecalls::<Runtime>::iter_keys().collect();
	let batch = match g.pick(&open) {
		Some(batch) if g.chance(80) => batch,
		_ => g.batch(),
	};
	let call = RuntimeCall::DrugTrace(DrugCall::close_recall { batch });
	if g.chance(30) {
		return (Caller::Root, call);
	}
	let closers = match pallet_drug_trace::OpenRecalls::<Runtime>::get(batch) {
		Some(recall) => {
			let roles = match recall.opened_by {
				RecallOpener::Manufacturer => pallet_drug_trace::MANUFACTURER_RECALL_ROLES,
				RecallOpener::Regulator => pallet_drug_trace::REGULATOR_RECALL_ROLES,
			};
			members_of(recall.by_org, roles)
		}
		None => members(pallet_drug_trace::REGULATORS, pallet_drug_trace::REGULATOR_RECALL_ROLES),
	};
	(Caller::Signed(g.one_of(&closers)), call)
}

fn report_suspect(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let batch = g.batch();
	let reporters: Vec<AccountId> = if g.chance(70) {
		Holdings::<Runtime>::iter_key_prefix(batch)
			.flat_map(|holder| members_of(holder, &[]))
			.collect()
	} else {
		members(pallet_drug_trace::REGULATORS, pallet_drug_trace::REGULATOR_REPORT_ROLES)
	};
	let who = g.one_of(&reporters);
	let reason_hash = g.hash();
	(Caller::Signed(who), RuntimeCall::DrugTrace(DrugCall::report_suspect { batch, reason_hash }))
}

fn resolve_suspect(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let suspect: Vec<BatchId> = pallet_drug_trace::SuspectReports::<Runtime>::iter_keys().collect();
	let batch = match g.pick(&suspect) {
		Some(batch) if g.chance(80) => batch,
		_ => g.batch(),
	};
	let auditors = members(pallet_drug_trace::REGULATORS, &[MemberRole::Auditor]);
	let who = g.one_of(&auditors);
	let legitimate = g.any();
	(Caller::Signed(who), RuntimeCall::DrugTrace(DrugCall::resolve_suspect { batch, legitimate }))
}

fn release_stock(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let world = g.world;
	let mut quarantined: Vec<(StockRef, BatchId)> = Vec::new();
	for (batch, _serials) in &world.batches {
		for (holder, holding) in Holdings::<Runtime>::iter_prefix(batch) {
			if holding.quarantined && holding.quantity > 0 {
				quarantined.push((StockRef::Holding { batch: *batch, holder }, *batch));
			}
		}
	}
	for shipment in &world.shipments {
		if let Some(sent) = Shipments::<Runtime>::get(shipment) {
			if sent.quarantined && sent.status == ShipmentStatus::InTransit {
				quarantined.push((StockRef::Shipment(*shipment), sent.batch));
			}
		}
	}
	let (stock, batch) = match g.pick(&quarantined) {
		Some(stock) if g.chance(85) => stock,
		_ => {
			let batch = g.batch();
			(StockRef::Holding { batch, holder: g.org() }, batch)
		}
	};
	let releasers = match (Batches::<Runtime>::get(batch), g.chance(50)) {
		(Some(batch), true) => {
			members_of(batch.manufacturer, pallet_drug_trace::MANUFACTURER_RELEASE_ROLES)
		}
		_ => members(pallet_drug_trace::REGULATORS, pallet_drug_trace::REGULATOR_RELEASE_ROLES),
	};
	let who = g.one_of(&releasers);
	(Caller::Signed(who), RuntimeCall::DrugTrace(DrugCall::release_stock { stock }))
}

fn dispose_stock(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let batch = g.batch();
	let (who, quantity) = match g.pick(&holdings_in_custody(batch)) {
		Some((holder, holding)) => {
			let handlers = stock_handlers(holder);
			let quantity = match g.below(10) {
				0..=7 => g.between_u32(1, holding.quantity),
				8 => holding.quantity.saturating_add(1),
				_ => 0,
			};
			(g.one_of(&handlers), quantity)
		}
		None => (g.account(), g.any()),
	};
	let disposition = match g.below(5) {
		0 => Disposition::Destroyed,
		1 => Disposition::WrittenOff(WriteOffReason::Damaged),
		2 => Disposition::WrittenOff(WriteOffReason::Lost),
		3 => Disposition::WrittenOff(WriteOffReason::Stolen),
		_ => Disposition::WrittenOff(WriteOffReason::Other(g.any())),
	};
	let call: DrugCall<Runtime> = DrugCall::dispose_stock { batch, quantity, disposition };
	(Caller::Signed(who), RuntimeCall::DrugTrace(call))
}

// --- ClinicalTrial ---

fn register_trial(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let investigators =
		members(pallet_clinical_trial::SPONSORS, pallet_clinical_trial::INVESTIGATOR_ROLES);
	let who = g.one_of(&investigators);
	let registration = g.registration();
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(TrialCall::register_trial { registration }))
}

fn approve_trial(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.status == TrialStatus::Registered);
	let reviewers =
		members(pallet_clinical_trial::ETHICS_COMMITTEES, pallet_clinical_trial::REVIEWER_ROLES);
	let who = g.one_of(&reviewers);
	let decision_hash = g.hash();
	let call: TrialCall<Runtime> = TrialCall::approve_trial { trial, decision_hash };
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(call))
}

fn start_recruiting(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.status == TrialStatus::Approved);
	let who = g.sponsor_member(trial, pallet_clinical_trial::SPONSOR_ROLES);
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(TrialCall::start_recruiting { trial }))
}

fn close_recruitment(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.status == TrialStatus::Recruiting);
	let who = g.sponsor_member(trial, pallet_clinical_trial::SPONSOR_ROLES);
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(TrialCall::close_recruitment { trial }))
}

fn complete_trial(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.status == TrialStatus::Active);
	let who = g.sponsor_member(trial, pallet_clinical_trial::SPONSOR_ROLES);
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(TrialCall::complete_trial { trial }))
}

fn terminate_trial(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| !trial.status.has_ended());
	let who = g.sponsor_member(trial, pallet_clinical_trial::SPONSOR_ROLES);
	let reason_hash = g.hash();
	let call: TrialCall<Runtime> = TrialCall::terminate_trial { trial, reason_hash };
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(call))
}

fn suspend_trial(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.status.may_be_suspended());
	let committee = Trials::<Runtime>::get(trial).and_then(|trial| trial.ethics_committee);
	let reviewers = match (committee, g.chance(50)) {
		(Some(committee), true) => members_of(committee, pallet_clinical_trial::REVIEWER_ROLES),
		_ => {
			members(pallet_clinical_trial::OVERSIGHT_BODIES, pallet_clinical_trial::REVIEWER_ROLES)
		}
	};
	let who = g.one_of(&reviewers);
	let reason_hash = g.hash();
	let call: TrialCall<Runtime> = TrialCall::suspend_trial { trial, reason_hash };
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(call))
}

fn lift_suspension(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.status == TrialStatus::Suspended);
	let call = RuntimeCall::ClinicalTrial(TrialCall::lift_suspension { trial });
	if g.chance(30) {
		return (Caller::Root, call);
	}
	let reviewers = Trials::<Runtime>::get(trial)
		.and_then(|trial| trial.suspension)
		.map(|suspension| members_of(suspension.by_org, pallet_clinical_trial::REVIEWER_ROLES))
		.unwrap_or_default();
	(Caller::Signed(g.one_of(&reviewers)), call)
}

fn propose_amendment(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| {
		trial.is_approved() && !trial.status.has_ended() && trial.pending_amendment.is_none()
	});
	let who = g.sponsor_member(trial, pallet_clinical_trial::SPONSOR_ROLES);
	let protocol_hash = g.hash();
	let summary_hash = g.hash();
	let call: TrialCall<Runtime> =
		TrialCall::propose_amendment { trial, protocol_hash, summary_hash };
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(call))
}

fn approve_amendment(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.pending_amendment.is_some());
	let reviewers = Trials::<Runtime>::get(trial)
		.and_then(|trial| trial.ethics_committee)
		.map(|committee| members_of(committee, pallet_clinical_trial::REVIEWER_ROLES))
		.unwrap_or_default();
	let who = g.one_of(&reviewers);
	let decision_hash = g.hash();
	let call: TrialCall<Runtime> = TrialCall::approve_amendment { trial, decision_hash };
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(call))
}

fn enrol(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.status == TrialStatus::Recruiting);
	let consenters = research_consenters(g.world, trial);
	let who = if consenters.is_empty() { g.patient() } else { g.one_of(&consenters) };
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(TrialCall::enrol { trial }))
}

fn reconsent(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.current_protocol_version > 1);
	let current = Trials::<Runtime>::get(trial).map_or(1, |trial| trial.current_protocol_version);
	let who = g.participant(trial, |enrolment| enrolment.needs_reconsent(current));
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(TrialCall::reconsent { trial }))
}

fn withdraw(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.pending + trial.enrolled > 0);
	let who = g.participant(trial, |enrolment| enrolment.status.is_active());
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(TrialCall::withdraw { trial }))
}

fn commit_data_snapshot(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let now = g.now;
	let trial = g.trial_where(|trial| trial.has_recruited());
	let who = g.sponsor_member(trial, pallet_clinical_trial::INVESTIGATOR_ROLES);
	let snapshot_hash = g.hash();
	let record_count = if g.chance(90) { g.between_u32(0, 10_000) } else { g.any() };
	let (period_start, period_end) = match g.below(10) {
		0..=7 => {
			let start = now.saturating_sub(g.between(0, 30 * DAY_MS));
			(start, g.between(start, now))
		}
		8 => (now, now.saturating_sub(1)),
		_ => (now, now + g.between(1, DAY_MS)),
	};
	let call: TrialCall<Runtime> = TrialCall::commit_data_snapshot {
		trial,
		snapshot_hash,
		record_count,
		period_start,
		period_end,
	};
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(call))
}

fn report_adverse_event(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.has_recruited());
	let who = g.sponsor_member(trial, pallet_clinical_trial::INVESTIGATOR_ROLES);
	let severity = match g.below(5) {
		0 => Severity::Mild,
		1 => Severity::Moderate,
		2 => Severity::Severe,
		3 => Severity::LifeThreatening,
		_ => Severity::Fatal,
	};
	let report_hash = g.hash();
	let call: TrialCall<Runtime> = TrialCall::report_adverse_event { trial, severity, report_hash };
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(call))
}

fn publish_results(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.results_due());
	let who = g.sponsor_member(trial, pallet_clinical_trial::SPONSOR_ROLES);
	let results_hash = g.hash();
	let registered: Vec<OutcomeCommitment> = Trials::<Runtime>::get(trial)
		.map(|trial| trial.registration.outcomes.into_inner())
		.unwrap_or_default();
	let mut reported: Vec<ReportedOutcome> = registered
		.iter()
		.map(|outcome| ReportedOutcome {
			kind: outcome.kind,
			definition_hash: outcome.definition_hash,
		})
		.collect();
	// Mostly as registered; otherwise with each kind of discrepancy.
	match g.below(10) {
		0..=5 => {}
		6 => {
			reported.pop();
		}
		7 => reported
			.push(ReportedOutcome { kind: OutcomeKind::Secondary, definition_hash: g.hash() }),
		8 => {
			if let Some(first) = reported.first_mut() {
				first.kind = match first.kind {
					OutcomeKind::Primary => OutcomeKind::Secondary,
					OutcomeKind::Secondary => OutcomeKind::Primary,
				};
			}
		}
		_ => reported.clear(),
	}
	let call: TrialCall<Runtime> = TrialCall::publish_results {
		trial,
		results_hash,
		reported: BoundedVec::truncate_from(reported),
	};
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(call))
}

fn confirm_enrolment(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.status == TrialStatus::Recruiting && trial.pending > 0);
	let participant =
		g.participant(trial, |enrolment| enrolment.status == EnrolmentStatus::Pending);
	let who = g.sponsor_member(trial, pallet_clinical_trial::SPONSOR_ROLES);
	let call: TrialCall<Runtime> = TrialCall::confirm_enrolment { trial, participant };
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(call))
}

fn screen_out(g: &mut Gen<'_>) -> (Caller, RuntimeCall) {
	let trial = g.trial_where(|trial| trial.pending > 0);
	let participant =
		g.participant(trial, |enrolment| enrolment.status == EnrolmentStatus::Pending);
	let who = g.sponsor_member(trial, pallet_clinical_trial::SPONSOR_ROLES);
	let reason = match g.below(4) {
		0 => ScreeningReason::NotEligible,
		1 => ScreeningReason::ConsentInvalid,
		2 => ScreeningReason::Duplicate,
		_ => ScreeningReason::Other(g.any()),
	};
	let call: TrialCall<Runtime> = TrialCall::screen_out { trial, participant, reason };
	(Caller::Signed(who), RuntimeCall::ClinicalTrial(call))
}

// ------------------------------------------------------------------------------------------
// The invariants
// ------------------------------------------------------------------------------------------

/// What a successful call's `events` must rest on, checked the moment it happened: each read
/// it logged was permitted, each enrolment step had a valid research consent.
fn check_call_effects(events: &[RuntimeEvent]) -> Result<(), String> {
	for event in events {
		match event {
			RuntimeEvent::Consent(pallet_consent::Event::AccessRecorded {
				patient, entry, ..
			}) => read_permitted_now(patient, entry)?,
			RuntimeEvent::ClinicalTrial(
				pallet_clinical_trial::Event::EnrolmentRequested {
					trial,
					participant,
					protocol_version,
					consent,
					..
				}
				| pallet_clinical_trial::Event::ParticipantReconsented {
					trial,
					participant,
					protocol_version,
					consent,
				},
			) => research_consent_now(*trial, participant, *protocol_version, *consent)?,
			RuntimeEvent::ClinicalTrial(pallet_clinical_trial::Event::EnrolmentConfirmed {
				trial,
				participant,
				consent,
				..
			}) => {
				let version = Enrolments::<Runtime>::get(trial, participant)
					.map(|enrolment| enrolment.protocol_version)
					.ok_or_else(|| format!("trial {trial}: a confirmed enrolment is not stored"))?;
				research_consent_now(*trial, participant, version, *consent)?
			}
			_ => {}
		}
	}
	Ok(())
}

/// The read request an access-log entry of `patient` records.
fn read_request(
	patient: &AccountId,
	entry: &AccessLogEntryOf<Runtime>,
) -> AccessRequest<AccountId> {
	AccessRequest {
		patient: patient.clone(),
		accessor: entry.accessor.clone(),
		organization: entry.org,
		action: ConsentAction::Read,
		category: entry.category,
		purpose: entry.purpose,
	}
}

/// A read just logged in `patient`'s access log: its record is a live record of that patient
/// and category, and the grant or break-glass case it names permits it now.
fn read_permitted_now(
	patient: &AccountId,
	entry: &AccessLogEntryOf<Runtime>,
) -> Result<(), String> {
	if let Some(record) = entry.record {
		let anchor = Records::<Runtime>::get(record).ok_or_else(|| {
			format!("a read of record {record}, which does not exist, was logged")
		})?;
		if anchor.patient != *patient
			|| anchor.category != entry.category
			|| anchor.status == RecordStatus::Erased
		{
			return Err(format!(
				"a read of record {record} was logged as {patient}'s {:?}, but the record is \
				 {anchor:?}",
				entry.category
			));
		}
	}
	match entry.basis {
		AccessBasis::Consent(consent) => {
			let grant = Grants::<Runtime>::get(consent).ok_or_else(|| {
				format!("a read was logged on grant {consent}, which is not stored")
			})?;
			let live = pallet_consent::Pallet::<Runtime>::live_list(patient, &grant.grantee)
				.iter()
				.any(|live| live.id == consent && !live.revoked);
			if !grant.covers(&read_request(patient, entry))
				|| grant.check_at(entry.at).is_err()
				|| !live
			{
				return Err(format!(
					"a read {entry:?} was logged on grant {consent}, which does not permit it \
					 now: {grant:?}"
				));
			}
		}
		AccessBasis::BreakGlass(case) => {
			let record = BreakGlassCases::<Runtime>::get(case).ok_or_else(|| {
				format!("a read was logged on break-glass case {case}, which does not exist")
			})?;
			let still_binds = Members::<Runtime>::get(&entry.accessor)
				.is_some_and(|member| member.org == record.org && member.role == record.role)
				&& active_kind(record.org).is_some_and(|kind| EMERGENCY_PROVIDERS.contains(&kind));
			let open = record.is_open_at(entry.at)
				&& OpenBreakGlass::<Runtime>::get(patient, &entry.accessor) == Some(case);
			let matches = record.patient == *patient
				&& record.accessor == entry.accessor
				&& entry.org == Some(record.org)
				&& entry.purpose == PurposeOfUse::Emergency;
			if !(still_binds && open && matches) {
				return Err(format!(
					"a read {entry:?} was logged on break-glass case {case}, which does not \
					 permit it now: {record:?}"
				));
			}
		}
	}
	Ok(())
}

/// Whether `grant` is `participant`'s research consent, to `sponsor`, for `trial` under
/// `protocol_version`: what enrolment requires.
fn is_research_consent(
	grant: &ConsentGrantOf<Runtime>,
	participant: &AccountId,
	trial: TrialId,
	protocol_version: u32,
	sponsor: OrgId,
) -> bool {
	grant.patient == *participant
		&& grant.grantee == Grantee::Organization(sponsor)
		&& grant.actions.read
		&& grant.purpose == PurposeOfUse::Research(Some(TrialProtocol { trial, protocol_version }))
}

/// Whether `grant` permitted what it covers at `at`: made by then, started, not ended, not
/// revoked before.
fn permitted_at(grant: &ConsentGrantOf<Runtime>, at: Moment) -> bool {
	grant.created_at <= at
		&& grant.valid_from <= at
		&& grant.valid_until.is_none_or(|until| at < until)
		&& grant.revoked_at.is_none_or(|revoked| revoked >= at)
}

/// An enrolment step just taken: `consent` is `participant`'s research consent for `trial`
/// under `protocol_version`, to its sponsor, valid now.
fn research_consent_now(
	trial_id: TrialId,
	participant: &AccountId,
	protocol_version: u32,
	consent: ConsentId,
) -> Result<(), String> {
	let trial = Trials::<Runtime>::get(trial_id)
		.ok_or_else(|| format!("an enrolment names trial {trial_id}, which does not exist"))?;
	let grant = Grants::<Runtime>::get(consent).ok_or_else(|| {
		format!("trial {trial_id}: an enrolment names grant {consent}, which is not stored")
	})?;
	let now = pallet_timestamp::Now::<Runtime>::get();
	if !is_research_consent(&grant, participant, trial_id, protocol_version, trial.sponsor)
		|| grant.check_at(now).is_err()
	{
		return Err(format!(
			"trial {trial_id}: {participant} enrolled under version {protocol_version} on grant \
			 {consent}, which is no valid research consent for it: {grant:?}"
		));
	}
	Ok(())
}

/// Everything that must hold between blocks.
fn check_block_invariants(world: &World) -> Result<(), String> {
	pallet_organizations::Pallet::<Runtime>::do_try_state()
		.map_err(|error| format!("organizations' try_state: {error:?}"))?;
	pallet_ehr_anchor::Pallet::<Runtime>::do_try_state()
		.map_err(|error| format!("ehr-anchor's try_state: {error:?}"))?;
	pallet_consent::Pallet::<Runtime>::do_try_state()
		.map_err(|error| format!("consent's try_state: {error:?}"))?;
	pallet_drug_trace::Pallet::<Runtime>::do_try_state()
		.map_err(|error| format!("drug-trace's try_state: {error:?}"))?;
	pallet_clinical_trial::Pallet::<Runtime>::do_try_state()
		.map_err(|error| format!("clinical-trial's try_state: {error:?}"))?;
	issuance_is_held()?;
	stock_is_conserved(world)?;
	record_counts_match_indexes()?;
	access_log_was_permitted(world)?;
	enrolments_rest_on_consent(world)?;
	references_exist()
}

/// Total issuance equals the sum of every account's free and reserved (held) balance: no call
/// mints or burns (the fuzzer charges no fees), and holds only move funds.
fn issuance_is_held() -> Result<(), String> {
	let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	let held = frame_system::Account::<Runtime>::iter_values().fold(0, |sum: Balance, account| {
		sum.saturating_add(account.data.free).saturating_add(account.data.reserved)
	});
	if issuance != held {
		return Err(format!("total issuance is {issuance} but accounts hold {held}"));
	}
	Ok(())
}

/// Every batch's packs are accounted for (held + in transit + dispensed + disposed =
/// commissioned, recomputed apart from drug-trace's own check), and every dispensed serial of
/// a batch whose serials the fuzzer knows is one of them.
fn stock_is_conserved(world: &World) -> Result<(), String> {
	let mut in_transit: BTreeMap<BatchId, u64> = BTreeMap::new();
	for shipment in Shipments::<Runtime>::iter_values() {
		if shipment.status == ShipmentStatus::InTransit {
			*in_transit.entry(shipment.batch).or_default() += u64::from(shipment.quantity);
		}
	}
	for (batch_id, batch) in Batches::<Runtime>::iter() {
		let held: u64 = Holdings::<Runtime>::iter_prefix_values(batch_id)
			.map(|holding| u64::from(holding.quantity))
			.sum();
		let moving = in_transit.get(&batch_id).copied().unwrap_or_default();
		let accounted = held + moving + u64::from(batch.dispensed) + u64::from(batch.disposed);
		if accounted != u64::from(batch.quantity) {
			return Err(format!(
				"batch {batch_id}: {held} held + {moving} in transit + {} dispensed + {} disposed \
				 != {} commissioned",
				batch.dispensed, batch.disposed, batch.quantity
			));
		}
	}
	for (batch_id, serials) in &world.batches {
		let Some(serials) = serials else { continue };
		let committed: BTreeSet<H256> = serials.iter().map(|serial| serial_hash(serial)).collect();
		for dispensed in pallet_drug_trace::DispensedSerials::<Runtime>::iter_key_prefix(batch_id) {
			if !committed.contains(&dispensed) {
				return Err(format!(
					"batch {batch_id}: dispensed serial {dispensed:?} is none of its serials"
				));
			}
		}
	}
	Ok(())
}

/// Every patient's record count equals its number of index entries, each below the count,
/// and its number of records.
fn record_counts_match_indexes() -> Result<(), String> {
	let mut records_of: BTreeMap<AccountId, u32> = BTreeMap::new();
	for record in Records::<Runtime>::iter_values() {
		*records_of.entry(record.patient).or_default() += 1;
	}
	for (patient, count) in pallet_ehr_anchor::PatientRecordCount::<Runtime>::iter() {
		let indexes: Vec<u32> =
			pallet_ehr_anchor::PatientRecords::<Runtime>::iter_key_prefix(&patient).collect();
		let records = records_of.remove(&patient).unwrap_or_default();
		if u32::try_from(indexes.len()).ok() != Some(count)
			|| indexes.iter().any(|index| *index >= count)
			|| records != count
		{
			return Err(format!(
				"{patient}: record count {count}, {} index entries, {records} records",
				indexes.len()
			));
		}
	}
	if let Some((patient, records)) = records_of.into_iter().next() {
		return Err(format!("{patient} has {records} records and no record count"));
	}
	Ok(())
}

/// Every access-log entry names a record of its patient and category, and a grant or
/// break-glass case that permitted the read at the entry's time.
fn access_log_was_permitted(world: &World) -> Result<(), String> {
	for (patient, slot, entry) in pallet_consent::AccessLog::<Runtime>::iter() {
		if let Some(record) = entry.record {
			let of_patient = Records::<Runtime>::get(record).is_some_and(|anchor| {
				anchor.patient == patient && anchor.category == entry.category
			});
			if !of_patient {
				return Err(format!(
					"{patient}'s access log slot {slot} names record {record}, not one of its {:?}",
					entry.category
				));
			}
		}
		let at = entry.at;
		match entry.basis {
			AccessBasis::Consent(consent) => {
				if world.pruned.contains(&consent) {
					continue;
				}
				let grant = Grants::<Runtime>::get(consent).ok_or_else(|| {
					format!(
						"{patient}'s access log slot {slot} names grant {consent}, which is not \
						 stored"
					)
				})?;
				if !grant.covers(&read_request(&patient, &entry)) || !permitted_at(&grant, at) {
					return Err(format!(
						"{patient}'s access log slot {slot} ({entry:?}) names grant {consent}, \
						 which did not permit it then: {grant:?}"
					));
				}
			}
			AccessBasis::BreakGlass(case) => {
				let record = BreakGlassCases::<Runtime>::get(case).ok_or_else(|| {
					format!(
						"{patient}'s access log slot {slot} names case {case}, which does not \
						 exist"
					)
				})?;
				let permitted = record.patient == patient
					&& record.accessor == entry.accessor
					&& entry.org == Some(record.org)
					&& entry.purpose == PurposeOfUse::Emergency
					&& record.opened_at <= at
					&& at < record.expires_at
					&& record
						.review
						.as_ref()
						.is_none_or(|review| review.justified || review.at >= at);
				if !permitted {
					return Err(format!(
						"{patient}'s access log slot {slot} ({entry:?}) names case {case}, which \
						 did not permit it then: {record:?}"
					));
				}
			}
		}
	}
	Ok(())
}

/// Every pending or enrolled participant's research consent was valid, when it was last given
/// (requested, re-consented, confirmed), for the protocol version it is enrolled under.
fn enrolments_rest_on_consent(world: &World) -> Result<(), String> {
	for (trial_id, participant, enrolment) in Enrolments::<Runtime>::iter() {
		if !enrolment.status.is_active() || world.pruned.contains(&enrolment.consent) {
			continue;
		}
		let trial = Trials::<Runtime>::get(trial_id)
			.ok_or_else(|| format!("an enrolment names trial {trial_id}, which does not exist"))?;
		let grant = Grants::<Runtime>::get(enrolment.consent).ok_or_else(|| {
			format!(
				"trial {trial_id}: {participant}'s enrolment names grant {}, which is not stored",
				enrolment.consent
			)
		})?;
		let confirmed_at =
			if enrolment.status == EnrolmentStatus::Enrolled { enrolment.decided_at } else { None };
		let given_at = [Some(enrolment.requested_at), confirmed_at, enrolment.reconsented_at]
			.into_iter()
			.flatten()
			.max()
			.unwrap_or(enrolment.requested_at);
		let version = enrolment.protocol_version;
		if !is_research_consent(&grant, &participant, trial_id, version, trial.sponsor)
			|| !permitted_at(&grant, given_at)
		{
			return Err(format!(
				"trial {trial_id}: {participant} is enrolled under version {version} on grant {}, \
				 no research consent for it at {given_at}: {grant:?}",
				enrolment.consent
			));
		}
	}
	Ok(())
}

/// Every organisation another pallet names exists, of the kind that pallet requires: record
/// and import authors are care organisations; batch makers manufacturers; stock holders
/// trading partners; trial sponsors sponsors and their committees ethics committees;
/// break-glass cases' organisations emergency providers; grantee organisations exist.
fn references_exist() -> Result<(), String> {
	for (id, record) in Records::<Runtime>::iter() {
		if let Some(org) = record.author_org {
			if !is_of_kind(org, CARE_ORGANIZATIONS) {
				return Err(format!("record {id}'s author {org} is no care organisation"));
			}
		}
	}
	for (id, bulk) in pallet_ehr_anchor::BulkAnchors::<Runtime>::iter() {
		if !is_of_kind(bulk.org, CARE_ORGANIZATIONS) {
			return Err(format!(
				"bulk anchor {id}'s importer {} is no care organisation",
				bulk.org
			));
		}
	}
	for (id, batch) in Batches::<Runtime>::iter() {
		if !is_of_kind(batch.manufacturer, pallet_drug_trace::MANUFACTURERS) {
			return Err(format!("batch {id}'s maker {} is no manufacturer", batch.manufacturer));
		}
	}
	for (batch, holder) in Holdings::<Runtime>::iter_keys() {
		if !is_of_kind(holder, pallet_drug_trace::TRADING_PARTNERS) {
			return Err(format!("batch {batch} is held by {holder}, no trading partner"));
		}
	}
	for (id, trial) in Trials::<Runtime>::iter() {
		if !is_of_kind(trial.sponsor, pallet_clinical_trial::SPONSORS) {
			return Err(format!("trial {id}'s sponsor {} is no sponsor", trial.sponsor));
		}
		if let Some(committee) = trial.ethics_committee {
			if !is_of_kind(committee, pallet_clinical_trial::ETHICS_COMMITTEES) {
				return Err(format!("trial {id}'s committee {committee} is no ethics committee"));
			}
		}
	}
	for (case, record) in BreakGlassCases::<Runtime>::iter() {
		if !is_of_kind(record.org, EMERGENCY_PROVIDERS) {
			return Err(format!(
				"break-glass case {case}'s organisation {} gives no emergency care",
				record.org
			));
		}
	}
	for (consent, grant) in Grants::<Runtime>::iter() {
		if let Grantee::Organization(org) = grant.grantee {
			if kind_of(org).is_none() {
				return Err(format!(
					"grant {consent} lets in organisation {org}, which does not exist"
				));
			}
		}
	}
	Ok(())
}
