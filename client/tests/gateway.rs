//! The record gateway end to end: a real `healthchain-node --dev`, the real `healthchain
//! gateway serve` over HTTP, embedded storage. A hospital stores a FHIR document and it is
//! anchored; a clinic without consent gets 403 and nothing; after the patient grants, the
//! clinic's read is logged on chain and then served; the patient's revocation stops the next
//! read; a flipped byte in the stored ciphertext gives 409, never the document; the patient
//! erases the record and the ciphertext and key are gone (410).

mod common;

use std::{
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use common::{free_port, start_node, start_node_at};
use healthchain_client::{
	consent::GrantTerms,
	gateway::auth,
	hashing,
	records::{parse_category, AnchorRequest},
	runtime::{
		self,
		runtime_types::{
			healthchain_primitives::consent::PurposeOfUse, pallet_consent::types::Grantee,
		},
	},
	AccountId, Error, Healthchain, KeySource,
};
use object_store::{
	aws::{AmazonS3, AmazonS3Builder},
	ObjectStore,
};
use reqwest::StatusCode;
use subxt_signer::sr25519::Keypair;

struct Gateway {
	child: Child,
	url: String,
}

impl Drop for Gateway {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

fn key(uri: &str) -> Keypair {
	KeySource::Uri(uri.into()).keypair().expect("a dev URI")
}

fn account(uri: &str) -> AccountId {
	key(uri).public_key().to_account_id()
}

/// `healthchain gateway new-kek`, which never overwrites a key.
fn new_kek(dir: &Path) -> PathBuf {
	let kek = dir.join("kek.hex");
	for expected in [Some(0), Some(2)] {
		let made = Command::new(env!("CARGO_BIN_EXE_healthchain"))
			.args(["gateway", "new-kek"])
			.arg(&kek)
			.output()
			.expect("healthchain gateway new-kek");
		assert_eq!(
			made.status.code(),
			expected,
			"new-kek: {}",
			String::from_utf8_lossy(&made.stderr)
		);
	}
	kek
}

/// A self-signed certificate for 127.0.0.1 (openssl), and an HTTPS client that trusts only it.
fn tls_client(dir: &Path) -> reqwest::Client {
	let made = Command::new("openssl")
		.args([
			"req",
			"-x509",
			"-newkey",
			"ec",
			"-pkeyopt",
			"ec_paramgen_curve:prime256v1",
			"-nodes",
		])
		.args(["-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])
		// A server's certificate, not a CA's (rustls refuses a CA certificate as a server's).
		.args(["-addext", "basicConstraints=critical,CA:FALSE", "-addext", "extendedKeyUsage=serverAuth"])
		.arg("-keyout")
		.arg(dir.join("tls-key.pem"))
		.arg("-out")
		.arg(dir.join("tls-cert.pem"))
		.output()
		.expect("openssl");
	assert!(made.status.success(), "openssl: {}", String::from_utf8_lossy(&made.stderr));
	let cert = std::fs::read(dir.join("tls-cert.pem")).expect("the certificate");
	reqwest::Client::builder()
		.tls_built_in_root_certs(false)
		.add_root_certificate(reqwest::Certificate::from_pem(&cert).expect("PEM"))
		.https_only(true)
		.build()
		.expect("an HTTPS client")
}

/// Starts `healthchain gateway serve`: on SQLite from a configuration file (its node, key
/// file and every setting in it) over HTTP; on PostgreSQL from flags, over HTTPS with the
/// certificate `tls_client` made.
async fn start_gateway(
	node_url: &str,
	dir: &Path,
	database: &str,
	objects: &Objects,
	port: u16,
	http: &reqwest::Client,
) -> Gateway {
	let kek = dir.join("kek.hex");
	let (location, environment) = objects.gateway_args();
	let mut command = Command::new(env!("CARGO_BIN_EXE_healthchain"));
	if database == "sqlite" {
		// The gateway's own account, the demo hospital's practitioner, from a key file.
		let suri_file = dir.join("gateway.suri");
		std::fs::write(&suri_file, "//HospitalPractitioner\n").expect("key file");
		let config = dir.join("gateway.toml");
		let text = format!(
			"node = \"{node_url}\"\nlisten = \"127.0.0.1:{port}\"\ndata-dir = {:?}\ndatabase = \"sqlite\"\nobjects = \"{location}\"\nkek-file = {:?}\nsuri-file = {:?}\nread-window-secs = 600\nmax-document-bytes = 1048576\nupload-buffer-mib = 1\nrate-limit-per-minute = 1\nrate-limit-burst = 40\nread-timeout-secs = 10\n",
			dir.join("data"),
			kek,
			suri_file,
		);
		std::fs::write(&config, text).expect("config file");
		command.args(["gateway", "serve", "--config"]).arg(&config);
	} else {
		command
			.args(["--url", node_url, "gateway", "serve", "--listen", &format!("127.0.0.1:{port}")])
			.arg("--data-dir")
			.arg(dir.join("data"))
			.arg("--kek-file")
			.arg(&kek)
			.args(["--database", database, "--objects", &location])
			.args(["--rate-limit-per-minute", "1", "--rate-limit-burst", "40"])
			// The gateway's own account: the demo hospital's practitioner.
			.args(["--suri", "//HospitalPractitioner"])
			.arg("--tls-cert")
			.arg(dir.join("tls-cert.pem"))
			.arg("--tls-key")
			.arg(dir.join("tls-key.pem"));
	}
	let child = command
		.envs(environment)
		.stdout(Stdio::null())
		.stderr(
			std::fs::OpenOptions::new()
				.create(true)
				.append(true)
				.open(dir.join("gateway.log"))
				.expect("gateway log"),
		)
		.spawn()
		.expect("spawning healthchain gateway");
	let scheme = if database == "sqlite" { "http" } else { "https" };
	let gateway = Gateway { child, url: format!("{scheme}://127.0.0.1:{port}") };
	let deadline = Instant::now() + Duration::from_secs(60);
	while let Err(error) = http.get(format!("{}/health", gateway.url)).send().await {
		assert!(
			Instant::now() < deadline,
			"the gateway did not answer ({error:?}); log: {}",
			dir.join("gateway.log").display()
		);
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	gateway
}

/// A nonce from the gateway, and its audience (what a signature names it by).
async fn fresh_nonce(http: &reqwest::Client, gateway: &str) -> (String, String) {
	let answer: serde_json::Value = http
		.get(format!("{gateway}/auth/nonce"))
		.send()
		.await
		.expect("nonce")
		.json()
		.await
		.expect("JSON");
	let text = |field: &str| answer[field].as_str().expect(field).to_string();
	(text("audience"), text("nonce"))
}

/// A request signed by `signer` over a fresh nonce.
async fn signed(
	http: &reqwest::Client,
	gateway: &str,
	signer: &Keypair,
	method: reqwest::Method,
	path: &str,
	body: Option<&[u8]>,
) -> reqwest::RequestBuilder {
	let (audience, nonce) = fresh_nonce(http, gateway).await;
	let mut request = http.request(method.clone(), format!("{gateway}{path}"));
	for (name, value) in auth::sign_request(signer, &audience, &nonce, method.as_str(), path, body)
	{
		request = request.header(name, value);
	}
	match body {
		Some(body) => request.body(body.to_vec()),
		None => request,
	}
}

async fn upload(
	http: &reqwest::Client,
	gateway: &str,
	uploader: &Keypair,
	patient: &AccountId,
	category: &str,
	content_type: &str,
	body: &[u8],
) -> reqwest::Response {
	let path = format!("/records?patient={patient}&category={category}");
	signed(http, gateway, uploader, reqwest::Method::POST, &path, Some(body))
		.await
		.header("content-type", content_type)
		.send()
		.await
		.expect("POST")
}

/// What the gateway's database keeps of an upload: uploader, audience, nonce, path, signature.
async fn upload_evidence(dir: &Path, database: &str, storage: &str) -> [String; 5] {
	const QUERY: &str =
		"SELECT uploader, upload_audience, upload_nonce, upload_path, upload_signature
		FROM documents WHERE storage_id = ";
	if database == "sqlite" {
		let db =
			rusqlite::Connection::open(dir.join("data/gateway.sqlite3")).expect("the database");
		db.query_row(&format!("{QUERY}?1"), [storage], |row| {
			Ok([row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?])
		})
		.expect("the upload's row")
	} else {
		let (client, connection) =
			tokio_postgres::connect(database, tokio_postgres::NoTls).await.expect("PostgreSQL");
		tokio::spawn(connection);
		let row =
			client.query_one(&format!("{QUERY}$1"), &[&storage]).await.expect("the upload's row");
		[row.get(0), row.get(1), row.get(2), row.get(3), row.get(4)]
	}
}

/// Runs `sql` (several statements) on a run's gateway database, as an operator (or an
/// attacker with the database) would.
async fn execute(dir: &Path, database: &str, sql: &str) {
	if database == "sqlite" {
		let db =
			rusqlite::Connection::open(dir.join("data/gateway.sqlite3")).expect("the database");
		db.execute_batch(sql).expect("the statements");
	} else {
		let (client, connection) =
			tokio_postgres::connect(database, tokio_postgres::NoTls).await.expect("PostgreSQL");
		tokio::spawn(connection);
		client.batch_execute(sql).await.expect("the statements");
	}
}

/// The record id a run's gateway database keeps for a document.
async fn record_kept(dir: &Path, database: &str, storage: &str) -> Option<i64> {
	const QUERY: &str = "SELECT record FROM documents WHERE storage_id = ";
	if database == "sqlite" {
		let db =
			rusqlite::Connection::open(dir.join("data/gateway.sqlite3")).expect("the database");
		db.query_row(&format!("{QUERY}?1"), [storage], |row| row.get(0)).expect("the row")
	} else {
		let (client, connection) =
			tokio_postgres::connect(database, tokio_postgres::NoTls).await.expect("PostgreSQL");
		tokio::spawn(connection);
		client.query_one(&format!("{QUERY}$1"), &[&storage]).await.expect("the row").get(0)
	}
}

/// Stops a gateway with SIGTERM; it must exit 0.
fn stop(mut gateway: Gateway) {
	let stopped = Command::new("kill")
		.args(["-TERM", &gateway.child.id().to_string()])
		.status()
		.expect("kill");
	assert!(stopped.success());
	let status = gateway.child.wait().expect("wait");
	assert!(status.success(), "the gateway exits 0 on SIGTERM: {status:?}");
}

/// `healthchain --json gateway rotate-kek` on a run's storage, from `current` to `new`: on
/// SQLite through the run's configuration file (its `kek-file` overridden by the flag), on
/// PostgreSQL by flags.
fn rotate_kek(
	dir: &Path,
	database: &str,
	objects: &Objects,
	current: &Path,
	new: &Path,
) -> std::process::Output {
	let (location, environment) = objects.gateway_args();
	let mut command = Command::new(env!("CARGO_BIN_EXE_healthchain"));
	command.args(["--json", "gateway", "rotate-kek"]).envs(environment);
	if database == "sqlite" {
		command.arg("--config").arg(dir.join("gateway.toml"));
	} else {
		command.arg("--data-dir").arg(dir.join("data")).args([
			"--database",
			database,
			"--objects",
			&location,
		]);
	}
	command.arg("--kek-file").arg(current).arg("--new-kek-file").arg(new);
	command.output().expect("rotate-kek")
}

/// The storage id in a locator (`<public url>/documents/<storage id>`).
fn storage_of(locator: &serde_json::Value) -> String {
	locator.as_str().and_then(|l| l.rsplit('/').next()).expect("a locator").to_string()
}

async fn read(
	http: &reqwest::Client,
	gateway: &str,
	reader: &Keypair,
	record: u64,
) -> reqwest::Response {
	signed(http, gateway, reader, reqwest::Method::GET, &format!("/records/{record}"), None)
		.await
		.send()
		.await
		.expect("GET")
}

async fn refusal(response: reqwest::Response) -> (StatusCode, String) {
	let status = response.status();
	let body: serde_json::Value = response.json().await.expect("a JSON refusal");
	(status, body["refusal"].as_str().unwrap_or_default().to_string())
}

/// The value of the gateway's metric `name` (which must be there).
async fn metric_value(http: &reqwest::Client, gateway: &str, name: &str) -> f64 {
	let text = http
		.get(format!("{gateway}/metrics"))
		.send()
		.await
		.expect("metrics")
		.text()
		.await
		.expect("text");
	text.lines()
		.find_map(|line| line.strip_prefix(&format!("{name} ")))
		.and_then(|value| value.trim().parse().ok())
		.unwrap_or_else(|| panic!("{name} in {text}"))
}

/// A counter of the gateway's.
async fn metric(http: &reqwest::Client, gateway: &str, name: &str) -> u64 {
	metric_value(http, gateway, name).await as u64
}

async fn grant(chain: &Healthchain, org: u32, write: bool) -> u64 {
	let terms = GrantTerms {
		grantee: Grantee::Organization(org),
		read: true,
		write,
		categories: None,
		purpose: PurposeOfUse::Treatment,
		valid_until: None,
	};
	chain.grant(&key("//Dave"), account("//Dave"), terms).await.expect("grant")
}

/// Where a run's gateway keeps its ciphertexts, as the test reaches them from outside it: the
/// data directory's `objects/`, or a bucket on a private S3-compatible server.
enum Objects {
	Directory(PathBuf),
	S3 { server: S3, store: AmazonS3 },
}

/// The bucket and key prefix of the S3 run.
const BUCKET: &str = "healthchain-test";
const PREFIX: &str = "gateway/objects";

impl Objects {
	/// `--objects`, and the environment the gateway needs for it.
	fn gateway_args(&self) -> (String, Vec<(&'static str, String)>) {
		match self {
			Self::Directory(_) => ("directory".into(), vec![]),
			Self::S3 { server, .. } => (format!("s3://{BUCKET}/{PREFIX}"), server.environment()),
		}
	}

	/// The storage ids kept.
	async fn ids(&self) -> Vec<String> {
		match self {
			Self::Directory(dir) => std::fs::read_dir(dir)
				.expect("objects dir")
				.map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
				.collect(),
			Self::S3 { store, .. } => {
				let prefix = object_store::path::Path::from(PREFIX);
				let listed = store.list_with_delimiter(Some(&prefix)).await.expect("list");
				listed
					.objects
					.iter()
					.map(|o| o.location.filename().expect("a name").to_string())
					.collect()
			}
		}
	}

	async fn get(&self, id: &str) -> Option<Vec<u8>> {
		match self {
			Self::Directory(dir) => std::fs::read(dir.join(id)).ok(),
			Self::S3 { store, .. } => {
				let key = object_store::path::Path::from(format!("{PREFIX}/{id}"));
				match store.get(&key).await {
					Ok(found) => Some(found.bytes().await.expect("bytes").to_vec()),
					Err(object_store::Error::NotFound { .. }) => None,
					Err(e) => panic!("the object store: {e}"),
				}
			}
		}
	}

	async fn put(&self, id: &str, bytes: &[u8]) {
		match self {
			Self::Directory(dir) => std::fs::write(dir.join(id), bytes).expect("write"),
			Self::S3 { store, .. } => {
				let key = object_store::path::Path::from(format!("{PREFIX}/{id}"));
				store.put(&key, bytes.to_vec().into()).await.expect("put");
			}
		}
	}

	async fn exists(&self, id: &str) -> bool {
		self.get(id).await.is_some()
	}
}

/// A private server for a run (`scripts/<name>.sh start DIR [ARGS]`, which prints its
/// address), stopped (`scripts/<name>.sh stop DIR`) when dropped.
struct Server {
	script: PathBuf,
	dir: PathBuf,
	address: String,
}

impl Server {
	fn start(name: &str, dir: &Path, args: &[&str]) -> Self {
		let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../scripts/{name}.sh"));
		let started = Command::new("bash")
			.arg(&script)
			.arg("start")
			.arg(dir)
			.args(args)
			.output()
			.expect("a server script");
		assert!(
			started.status.success(),
			"scripts/{name}.sh start: {}",
			String::from_utf8_lossy(&started.stderr)
		);
		let address = String::from_utf8_lossy(&started.stdout).trim().to_string();
		Self { script, dir: dir.to_path_buf(), address }
	}
}

impl Drop for Server {
	fn drop(&mut self) {
		let _ = Command::new("bash").arg(&self.script).arg("stop").arg(&self.dir).status();
	}
}

/// A private S3-compatible server (scripts/s3.sh: moto) with the bucket made.
struct S3(Server);

impl S3 {
	fn start(dir: &Path) -> Self {
		Self(Server::start("s3", dir, &[BUCKET]))
	}

	fn environment(&self) -> Vec<(&'static str, String)> {
		vec![
			("AWS_ENDPOINT", self.0.address.clone()),
			("AWS_ALLOW_HTTP", "true".into()),
			("AWS_REGION", "us-east-1".into()),
			("AWS_ACCESS_KEY_ID", "healthchain-test".into()),
			("AWS_SECRET_ACCESS_KEY", "healthchain-test".into()),
		]
	}

	fn store(&self) -> AmazonS3 {
		let mut builder = AmazonS3Builder::new().with_bucket_name(BUCKET);
		for (key, value) in self.environment() {
			builder =
				builder.with_config(key.to_lowercase().parse().expect("an S3 setting"), value);
		}
		builder.build().expect("an S3 client")
	}
}

/// The gateway anchors what is waiting in one transaction (`Healthchain::anchor_many`, a
/// `utility.force_batch`): each document is allowed or refused on its own, as it would be
/// alone, and each is a record of its own.
#[tokio::test(flavor = "multi_thread")]
async fn anchors_in_one_transaction_stand_or_fall_each_on_its_own() {
	let dir =
		std::env::temp_dir().join(format!("healthchain-gateway-batch-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("temp dir");
	let node = start_node(&dir.join("node.log")).await;
	let chain = Healthchain::connect(&node.url).await.expect("connects");
	grant(&chain, 0, true).await;
	let request = |patient: &str, n: u8| AnchorRequest {
		patient: account(patient),
		category: parse_category("DischargeSummary").expect("a category"),
		sha256: [n; 32],
		locator: format!("https://records.hospital.example/documents/{n}"),
	};
	// //Dave let the hospital write; //Eve did not.
	let outcomes = chain
		.anchor_many(
			&key("//HospitalPractitioner"),
			&[request("//Dave", 1), request("//Eve", 2), request("//Dave", 3)],
		)
		.await
		.expect("the transaction");
	assert_eq!(outcomes.len(), 3);
	let first = outcomes[0].as_ref().expect("Dave's first is anchored").record_id;
	assert!(
		matches!(&outcomes[1], Err(Error::Refused { pallet, error, .. }) if pallet == "EhrAnchor" && error == "NoConsent"),
		"{:?}",
		outcomes[1]
	);
	let third = outcomes[2].as_ref().expect("Dave's second is anchored").record_id;
	assert_ne!(first, third);
	for (record, n) in [(first, 1u8), (third, 3)] {
		let anchor = chain.record(record).await.expect("record API").expect("anchored");
		assert_eq!(anchor.patient, account("//Dave"));
		assert_eq!(anchor.content_hash.0, [n; 32]);
	}
	assert!(chain.hash_anchors([2; 32]).await.expect("hash API").is_empty(), "Eve's is not");
	drop(node);
	std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_gateway_reconnects_when_its_node_restarts() {
	let dir =
		std::env::temp_dir().join(format!("healthchain-gateway-restart-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("temp dir");
	let (base_path, rpc_port) = (dir.join("chain"), free_port());
	let node = start_node_at(&dir.join("node.log"), Some(&base_path), rpc_port).await;
	let chain = Healthchain::connect(&node.url).await.expect("connects");
	grant(&chain, 0, true).await;
	new_kek(&dir);
	let http = reqwest::Client::new();
	let objects = Objects::Directory(dir.join("data/objects"));
	let gateway = start_gateway(&node.url, &dir, "sqlite", &objects, free_port(), &http).await;
	let (hospital, dave) = (key("//HospitalPractitioner"), account("//Dave"));
	let before =
		upload(&http, &gateway.url, &hospital, &dave, "ClinicalNote", "text/plain", b"before")
			.await;
	assert_eq!(before.status(), StatusCode::CREATED);
	let before: serde_json::Value = before.json().await.expect("JSON");
	let before_record = before["record"].as_u64().expect("a record id");

	// The node restarts (an upgrade of its binary, a crash); the gateway keeps running.
	drop(chain);
	drop(node);
	let node = start_node_at(&dir.join("node.log"), Some(&base_path), rpc_port).await;
	let chain = Healthchain::connect(&node.url).await.expect("connects again");
	// Stored and anchored once it has reconnected (uploads meanwhile answer 502).
	let deadline = Instant::now() + Duration::from_secs(60);
	let after = loop {
		let after =
			upload(&http, &gateway.url, &hospital, &dave, "ClinicalNote", "text/plain", b"after")
				.await;
		if after.status() == StatusCode::CREATED {
			break after;
		}
		assert!(Instant::now() < deadline, "the gateway did not reconnect: {:?}", after.status());
		tokio::time::sleep(Duration::from_millis(500)).await;
	};
	let after: serde_json::Value = after.json().await.expect("JSON");
	let after_record = after["record"].as_u64().expect("a record id");
	assert_ne!(after_record, before_record);
	// Reads are checked on the chain again, and erasures followed.
	chain.request_access(&hospital, before_record, PurposeOfUse::Treatment).await.expect("logged");
	let released = read(&http, &gateway.url, &hospital, before_record).await;
	assert_eq!(released.status(), StatusCode::OK);
	assert_eq!(&released.bytes().await.expect("body")[..], b"before");
	chain
		.submit(&runtime::tx().ehr_anchor().erase(after_record), &key("//Dave"))
		.await
		.expect("erase");
	let deadline = Instant::now() + Duration::from_secs(30);
	while metric(&http, &gateway.url, "healthchain_gateway_documents_shredded_total").await == 0 {
		assert!(Instant::now() < deadline, "the erasure was not followed after the restart");
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	assert_eq!(
		refusal(read(&http, &gateway.url, &hospital, after_record).await).await,
		(StatusCode::GONE, "Erased".into())
	);
	drop(gateway);
	drop(node);
	std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test(flavor = "multi_thread")]
async fn with_embedded_storage_the_gateway_releases_only_what_the_chain_logged_and_shreds_what_it_erased(
) {
	let dir =
		std::env::temp_dir().join(format!("healthchain-gateway-sqlite-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("temp dir");
	// A configuration file with a key the gateway does not know: one line, exit 2.
	let bad = dir.join("bad.toml");
	std::fs::write(&bad, "colour = \"red\"\n").expect("write");
	let refused = Command::new(env!("CARGO_BIN_EXE_healthchain"))
		.args(["gateway", "serve", "--config"])
		.arg(&bad)
		.output()
		.expect("healthchain gateway serve");
	assert_eq!(refused.status.code(), Some(2));
	let stderr = String::from_utf8_lossy(&refused.stderr);
	assert!(
		stderr.contains("not a gateway configuration") && stderr.trim_end().lines().count() == 1,
		"{stderr}"
	);
	// Settings that could not work are refused before the gateway starts: a read time limit
	// shorter than a read may wait for the node's finality, and an upload buffer that cannot
	// hold the largest document.
	let refused_dir = dir.join("refused");
	std::fs::create_dir_all(&refused_dir).expect("temp dir");
	let kek = new_kek(&refused_dir);
	for (flags, said) in [
		(&["--read-timeout-secs", "4"][..], "read-timeout-secs must be at least 5"),
		(
			&["--upload-buffer-mib", "1", "--max-document-bytes", "2000000"][..],
			"upload-buffer-mib must hold the largest document",
		),
	] {
		let refused = Command::new(env!("CARGO_BIN_EXE_healthchain"))
			.args(["gateway", "serve", "--suri", "//HospitalPractitioner", "--kek-file"])
			.arg(&kek)
			.arg("--data-dir")
			.arg(refused_dir.join("data"))
			.args(flags)
			.output()
			.expect("healthchain gateway serve");
		assert_eq!(refused.status.code(), Some(2), "{flags:?}");
		let stderr = String::from_utf8_lossy(&refused.stderr);
		assert!(stderr.contains(said), "{flags:?}: {stderr}");
	}
	scenario(&dir, "sqlite", &Objects::Directory(dir.join("data/objects"))).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn on_postgresql_over_https_the_gateway_releases_only_what_the_chain_logged_and_shreds_what_it_erased(
) {
	let dir =
		std::env::temp_dir().join(format!("healthchain-gateway-postgres-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("temp dir");
	let postgres = Server::start("postgres", &dir.join("postgres"), &[]);
	let server = S3::start(&dir.join("s3"));
	let store = server.store();
	scenario(&dir, &postgres.address, &Objects::S3 { server, store }).await;
	drop(postgres);
	std::fs::remove_dir_all(&dir).ok();
}

/// The SQLite run's limits (1 MiB of upload bodies at once, reads within 10 s):
/// - a client that declares a 1 MiB body and stalls holds the whole upload buffer: the next
///   upload waits for room, then is answered 503 `Busy` with `Retry-After`, and goes through
///   once the stalled client has gone;
/// - a node that stops answering mid-read: the read is answered 503 `Timeout`, its logged read
///   unused, and the same logged read releases the document once the node answers again.
async fn limits_hold(
	http: &reqwest::Client,
	url: &str,
	node: &common::Node,
	hospital: &Keypair,
	patient: &AccountId,
	record: u64,
	document: &[u8],
) {
	use tokio::io::{AsyncReadExt, AsyncWriteExt};
	let path = format!("/records?patient={patient}&category=ClinicalNote");
	let stall = |headers: Vec<(String, String)>| {
		let url = url.trim_start_matches("http://").to_string();
		let path = path.clone();
		async move {
			let mut stalled = tokio::net::TcpStream::connect(url).await.expect("a connection");
			let mut head = format!("POST {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: text/plain\r\ncontent-length: 1048576\r\n");
			for (name, value) in headers {
				head.push_str(&format!("{name}: {value}\r\n"));
			}
			head.push_str("\r\nthe first bytes of a body that never comes");
			stalled.write_all(head.as_bytes()).await.expect("a stalled upload");
			stalled
		}
	};
	// Unsigned, it is refused before its body is taken in: it holds nothing.
	let mut unsigned = stall(Vec::new()).await;
	let mut answer = vec![0u8; 12];
	unsigned.read_exact(&mut answer).await.expect("an answer");
	assert_eq!(&answer, b"HTTP/1.1 400", "{}", String::from_utf8_lossy(&answer));
	// Signed, but not by a member of the organisation (keys are free): refused before its body
	// is taken in.
	let (audience, nonce) = fresh_nonce(http, url).await;
	let body = vec![b'x'; 1_048_576];
	let ferdie = key("//Ferdie");
	let mut outsider =
		stall(auth::sign_request(&ferdie, &audience, &nonce, "POST", &path, Some(&body))).await;
	let mut answer = vec![0u8; 12];
	outsider.read_exact(&mut answer).await.expect("an answer");
	assert_eq!(&answer, b"HTTP/1.1 403", "{}", String::from_utf8_lossy(&answer));
	// Signed by a member, for a 1 MiB body: the gateway takes its room as soon as the
	// headers arrive.
	let (audience, nonce) = fresh_nonce(http, url).await;
	let mut stalled =
		stall(auth::sign_request(hospital, &audience, &nonce, "POST", &path, Some(&body))).await;
	tokio::time::sleep(Duration::from_millis(500)).await;
	let busy = upload(http, url, hospital, patient, "ClinicalNote", "text/plain", b"a note").await;
	assert!(busy.headers().contains_key(reqwest::header::RETRY_AFTER));
	assert_eq!(refusal(busy).await, (StatusCode::SERVICE_UNAVAILABLE, "Busy".into()));
	stalled.shutdown().await.ok();
	drop((stalled, unsigned, outsider));
	let deadline = Instant::now() + Duration::from_secs(30);
	loop {
		let stored =
			upload(http, url, hospital, patient, "ClinicalNote", "text/plain", b"a note").await;
		if stored.status() == StatusCode::CREATED {
			break;
		}
		assert!(Instant::now() < deadline, "the buffer's room did not come back");
		assert_eq!(refusal(stored).await, (StatusCode::SERVICE_UNAVAILABLE, "Busy".into()));
	}

	let chain = Healthchain::connect(&node.url).await.expect("connects");
	chain.request_access(hospital, record, PurposeOfUse::Treatment).await.expect("logged");
	let signal = |name: &str| {
		let sent =
			Command::new("kill").args([name, &node.child.id().to_string()]).status().expect("kill");
		assert!(sent.success());
	};
	signal("-STOP");
	let timed_out = read(http, url, hospital, record).await;
	signal("-CONT");
	assert_eq!(refusal(timed_out).await, (StatusCode::SERVICE_UNAVAILABLE, "Timeout".into()));
	let released = read(http, url, hospital, record).await;
	assert_eq!(released.status(), StatusCode::OK, "the logged read was left unused");
	assert_eq!(&released.bytes().await.expect("body")[..], document);
}

async fn scenario(dir: &Path, database: &str, objects: &Objects) {
	let dir = dir.to_path_buf();
	std::fs::create_dir_all(&dir).expect("temp dir");
	let node = start_node(&dir.join("node.log")).await;
	let chain = Healthchain::connect(&node.url).await.expect("connects");
	new_kek(&dir);
	let port = free_port();
	let http = if database == "sqlite" { reqwest::Client::new() } else { tls_client(&dir) };
	let gateway = start_gateway(&node.url, &dir, database, objects, port, &http).await;
	let url = gateway.url.as_str();
	if database != "sqlite" {
		// Over HTTPS only: a plain-HTTP request to the same port gets no answer.
		let plain =
			reqwest::Client::new().get(format!("http://127.0.0.1:{port}/health")).send().await;
		assert!(
			plain.is_err() || !plain.is_ok_and(|r| r.status().is_success()),
			"plain HTTP answered"
		);
	}
	let hospital = key("//HospitalPractitioner");
	let clinic = key("//ClinicPractitioner");
	let dave = account("//Dave");

	// The hospital stores a FHIR DocumentReference for //Dave, who let it write.
	grant(&chain, 0, true).await;
	let document = br#"{"resourceType":"DocumentReference","status":"current","type":{"coding":[{"system":"http://loinc.org","code":"18842-5"}]},"content":[{"attachment":{"contentType":"text/plain","data":"U3ludGhldGljIGRpc2NoYXJnZSBzdW1tYXJ5"}}]}"#;
	let stored =
		upload(&http, url, &hospital, &dave, "DischargeSummary", "application/fhir+json", document)
			.await;
	assert_eq!(stored.status(), StatusCode::CREATED);
	let stored: serde_json::Value = stored.json().await.expect("JSON");
	let record = stored["record"].as_u64().expect("a record id");
	assert!(stored["locator"]
		.as_str()
		.expect("a locator")
		.starts_with(&format!("{url}/documents/")));
	// On chain: the ciphertext's hash, anchored by the hospital, never the document's.
	let first = storage_of(&stored["locator"]);
	assert_eq!(objects.ids().await, std::slice::from_ref(&first));
	// The chain names the gateway as the anchor's author; the gateway keeps who uploaded,
	// and their signature over the request, which verifies.
	let [uploader, audience, nonce, path, signature] =
		upload_evidence(&dir, database, &first).await;
	assert_eq!(uploader, hospital.public_key().to_account_id().to_string());
	assert_eq!(audience, url);
	let mut bytes = [0u8; 64];
	hex::decode_to_slice(signature.trim_start_matches("0x"), &mut bytes).expect("a signature");
	let signed = auth::message(&audience, &nonce, "POST", &auth::covered(&path, Some(document)));
	assert!(subxt_signer::sr25519::verify(
		&subxt_signer::sr25519::Signature(bytes),
		signed,
		&hospital.public_key()
	));
	let ciphertext = objects.get(&first).await.expect("the ciphertext");
	assert!(!ciphertext.windows(12).any(|w| w == b"resourceType"), "stored encrypted");
	let anchor = chain.record(record).await.expect("record API").expect("anchored");
	assert_eq!(anchor.content_hash.0, hashing::sha256(&ciphertext));
	assert_eq!(anchor.author_org, Some(0));
	assert!(matches!(
		chain.verify_hash(hashing::sha256(document)).await.expect("verify_hash"),
		runtime::runtime_types::pallet_ehr_anchor::types::HashVerification::Unknown
	));

	// Uploads the gateway refuses before anything reaches the chain: from a member who could
	// not anchor (the hospital's admin), for a patient who gave the hospital no write consent,
	// and as a content type a browser would render.
	let pdf = b"%PDF-1.7 second document";
	let not_a_practitioner =
		upload(&http, url, &key("//HospitalAdmin"), &dave, "ClinicalNote", "application/pdf", pdf)
			.await;
	assert_eq!(
		refusal(not_a_practitioner).await,
		(StatusCode::FORBIDDEN, "NotAPractitioner".into())
	);
	let eve = account("//Eve");
	let no_consent =
		upload(&http, url, &hospital, &eve, "ClinicalNote", "application/pdf", pdf).await;
	assert_eq!(refusal(no_consent).await, (StatusCode::FORBIDDEN, "NoConsent".into()));
	let html =
		upload(&http, url, &hospital, &dave, "ClinicalNote", "text/html", b"<script>x</script>")
			.await;
	assert_eq!(
		refusal(html).await,
		(StatusCode::UNSUPPORTED_MEDIA_TYPE, "UnsupportedContentType".into())
	);
	// FHIR JSON that is not a DocumentReference with an attachment (here a Patient resource,
	// which is personal data a record system might send by mistake) is refused, not stored.
	let patient_resource = br#"{"resourceType":"Patient","name":[{"family":"Synthetic"}]}"#;
	let not_a_document = upload(
		&http,
		url,
		&hospital,
		&dave,
		"ClinicalNote",
		"application/fhir+json",
		patient_resource,
	)
	.await;
	assert_eq!(
		refusal(not_a_document).await,
		(StatusCode::UNPROCESSABLE_ENTITY, "NotADocumentReference".into())
	);
	assert_eq!(objects.ids().await.len(), 1, "nothing kept of a refused upload");
	// A second document, erased later while the gateway is down.
	let second = upload(&http, url, &hospital, &dave, "ClinicalNote", "application/pdf", pdf).await;
	assert_eq!(second.status(), StatusCode::CREATED);
	let second: serde_json::Value = second.json().await.expect("JSON");
	let second_record = second["record"].as_u64().expect("a record id");
	let second_id = storage_of(&second["locator"]);
	assert!(objects.exists(&second_id).await);

	// One account flooding the gateway with signed reads gets its burst (40), then 429 with
	// Retry-After (the runs allow one more a minute, so the test's pace does not matter);
	// nobody else is slowed.
	let eve = key("//Eve");
	let mut answers = Vec::new();
	for _ in 0..45 {
		answers.push(read(&http, url, &eve, record).await.status());
	}
	assert!(answers[..40].iter().all(|s| *s == StatusCode::FORBIDDEN), "{answers:?}");
	let limited = read(&http, url, &eve, record).await;
	assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
	let retry: u64 = limited.headers()[reqwest::header::RETRY_AFTER]
		.to_str()
		.expect("ASCII")
		.parse()
		.expect("seconds");
	assert!((1..=60).contains(&retry), "{retry}");
	assert_eq!(refusal(limited).await, (StatusCode::TOO_MANY_REQUESTS, "RateLimited".into()));
	assert!(answers[40..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "{answers:?}");
	assert_eq!(
		refusal(read(&http, url, &clinic, record).await).await.0,
		StatusCode::FORBIDDEN,
		"the clinic is answered (refused on its merits), not rate-limited"
	);
	// The gateway follows finalised blocks: its lag gauge is there and small.
	let age = metric_value(&http, url, "healthchain_gateway_finalized_block_age_seconds").await;
	assert!(age < 60.0, "{age}");

	// A clinic without consent: the chain refuses to log its read, and the gateway gives nothing.
	let asked = chain.request_access(&clinic, record, PurposeOfUse::Treatment).await;
	assert!(
		matches!(asked, Err(Error::Refused { ref pallet, .. }) if pallet == "EhrAnchor"),
		"{asked:?}"
	);
	assert_eq!(
		refusal(read(&http, url, &clinic, record).await).await,
		(StatusCode::FORBIDDEN, "NoConsent".into())
	);

	// The patient lets the clinic read: before it asks the chain, still nothing; after, served.
	let clinic_consent = grant(&chain, 1, false).await;
	assert_eq!(
		refusal(read(&http, url, &clinic, record).await).await,
		(StatusCode::FORBIDDEN, "NotLogged".into())
	);
	chain.request_access(&clinic, record, PurposeOfUse::Treatment).await.expect("logged");
	let released = read(&http, url, &clinic, record).await;
	if released.status() != StatusCode::OK {
		panic!("the logged read was not served: {:?}", refusal(released).await);
	}
	assert_eq!(released.headers()["content-type"], "application/fhir+json");
	assert_eq!(released.headers()["x-healthchain-record-status"], "Active");
	assert_eq!(released.bytes().await.expect("body").as_ref(), &document[..]);
	let log = chain.access_log(dave.clone(), None, 10).await.expect("access log");
	assert!(log.iter().any(
		|(_, e)| e.accessor == clinic.public_key().to_account_id() && e.record == Some(record)
	));

	// The record's own patient opens it without a read logged on chain (no disclosure);
	// another patient, who is no reader, gets nothing.
	let logged_before = chain.access_log(dave.clone(), None, 100).await.expect("log").len();
	let own = read(&http, url, &key("//Dave"), record).await;
	assert_eq!(own.status(), StatusCode::OK);
	assert_eq!(own.bytes().await.expect("body").as_ref(), &document[..]);
	assert_eq!(chain.access_log(dave.clone(), None, 100).await.expect("log").len(), logged_before);
	assert_eq!(
		refusal(read(&http, url, &key("//Ferdie"), record).await).await,
		(StatusCode::FORBIDDEN, "RoleNotPermitted".into())
	);

	// A HEAD is refused (it would use up a logged read and show nothing).
	let head = http.head(format!("{url}/records/{record}")).send().await.expect("HEAD");
	assert_eq!(head.status(), StatusCode::METHOD_NOT_ALLOWED);
	// A member whose role does not treat (the hospital's admin) gets its read logged by the
	// chain, but the gateway gives it nothing (threat model R1).
	let admin = key("//HospitalAdmin");
	chain.request_access(&admin, record, PurposeOfUse::Treatment).await.expect("logged");
	assert_eq!(
		refusal(read(&http, url, &admin, record).await).await,
		(StatusCode::FORBIDDEN, "RoleNotPermitted".into())
	);

	// Authentication: a replayed nonce, and a signature for another record, are refused.
	let (audience, nonce) = fresh_nonce(&http, url).await;
	let headers =
		auth::sign(&clinic, &audience, &nonce, "GET", &format!("/records/{}", record + 1));
	let mut forged = http.get(format!("{url}/records/{record}"));
	for (name, value) in &headers {
		forged = forged.header(name, value);
	}
	assert_eq!(refusal(forged.send().await.expect("GET")).await.0, StatusCode::UNAUTHORIZED);
	let mut replay = http.get(format!("{url}/records/{record}"));
	for (name, value) in &headers {
		replay = replay.header(name, value);
	}
	assert_eq!(refusal(replay.send().await.expect("GET")).await.0, StatusCode::UNAUTHORIZED);

	// The patient revokes: the clinic's next read is refused, though its logged read is recent.
	chain.revoke(&key("//Dave"), clinic_consent).await.expect("revoke");
	assert_eq!(
		refusal(read(&http, url, &clinic, record).await).await,
		(StatusCode::FORBIDDEN, "ConsentRevoked".into())
	);

	// A flipped byte in the stored ciphertext: 409 and a tamper alert, never the document.
	let mut flipped = ciphertext.clone();
	flipped[40] ^= 0x01;
	objects.put(&first, &flipped).await;
	chain.request_access(&hospital, record, PurposeOfUse::Treatment).await.expect("logged");
	assert_eq!(
		refusal(read(&http, url, &hospital, record).await).await,
		(StatusCode::CONFLICT, "Tampered".into())
	);
	assert_eq!(metric(&http, url, "healthchain_gateway_tamper_alerts_total").await, 1);
	objects.put(&first, &ciphertext).await;
	// The refused read used nothing: restored, the same logged read releases it, once.
	assert_eq!(read(&http, url, &hospital, record).await.status(), StatusCode::OK);
	assert_eq!(
		refusal(read(&http, url, &hospital, record).await).await,
		(StatusCode::FORBIDDEN, "NotLogged".into())
	);
	assert_eq!(
		metric(&http, url, "healthchain_gateway_documents_released_total").await,
		3,
		"the clinic's, the patient's own and the hospital's"
	);

	// The patient erases the record: the gateway, following finalised blocks, destroys the
	// ciphertext and the key; reads answer 410.
	chain.submit(&runtime::tx().ehr_anchor().erase(record), &key("//Dave")).await.expect("erase");
	let deadline = Instant::now() + Duration::from_secs(30);
	while objects.exists(&first).await {
		assert!(Instant::now() < deadline, "the ciphertext is still there 30 s after the erasure");
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	for reader in [&hospital, &key("//Dave")] {
		assert_eq!(
			refusal(read(&http, url, reader, record).await).await,
			(StatusCode::GONE, "Erased".into()),
			"not even to the record's patient"
		);
	}
	assert_eq!(metric(&http, url, "healthchain_gateway_documents_shredded_total").await, 1);

	// Uploads sent together are anchored together (as many per transaction as are waiting):
	// each still gets a record of its own, for its patient, naming its own locator.
	let mut together = tokio::task::JoinSet::new();
	for n in 0..6u8 {
		let (http, url, hospital, dave) =
			(http.clone(), url.to_string(), hospital.clone(), dave.clone());
		together.spawn(async move {
			let body = format!("%PDF-1.7 together {n}").into_bytes();
			let response =
				upload(&http, &url, &hospital, &dave, "LaboratoryReport", "application/pdf", &body)
					.await;
			(response.status(), response.json::<serde_json::Value>().await.expect("JSON"))
		});
	}
	let mut records = std::collections::BTreeSet::new();
	while let Some(joined) = together.join_next().await {
		let (status, stored) = joined.expect("an upload task");
		assert_eq!(status, StatusCode::CREATED, "{stored}");
		let record = stored["record"].as_u64().expect("a record id");
		assert!(records.insert(record), "record {record} given twice");
		let anchor = chain.record(record).await.expect("record API").expect("anchored");
		assert_eq!(anchor.patient, dave);
		let locator = anchor.locator.expect("a locator").0;
		assert_eq!(
			Some(String::from_utf8(locator).expect("UTF-8").as_str()),
			stored["locator"].as_str()
		);
		let id = storage_of(&stored["locator"]);
		let ciphertext = objects.get(&id).await.expect("its ciphertext");
		assert_eq!(anchor.content_hash.0, hashing::sha256(&ciphertext));
	}
	assert_eq!(records.len(), 6);

	// A third document, kept to the end: the KEK rotation below must keep it readable.
	let kept = upload(&http, url, &hospital, &dave, "ClinicalNote", "application/pdf", pdf).await;
	assert_eq!(kept.status(), StatusCode::CREATED);
	let kept: serde_json::Value = kept.json().await.expect("JSON");
	let kept_record = kept["record"].as_u64().expect("a record id");
	let kept_id = storage_of(&kept["locator"]);
	let kept_ciphertext = objects.get(&kept_id).await.expect("its ciphertext");

	if database == "sqlite" {
		limits_hold(&http, url, &node, &hospital, &dave, kept_record, pdf).await;
	}

	// SIGTERM: the gateway stops cleanly. The patient erases the second record while it is
	// down; restarted on the same storage, it finds the erasure on chain and shreds.
	stop(gateway);
	chain
		.submit(&runtime::tx().ehr_anchor().erase(second_record), &key("//Dave"))
		.await
		.expect("erase");
	assert!(objects.exists(&second_id).await, "nobody shredded it yet");
	// Documents without a record id, as a crash or an anchor whose outcome was never learnt
	// leaves them: one whose anchor was never sent (no pending anchor), one whose anchor's
	// transaction can still be included (pending until a block far ahead), and the kept
	// document, its record id lost, pending until block 0 (long past): its anchor is on
	// chain, so the sweep must find it, not remove it.
	let [never_sent, pending] =
		["00000000000000000000000000000001", "00000000000000000000000000000002"];
	for orphan in [never_sent, pending] {
		objects.put(orphan, b"a ciphertext").await;
	}
	execute(
		&dir,
		database,
		&format!(
			"INSERT INTO documents (storage_id, patient, category, content_type, sha256) VALUES
			   ('{never_sent}', '{dave}', 'ClinicalNote', 'text/plain', '{zeros}'),
			   ('{pending}', '{dave}', 'ClinicalNote', 'text/plain', '{zeros}');
			 INSERT INTO pending_anchors (storage_id, expires) VALUES ('{pending}', 1000000000), ('{kept_id}', 0);
			 UPDATE documents SET record = NULL, first_version = NULL WHERE storage_id = '{kept_id}';",
			zeros = "0".repeat(64)
		),
	)
	.await;
	let gateway = start_gateway(&node.url, &dir, database, objects, port, &http).await;
	let deadline = Instant::now() + Duration::from_secs(30);
	while objects.exists(&second_id).await
		|| objects.exists(never_sent).await
		|| record_kept(&dir, database, &kept_id).await.is_none()
	{
		assert!(
			Instant::now() < deadline,
			"the restarted gateway did not shred an erasure it missed, kept a document whose anchor was never sent, or did not find an anchor on chain"
		);
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	assert!(objects.exists(pending).await, "its anchor could still come");
	assert_eq!(record_kept(&dir, database, &kept_id).await, Some(kept_record as i64));
	assert_eq!(metric(&http, &gateway.url, "healthchain_gateway_documents_expired_total").await, 1);
	// The operator's clean-up of the orphan the test made (no chain could anchor it).
	execute(&dir, database, &format!("DELETE FROM documents WHERE storage_id = '{pending}'")).await;
	assert_eq!(
		refusal(read(&http, &gateway.url, &hospital, second_record).await).await,
		(StatusCode::GONE, "Erased".into())
	);

	// KEK rotation. While the gateway runs it is refused (the storage is the gateway's
	// alone). With the gateway stopped: with the wrong current KEK nothing changes (exit 2);
	// with the right one the one key still kept is wrapped under the new KEK, the ciphertext
	// untouched; the gateway will not start on the old KEK any more, and started on the new
	// one it releases the document as before.
	let new_kek = dir.join("kek-new.hex");
	let made = Command::new(env!("CARGO_BIN_EXE_healthchain"))
		.args(["gateway", "new-kek"])
		.arg(&new_kek)
		.output()
		.expect("new-kek");
	assert!(made.status.success());
	let busy = rotate_kek(&dir, database, objects, &dir.join("kek.hex"), &new_kek);
	assert_eq!(busy.status.code(), Some(2), "{}", String::from_utf8_lossy(&busy.stderr));
	assert!(String::from_utf8_lossy(&busy.stderr).contains("another gateway, or a KEK rotation"));
	stop(gateway);
	let wrong = rotate_kek(&dir, database, objects, &new_kek, &new_kek);
	assert_eq!(wrong.status.code(), Some(2), "{}", String::from_utf8_lossy(&wrong.stderr));
	assert!(String::from_utf8_lossy(&wrong.stderr).contains("the current one"));
	let other = dir.join("kek-other.hex");
	assert!(Command::new(env!("CARGO_BIN_EXE_healthchain"))
		.args(["gateway", "new-kek"])
		.arg(&other)
		.status()
		.expect("new-kek")
		.success());
	let wrong = rotate_kek(&dir, database, objects, &other, &new_kek);
	assert_eq!(wrong.status.code(), Some(2), "{}", String::from_utf8_lossy(&wrong.stderr));
	assert!(String::from_utf8_lossy(&wrong.stderr).contains("wrapped under another KEK"));
	let rotated = rotate_kek(&dir, database, objects, &dir.join("kek.hex"), &new_kek);
	assert!(rotated.status.success(), "{}", String::from_utf8_lossy(&rotated.stderr));
	let said: serde_json::Value = serde_json::from_slice(&rotated.stdout).expect("JSON");
	assert_eq!(
		said["rewrapped"],
		if database == "sqlite" { 8 } else { 7 },
		"the kept documents' keys (six sent together, the third, and on SQLite the note stored once the upload buffer had room); the erased ones have none"
	);
	assert_eq!(objects.get(&kept_id).await.as_deref(), Some(&kept_ciphertext[..]));
	let on_old_kek = Command::new(env!("CARGO_BIN_EXE_healthchain"))
		.args(["--url", &node.url, "gateway", "serve", "--listen", "127.0.0.1:0"])
		.arg("--data-dir")
		.arg(dir.join("data"))
		.arg("--kek-file")
		.arg(dir.join("kek.hex"))
		.args(["--database", database, "--objects", &objects.gateway_args().0])
		.envs(objects.gateway_args().1)
		.args(["--suri", "//HospitalPractitioner"])
		.output()
		.expect("serve");
	assert_eq!(
		on_old_kek.status.code(),
		Some(2),
		"{}",
		String::from_utf8_lossy(&on_old_kek.stderr)
	);
	assert!(String::from_utf8_lossy(&on_old_kek.stderr).contains("wrapped under another KEK"));
	std::fs::rename(&new_kek, dir.join("kek.hex")).expect("the new KEK in place");
	let gateway = start_gateway(&node.url, &dir, database, objects, port, &http).await;
	chain.request_access(&hospital, kept_record, PurposeOfUse::Treatment).await.expect("logged");
	let released = read(&http, &gateway.url, &hospital, kept_record).await;
	assert_eq!(released.status(), StatusCode::OK);
	assert_eq!(&released.bytes().await.expect("body")[..], pdf);
	drop(gateway);
	let logs = std::fs::read_to_string(dir.join("gateway.log")).expect("log");
	assert!(
		!logs.contains("resourceType") && !logs.contains("U3ludGhldGlj"),
		"no document content in the log"
	);
	drop(node);
	if database == "sqlite" {
		std::fs::remove_dir_all(&dir).ok();
	}
}
