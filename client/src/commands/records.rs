//! Health records: `verify`, `anchor`, `bulk-anchor`, `request-access`.

use std::{
	io::{IsTerminal, Write},
	path::{Path, PathBuf},
};

use healthchain_client::{
	bulk::{self, Manifest},
	consent::{basis_in_words, parse_purpose},
	hashing::{self, to_hex, DocumentHashes},
	parse_account,
	records::{category_name, parse_category, status_name, InclusionVerification},
	Error, Healthchain, Verification,
};
use serde_json::json;

use super::{basis_json, organisation_in_words, KeyArgs, Outcome};

/// Is this document anchored, and is its record current?
pub async fn verify(url: &str, file: &Path, manifest: Option<&Path>) -> Result<Outcome, Error> {
	let hashes = hashing::file_hashes(file).map_err(|e| Error::file(file, e))?;
	let manifest = manifest.map(Manifest::read).transpose()?;
	let chain = Healthchain::connect(url).await?;
	match manifest {
		Some(manifest) => verify_in_bulk(&chain, &hashes, &manifest).await,
		None => verify_record(&chain, &hashes).await,
	}
}

async fn verify_record(chain: &Healthchain, hashes: &DocumentHashes) -> Result<Outcome, Error> {
	let verification = chain.verify_document(hashes).await?;
	let status = verification.status_in_words();
	let yes = verification.is_active();
	Ok(match verification {
		Verification::Unknown { hashes } => Outcome::no(
			format!("Unknown: no record was anchored with this document's hashes\n  SHA-256:    {}\n  BLAKE2-256: {}", to_hex(&hashes.sha256), to_hex(&hashes.blake2_256)),
			json!({ "status": "Unknown", "sha256": to_hex(&hashes.sha256), "blake2_256": to_hex(&hashes.blake2_256) }),
		),
		Verification::Known { record_id, algorithm, record, other_anchors } => {
			let author = match record.author_org {
				Some(org) => organisation_in_words(chain, org).await?,
				None => "the patient's side".to_string(),
			};
			let mut text = format!(
				"{status}\n  record:   {record_id} (version {} of record {})\n  anchored: by {author}, in block #{} at {} ms since the Unix epoch\n  category: {}\n  hash:     {algorithm} {}",
				record.version,
				record.first_version,
				record.created_block,
				record.created_at,
				category_name(&record.category),
				to_hex(&record.content_hash.0),
			);
			if other_anchors > 0 {
				text.push_str(&format!("\n  note:     {other_anchors} other record(s) were anchored with the same hash"));
			}
			Outcome {
				text,
				json: json!({
					"status": status_name(&record.status), "record": record_id, "supersededBy": record.superseded_by,
					"version": record.version, "firstVersion": record.first_version, "authorOrganization": record.author_org,
					"author": author, "block": record.created_block, "createdAt": record.created_at,
					"category": category_name(&record.category), "algorithm": algorithm,
					"hash": to_hex(&record.content_hash.0), "otherAnchors": other_anchors,
				}),
				yes,
			}
		},
	})
}

/// A document of a bulk anchor: its proof in the manifest, checked by the chain against the
/// anchored root.
async fn verify_in_bulk(
	chain: &Healthchain,
	hashes: &DocumentHashes,
	manifest: &Manifest,
) -> Result<Outcome, Error> {
	let sha256 = to_hex(&hashes.sha256);
	let Some(entry) = manifest.proof_of(&hashes.sha256)? else {
		return Ok(Outcome::no(
			format!("NotInManifest: no document of the manifest has this SHA-256 ({sha256})"),
			json!({ "status": "NotInManifest", "sha256": sha256 }),
		));
	};
	let answer = chain.verify_inclusion(entry.bulk, hashes.sha256, &entry.proof).await?;
	let (status, yes) = match &answer {
		InclusionVerification::Included { .. } => ("Included", true),
		InclusionVerification::NotIncluded => ("NotIncluded", false),
		InclusionVerification::UnknownBulk => ("UnknownBulk", false),
		InclusionVerification::ProofTooLong => ("ProofTooLong", false),
	};
	let mut json =
		json!({ "status": status, "bulk": entry.bulk, "path": entry.path, "sha256": sha256 });
	let text = match &answer {
		InclusionVerification::Included { bulk, .. } => {
			let by = organisation_in_words(chain, bulk.org).await?;
			json["organization"] = json!(bulk.org);
			json["author"] = json!(by);
			json["block"] = json!(bulk.created_block);
			json["createdAt"] = json!(bulk.created_at);
			json["category"] = json!(category_name(&bulk.category));
			json["documentCount"] = json!(bulk.document_count);
			format!(
				"Included: {} is document of bulk anchor {} ({} documents, {})\n  anchored: by {by}, in block #{} at {} ms since the Unix epoch\n  SHA-256:  {sha256}",
				entry.path,
				entry.bulk,
				bulk.document_count,
				category_name(&bulk.category),
				bulk.created_block,
				bulk.created_at,
			)
		}
		InclusionVerification::NotIncluded => format!(
			"NotIncluded: the manifest's proof for {} does not lead to bulk anchor {}'s root",
			entry.path, entry.bulk
		),
		InclusionVerification::UnknownBulk => {
			format!("UnknownBulk: no bulk anchor {} on chain", entry.bulk)
		}
		InclusionVerification::ProofTooLong => {
			format!("ProofTooLong: the proof of {} is longer than the chain checks", entry.path)
		}
	};
	Ok(Outcome { text, json, yes })
}

/// Anchors one document.
pub async fn anchor(
	url: &str,
	file: &Path,
	patient: &str,
	category: &str,
	locator: &str,
	key: &KeyArgs,
) -> Result<Outcome, Error> {
	let bytes = std::fs::read(file).map_err(|e| Error::file(file, e))?;
	let patient = parse_account(patient)?;
	let category = parse_category(category)?;
	let signer = key.source().keypair()?;
	let hashes = hashing::document_hashes(&bytes);
	let chain = Healthchain::connect(url).await?;
	let anchored = chain.anchor(&signer, patient, category, &hashes, locator).await?;
	Ok(Outcome::done(
		format!(
			"anchored as record {} in block #{} (SHA-256 {})",
			anchored.record_id,
			anchored.block_number,
			to_hex(&hashes.sha256)
		),
		json!({ "record": anchored.record_id, "block": anchored.block_number, "sha256": to_hex(&hashes.sha256) }),
	))
}

/// Where `bulk-anchor DIR` writes its manifest unless told: beside the directory,
/// `DIR.manifest.json` (not inside it, where a second run would count it as a document).
pub fn default_manifest_path(dir: &Path) -> PathBuf {
	let mut name =
		dir.file_name().map(|name| name.to_os_string()).unwrap_or_else(|| "import".into());
	name.push(".manifest.json");
	dir.with_file_name(name)
}

/// Anchors every file under a directory as one Merkle root, and writes the manifest.
pub async fn bulk_anchor(
	url: &str,
	dir: &Path,
	category: &str,
	locator: &str,
	manifest_path: Option<PathBuf>,
	key: &KeyArgs,
) -> Result<Outcome, Error> {
	let parsed_category = parse_category(category)?;
	let metadata = std::fs::metadata(dir).map_err(|e| Error::file(dir, e))?;
	if !metadata.is_dir() {
		return Err(Error::File { path: dir.to_path_buf(), reason: "not a directory".into() });
	}
	// `.` or `scans/` name the directory by its real path, so the default manifest lands beside
	// it and never inside, where the next import would count it as a document.
	let dir = &std::fs::canonicalize(dir).map_err(|e| Error::file(dir, e))?;
	let manifest_path = manifest_path.unwrap_or_else(|| default_manifest_path(dir));
	let signer = key.source().keypair()?;
	let files = bulk::files_under(dir)?;
	if files.is_empty() {
		return Err(Error::Input(format!("{}: no files to anchor", dir.display())));
	}
	let count = u32::try_from(files.len()).map_err(|_| {
		Error::Input(format!("{} files: more than one bulk anchor holds", files.len()))
	})?;
	let documents = hash_with_progress(&files)?;
	let mut manifest = Manifest::build(&documents, &category_name(&parsed_category), locator)
		.ok_or_else(|| Error::Input("no documents".into()))?;
	let root = hashing::parse_hash(&manifest.root)
		.ok_or_else(|| Error::Other("the manifest's root is not a hash".into()))?;
	// Written before the anchor (with no bulk id yet), so that a manifest that cannot be
	// written stops the import before it is on chain; completed once it is.
	write_manifest(&manifest, &manifest_path)?;
	let chain = Healthchain::connect(url).await?;
	let anchored = chain.bulk_anchor(&signer, parsed_category, root, count, locator).await?;
	manifest.bulk = Some(anchored.bulk_id);
	manifest.block = Some(anchored.block_number);
	write_manifest(&manifest, &manifest_path)?;
	Ok(Outcome::done(
		format!(
			"anchored {count} documents as bulk anchor {} in block #{} (root {})\n  manifest: {}",
			anchored.bulk_id,
			anchored.block_number,
			manifest.root,
			manifest_path.display()
		),
		json!({
			"bulk": anchored.bulk_id, "block": anchored.block_number, "documents": count,
			"root": manifest.root, "manifest": manifest_path.display().to_string(),
		}),
	))
}

fn write_manifest(manifest: &Manifest, path: &Path) -> Result<(), Error> {
	let text = serde_json::to_string_pretty(manifest).map_err(|e| Error::Other(e.to_string()))?;
	std::fs::write(path, text + "\n").map_err(|e| Error::file(path, e))
}

/// Each file's SHA-256, with a progress line on stderr when it is a terminal.
fn hash_with_progress(files: &[(String, PathBuf)]) -> Result<Vec<(String, hashing::Hash)>, Error> {
	let show = std::io::stderr().is_terminal() && files.len() > 1;
	let mut documents = Vec::with_capacity(files.len());
	for (done, (relative, path)) in files.iter().enumerate() {
		let bytes = std::fs::read(path).map_err(|e| Error::file(path, e))?;
		documents.push((relative.clone(), hashing::sha256(&bytes)));
		if show && (done % 64 == 0 || done + 1 == files.len()) {
			let width = 30;
			let filled = (done + 1) * width / files.len();
			eprint!(
				"\rhashing [{}{}] {}/{}",
				"#".repeat(filled),
				" ".repeat(width - filled),
				done + 1,
				files.len()
			);
			let _ = std::io::stderr().flush();
		}
	}
	if show {
		eprintln!();
	}
	Ok(documents)
}

/// A reader asks the chain to read a record: consent is checked and the read logged.
pub async fn request_access(
	url: &str,
	record: u64,
	purpose: &str,
	key: &KeyArgs,
) -> Result<Outcome, Error> {
	let purpose = parse_purpose(purpose)?;
	let signer = key.source().keypair()?;
	let chain = Healthchain::connect(url).await?;
	let basis = chain.request_access(&signer, record, purpose).await?;
	Ok(Outcome::done(
		format!("read of record {record} logged on chain, allowed by {}", basis_in_words(&basis)),
		json!({ "record": record, "basis": basis_json(&basis) }),
	))
}
