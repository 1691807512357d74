//! The client's errors: each says in words what went wrong, and the CLI maps each kind to an
//! exit code (see `main.rs`).

use std::path::PathBuf;

use crate::keys::KeyError;

/// What can go wrong talking to Healthchain.
#[derive(Debug, thiserror::Error)]
pub enum Error {
	/// The node could not be reached (or stopped answering).
	#[error("cannot reach a Healthchain node at {url}: {reason}")]
	Unreachable { url: String, reason: String },
	/// The chain refused the call: a pallet's error, named as the runtime names it, with the
	/// runtime's own description.
	#[error("{pallet}.{error}: {description}")]
	Refused { pallet: String, error: String, description: String },
	/// The transaction pool would not take the transaction (a bad nonce, no funds for the fee, …).
	#[error("the node would not take the transaction: {0}")]
	Rejected(String),
	/// The signing key could not be loaded.
	#[error(transparent)]
	Key(#[from] KeyError),
	/// Input the chain would refuse before it was sent (a malformed account, an unknown code).
	#[error("{0}")]
	Input(String),
	/// A file could not be read or written.
	#[error("{path}: {reason}")]
	File { path: PathBuf, reason: String },
	/// Anything else the node or subxt reported.
	#[error("{0}")]
	Other(String),
}

impl Error {
	/// A file error for `path`.
	pub fn file(path: impl Into<PathBuf>, error: std::io::Error) -> Self {
		let reason = match error.kind() {
			std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
			std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
			_ => error.to_string(),
		};
		Self::File { path: path.into(), reason }
	}
}

impl From<subxt::Error> for Error {
	fn from(error: subxt::Error) -> Self {
		use subxt::error::{DispatchError, TransactionError};
		match error {
			subxt::Error::Runtime(DispatchError::Module(module)) => match module.details() {
				Ok(details) => Error::Refused {
					pallet: details.pallet.name().to_string(),
					error: details.variant.name.clone(),
					description: describe(&details.variant.docs),
				},
				Err(_) => Error::Other(format!("the chain refused the call: {module}")),
			},
			subxt::Error::Runtime(other) => Error::Refused {
				pallet: "System".into(),
				error: format!("{other:?}"),
				description: other.to_string(),
			},
			subxt::Error::Transaction(TransactionError::Invalid(why)) => Error::Rejected(why),
			// Dropped from this node's pool, it may already be with other nodes and still be
			// included: its outcome is unknown, not refused.
			subxt::Error::Transaction(TransactionError::Dropped(why)) => Error::Other(format!(
				"the node dropped the transaction ({why}); it may still be included: look before sending it again"
			)),
			// The connection dropped and is being made again (`Healthchain::connect_lasting`).
			error if error.is_disconnected_will_reconnect() => {
				Error::Unreachable { url: "the node".into(), reason: error.to_string() }
			}
			subxt::Error::Rpc(rpc) => {
				Error::Other(format!("the node answered with an error: {rpc}"))
			}
			other => Error::Other(other.to_string()),
		}
	}
}

/// A pallet error's doc comment as one line ("" when it has none).
fn describe(docs: &[String]) -> String {
	docs.iter()
		.map(|line| line.trim())
		.filter(|line| !line.is_empty())
		.collect::<Vec<_>>()
		.join(" ")
}
