//! `healthchain gateway serve|new-kek`.

use std::{io::Write, net::SocketAddr, path::PathBuf, time::Duration};

use clap::Subcommand;
use healthchain_client::{
	gateway::{
		envelope::Kek,
		limits::RateLimit,
		serve,
		store::{Database, ObjectLocation, Store},
		viewer::ViewerConfig,
		GatewayConfig, MIN_READ_TIMEOUT,
	},
	Error, KeySource,
};
use serde_json::json;

use super::{KeyArgs, Outcome};

/// The gateway's configuration file (TOML). Every key is optional; a flag (or its environment
/// variable) wins over the file. Secrets are never in it: the key comes from `suri-file` or
/// `keystore`, the KEK from `kek-file`.
#[derive(Default, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
	/// The node's WebSocket URL (used when `--url` is left at its default).
	node: Option<String>,
	listen: Option<SocketAddr>,
	public_url: Option<String>,
	data_dir: Option<PathBuf>,
	database: Option<String>,
	objects: Option<String>,
	kek_file: Option<PathBuf>,
	read_window_secs: Option<u64>,
	max_document_bytes: Option<usize>,
	tls_cert: Option<PathBuf>,
	tls_key: Option<PathBuf>,
	/// A file holding the gateway account's secret URI.
	suri_file: Option<PathBuf>,
	/// A Polkadot.js keystore file (its password in HEALTHCHAIN_KEYSTORE_PASSWORD).
	keystore: Option<PathBuf>,
	viewer: Option<PathBuf>,
	viewer_node_url: Option<String>,
	viewer_dev_accounts: Option<bool>,
	rate_limit_per_minute: Option<u32>,
	rate_limit_burst: Option<u32>,
	read_timeout_secs: Option<u64>,
	upload_buffer_mib: Option<usize>,
}

impl ConfigFile {
	fn read(path: &std::path::Path) -> Result<Self, Error> {
		let text = std::fs::read_to_string(path).map_err(|e| Error::file(path, e))?;
		toml::from_str(&text).map_err(|e| Error::File {
			path: path.to_path_buf(),
			reason: format!("not a gateway configuration: {}", e.message()),
		})
	}
}

/// Where a gateway keeps its documents and which KEK opens them: what `serve` and
/// `rotate-kek` share.
#[derive(clap::Args)]
pub struct StorageArgs {
	/// A configuration file (TOML; docs/GATEWAY.md lists its keys). A flag given here, or
	/// its environment variable, wins over the file.
	#[arg(long, env = "HEALTHCHAIN_GATEWAY_CONFIG")]
	config: Option<PathBuf>,
	/// The gateway's ciphertexts (`objects/`) and, with SQLite, its database (required,
	/// here or in the file).
	#[arg(long, env = "HEALTHCHAIN_GATEWAY_DATA_DIR")]
	data_dir: Option<PathBuf>,
	/// Where metadata and wrapped keys live: `sqlite` (gateway.sqlite3 in the data
	/// directory) or a PostgreSQL URL (`postgres://user@host:port/database`) [default: sqlite].
	#[arg(long, env = "HEALTHCHAIN_GATEWAY_DATABASE", hide_env_values = true)]
	database: Option<String>,
	/// Where the ciphertexts live: `directory` (`objects/` in the data directory) or an
	/// S3-compatible bucket, `s3://bucket[/prefix]`, its endpoint and credentials from the
	/// AWS_* environment (docs/GATEWAY.md) [default: directory].
	#[arg(long, env = "HEALTHCHAIN_GATEWAY_OBJECTS")]
	objects: Option<String>,
	/// The organisation's key-encryption key: a file of 64 hex digits, which `new-kek`
	/// writes (required, here or in the file).
	#[arg(long, env = "HEALTHCHAIN_GATEWAY_KEK_FILE")]
	kek_file: Option<PathBuf>,
}

/// [`StorageArgs`] with the file's settings filled in.
struct Storage {
	data_dir: PathBuf,
	database: Database,
	objects: ObjectLocation,
	kek: Kek,
}

impl StorageArgs {
	/// The configuration file (if any) and the storage settings, a flag winning over the file.
	fn resolve(self) -> Result<(ConfigFile, Storage), Error> {
		let mut file = match &self.config {
			Some(path) => ConfigFile::read(path)?,
			None => ConfigFile::default(),
		};
		let required = |what: &str| {
			Error::Input(format!(
				"the gateway needs --{what} (or `{what}` in its configuration file)"
			))
		};
		let database = match self.database.or(file.database.take()).as_deref().unwrap_or("sqlite") {
			"sqlite" => Database::Sqlite,
			url if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
				Database::Postgres(url.to_string())
			}
			_ => return Err(Error::Input("the database is sqlite or a postgres:// URL".into())),
		};
		let kek_file =
			self.kek_file.or(file.kek_file.take()).ok_or_else(|| required("kek-file"))?;
		let storage = Storage {
			data_dir: self.data_dir.or(file.data_dir.take()).ok_or_else(|| required("data-dir"))?,
			database,
			objects: ObjectLocation::parse(
				self.objects.or(file.objects.take()).as_deref().unwrap_or("directory"),
			)?,
			kek: Kek::from_file(&kek_file)?,
		};
		Ok((file, storage))
	}
}

// Parsed once per run: the size of `Serve` beside `NewKek` costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
pub enum GatewayCommand {
	/// Runs the gateway (until Ctrl-C or SIGTERM). `--url` is the node it follows; the key
	/// is the gateway's own account, a Practitioner member of the organisation.
	#[command(
		after_help = "Example:\n  healthchain gateway new-kek /etc/healthchain/kek.hex\n  healthchain gateway serve --config /etc/healthchain/gateway.toml\n  healthchain gateway serve --data-dir /var/lib/healthchain-gateway --kek-file /etc/healthchain/kek.hex \\\n    --suri-file /etc/healthchain/gateway.suri --listen 127.0.0.1:8088 --public-url https://records.hospital.example"
	)]
	Serve {
		#[command(flatten)]
		storage: StorageArgs,
		/// Where to listen [default: 127.0.0.1:8088].
		#[arg(long, env = "HEALTHCHAIN_GATEWAY_LISTEN")]
		listen: Option<SocketAddr>,
		/// The URL readers reach the gateway at (locators anchored on chain start with it)
		/// [default: http:// and the listen address].
		#[arg(long, env = "HEALTHCHAIN_GATEWAY_PUBLIC_URL")]
		public_url: Option<String>,
		/// How recent (seconds) a read logged on chain must be for the document to be
		/// released [default: 600].
		#[arg(long)]
		read_window_secs: Option<u64>,
		/// The largest document accepted, in bytes [default: 16 MiB].
		#[arg(long)]
		max_document_bytes: Option<usize>,
		/// Serve HTTPS with this PEM certificate chain (and --tls-key); without both, plain
		/// HTTP, for behind a TLS-terminating proxy.
		#[arg(long, env = "HEALTHCHAIN_GATEWAY_TLS_CERT")]
		tls_cert: Option<PathBuf>,
		/// The PEM private key of --tls-cert.
		#[arg(long, env = "HEALTHCHAIN_GATEWAY_TLS_KEY")]
		tls_key: Option<PathBuf>,
		/// Serve the web viewer from this directory (what `npm run build` in client/viewer
		/// writes) under /viewer/.
		#[arg(long, env = "HEALTHCHAIN_GATEWAY_VIEWER")]
		viewer: Option<PathBuf>,
		/// The node's WebSocket URL as the viewer's browsers reach it [default: --url]. The
		/// node must allow the gateway's origin (`--rpc-cors`).
		#[arg(long, env = "HEALTHCHAIN_GATEWAY_VIEWER_NODE_URL")]
		viewer_node_url: Option<String>,
		/// Offer the well-known development keys for signing in to the viewer: for a
		/// development chain only (anyone can sign with them).
		#[arg(long)]
		viewer_dev_accounts: bool,
		/// Signed requests (reads and uploads) an account may make per minute, sustained
		/// [default: 600].
		#[arg(long)]
		rate_limit_per_minute: Option<u32>,
		/// Signed requests an account may make at once [default: 60].
		#[arg(long)]
		rate_limit_burst: Option<u32>,
		/// Seconds a read may take before it is answered 503 [default: 30; at least 5].
		#[arg(long)]
		read_timeout_secs: Option<u64>,
		/// MiB of upload bodies held at once, at least --max-document-bytes; past it an
		/// upload waits 5 s for room, then is answered 503 [default: 256]. Releases being
		/// prepared are held within as much again.
		#[arg(long)]
		upload_buffer_mib: Option<usize>,
		#[command(flatten)]
		key: KeyArgs,
	},
	/// KEK rotation, with the gateway stopped: every document key it keeps is unwrapped with
	/// the current KEK (`--kek-file`, or the file's) and wrapped under the new one, in one
	/// transaction (all or none); the ciphertexts do not change. Then start the gateway with
	/// the new KEK, and destroy the old one once no backup needs it.
	#[command(
		name = "rotate-kek",
		after_help = "Example:\n  healthchain gateway new-kek /etc/healthchain/kek-2027.hex\n  healthchain gateway rotate-kek --config /etc/healthchain/gateway.toml --new-kek-file /etc/healthchain/kek-2027.hex"
	)]
	RotateKek {
		#[command(flatten)]
		storage: StorageArgs,
		/// The new KEK (`new-kek` writes one).
		#[arg(long)]
		new_kek_file: PathBuf,
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
		GatewayCommand::RotateKek { storage, new_kek_file } => {
			let (_, storage) = storage.resolve()?;
			let new = Kek::from_file(&new_kek_file)?;
			if new == storage.kek {
				return Err(Error::Input("the new KEK is the current one".into()));
			}
			let mut store =
				Store::open(&storage.data_dir, &storage.database, &storage.objects).await?;
			store.lock_exclusive().await?;
			let rewrapped = store.rewrap_keys(&storage.kek, &new).await?;
			Ok(Outcome::done(
				format!(
					"{rewrapped} document key(s) are wrapped under {}: start the gateway with it as its KEK, and destroy the old KEK once no backup needs it",
					new_kek_file.display()
				),
				json!({ "rewrapped": rewrapped, "kekFile": new_kek_file.display().to_string() }),
			))
		}
		GatewayCommand::Serve {
			storage,
			listen,
			public_url,
			read_window_secs,
			max_document_bytes,
			tls_cert,
			tls_key,
			viewer,
			viewer_node_url,
			viewer_dev_accounts,
			rate_limit_per_minute,
			rate_limit_burst,
			read_timeout_secs,
			upload_buffer_mib,
			key,
		} => {
			let (file, storage) = storage.resolve()?;
			let listen = listen.or(file.listen).unwrap_or(SocketAddr::from(([127, 0, 0, 1], 8088)));
			let signer = match (key.given(), file.suri_file, file.keystore) {
				(false, Some(path), _) => KeySource::UriFile(path).keypair()?,
				(false, None, Some(path)) => KeySource::Keystore(path).keypair()?,
				_ => key.source().keypair()?,
			};
			// The node: --url (or HEALTHCHAIN_URL) when it is not the default, else the file's.
			let node_url = match file.node {
				Some(node) if url == healthchain_client::DEFAULT_URL => node,
				_ => url.to_string(),
			};
			let tls = match (tls_cert.or(file.tls_cert), tls_key.or(file.tls_key)) {
				(Some(cert), Some(key)) => Some((cert, key)),
				(None, None) => None,
				_ => return Err(Error::Input("TLS needs both --tls-cert and --tls-key".into())),
			};
			let viewer = viewer.or(file.viewer).map(|dir| ViewerConfig {
				dir,
				node_url: viewer_node_url
					.or(file.viewer_node_url)
					.unwrap_or_else(|| node_url.clone()),
				dev_accounts: viewer_dev_accounts || file.viewer_dev_accounts.unwrap_or(false),
			});
			let scheme = if tls.is_some() { "https" } else { "http" };
			let max_document_bytes =
				max_document_bytes.or(file.max_document_bytes).unwrap_or(16 * 1024 * 1024);
			let read_timeout =
				Duration::from_secs(read_timeout_secs.or(file.read_timeout_secs).unwrap_or(30));
			if read_timeout < MIN_READ_TIMEOUT {
				return Err(Error::Input(format!(
					"read-timeout-secs must be at least {} (a read may wait that long for the node to finalise the reader's logged read)",
					MIN_READ_TIMEOUT.as_secs()
				)));
			}
			let upload_buffer_bytes = upload_buffer_mib
				.or(file.upload_buffer_mib)
				.unwrap_or(256)
				.checked_mul(1024 * 1024)
				.ok_or_else(|| Error::Input("upload-buffer-mib is too large".into()))?;
			if upload_buffer_bytes < max_document_bytes {
				return Err(Error::Input(format!(
					"upload-buffer-mib must hold the largest document (max-document-bytes, {max_document_bytes} bytes)"
				)));
			}
			let config = GatewayConfig {
				listen,
				public_url: public_url
					.or(file.public_url)
					.unwrap_or_else(|| format!("{scheme}://{listen}")),
				node_url,
				data_dir: storage.data_dir,
				database: storage.database,
				objects: storage.objects,
				kek: storage.kek,
				signer,
				read_window: Duration::from_secs(
					read_window_secs.or(file.read_window_secs).unwrap_or(600),
				),
				max_document_bytes,
				tls,
				viewer,
				rate_limit: RateLimit {
					per_minute: rate_limit_per_minute.or(file.rate_limit_per_minute).unwrap_or(600),
					burst: rate_limit_burst.or(file.rate_limit_burst).unwrap_or(60),
				},
				read_timeout,
				upload_buffer_bytes,
			};
			serve(config).await?;
			Ok(Outcome::done("the gateway stopped".into(), json!({ "stopped": true })))
		}
	}
}
