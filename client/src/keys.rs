//! Where a signing key comes from. A secret is read, used and dropped: it is never printed,
//! logged or put in an error message (a `Debug` of a [`KeySource`] shows where the secret is,
//! not what it is).

use std::{fmt, fs, path::PathBuf, str::FromStr};

use subxt_signer::{sr25519::Keypair, SecretUri};

/// The environment variable that may hold a secret URI.
pub const SURI_ENV: &str = "HEALTHCHAIN_SURI";
/// The environment variable that holds a keystore file's password.
pub const KEYSTORE_PASSWORD_ENV: &str = "HEALTHCHAIN_KEYSTORE_PASSWORD";

/// Where to find the signing key.
#[derive(Clone)]
pub enum KeySource {
	/// A secret URI (a mnemonic, a hex seed, or a development URI such as `//Alice`, each
	/// with optional `//hard` and `/soft` derivations and a `///password`).
	Uri(String),
	/// A file whose content (trimmed) is a secret URI.
	UriFile(PathBuf),
	/// A Polkadot.js keystore file (the JSON an extension or Apps exports), unlocked with
	/// the password in [`KEYSTORE_PASSWORD_ENV`].
	Keystore(PathBuf),
	/// The secret URI in [`SURI_ENV`].
	Environment,
}

impl fmt::Debug for KeySource {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Uri(_) => f.write_str("KeySource::Uri(<secret>)"),
			Self::UriFile(path) => write!(f, "KeySource::UriFile({})", path.display()),
			Self::Keystore(path) => write!(f, "KeySource::Keystore({})", path.display()),
			Self::Environment => write!(f, "KeySource::Environment({SURI_ENV})"),
		}
	}
}

/// Why a key could not be loaded. The messages name the source, never the secret.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
	#[error("cannot read the key file {path}: {reason}")]
	Unreadable { path: PathBuf, reason: String },
	#[error("{SURI_ENV} is not set")]
	NoEnvironmentSecret,
	#[error("{KEYSTORE_PASSWORD_ENV} is not set (a keystore file needs its password)")]
	NoKeystorePassword,
	#[error("the secret URI from {0} is not valid")]
	BadUri(&'static str),
	#[error("the keystore file {path} cannot be unlocked: {reason}")]
	BadKeystore { path: PathBuf, reason: String },
}

impl KeySource {
	/// Loads the key pair.
	pub fn keypair(&self) -> Result<Keypair, KeyError> {
		match self {
			Self::Uri(uri) => from_uri(uri, "the command line"),
			Self::UriFile(path) => {
				let text = read(path)?;
				from_uri(text.trim(), "the key file")
			}
			Self::Environment => {
				let uri = std::env::var(SURI_ENV).map_err(|_| KeyError::NoEnvironmentSecret)?;
				from_uri(uri.trim(), SURI_ENV)
			}
			Self::Keystore(path) => {
				let json = read(path)?;
				let password = std::env::var(KEYSTORE_PASSWORD_ENV)
					.map_err(|_| KeyError::NoKeystorePassword)?;
				subxt_signer::polkadot_js_compat::decrypt_json(&json, &password).map_err(|e| {
					// serde_json's messages quote what they could not read: never pass them on.
					let reason = match e {
						subxt_signer::polkadot_js_compat::Error::Json(_) => {
							"not a Polkadot.js keystore JSON file".to_string()
						}
						other => other.to_string(),
					};
					KeyError::BadKeystore { path: path.clone(), reason }
				})
			}
		}
	}
}

fn read(path: &PathBuf) -> Result<String, KeyError> {
	fs::read_to_string(path)
		.map_err(|e| KeyError::Unreadable { path: path.clone(), reason: e.kind().to_string() })
}

fn from_uri(uri: &str, from: &'static str) -> Result<Keypair, KeyError> {
	// Neither error carries the URI: both are replaced by one that names only where it came from.
	let uri = SecretUri::from_str(uri).map_err(|_| KeyError::BadUri(from))?;
	Keypair::from_uri(&uri).map_err(|_| KeyError::BadUri(from))
}

#[cfg(test)]
mod tests {
	use super::*;

	const ALICE: &str = "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";

	#[test]
	fn a_development_uri_gives_the_well_known_key() {
		let pair = KeySource::Uri("//Alice".into()).keypair().expect("//Alice is a valid URI");
		assert_eq!(hex::encode(pair.public_key().0), ALICE);
	}

	#[test]
	fn a_key_file_is_read_and_trimmed() {
		let dir = std::env::temp_dir().join(format!("healthchain-keys-{}", std::process::id()));
		fs::create_dir_all(&dir).expect("temp dir");
		let file = dir.join("suri");
		fs::write(&file, "//Alice\n").expect("write");
		let pair = KeySource::UriFile(file.clone()).keypair().expect("a valid file");
		assert_eq!(hex::encode(pair.public_key().0), ALICE);
		fs::remove_dir_all(&dir).ok();
	}

	#[test]
	fn no_message_or_debug_output_shows_the_secret() {
		// A valid mnemonic followed by text no secret URI can contain (`%` cannot start a path).
		let secret = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
		let source = KeySource::Uri(format!("{secret} %%"));
		let error = source.keypair().expect_err("not a valid URI");
		assert!(!error.to_string().contains("bottom"), "{error}");
		assert!(!format!("{error:?}").contains("bottom"));
		assert!(!format!("{source:?}").contains("bottom"));
	}

	#[test]
	fn a_missing_file_names_the_file() {
		let error = KeySource::UriFile("/nonexistent/healthchain.suri".into())
			.keypair()
			.expect_err("no file");
		assert!(error.to_string().contains("/nonexistent/healthchain.suri"), "{error}");
	}
}
