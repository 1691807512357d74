//! What the runtime's block limits and generated weights allow for health-record anchors,
//! against the least anyone can do to put a hash on chain: `system.remark_with_event` with
//! 32 bytes. The figures are printed (`cargo test -p healthchain-runtime --test capacity --
//! --nocapture`) and copied into `pallets/ehr-anchor/README.md`; the assertions only hold
//! the floor a consortium needs, not a timing.

// Test arithmetic on small, known values: an overflow would fail the test loudly.
#![allow(clippy::arithmetic_side_effects)]

use codec::Encode;
use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	weights::Weight,
};
use healthchain_primitives::RecordCategory;
use healthchain_runtime::{
	configs::system::{RuntimeBlockLength, RuntimeBlockWeights},
	AccountId, RuntimeCall,
};
use pallet_ehr_anchor::HashAlgorithm;
use sp_core::H256;

/// A generous upper bound of what a signed extrinsic adds to its call: version byte, a
/// multi-address, a multi-signature and the transaction extensions' explicit data.
const SIGNED_ENVELOPE_BYTES: usize = 150;

/// A block must take at least this many anchors for a hospital's daily import to fit in
/// minutes rather than hours.
const MIN_ANCHORS_PER_BLOCK: u64 = 100;

fn anchor_call() -> RuntimeCall {
	RuntimeCall::EhrAnchor(pallet_ehr_anchor::Call::anchor {
		patient: AccountId::from([7u8; 32]),
		category: RecordCategory::LaboratoryReport,
		content_hash: H256::repeat_byte(1),
		algorithm: HashAlgorithm::Sha2_256,
		// A CID v1 (base32) is 59 characters; `ipfs://` makes 66.
		locator: vec![b'x'; 66].try_into().expect("within MaxLocatorLength"),
		key_reference: None,
	})
}

fn remark_call() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![0u8; 32] })
}

/// How many extrinsics of `call` fit in the normal-class share of one block, and which limit
/// binds first.
fn per_block(call: &RuntimeCall) -> (u64, Weight, usize, &'static str) {
	let weights = RuntimeBlockWeights::get();
	let normal = weights.get(DispatchClass::Normal);
	let limit = normal.max_total.unwrap_or(weights.max_block);
	let weight = call.get_dispatch_info().total_weight().saturating_add(normal.base_extrinsic);
	let length = call.encode().len() + SIGNED_ENVELOPE_BYTES;
	let max_length = u64::from(*RuntimeBlockLength::get().max.get(DispatchClass::Normal));

	let by_ref_time = limit.ref_time() / weight.ref_time().max(1);
	let by_proof = limit.proof_size() / weight.proof_size().max(1);
	let by_length = max_length / length as u64;
	let (fit, binding) =
		[(by_ref_time, "ref_time"), (by_proof, "proof_size"), (by_length, "length")]
			.into_iter()
			.min_by_key(|(fit, _)| *fit)
			.expect("three limits");
	(fit, weight, length, binding)
}

#[test]
fn a_block_fits_the_anchors_a_consortium_needs() {
	let (anchors, anchor_weight, anchor_length, anchor_binding) = per_block(&anchor_call());
	let (remarks, remark_weight, remark_length, remark_binding) = per_block(&remark_call());
	println!("per extrinsic, base extrinsic weight included:");
	println!(
		"  ehr_anchor.anchor         ref_time {:>8.1} µs  proof_size {:>7} B  length ~{} B  → {} per block ({} binds)",
		anchor_weight.ref_time() as f64 / 1e6,
		anchor_weight.proof_size(),
		anchor_length,
		anchors,
		anchor_binding,
	);
	println!(
		"  system.remark_with_event  ref_time {:>8.1} µs  proof_size {:>7} B  length ~{} B  → {} per block ({} binds)",
		remark_weight.ref_time() as f64 / 1e6,
		remark_weight.proof_size(),
		remark_length,
		remarks,
		remark_binding,
	);
	assert!(
		anchors >= MIN_ANCHORS_PER_BLOCK,
		"only {anchors} anchors fit in a block ({anchor_binding} binds): {anchor_weight:?}"
	);
	// An anchor checks consent and indexes the record; it cannot be cheaper than a remark.
	assert!(anchor_weight.ref_time() > remark_weight.ref_time());
}
