//! `purge-chain` without the relay chain's spec: when the parachain's spec names a relay chain
//! the node has not built in and no `--chain` follows `--`, the relay chain's database path
//! cannot be derived from its spec; the embedded relay node keeps each chain it ran under
//! `<relay base path>/chains/<chain id>/db`, so those are what is removed.

use std::{
	fs,
	io::{self, Write},
	path::{Path, PathBuf},
};

use cumulus_client_cli::PurgeChainCmd;
use sc_cli::Result;
use sc_service::Configuration;

/// Removes the parachain's database and every relay-chain database under `relay_base`, as
/// `cmd` selects (`--parachain`, `--relaychain`, both when neither), asking first unless
/// `-y` was given.
pub fn purge_without_relay_spec(
	cmd: &PurgeChainCmd,
	para_config: &Configuration,
	relay_base: &Path,
) -> Result<()> {
	let both = cmd.parachain == cmd.relaychain;
	let mut paths = Vec::new();
	if both || cmd.parachain {
		let para_db = para_config
			.database
			.path()
			.ok_or("cannot purge a custom database implementation of the parachain")?;
		paths.push(para_db.to_path_buf());
	}
	if both || cmd.relaychain {
		paths.extend(relay_databases(relay_base)?);
	}

	if !cmd.base.yes {
		for path in &paths {
			println!("{}", path.display());
		}
		print!("Are you sure to remove? [y/N]: ");
		io::stdout().flush()?;
		let mut answer = String::new();
		io::stdin().read_line(&mut answer)?;
		if !matches!(answer.trim().chars().next(), Some('y' | 'Y')) {
			println!("Aborted");
			return Ok(());
		}
	}

	for path in &paths {
		match fs::remove_dir_all(path) {
			Ok(()) => println!("{path:?} removed."),
			Err(error) if error.kind() == io::ErrorKind::NotFound => {
				eprintln!("{path:?} did not exist.")
			}
			Err(error) => return Err(error.into()),
		}
	}
	Ok(())
}

/// The `chains/<chain id>/db` directories under a relay node's base path.
fn relay_databases(relay_base: &Path) -> Result<Vec<PathBuf>> {
	let chains = relay_base.join("chains");
	let entries = match fs::read_dir(&chains) {
		Ok(entries) => entries,
		Err(error) if error.kind() == io::ErrorKind::NotFound => {
			eprintln!("{chains:?} did not exist: no relay chain database to purge.");
			return Ok(Vec::new());
		}
		Err(error) => return Err(error.into()),
	};
	let mut databases = Vec::new();
	for entry in entries {
		let database = entry?.path().join("db");
		if database.is_dir() {
			databases.push(database);
		}
	}
	databases.sort();
	Ok(databases)
}
