//! Binary Merkle trees over 32-byte hashes, shared by every pallet that commits to many items
//! with one root: a bulk import of health records (`pallet-ehr-anchor`), the serial numbers of
//! a medicine batch (`pallet-drug-trace`).
//!
//! The construction, which off-chain software must reproduce exactly:
//!
//! - a **leaf** is `blake2_256(0x00 ‖ item)`, where `item` is the 32-byte hash being committed
//!   to (a document's content hash, a serial's hash);
//! - an **inner node** is `blake2_256(0x01 ‖ min(a, b) ‖ max(a, b))`: the two children in
//!   byte order, so a proof needs no left/right flags;
//! - a level with an odd number of nodes carries its last node up unchanged;
//! - a **proof** is the list of sibling hashes from the leaf's level up to the level below the
//!   root.
//!
//! The distinct prefixes keep a leaf from ever being passed off as an inner node (the
//! second-preimage attack on naive Merkle trees).

use alloc::vec::Vec;
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

const LEAF_PREFIX: u8 = 0x00;
const NODE_PREFIX: u8 = 0x01;

/// The leaf of `item` in a tree.
pub fn leaf_hash(item: &H256) -> H256 {
	let mut preimage = [0u8; 33];
	preimage[0] = LEAF_PREFIX;
	preimage[1..].copy_from_slice(item.as_bytes());
	BlakeTwo256::hash(&preimage)
}

/// The parent of two nodes, whichever side each is on.
pub fn node_hash(a: &H256, b: &H256) -> H256 {
	let (low, high) = if a <= b { (a, b) } else { (b, a) };
	let mut preimage = [0u8; 65];
	preimage[0] = NODE_PREFIX;
	preimage[1..33].copy_from_slice(low.as_bytes());
	preimage[33..].copy_from_slice(high.as_bytes());
	BlakeTwo256::hash(&preimage)
}

/// The level above `level`: each pair hashed into its parent, an odd last node carried up.
fn next_level(level: &[H256]) -> Vec<H256> {
	level
		.chunks(2)
		.filter_map(|pair| pair.iter().copied().reduce(|a, b| node_hash(&a, &b)))
		.collect()
}

/// Whether `proof` shows `item` under `root`.
pub fn verify_proof(root: &H256, item: &H256, proof: &[H256]) -> bool {
	let computed = proof.iter().fold(leaf_hash(item), |node, sibling| node_hash(&node, sibling));
	&computed == root
}

/// The root of a tree over `items`, or `None` for no items. For tests, benchmarks and
/// off-chain tooling; the runtime only verifies proofs.
pub fn root(items: &[H256]) -> Option<H256> {
	let mut level: Vec<H256> = items.iter().map(leaf_hash).collect();
	while level.len() > 1 {
		level = next_level(&level);
	}
	level.first().copied()
}

/// The proof of the item at `index` in a tree over `items`, or `None` if `index` is out of
/// range. For tests, benchmarks and off-chain tooling.
pub fn proof(items: &[H256], index: usize) -> Option<Vec<H256>> {
	if index >= items.len() {
		return None;
	}
	let mut level: Vec<H256> = items.iter().map(leaf_hash).collect();
	let mut position = index;
	let mut siblings = Vec::new();
	while level.len() > 1 {
		let sibling = position ^ 1;
		if let Some(node) = level.get(sibling) {
			siblings.push(*node);
		}
		level = next_level(&level);
		position /= 2;
	}
	Some(siblings)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn items(n: u8) -> Vec<H256> {
		(0..n).map(|i| H256::repeat_byte(i.wrapping_add(1))).collect()
	}

	#[test]
	fn every_item_of_every_tree_size_verifies_with_its_proof() {
		for n in 1..=17u8 {
			let items = items(n);
			let root = root(&items).unwrap();
			for (index, item) in items.iter().enumerate() {
				let proof = proof(&items, index).unwrap();
				assert!(verify_proof(&root, item, &proof), "item {index} of {n}");
			}
		}
	}

	#[test]
	fn an_item_outside_the_tree_does_not_verify() {
		let items = items(8);
		let root = root(&items).unwrap();
		let proof = proof(&items, 3).unwrap();
		assert!(!verify_proof(&root, &H256::repeat_byte(0xee), &proof));
	}

	#[test]
	fn a_wrong_proof_does_not_verify() {
		let items = items(8);
		let root = root(&items).unwrap();
		let proof = proof(&items, 2).unwrap();
		assert!(!verify_proof(&root, &items[3], &proof));
		assert!(!verify_proof(&root, &items[2], &proof[1..]));
	}

	#[test]
	fn an_inner_node_is_not_accepted_as_an_item() {
		let items = items(4);
		let root = root(&items).unwrap();
		let inner = node_hash(&leaf_hash(&items[0]), &leaf_hash(&items[1]));
		let upper = node_hash(&leaf_hash(&items[2]), &leaf_hash(&items[3]));
		assert_eq!(node_hash(&inner, &upper), root);
		assert!(!verify_proof(&root, &inner, &[upper]));
	}

	#[test]
	fn a_single_item_tree_has_an_empty_proof() {
		let items = items(1);
		assert_eq!(root(&items), Some(leaf_hash(&items[0])));
		assert_eq!(proof(&items, 0), Some(vec![]));
		assert_eq!(proof(&items, 1), None);
		assert_eq!(root(&[]), None);
	}
}
