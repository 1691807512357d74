//! Bulk anchors of a directory: the Merkle root over every file's SHA-256, and the manifest
//! that keeps each file's inclusion proof, so that any one document can later be shown to
//! be part of the import (`healthchain verify FILE --proof MANIFEST`).

use std::{
	fs,
	path::{Path, PathBuf},
};

use serde::{Deserialize, Serialize};

use crate::{
	hashing::{self, parse_hash, to_hex, Hash},
	Error,
};

/// The manifest of a bulk anchor, as `healthchain bulk-anchor` writes it (JSON).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
	/// The bulk anchor's id on chain (`None` until it is anchored).
	pub bulk: Option<u64>,
	/// The block it was anchored in.
	pub block: Option<u32>,
	/// The record category of the import.
	pub category: String,
	/// Where the manifest is kept (the locator anchored with the root).
	pub locator: String,
	/// The hash each document's item is: always `SHA-256` (of the file's bytes).
	pub algorithm: String,
	/// The Merkle root (`0x` hex).
	pub root: String,
	/// The documents, in the tree's order.
	pub documents: Vec<ManifestEntry>,
}

/// One document of a bulk anchor.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ManifestEntry {
	/// Its path, relative to the imported directory (`/`-separated).
	pub path: String,
	/// Its SHA-256 (`0x` hex).
	pub sha256: String,
	/// The siblings from its leaf to the root (`0x` hex).
	pub proof: Vec<String>,
}

/// A document found in a manifest, with its hash and proof decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestProof {
	/// The bulk anchor's id.
	pub bulk: u64,
	/// The manifest's root.
	pub root: Hash,
	/// The document's path in the import.
	pub path: String,
	/// Its proof.
	pub proof: Vec<Hash>,
}

/// Every regular file under `dir` (following no symbolic links), by `/`-separated path
/// relative to it, in byte order of the paths: the order of the tree.
pub fn files_under(dir: &Path) -> Result<Vec<(String, PathBuf)>, Error> {
	let mut found = Vec::new();
	let mut pending = vec![dir.to_path_buf()];
	while let Some(current) = pending.pop() {
		let entries = fs::read_dir(&current).map_err(|e| Error::file(&current, e))?;
		for entry in entries {
			let entry = entry.map_err(|e| Error::file(&current, e))?;
			let path = entry.path();
			let kind = entry.file_type().map_err(|e| Error::file(&path, e))?;
			if kind.is_dir() {
				pending.push(path);
			} else if kind.is_file() {
				let relative = path
					.strip_prefix(dir)
					.map_err(|_| {
						Error::Other(format!("{} is outside {}", path.display(), dir.display()))
					})?
					.components()
					.map(|c| c.as_os_str().to_string_lossy().into_owned())
					.collect::<Vec<_>>()
					.join("/");
				found.push((relative, path));
			}
		}
	}
	found.sort();
	Ok(found)
}

impl Manifest {
	/// The manifest over `documents` (path and SHA-256, in the tree's order), not yet
	/// anchored; `None` when there are none.
	pub fn build(documents: &[(String, Hash)], category: &str, locator: &str) -> Option<Self> {
		let items: Vec<Hash> = documents.iter().map(|(_, hash)| *hash).collect();
		let (root, proofs) = hashing::merkle_root_and_proofs(&items)?;
		let entries = documents
			.iter()
			.zip(proofs)
			.map(|((path, hash), proof)| ManifestEntry {
				path: path.clone(),
				sha256: to_hex(hash),
				proof: proof.iter().map(to_hex).collect(),
			})
			.collect();
		Some(Self {
			bulk: None,
			block: None,
			category: category.to_string(),
			locator: locator.to_string(),
			algorithm: "SHA-256".into(),
			root: to_hex(&root),
			documents: entries,
		})
	}

	/// Reads a manifest file.
	pub fn read(path: &Path) -> Result<Self, Error> {
		let text = fs::read_to_string(path).map_err(|e| Error::file(path, e))?;
		serde_json::from_str(&text).map_err(|e| Error::File {
			path: path.to_path_buf(),
			reason: format!("not a bulk-anchor manifest: {e}"),
		})
	}

	/// The entry of the document whose SHA-256 is `sha256`, its proof decoded (the chain checks
	/// it against the anchored root, the only one that counts).
	pub fn proof_of(&self, sha256: &Hash) -> Result<Option<ManifestProof>, Error> {
		let malformed =
			|what: &str| Error::Input(format!("the manifest's {what} is not a 32-byte hash"));
		let bulk = self.bulk.ok_or_else(|| {
			Error::Input("the manifest was never anchored: it names no bulk anchor".into())
		})?;
		let root = parse_hash(&self.root).ok_or_else(|| malformed("root"))?;
		let wanted = to_hex(sha256);
		let Some(entry) = self.documents.iter().find(|entry| entry.sha256 == wanted) else {
			return Ok(None);
		};
		let proof = entry
			.proof
			.iter()
			.map(|sibling| parse_hash(sibling).ok_or_else(|| malformed("proof")))
			.collect::<Result<Vec<_>, _>>()?;
		Ok(Some(ManifestProof { bulk, root, path: entry.path.clone(), proof }))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_manifest_proves_every_document_and_finds_none_other() {
		let documents: Vec<(String, Hash)> =
			(0..5u8).map(|i| (format!("dir/{i}.pdf"), hashing::sha256(&[i]))).collect();
		let mut manifest =
			Manifest::build(&documents, "LaboratoryReport", "ehr://x/m").expect("five");
		assert!(manifest.proof_of(&documents[0].1).is_err(), "not anchored yet: no bulk id");
		manifest.bulk = Some(7);
		let root = parse_hash(&manifest.root).expect("a hash");
		for (path, hash) in &documents {
			let found = manifest.proof_of(hash).expect("well formed").expect("listed");
			assert_eq!((&found.path, found.bulk, found.root), (path, 7, root));
			assert!(hashing::verify_merkle_proof(&root, hash, &found.proof));
		}
		assert_eq!(manifest.proof_of(&hashing::sha256(b"stranger")).expect("well formed"), None);
		assert_eq!(Manifest::build(&[], "LaboratoryReport", "x"), None);
	}

	#[test]
	fn files_are_listed_recursively_in_path_order() {
		let dir = std::env::temp_dir().join(format!("healthchain-bulk-{}", std::process::id()));
		fs::create_dir_all(dir.join("b")).expect("dirs");
		for name in ["c.txt", "a.txt", "b/z.txt"] {
			fs::write(dir.join(name), name).expect("write");
		}
		let listed: Vec<String> =
			files_under(&dir).expect("readable").into_iter().map(|(path, _)| path).collect();
		assert_eq!(listed, ["a.txt", "b/z.txt", "c.txt"]);
		fs::remove_dir_all(&dir).ok();
	}
}
