//! Writes the runtime's metadata where the `#[subxt]` macro reads it (`$OUT_DIR/metadata.scale`),
//! from the one copy the project keeps: `js/metadata.json`, the answer of
//! `state_call("Metadata_metadata_at_version", 15)` that @polkadot/typegen reads too. That
//! answer is an `Option<OpaqueMetadata>`: `0x01`, a compact length, then the metadata itself
//! (which starts with the magic bytes `meta`).

use std::{env, fs, path::PathBuf};

fn main() -> Result<(), String> {
	let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
	let source = manifest_dir.join("../js/metadata.json");
	println!("cargo::rerun-if-changed={}", source.display());
	let json =
		fs::read_to_string(&source).map_err(|e| format!("reading {}: {e}", source.display()))?;
	let metadata = metadata_bytes(&json).map_err(|e| format!("{}: {e}", source.display()))?;
	let out = PathBuf::from(env::var("OUT_DIR").map_err(|e| e.to_string())?).join("metadata.scale");
	fs::write(&out, metadata).map_err(|e| format!("writing {}: {e}", out.display()))
}

/// The metadata in a `{"result": "0x01…"}` answer, without the `Option` and length prefix.
fn metadata_bytes(json: &str) -> Result<Vec<u8>, String> {
	let start = json.find("\"0x").ok_or("no \"0x…\" string")? + 3;
	let end = start + json[start..].find('"').ok_or("unterminated string")?;
	let bytes = hex::decode(&json[start..end]).map_err(|e| format!("not hex: {e}"))?;
	let (&some, rest) = bytes.split_first().ok_or("empty answer")?;
	if some != 1 {
		return Err("the answer is None: the runtime has no V15 metadata".into());
	}
	let prefix = match rest.first().ok_or("no length")? & 0b11 {
		0 => 1,
		1 => 2,
		2 => 4,
		_ => 1 + usize::from(rest[0] >> 2) + 4,
	};
	let metadata = rest.get(prefix..).ok_or("shorter than its length prefix")?;
	if !metadata.starts_with(b"meta") {
		return Err("the metadata does not start with the magic bytes `meta`".into());
	}
	Ok(metadata.to_vec())
}
