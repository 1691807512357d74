//! Full-block benchmarks: `healthchain-node benchmark extrinsic`.
//!
//! The command fills one block with as many extrinsics of one kind as the runtime admits and
//! times its execution. It builds that block on the chain's *genesis* state (the SDK executes
//! the block at the genesis hash), so every call that needs a patient's consent, a record, a
//! batch in stock or a recruiting trial needs them in genesis. `scripts/full-blocks.sh`
//! makes such a genesis: it runs a `--dev` node, sets the state below up through the demo
//! consortium's transactions (`tests/e2e/load/full-block-state.mjs`, which checks every id
//! named here), and exports that state as a raw chain spec. The builders here only sign.
//!
//! The state, on top of the `development` preset's demo consortium:
//! - [`PATIENTS`] patients `//BenchPatient{i}`, each funded, each with research consent for
//!   trial [`TRIAL`] (protocol version 1) to its sponsor;
//! - the first [`CONSENTED_PATIENTS`] of them also let the hospital read and write for
//!   treatment, and the hospital's practitioner anchored record `i` for patient `i`;
//! - batch [`BATCH`] of the manufacturer in stock, and shipments `0..`[`SHIPMENTS`] of one
//!   pack each from the manufacturer to the distributor, in transit;
//! - trial [`TRIAL`] of the demo sponsor, approved and recruiting.
//!
//! Before the SDK times a block, [`checked_factory`] applies extrinsics on genesis as a
//! collator does (recording the proof, so storage-weight reclaim refunds what each extrinsic
//! did not read) until the block is full, and stops with the failing extrinsic's error if any
//! would fail: a block of failed extrinsics is cheap, and its time would say nothing. It logs
//! how many the full block holds, builds that block and times its execution (proof recorded),
//! against the 2 s a block may take. The SDK then builds its own block without recording the
//! proof, so every extrinsic keeps its worst-case proof and fewer fit ("Extrinsics per
//! block"), and reports each extrinsic's share of that block's execution time.

use std::{cell::RefCell, collections::HashMap, sync::Arc, time::Instant};

use codec::{Decode, Encode};
use frame_benchmarking_cli::{ExtrinsicBuilder, ExtrinsicFactory};
use healthchain_primitives::{OrgId, PurposeOfUse, RecordCategory, RecordId, TrialId};
use healthchain_runtime::{
	AccountId, Hash, Runtime, RuntimeCall, Signature, TxExtension, UncheckedExtrinsic,
};
use sc_block_builder::BlockBuilderBuilder;
use sc_client_api::{HeaderBackend, StorageProvider};
use sp_api::{ApiExt, Core, ProofRecorder, ProvideRuntimeApi};
use sp_block_builder::BlockBuilder as _;
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::{sr25519, storage::StorageKey, Pair as _, H256};
use sp_inherents::{InherentData, InherentDataProvider as _};
use sp_io::hashing::{blake2_256, twox_128};
use sp_runtime::{
	generic::Era,
	traits::Header as _,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	Digest, DigestItem, OpaqueExtrinsic,
};
use sp_trie::proof_size_extension::ProofSizeExt;

use healthchain_runtime::opaque::Block;

use crate::{dev, service::ParachainClient};

/// Patients `//BenchPatient{i}` set up in the benchmark state.
pub const PATIENTS: u32 = 1_600;
/// The first patients, who let the hospital read and write and have record `i` each.
pub const CONSENTED_PATIENTS: u32 = 16;
/// Shipments in transit to the distributor, ids `0..SHIPMENTS`.
pub const SHIPMENTS: u64 = 1_600;
/// The manufacturer's batch in stock.
pub const BATCH: u64 = 0;
/// The recruiting trial.
pub const TRIAL: TrialId = 0;

/// The execution time the relay chain gives a parachain block (the ref_time of
/// `MAXIMUM_BLOCK_WEIGHT`, runtime/src/lib.rs).
const BLOCK_EXECUTION_BUDGET_MS: f64 = 2_000.0;

/// How `benchmark extrinsic` was asked to run: the block's cap, and the warm-up and timed runs.
pub struct Runs {
	/// `--max-ext-per-block`.
	pub max_per_block: Option<u32>,
	/// `--warmup`.
	pub warmup: u32,
	/// `--repeat`.
	pub repeat: u32,
}

/// The demo consortium's organisations the builders use (runtime/src/demo_consortium.rs).
const HOSPITAL: OrgId = 0;
const DISTRIBUTOR: OrgId = 5;

/// The demo accounts that sign.
const PRACTITIONER: &str = "//HospitalPractitioner";
const MANUFACTURER_LOGISTICS: &str = "//ManufacturerLogistics";
const DISTRIBUTOR_LOGISTICS: &str = "//DistributorLogistics";

/// The development URI of benchmark patient `i`.
pub fn patient_uri(i: u32) -> String {
	format!("//BenchPatient{i}")
}

/// The `i`-th extrinsic of a full block: who signs it, how many extrinsics of this block that
/// signer signed before it, and its call.
struct Planned {
	signer: String,
	earlier: u32,
	call: RuntimeCall,
}

/// Makes the `i`-th extrinsic of a block, or says why there is none.
type Plan = Box<dyn Fn(u32) -> Result<Planned, &'static str>>;

/// What every signature of a benchmark commits to: the chain and its runtime's versions.
#[derive(Clone, Copy)]
struct Chain {
	genesis: Hash,
	spec_version: u32,
	transaction_version: u32,
}

/// One kind of extrinsic, signed with the nonces the signers have in genesis.
struct Builder {
	pallet: &'static str,
	extrinsic: &'static str,
	client: Arc<ParachainClient>,
	chain: Chain,
	plan: Plan,
	/// Each signer's nonce in genesis, read once: a block is built three times (checked,
	/// timed by the node, timed by the SDK) of up to thousands of extrinsics.
	genesis_nonces: RefCell<HashMap<AccountId, u32>>,
}

impl Builder {
	/// `account`'s nonce in genesis.
	fn genesis_nonce(&self, account: &AccountId) -> Result<u32, &'static str> {
		use frame_system_rpc_runtime_api::AccountNonceApi;

		if let Some(nonce) = self.genesis_nonces.borrow().get(account) {
			return Ok(*nonce);
		}
		let nonce = self
			.client
			.runtime_api()
			.account_nonce(self.chain.genesis, account.clone())
			.map_err(|_| "cannot read a signer's nonce in genesis")?;
		self.genesis_nonces.borrow_mut().insert(account.clone(), nonce);
		Ok(nonce)
	}
}

impl ExtrinsicBuilder for Builder {
	fn pallet(&self) -> &str {
		self.pallet
	}

	fn extrinsic(&self) -> &str {
		self.extrinsic
	}

	fn build(&self, index: u32) -> Result<OpaqueExtrinsic, &'static str> {
		let Planned { signer, earlier, call } = (self.plan)(index)?;
		let pair = sr25519::Pair::from_string(&signer, None)
			.map_err(|_| "a benchmark signer's development URI does not parse")?;
		let nonce = self
			.genesis_nonce(&pair.public().into())?
			.checked_add(earlier)
			.ok_or("a signer's nonce overflows")?;
		sign(self.chain, &pair, nonce, call)
	}
}

/// `call` signed by `pair` for `chain`, immortal, with `nonce`.
fn sign(
	chain: Chain,
	pair: &sr25519::Pair,
	nonce: u32,
	call: RuntimeCall,
) -> Result<OpaqueExtrinsic, &'static str> {
	let Chain { genesis, spec_version, transaction_version } = chain;
	let account = AccountId::from(pair.public());

	let extension: TxExtension = (
		frame_system::AuthorizeCall::<Runtime>::new(),
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_skip_feeless_payment::SkipCheckIfFeeless::from(
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
	)
		.into();
	// What each extension adds to the signed payload without carrying it in the extrinsic.
	let implicit =
		((), (), spec_version, transaction_version, genesis, genesis, (), (), (), None::<[u8; 32]>);
	let payload = (&call, &extension, &implicit).encode();
	// Payloads longer than 256 bytes are signed by their hash, as the runtime checks them.
	let signature =
		if payload.len() > 256 { pair.sign(&blake2_256(&payload)) } else { pair.sign(&payload) };
	let extrinsic = UncheckedExtrinsic::new_signed(
		call,
		account.into(),
		Signature::Sr25519(signature),
		extension,
	);
	OpaqueExtrinsic::try_from_encoded_extrinsic(&extrinsic.encode())
		.map_err(|_| "a signed extrinsic does not re-decode as an opaque one")
}

/// A 32-byte hash that differs for every `index` of a builder named `tag`.
fn unique_hash(tag: &str, index: u32) -> H256 {
	H256(blake2_256(&(tag, index).encode()))
}

/// Benchmark patient `i`'s account.
fn patient(i: u32) -> Result<AccountId, &'static str> {
	let pair = sr25519::Pair::from_string(&patient_uri(i), None)
		.map_err(|_| "a benchmark patient's development URI does not parse")?;
	Ok(pair.public().into())
}

/// The `i`-th of [`PATIENTS`], each signing once, or the error that the state has no more.
fn once_per_patient(i: u32, call: RuntimeCall) -> Result<Planned, &'static str> {
	if i >= PATIENTS {
		return Err("the benchmark state has too few patients for a full block of this call");
	}
	Ok(Planned { signer: patient_uri(i), earlier: 0, call })
}

/// Every builder `benchmark extrinsic` offers: the healthcare calls, and a remark and a
/// transfer as yardsticks.
fn builders(client: &Arc<ParachainClient>) -> sc_cli::Result<Vec<Builder>> {
	let genesis = client.info().genesis_hash;
	let version = client
		.runtime_api()
		.version(genesis)
		.map_err(|e| format!("cannot read the runtime's version in genesis: {e}"))?;
	let chain = Chain {
		genesis,
		spec_version: version.spec_version,
		transaction_version: version.transaction_version,
	};
	let builder = |pallet, extrinsic, plan: Plan| Builder {
		pallet,
		extrinsic,
		client: client.clone(),
		chain,
		plan,
		genesis_nonces: RefCell::default(),
	};
	Ok(vec![
		builder(
			"system",
			"remark_with_event",
			Box::new(|i| {
				Ok(Planned {
					signer: "//Alice".into(),
					earlier: i,
					call: RuntimeCall::System(frame_system::Call::remark_with_event {
						remark: unique_hash("remark", i).0.to_vec(),
					}),
				})
			}),
		),
		builder(
			"balances",
			"transfer_keep_alive",
			Box::new(|i| {
				Ok(Planned {
					signer: "//Alice".into(),
					earlier: i,
					call: RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
						dest: patient(i % PATIENTS)?.into(),
						value: healthchain_runtime::UNIT,
					}),
				})
			}),
		),
		builder(
			"ehranchor",
			"anchor",
			Box::new(|i| {
				Ok(Planned {
					signer: PRACTITIONER.into(),
					earlier: i,
					call: RuntimeCall::EhrAnchor(pallet_ehr_anchor::Call::anchor {
						// One of the patients who let the hospital write.
						patient: patient(i % CONSENTED_PATIENTS)?,
						category: RecordCategory::LaboratoryReport,
						content_hash: unique_hash("anchor", i),
						algorithm: pallet_ehr_anchor::HashAlgorithm::Sha2_256,
						locator: format!("ipfs://bafy-full-block-{i}")
							.into_bytes()
							.try_into()
							.map_err(|_| "a benchmark locator is too long")?,
						key_reference: None,
					}),
				})
			}),
		),
		builder(
			"ehranchor",
			"request_access",
			Box::new(|i| {
				Ok(Planned {
					signer: PRACTITIONER.into(),
					earlier: i,
					call: RuntimeCall::EhrAnchor(pallet_ehr_anchor::Call::request_access {
						record: RecordId::from(i % CONSENTED_PATIENTS),
						purpose: PurposeOfUse::Treatment,
					}),
				})
			}),
		),
		builder(
			"consent",
			"grant",
			Box::new(|i| {
				once_per_patient(
					i,
					RuntimeCall::Consent(pallet_consent::Call::grant {
						patient: patient(i)?,
						terms: pallet_consent::ConsentTerms {
							grantee: pallet_consent::Grantee::Organization(HOSPITAL),
							actions: pallet_consent::ConsentActions::READ,
							categories: pallet_consent::CategoryScope::All,
							purpose: PurposeOfUse::Payment,
							valid_from: None,
							valid_until: None,
						},
					}),
				)
			}),
		),
		builder(
			"drugtrace",
			"ship",
			Box::new(|i| {
				Ok(Planned {
					signer: MANUFACTURER_LOGISTICS.into(),
					earlier: i,
					call: RuntimeCall::DrugTrace(pallet_drug_trace::Call::ship {
						batch: BATCH,
						to: DISTRIBUTOR,
						quantity: 1,
						document_hash: unique_hash("ship", i),
					}),
				})
			}),
		),
		builder(
			"drugtrace",
			"receive",
			Box::new(|i| {
				let shipment = u64::from(i);
				if shipment >= SHIPMENTS {
					return Err("the benchmark state has too few shipments for a full block");
				}
				Ok(Planned {
					signer: DISTRIBUTOR_LOGISTICS.into(),
					earlier: i,
					call: RuntimeCall::DrugTrace(pallet_drug_trace::Call::receive { shipment }),
				})
			}),
		),
		builder(
			"clinicaltrial",
			"enrol",
			Box::new(|i| {
				once_per_patient(
					i,
					RuntimeCall::ClinicalTrial(pallet_clinical_trial::Call::enrol { trial: TRIAL }),
				)
			}),
		),
	])
}

/// The inherent data and digest of block #1 on top of the chain's genesis, as the
/// development node would seal it: a mocked relay chain whose slot, and the timestamp, come
/// after anything the genesis state has seen (a state exported from a running chain has a
/// time of its own).
pub fn first_block_inherents(
	client: &Arc<ParachainClient>,
) -> sc_cli::Result<(InherentData, Vec<DigestItem>)> {
	let genesis = client.info().genesis_hash;
	let slot_duration = sc_consensus_aura::slot_duration(&**client)?;
	let para_id = crate::service::parachain_id(client)?;
	let relay_blocks_per_para_block = dev::relay_blocks_per_para_block(slot_duration);

	let now_key = StorageKey([twox_128(b"Timestamp"), twox_128(b"Now")].concat());
	let genesis_time = client
		.storage(genesis, &now_key)?
		.map(|data| u64::decode(&mut &data.0[..]))
		.transpose()
		.map_err(|e| format!("the genesis state's timestamp does not decode: {e}"))?
		.unwrap_or_default();
	// Block #1's relay slot is this plus `relay_blocks_per_para_block`.
	let initial_relay_slot =
		(genesis_time / dev::RELAY_CHAIN_SLOT_DURATION_MILLIS).max(dev::two_hours_ago_relay_slot());

	let (timestamp, validation_data) = dev::mock_inherents(
		client,
		genesis,
		para_id,
		initial_relay_slot,
		relay_blocks_per_para_block,
	)
	.map_err(|e| format!("cannot mock the first block's inherents: {e}"))?;
	let mut inherent_data = InherentData::new();
	futures::executor::block_on(async {
		timestamp.provide_inherent_data(&mut inherent_data).await?;
		validation_data.provide_inherent_data(&mut inherent_data).await
	})
	.map_err(|e| format!("cannot create the first block's inherent data: {e}"))?;

	let slot = timestamp
		.timestamp()
		.checked_div(slot_duration.as_millis())
		.ok_or("the runtime's slot duration is zero")?;
	let slot = Slot::from(slot);
	Ok((inherent_data, vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())]))
}

/// The builders, for the SDK's command. If `pallet`/`extrinsic` name one, first: the
/// check that every extrinsic of a full block of it succeeds ([`check_full_block`]), and the
/// time that block, built and executed as a collator does, takes to execute.
pub fn checked_factory(
	client: &Arc<ParachainClient>,
	pallet: Option<&str>,
	extrinsic: Option<&str>,
	inherent_data: &InherentData,
	digest: &[DigestItem],
	runs: &Runs,
) -> sc_cli::Result<ExtrinsicFactory> {
	let all = builders(client)?;
	if let (Some(pallet), Some(extrinsic)) = (pallet, extrinsic) {
		let (pallet, extrinsic) = (pallet.to_lowercase(), extrinsic.to_lowercase());
		if let Some(builder) =
			all.iter().find(|b| b.pallet == pallet.as_str() && b.extrinsic == extrinsic.as_str())
		{
			let (count, full) =
				check_full_block(client, builder, inherent_data, digest, runs.max_per_block)?;
			let name = format!("{}::{}", builder.pallet, builder.extrinsic);
			if full {
				log::info!(
					"✅ {name}: a full block holds {count} (with storage-weight reclaim, as a \
					 collator builds it), and every one succeeds on this genesis"
				);
			} else {
				log::info!(
					"✅ {name}: all {count} extrinsics of the block succeed on this genesis"
				);
			}
			let block = build_block(client, builder, inherent_data, digest, count)?;
			let mut times = time_block(client, &block, runs)?;
			times.sort_by(f64::total_cmp);
			if let (Some(min), Some(max)) = (times.first(), times.last()) {
				let median = times[times.len() / 2];
				log::info!(
					"⏱ {name}: executing that block of {count} takes {median:.1} ms (median of \
					 {} runs; min {min:.1}, max {max:.1}), {:.1} % of the {BLOCK_EXECUTION_BUDGET_MS} \
					 ms a block may take",
					times.len(),
					100.0 * median / BLOCK_EXECUTION_BUDGET_MS,
				);
			}
		}
	}
	Ok(ExtrinsicFactory(
		all.into_iter().map(|b| Box::new(b) as Box<dyn ExtrinsicBuilder>).collect(),
	))
}

/// Block #1 on genesis: the inherents and the first `count` of `builder`'s extrinsics, built
/// with the proof recorded, as a collator builds it.
fn build_block(
	client: &Arc<ParachainClient>,
	builder: &Builder,
	inherent_data: &InherentData,
	digest: &[DigestItem],
	count: u32,
) -> sc_cli::Result<Block> {
	let recorder = ProofRecorder::<Block>::default();
	let mut block_builder = BlockBuilderBuilder::new(&**client)
		.on_parent_block(client.info().genesis_hash)
		.with_parent_block_number(0)
		.with_inherent_digests(Digest { logs: digest.to_vec() })
		.with_proof_recorder(Some(recorder.clone()))
		.with_extra_extensions(ProofSizeExt::new(recorder))
		.build()?;
	for inherent in block_builder.create_inherents(inherent_data.clone())? {
		block_builder.push(inherent)?;
	}
	for index in 0..count {
		block_builder.push(builder.build(index)?)?;
	}
	Ok(block_builder.build()?.block)
}

/// How long executing `block` on genesis takes, in ms, with the proof recorded as a collator
/// records it: `runs.repeat` runs after `runs.warmup` untimed ones.
fn time_block(
	client: &Arc<ParachainClient>,
	block: &Block,
	runs: &Runs,
) -> sc_cli::Result<Vec<f64>> {
	let genesis = client.info().genesis_hash;
	let run = || -> sc_cli::Result<f64> {
		let mut api = client.runtime_api();
		api.record_proof();
		let recorder = api.proof_recorder().ok_or("no proof recorder")?;
		api.register_extension(ProofSizeExt::new(recorder));
		let started = Instant::now();
		api.execute_block(genesis, block.clone().into())
			.map_err(|e| format!("executing the full block: {e}"))?;
		Ok(started.elapsed().as_secs_f64() * 1e3)
	};
	for _ in 0..runs.warmup {
		run()?;
	}
	(0..runs.repeat).map(|_| run()).collect()
}

/// Applies `builder`'s extrinsics on genesis after the inherents until the block is full
/// (or holds `max_per_block`), and fails naming the first extrinsic whose dispatch fails.
/// Returns how many the block holds, and whether it is full.
fn check_full_block(
	client: &Arc<ParachainClient>,
	builder: &Builder,
	inherent_data: &InherentData,
	digest: &[DigestItem],
	max_per_block: Option<u32>,
) -> sc_cli::Result<(u32, bool)> {
	let name = format!("{}::{}", builder.pallet, builder.extrinsic);
	let genesis = client.info().genesis_hash;
	let header = healthchain_runtime::Header::new(
		1,
		Hash::default(),
		Hash::default(),
		genesis,
		Digest { logs: digest.to_vec() },
	);
	let mut api = client.runtime_api();
	// Record the proof as a collator does, so that storage-weight reclaim refunds what each
	// extrinsic did not read and the block fills as the chain's would. (The SDK's command
	// builds its block without, so each extrinsic keeps its worst-case proof and fewer fit.)
	api.record_proof();
	let recorder = api.proof_recorder().ok_or_else(|| format!("{name}: no proof recorder"))?;
	api.register_extension(ProofSizeExt::new(recorder));
	let failed = |what: &str, e: &dyn std::fmt::Debug| format!("{name}: {what}: {e:?}");
	api.initialize_block(genesis, &header).map_err(|e| failed("initialising block #1", &e))?;
	let inherents = api
		.inherent_extrinsics(genesis, inherent_data.clone())
		.map_err(|e| failed("creating the inherents", &e))?;
	for inherent in inherents {
		match api.apply_extrinsic(genesis, inherent) {
			Ok(Ok(Ok(()))) => {}
			outcome => return Err(failed("an inherent fails", &outcome).into()),
		}
	}
	let mut count = 0u32;
	while max_per_block.is_none_or(|max| count < max) {
		match api.apply_extrinsic(genesis, builder.build(count)?) {
			Ok(Ok(Ok(()))) => {
				count =
					count.checked_add(1).ok_or_else(|| format!("{name}: too many extrinsics"))?
			}
			Ok(Err(TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources))) => {
				return Ok((count, true));
			}
			outcome => {
				return Err(format!(
					"{name}: extrinsic #{count} would fail on this genesis: {outcome:?} (is this \
					 the state scripts/full-blocks.sh makes?)"
				)
				.into());
			}
		}
	}
	Ok((count, false))
}
