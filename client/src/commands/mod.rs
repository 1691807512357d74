//! The commands of `healthchain`, a module per domain; `main.rs` parses and dispatches.

pub mod consent;
pub mod gateway;
pub mod records;
pub mod registry;
pub mod trace;
pub mod trials;

use std::path::PathBuf;

use clap::Args;
use healthchain_client::{
	hashing::to_hex,
	keys::KeySource,
	runtime::runtime_types::{
		healthchain_primitives::consent::AccessBasis, pallet_consent::types::Grantee,
	},
	AccountId, Error, Healthchain,
};
use serde_json::json;

/// Where the signing key comes from: one of these, or the secret URI in HEALTHCHAIN_SURI.
#[derive(Args)]
pub struct KeyArgs {
	/// A secret URI (development accounts such as //Alice; anything else is visible to other
	/// users of this machine while the command runs: prefer --suri-file or HEALTHCHAIN_SURI).
	#[arg(long, conflicts_with_all = ["suri_file", "keystore"])]
	suri: Option<String>,
	/// A file holding the secret URI.
	#[arg(long, conflicts_with = "keystore")]
	suri_file: Option<PathBuf>,
	/// A Polkadot.js keystore (JSON) file, unlocked with the password in HEALTHCHAIN_KEYSTORE_PASSWORD.
	#[arg(long)]
	keystore: Option<PathBuf>,
}

impl KeyArgs {
	/// Whether a key was named on the command line.
	pub fn given(&self) -> bool {
		self.suri.is_some() || self.suri_file.is_some() || self.keystore.is_some()
	}

	pub fn source(&self) -> KeySource {
		match (&self.suri, &self.suri_file, &self.keystore) {
			(Some(uri), _, _) => KeySource::Uri(uri.clone()),
			(_, Some(file), _) => KeySource::UriFile(file.clone()),
			(_, _, Some(file)) => KeySource::Keystore(file.clone()),
			_ => KeySource::Environment,
		}
	}
}

/// A command's outcome: what to print, and whether the answer was yes.
pub struct Outcome {
	pub text: String,
	pub json: serde_json::Value,
	pub yes: bool,
}

impl Outcome {
	/// Done, and the answer is yes.
	pub fn done(text: String, json: serde_json::Value) -> Self {
		Self { text, json, yes: true }
	}

	/// The answer is no (exit 1).
	pub fn no(text: String, json: serde_json::Value) -> Self {
		Self { text, json, yes: false }
	}
}

/// "1 grant", "2 grants".
pub fn count(n: usize, noun: &str) -> String {
	if n == 1 {
		format!("1 {noun}")
	} else {
		format!("{n} {noun}s")
	}
}

/// A grantee as JSON: `{"organization": 0}` or `{"account": "5…"}`.
pub fn grantee_json(grantee: &Grantee<AccountId>) -> serde_json::Value {
	match grantee {
		Grantee::Organization(org) => json!({ "organization": org }),
		Grantee::Account(account) => json!({ "account": account.to_string() }),
	}
}

/// What permitted an access, as JSON: `{"consent": 3}` or `{"breakGlass": 1}`.
pub fn basis_json(basis: &AccessBasis) -> serde_json::Value {
	match basis {
		AccessBasis::Consent(id) => json!({ "consent": id }),
		AccessBasis::BreakGlass(id) => json!({ "breakGlass": id }),
	}
}

/// A hash as the chain's JSON shows it.
pub fn hash_hex(hash: &subxt::utils::H256) -> String {
	to_hex(&hash.0)
}

/// "organisation 0 (Hospital)", or "organisation 0" when the registry no longer has it.
pub async fn organisation_in_words(chain: &Healthchain, org: u32) -> Result<String, Error> {
	Ok(match chain.organization(org).await? {
		Some(info) => info.describe(),
		None => format!("organisation {org}"),
	})
}

/// The hashes a command-line argument names: `0x` and 64 hex digits, or `@FILE` for the
/// file's SHA-256 and BLAKE2-256 (in that order).
pub fn parse_hash_or_file(text: &str, what: &str) -> Result<Vec<[u8; 32]>, Error> {
	if let Some(path) = text.strip_prefix('@') {
		let hashes = healthchain_client::hashing::file_hashes(path.as_ref())
			.map_err(|e| Error::file(path, e))?;
		return Ok(vec![hashes.sha256, hashes.blake2_256]);
	}
	healthchain_client::hashing::parse_hash(text).map(|hash| vec![hash]).ok_or_else(|| {
		Error::Input(format!(
			"{what} {text:?} is not a hash: 0x and 64 hex digits, or @FILE for a file's hashes"
		))
	})
}
