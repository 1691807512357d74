//! Document hashes and the Merkle tree of a bulk anchor, exactly as the runtime computes them
//! (`healthchain_primitives::merkle`, and `@healthchain/api`'s helpers in JavaScript).

use std::{fs, path::Path};

use blake2::{digest::consts::U32, Blake2b, Digest};
use sha2::Sha256;

/// A 32-byte hash (`H256` on chain).
pub type Hash = [u8; 32];

/// The two hashes the chain accepts for a document's content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct DocumentHashes {
	/// SHA-256 (`HashAlgorithm::Sha2_256`).
	#[serde(serialize_with = "crate::hashing::serialize_hash")]
	pub sha256: Hash,
	/// BLAKE2b with a 32-byte digest (`HashAlgorithm::Blake2_256`).
	#[serde(serialize_with = "crate::hashing::serialize_hash")]
	pub blake2_256: Hash,
}

/// BLAKE2-256, Substrate's `blake2_256`.
pub fn blake2_256(bytes: &[u8]) -> Hash {
	Blake2b::<U32>::digest(bytes).into()
}

/// SHA-256.
pub fn sha256(bytes: &[u8]) -> Hash {
	Sha256::digest(bytes).into()
}

/// Both hashes of `bytes`.
pub fn document_hashes(bytes: &[u8]) -> DocumentHashes {
	DocumentHashes { sha256: sha256(bytes), blake2_256: blake2_256(bytes) }
}

/// Both hashes of the file at `path`.
pub fn file_hashes(path: &Path) -> std::io::Result<DocumentHashes> {
	Ok(document_hashes(&fs::read(path)?))
}

/// `0x`-prefixed lower-case hex, as the chain's JSON and Polkadot.js show hashes.
pub fn to_hex(hash: &Hash) -> String {
	format!("0x{}", hex::encode(hash))
}

/// Parses a 32-byte hash written as 64 hex digits, with or without `0x`.
pub fn parse_hash(text: &str) -> Option<Hash> {
	let digits = text.strip_prefix("0x").unwrap_or(text);
	let mut hash = [0u8; 32];
	hex::decode_to_slice(digits, &mut hash).ok()?;
	Some(hash)
}

pub(crate) fn serialize_hash<S: serde::Serializer>(hash: &Hash, s: S) -> Result<S::Ok, S::Error> {
	s.serialize_str(&to_hex(hash))
}

const LEAF_PREFIX: u8 = 0x00;
const NODE_PREFIX: u8 = 0x01;

/// A leaf of the tree: BLAKE2-256 of `0x00 ‖ item`.
pub fn leaf_hash(item: &Hash) -> Hash {
	let mut preimage = [0u8; 33];
	preimage[0] = LEAF_PREFIX;
	preimage[1..].copy_from_slice(item);
	blake2_256(&preimage)
}

/// An inner node: BLAKE2-256 of `0x01 ‖ low ‖ high`, the children in byte order (so a proof
/// needs no left/right flags).
pub fn node_hash(a: &Hash, b: &Hash) -> Hash {
	let (low, high) = if a <= b { (a, b) } else { (b, a) };
	let mut preimage = [0u8; 65];
	preimage[0] = NODE_PREFIX;
	preimage[1..33].copy_from_slice(low);
	preimage[33..].copy_from_slice(high);
	blake2_256(&preimage)
}

fn next_level(level: &[Hash]) -> Vec<Hash> {
	level
		.chunks(2)
		.filter_map(|pair| pair.iter().copied().reduce(|a, b| node_hash(&a, &b)))
		.collect()
}

/// Every level of the tree over `items`, the leaves first and the root's (one node) last; no
/// levels for no items.
fn merkle_levels(items: &[Hash]) -> Vec<Vec<Hash>> {
	let mut levels = Vec::new();
	let mut level: Vec<Hash> = items.iter().map(leaf_hash).collect();
	while level.len() > 1 {
		let next = next_level(&level);
		levels.push(level);
		level = next;
	}
	if !level.is_empty() {
		levels.push(level);
	}
	levels
}

/// The siblings of the leaf at `index` in `levels`, from the leaf up to the root.
fn proof_in(levels: &[Vec<Hash>], index: usize) -> Vec<Hash> {
	let below_root = &levels[..levels.len().saturating_sub(1)];
	let mut siblings = Vec::with_capacity(below_root.len());
	let mut position = index;
	for level in below_root {
		if let Some(node) = level.get(position ^ 1) {
			siblings.push(*node);
		}
		position /= 2;
	}
	siblings
}

/// The root over `items` in order (an odd node out is carried up unchanged); `None` for none.
pub fn merkle_root(items: &[Hash]) -> Option<Hash> {
	merkle_levels(items).last()?.first().copied()
}

/// The siblings from item `index`'s leaf up to the root; `None` when `index` is out of range.
pub fn merkle_proof(items: &[Hash], index: usize) -> Option<Vec<Hash>> {
	if index >= items.len() {
		return None;
	}
	Some(proof_in(&merkle_levels(items), index))
}

/// The root over `items` and every item's proof, in order, from one tree: what a bulk
/// anchor's manifest needs. (Calling [`merkle_proof`] for each item would build the tree once
/// per item: quadratic, hours for a hundred thousand documents.) `None` for no items.
pub fn merkle_root_and_proofs(items: &[Hash]) -> Option<(Hash, Vec<Vec<Hash>>)> {
	let levels = merkle_levels(items);
	let root = *levels.last()?.first()?;
	Some((root, (0..items.len()).map(|index| proof_in(&levels, index)).collect()))
}

/// Whether `proof` leads from `item` to `root`.
pub fn verify_merkle_proof(root: &Hash, item: &Hash, proof: &[Hash]) -> bool {
	&proof.iter().fold(leaf_hash(item), |node, sibling| node_hash(&node, sibling)) == root
}

#[cfg(test)]
mod tests {
	use super::*;

	fn items(n: u8) -> Vec<Hash> {
		(0..n).map(|i| [i.wrapping_add(1); 32]).collect()
	}

	#[test]
	fn document_hashes_match_the_standard_vectors() {
		// "abc": FIPS 180-2's SHA-256 vector, and BLAKE2b-256 as Substrate's blake2_256 gives it
		// (the same vectors as js/test/helpers.test.mjs).
		let hashes = document_hashes(b"abc");
		assert_eq!(
			to_hex(&hashes.sha256),
			"0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
		);
		assert_eq!(
			to_hex(&hashes.blake2_256),
			"0xbddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"
		);
	}

	#[test]
	fn every_item_of_every_tree_size_verifies_with_its_proof_and_no_other_item_does() {
		for n in 1..=17u8 {
			let items = items(n);
			let root = merkle_root(&items).expect("a tree of at least one item has a root");
			for (index, item) in items.iter().enumerate() {
				let proof = merkle_proof(&items, index).expect("index in range");
				assert!(verify_merkle_proof(&root, item, &proof), "item {index} of {n}");
				assert!(
					!verify_merkle_proof(&root, &[0xee; 32], &proof),
					"a stranger with item {index}'s proof"
				);
			}
			assert_eq!(merkle_proof(&items, items.len()), None);
		}
		assert_eq!(merkle_root(&[]), None);
	}

	/// The tree as the runtime's `healthchain_primitives::merkle` walks it, one level at a time
	/// for one item: the reference the client's one-tree proofs must equal.
	fn reference_root_and_proof(items: &[Hash], index: usize) -> (Hash, Vec<Hash>) {
		let mut level: Vec<Hash> = items.iter().map(leaf_hash).collect();
		let mut position = index;
		let mut siblings = Vec::new();
		while level.len() > 1 {
			if let Some(node) = level.get(position ^ 1) {
				siblings.push(*node);
			}
			level = level
				.chunks(2)
				.map(|pair| if let [a, b] = pair { node_hash(a, b) } else { pair[0] })
				.collect();
			position /= 2;
		}
		(level[0], siblings)
	}

	#[test]
	fn the_proofs_of_one_tree_are_the_runtimes_proofs_of_each_item() {
		for n in 1..=33u8 {
			let items = items(n);
			let (root, proofs) = merkle_root_and_proofs(&items).expect("at least one item");
			assert_eq!(Some(root), merkle_root(&items), "root of {n}");
			assert_eq!(proofs.len(), items.len());
			for (index, proof) in proofs.iter().enumerate() {
				let (reference_root, reference_proof) = reference_root_and_proof(&items, index);
				assert_eq!(root, reference_root, "root of {n}");
				assert_eq!(proof, &reference_proof, "item {index} of {n}");
				assert_eq!(
					Some(proof),
					merkle_proof(&items, index).as_ref(),
					"item {index} of {n}"
				);
			}
		}
		assert_eq!(merkle_root_and_proofs(&[]), None);
	}

	#[test]
	fn a_single_item_tree_is_its_leaf_and_needs_no_proof() {
		let item = [7u8; 32];
		assert_eq!(merkle_root(&[item]), Some(leaf_hash(&item)));
		assert_eq!(merkle_proof(&[item], 0), Some(vec![]));
	}

	#[test]
	fn hashes_parse_with_or_without_0x_and_nothing_else() {
		let hash = [0xab; 32];
		assert_eq!(parse_hash(&to_hex(&hash)), Some(hash));
		assert_eq!(parse_hash(&hex::encode(hash)), Some(hash));
		assert_eq!(parse_hash("0xabc"), None);
		assert_eq!(parse_hash(&format!("{}00", to_hex(&hash))), None);
		assert_eq!(parse_hash(&"zz".repeat(32)), None);
	}
}
