//! `healthchain gateway serve|new-kek`.

use std::{io::Write, net::SocketAddr, path::PathBuf, time::Duration};

use clap::Subcommand;
use healthchain_client::{
	gateway::{envelope::Kek, serve, store::Database, GatewayConfig},
	Error,
};
use serde_json::json;

use super::{KeyArgs, Outcome};

#[derive(Subcommand)]
pub enum GatewayCommand {
	/// Runs the gateway (until Ctrl-C or SIGTERM). `--url` is the node it follows; the key
	/// is the gateway's own account, a Practitioner member of the organisation.
	#[command(
		after_help = "Example:\n  healthchain gateway new-kek /etc/healthchain/kek.hex\n  HEALTHCHAIN_SURI=\"$(cat /etc/healthchain/gateway.suri)\" healthchain gateway serve \\\n    --data-dir /var/lib/healthchain-gateway --kek-file /etc/healthchain/kek.hex \\\n    --listen 0.0.0.0:8088 --public-url https://records.hospital.example"
	)]
	Serve {
		/// Where to listen.
		#[arg(long, default_value = "127.0.0.1:8088", env = "HEALTHCHAIN_GATEWAY_LISTEN")]
		listen: SocketAddr,
		/// The URL readers reach the gateway at (locators anchored on chain start with it);
		/// default: http:// and the listen address.
		#[arg(long, env = "HEALTHCHAIN_GATEWAY_PUBLIC_URL")]
		public_url: Option<String>,
		/// The gateway's ciphertexts (`objects/`) and, by default, its SQLite database.
		#[arg(long, env = "HEALTHCHAIN_GATEWAY_DATA_DIR")]
		data_dir: PathBuf,
		/// Where metadata and wrapped keys live: `sqlite` (gateway.sqlite3 in the data
		/// directory) or a PostgreSQL URL (`postgres://user@host:port/database`).
		#[arg(
			long,
			default_value = "sqlite",
			env = "HEALTHCHAIN_GATEWAY_DATABASE",
			hide_env_values = true
		)]
		database: String,
		/// The organisation's key-encryption key: a file of 64 hex digits (`new-kek` writes one).
		#[arg(long, env = "HEALTHCHAIN_GATEWAY_KEK_FILE")]
		kek_file: PathBuf,
		/// How recent (seconds) a read logged on chain must be for the document to be released.
		#[arg(long, default_value_t = 600)]
		read_window_secs: u64,
		/// The largest document accepted, in bytes.
		#[arg(long, default_value_t = 16 * 1024 * 1024)]
		max_document_bytes: usize,
		#[command(flatten)]
		key: KeyArgs,
	},
	/// Writes a new random key-encryption key to FILE (readable by its owner only); refuses
	/// to overwrite one.
	#[command(
		name = "new-kek",
		after_help = "Example:\n  healthchain gateway new-kek /etc/healthchain/kek.hex"
	)]
	NewKek {
		/// Where to write it.
		file: PathBuf,
	},
}

pub async fn gateway(url: &str, command: GatewayCommand) -> Result<Outcome, Error> {
	match command {
		GatewayCommand::NewKek { file } => {
			let mut options = std::fs::OpenOptions::new();
			options.write(true).create_new(true);
			#[cfg(unix)]
			std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
			let mut out = options.open(&file).map_err(|e| Error::file(&file, e))?;
			out.write_all(format!("{}\n", Kek::generate_hex()?).as_bytes())
				.and_then(|()| out.sync_all())
				.map_err(|e| Error::file(&file, e))?;
			Ok(Outcome::done(
				format!("a new key-encryption key is in {} (keep a backup: without it no document opens)", file.display()),
				json!({ "kekFile": file.display().to_string() }),
			))
		}
		GatewayCommand::Serve {
			listen,
			public_url,
			data_dir,
			database,
			kek_file,
			read_window_secs,
			max_document_bytes,
			key,
		} => {
			let database = match database.as_str() {
				"sqlite" => Database::Sqlite,
				url if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
					Database::Postgres(url.to_string())
				}
				_ => return Err(Error::Input("--database is sqlite or a postgres:// URL".into())),
			};
			let config = GatewayConfig {
				listen,
				public_url: public_url.unwrap_or_else(|| format!("http://{listen}")),
				node_url: url.to_string(),
				data_dir,
				database,
				kek: Kek::from_file(&kek_file)?,
				signer: key.source().keypair()?,
				read_window: Duration::from_secs(read_window_secs),
				max_document_bytes,
			};
			serve(config).await?;
			Ok(Outcome::done("the gateway stopped".into(), json!({ "stopped": true })))
		}
	}
}
