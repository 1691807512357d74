//! What the runtime's block limits and generated weights allow for the healthcare calls,
//! against the least anyone can do to put a hash on chain (`system.remark_with_event` with 32
//! bytes) and a token transfer. The figures are printed (`cargo test -p healthchain-runtime
//! --test capacity -- --nocapture`) and quoted in docs/PERFORMANCE.md; the assertions only hold
//! floors that catch a regression, not a timing.

// Test arithmetic on small, known values: an overflow would fail the test loudly.
#![allow(clippy::arithmetic_side_effects)]

use codec::Encode;
use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	weights::Weight,
};
use healthchain_primitives::{PurposeOfUse, RecordCategory};
use healthchain_runtime::{
	configs::system::{RuntimeBlockLength, RuntimeBlockWeights},
	AccountId, Runtime, RuntimeCall, TxExtension,
};
use pallet_consent::{CategoryScope, ConsentActions, ConsentTerms, Grantee};
use pallet_ehr_anchor::HashAlgorithm;
use sp_core::H256;

/// A generous upper bound of what a signed extrinsic adds to its call: version byte, a
/// multi-address, a multi-signature and the transaction extensions' explicit data.
const SIGNED_ENVELOPE_BYTES: usize = 150;

/// The chain's block time, in seconds.
const BLOCK_SECONDS: u64 = 6;

/// A block must take at least this many anchors. With the weights of the release node and
/// the transaction extensions' weight it takes 923, as many as a full block of anchors held
/// on that node (docs/PERFORMANCE.md); the floor sits a fifth below, so that a heavier
/// anchor path fails here before it reaches a chain.
const MIN_ANCHORS_PER_BLOCK: u64 = 740;

/// An anchor may cost at most this many 32-byte remarks: 2.84 with the release node's
/// weights (execution time binds both; measured in full blocks too), the bound a quarter
/// above.
const MAX_REMARKS_PER_ANCHOR: f64 = 3.55;

/// A CID v1 (base32) is 59 characters; `ipfs://` makes 66.
fn locator() -> pallet_ehr_anchor::Locator<healthchain_runtime::Runtime> {
	vec![b'x'; 66].try_into().expect("within MaxLocatorLength")
}

fn anchor_call() -> RuntimeCall {
	RuntimeCall::EhrAnchor(pallet_ehr_anchor::Call::anchor {
		patient: AccountId::from([7u8; 32]),
		category: RecordCategory::LaboratoryReport,
		content_hash: H256::repeat_byte(1),
		algorithm: HashAlgorithm::Sha2_256,
		locator: locator(),
		key_reference: None,
	})
}

fn bulk_anchor_call() -> RuntimeCall {
	RuntimeCall::EhrAnchor(pallet_ehr_anchor::Call::bulk_anchor {
		category: RecordCategory::LaboratoryReport,
		merkle_root: H256::repeat_byte(2),
		document_count: 1_000_000,
		manifest_locator: locator(),
	})
}

fn request_access_call() -> RuntimeCall {
	RuntimeCall::EhrAnchor(pallet_ehr_anchor::Call::request_access {
		record: 1,
		purpose: PurposeOfUse::Treatment,
	})
}

fn grant_call() -> RuntimeCall {
	RuntimeCall::Consent(pallet_consent::Call::grant {
		patient: AccountId::from([7u8; 32]),
		terms: ConsentTerms {
			grantee: Grantee::Organization(0),
			actions: ConsentActions::READ,
			categories: CategoryScope::All,
			purpose: PurposeOfUse::Treatment,
			valid_from: None,
			valid_until: None,
		},
	})
}

fn remark_call() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![0u8; 32] })
}

fn transfer_call() -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: AccountId::from([8u8; 32]).into(),
		value: 1_000_000_000_000,
	})
}

/// The runtime's transaction extensions, as a signed extrinsic carries them: their weight
/// (the nonce, the fee, the feeless check, storage-weight reclaim, ...) is charged to every
/// signed extrinsic on top of its call and the base extrinsic weight.
fn tx_extension() -> TxExtension {
	(
		frame_system::AuthorizeCall::<Runtime>::new(),
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(sp_runtime::generic::Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(0),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_skip_feeless_payment::SkipCheckIfFeeless::from(
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
	)
		.into()
}

/// What one kind of extrinsic is charged, and how many fit in the normal-class share of one
/// block. Execution time and length are what a block is charged; proof is charged at its
/// worst case before each extrinsic and what it did not use is refunded after it
/// (storage-weight reclaim), so the block's proof limit binds only if extrinsics really
/// read that much: `by_proof` is the count if none got anything back.
struct Capacity {
	weight: Weight,
	length: usize,
	per_block: u64,
	binding: &'static str,
	by_proof: u64,
}

fn capacity(call: &RuntimeCall) -> Capacity {
	let weights = RuntimeBlockWeights::get();
	let normal = weights.get(DispatchClass::Normal);
	let limit = normal.max_total.unwrap_or(weights.max_block);
	let extensions =
		sp_runtime::traits::TransactionExtension::<RuntimeCall>::weight(&tx_extension(), call);
	let weight = call
		.get_dispatch_info()
		.total_weight()
		.saturating_add(extensions)
		.saturating_add(normal.base_extrinsic);
	let length = call.encode().len() + SIGNED_ENVELOPE_BYTES;
	let max_length = u64::from(*RuntimeBlockLength::get().max.get(DispatchClass::Normal));

	let by_ref_time = limit.ref_time() / weight.ref_time().max(1);
	let by_proof = limit.proof_size() / weight.proof_size().max(1);
	let by_length = max_length / length as u64;
	let (per_block, binding) = [(by_ref_time, "ref_time"), (by_length, "length")]
		.into_iter()
		.min_by_key(|(fit, _)| *fit)
		.expect("two limits");
	Capacity { weight, length, per_block, binding, by_proof }
}

#[test]
fn a_block_fits_the_anchors_a_consortium_needs() {
	let kinds = [
		("ehrAnchor.anchor", anchor_call()),
		("ehrAnchor.bulkAnchor", bulk_anchor_call()),
		("ehrAnchor.requestAccess", request_access_call()),
		("consent.grant", grant_call()),
		("system.remarkWithEvent (32 B)", remark_call()),
		("balances.transferKeepAlive", transfer_call()),
	];
	println!(
		"per signed extrinsic, the base extrinsic weight and the transaction extensions' included; per block: the normal class's share"
	);
	println!("(proof: the worst case charged before each extrinsic, refunded after it down to what it read)");
	println!(
		"{:<30} {:>12} {:>10} {:>8} {:>10} {:>8} {:>9} {:>16}",
		"call",
		"ref_time µs",
		"proof B",
		"length",
		"per block",
		"per s",
		"binds",
		"without reclaim"
	);
	let mut table = Vec::new();
	for (name, call) in kinds {
		let c = capacity(&call);
		println!(
			"{:<30} {:>12.1} {:>10} {:>8} {:>10} {:>8} {:>9} {:>16}",
			name,
			c.weight.ref_time() as f64 / 1e6,
			c.weight.proof_size(),
			c.length,
			c.per_block,
			c.per_block / BLOCK_SECONDS,
			c.binding,
			c.by_proof,
		);
		table.push((name, c));
	}
	let per_block = |wanted: &str| {
		table.iter().find(|(name, _)| *name == wanted).map(|(_, c)| c.per_block).expect("listed")
	};
	let anchors = per_block("ehrAnchor.anchor");
	let remarks = per_block("system.remarkWithEvent (32 B)");
	let remarks_per_anchor = remarks as f64 / anchors.max(1) as f64;
	println!(
		"a block holds one anchor for every {remarks_per_anchor:.1} remarks it could hold instead"
	);

	assert!(anchors >= MIN_ANCHORS_PER_BLOCK, "only {anchors} anchors fit in a block");
	assert!(
		remarks_per_anchor <= MAX_REMARKS_PER_ANCHOR,
		"an anchor costs {remarks_per_anchor:.1} remarks"
	);
}
