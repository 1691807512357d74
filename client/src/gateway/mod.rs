//! `healthchain gateway`: the off-chain half of a record. It keeps each document encrypted
//! (see [`envelope`]), anchors the ciphertext's SHA-256 on chain with its own URL as the
//! locator, and releases a document only to a reader who proves its account ([`auth`]) and
//! whose read the chain has just logged (its own `request_access`), with consent still in
//! force, after re-hashing the ciphertext against the anchor. When the chain erases a record,
//! the gateway destroys its key and ciphertext. docs/GATEWAY.md has the design.

pub mod auth;
pub mod envelope;
pub mod fhir;
pub mod limits;
pub mod store;
pub mod tls;
pub mod viewer;

use std::{
	collections::{BTreeMap, HashMap},
	net::SocketAddr,
	path::PathBuf,
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc, Mutex,
	},
	time::{Duration, SystemTime, UNIX_EPOCH},
};

use axum::{
	body::Bytes,
	extract::{DefaultBodyLimit, Path, Query, State},
	http::{header, HeaderMap, Method, StatusCode, Uri},
	response::{IntoResponse, Response},
	routing::{get, post},
	Json, Router,
};
use serde_json::{json, Value};
use subxt::utils::H256;
use subxt_signer::sr25519::Keypair;

use crate::{
	consent::{purpose_name, AccessLogEntry, ConsentCheck},
	hashing::{self, to_hex},
	parse_account,
	records::{category_name, parse_category, status_name, AnchorRequest, AnchoredRecord},
	runtime::{
		self,
		runtime_types::{
			healthchain_primitives::{consent::PurposeOfUse, records::RecordCategory},
			pallet_ehr_anchor::types::RecordStatus,
		},
	},
	AccountId, Error, Healthchain,
};
use envelope::Kek;
use store::{Database, Document, ObjectLocation, Store};

/// How the gateway runs.
pub struct GatewayConfig {
	/// Where it listens.
	pub listen: SocketAddr,
	/// The URL readers reach it at: locators are `<public_url>/documents/<storage id>`.
	pub public_url: String,
	/// The Healthchain node it follows and submits to.
	pub node_url: String,
	/// Its object directory (and the SQLite database, when that is the database).
	pub data_dir: PathBuf,
	/// Where the metadata and wrapped keys live.
	pub database: Database,
	/// Where the ciphertexts live.
	pub objects: ObjectLocation,
	/// The organisation's key-encryption key.
	pub kek: Kek,
	/// The gateway's chain account: a `Practitioner` member of the organisation, whose
	/// anchors the chain checks like any practitioner's.
	pub signer: Keypair,
	/// How recent a logged read must be for the document to be released.
	pub read_window: Duration,
	/// The largest document accepted.
	pub max_document_bytes: usize,
	/// TLS: the PEM certificate chain and private key files; `None`: plain HTTP (behind a
	/// TLS-terminating proxy).
	pub tls: Option<(PathBuf, PathBuf)>,
	/// The web viewer, served under `/viewer/` when given.
	pub viewer: Option<viewer::ViewerConfig>,
	/// How many signed requests an account may make.
	pub rate_limit: limits::RateLimit,
	/// How long a read may take before it is answered 503 (at least [`MIN_READ_TIMEOUT`]).
	pub read_timeout: Duration,
	/// How many bytes of upload bodies the gateway holds at once (at least
	/// `max_document_bytes`): past it, an upload waits [`UPLOAD_BUFFER_WAIT`] for room, then
	/// is answered 503.
	pub upload_buffer_bytes: usize,
}

/// Counters for `/metrics`.
#[derive(Default)]
struct Metrics {
	requests: AtomicU64,
	stored: AtomicU64,
	released: AtomicU64,
	tamper_alerts: AtomicU64,
	shredded: AtomicU64,
	expired: AtomicU64,
	finalized_block: AtomicU64,
	/// When (wall clock, ms) the gateway last saw a new finalised block.
	finalized_at_ms: AtomicU64,
	refusals: Mutex<BTreeMap<String, u64>>,
}

struct Gateway {
	chain: Healthchain,
	store: Store,
	kek: Kek,
	account: AccountId,
	org: u32,
	public_url: String,
	read_window: Duration,
	nonces: auth::Nonces,
	metrics: Metrics,
	/// Documents waiting for their anchor: one task submits them, as many per transaction as
	/// are waiting ([`anchor_batches`]), since they share the gateway account's nonce.
	anchors: tokio::sync::mpsc::Sender<PendingAnchor>,
	/// The web viewer's files, when it is served.
	viewer: Option<viewer::Viewer>,
	/// The chain's answers at the latest finalised block asked about.
	cache: Mutex<BlockCache>,
	limiter: limits::Limiter,
	read_timeout: Duration,
	/// The monotonic clock the rate limit runs on.
	started: std::time::Instant,
	/// Held (shared) by every upload's task; taken (exclusive) at shutdown, so the gateway
	/// stops only when every accepted upload has its outcome.
	uploads: Arc<tokio::sync::RwLock<()>>,
	/// Room for upload bodies, in KiB: an upload holds its share from before its body is read
	/// until its outcome, so bodies in memory stay within `upload_buffer_bytes` whoever sends
	/// them (the body is read before its signature can be checked).
	upload_buffer: Arc<tokio::sync::Semaphore>,
	/// As much room again, in KiB, for documents being released: a release holds room for
	/// its ciphertext and its plaintext while it loads, checks and decrypts them.
	release_buffer: Arc<tokio::sync::Semaphore>,
	max_document_bytes: usize,
	upload_buffer_kib: usize,
	/// Documents whose upload is still running (stored, their anchor's outcome not yet
	/// known): the sweep leaves them alone.
	uploading: Mutex<std::collections::HashSet<String>>,
	/// Set when an erasure may have been missed (the follower could not read some finalised
	/// blocks or an event, or a shredding failed): the next sweep checks every document kept.
	full_sweep_due: std::sync::atomic::AtomicBool,
}

/// A document's place in [`Gateway::uploading`], given up when its upload ends however it
/// ends.
struct Uploading<'a>(&'a Gateway, String);

impl<'a> Uploading<'a> {
	fn start(gateway: &'a Gateway, storage_id: &str) -> Self {
		gateway.uploading().insert(storage_id.to_string());
		Self(gateway, storage_id.to_string())
	}
}

impl Drop for Uploading<'_> {
	fn drop(&mut self) {
		self.0.uploading().remove(&self.1);
	}
}

/// The roles that may receive a document (threat model R1): those that treat or dispense.
const READER_ROLES: [&str; 2] = ["Practitioner", "Pharmacist"];

/// The content types a document may be stored (and is served) as.
const CONTENT_TYPES: [&str; 9] = [
	"application/fhir+json",
	"application/fhir+xml",
	"application/json",
	"application/pdf",
	"application/dicom",
	"application/octet-stream",
	"text/plain",
	"image/jpeg",
	"image/png",
];

/// How long a release waits for this gateway's node to finalise a newer block when the
/// reader's logged read is not in the one it has: the reader saw it finalised on its own node.
const FINALITY_GRACE: Duration = Duration::from_secs(3);

/// The shortest read time limit: longer than [`FINALITY_GRACE`], or a read whose logged read
/// the gateway's node has not finalised yet would answer 503 where it should answer 403.
pub const MIN_READ_TIMEOUT: Duration = Duration::from_secs(5);

/// How long an upload waits for room in the upload buffer before it is answered 503.
const UPLOAD_BUFFER_WAIT: Duration = Duration::from_secs(5);

/// How long a client may take to send an upload's body (16 MiB at 300 kB/s) before it is
/// answered 408: a slow sender must not hold its share of the upload buffer for ever.
const UPLOAD_BODY_DEADLINE: Duration = Duration::from_secs(60);

/// How often the gateway checks the documents whose anchor's outcome it did not learn.
const SWEEP_INTERVAL: Duration = Duration::from_secs(30);

/// How often, at the least, the gateway checks every document it keeps against the chain
/// (one query each).
const FULL_SWEEP_INTERVAL: Duration = Duration::from_secs(3600);

/// One structured log line on stderr: an event and its fields, never document content or keys.
fn log(event: &str, fields: Value) {
	let mut line = json!({ "ts": now_ms(), "event": event });
	if let (Some(line), Value::Object(fields)) = (line.as_object_mut(), fields) {
		line.extend(fields);
	}
	eprintln!("{line}");
}

fn now_ms() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

/// An answer with a status and a JSON body.
fn answer(status: StatusCode, body: Value) -> Response {
	(status, Json(body)).into_response()
}

impl Gateway {
	/// A refusal: counted, logged (reason and detail, which name accounts and records, never
	/// content), answered as `{"refusal", "detail"}`.
	fn refuse(&self, status: StatusCode, reason: &str, detail: String) -> Response {
		if let Ok(mut refusals) = self.metrics.refusals.lock() {
			*refusals.entry(reason.to_string()).or_default() += 1;
		}
		log("refused", json!({ "status": status.as_u16(), "reason": reason, "detail": detail }));
		answer(status, json!({ "refusal": reason, "detail": detail }))
	}

	/// An error: bad input and the chain's refusals are told as they are; anything internal
	/// (paths, the database's words) only in the log.
	fn error(&self, error: Error) -> Response {
		match &error {
			Error::Input(_) => {
				self.refuse(StatusCode::BAD_REQUEST, "BadRequest", error.to_string())
			}
			Error::Refused { .. } | Error::Rejected(_) => {
				self.refuse(StatusCode::FORBIDDEN, "ChainRefused", error.to_string())
			}
			Error::Unreachable { .. } => self.refuse(
				StatusCode::BAD_GATEWAY,
				"ChainUnreachable",
				"the gateway's node does not answer".into(),
			),
			_ => {
				log("error", json!({ "error": error.to_string() }));
				self.refuse(
					StatusCode::INTERNAL_SERVER_ERROR,
					"Internal",
					"an internal error; the gateway's log says more".into(),
				)
			}
		}
	}

	/// The account that signed this request.
	fn authenticate(
		&self,
		headers: &HeaderMap,
		method: &str,
		signed: &str,
	) -> Result<AccountId, auth::AuthError> {
		let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
		self.nonces.verify(
			header(auth::ACCOUNT_HEADER),
			header(auth::NONCE_HEADER),
			header(auth::SIGNATURE_HEADER),
			method,
			signed,
		)
	}

	fn unauthenticated(&self, error: auth::AuthError) -> Response {
		self.refuse(StatusCode::UNAUTHORIZED, "Unauthenticated", error.to_string())
	}

	/// The account that signed this request, if it is within its rate limit; else the
	/// answer (401, or 429 with `Retry-After`).
	fn admit(
		&self,
		headers: &HeaderMap,
		method: &str,
		signed: &str,
	) -> Result<AccountId, Box<Response>> {
		let account = self
			.authenticate(headers, method, signed)
			.map_err(|e| Box::new(self.unauthenticated(e)))?;
		let since_start = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
		match self.limiter.take(&account, since_start) {
			Ok(()) => Ok(account),
			Err(wait) => {
				let seconds = u64::try_from(wait.as_millis().div_ceil(1000)).unwrap_or(u64::MAX);
				let mut refused = self.refuse(
					StatusCode::TOO_MANY_REQUESTS,
					"RateLimited",
					format!("{account} has made too many requests; try again in {seconds} s"),
				);
				if let Ok(value) = header::HeaderValue::from_str(&seconds.to_string()) {
					refused.headers_mut().insert(header::RETRY_AFTER, value);
				}
				Err(Box::new(refused))
			}
		}
	}

	/// The organisation `account` acts for with a role that may receive documents, if it is
	/// active, at `block` (`chain` is pinned to it).
	async fn reader_organisation(
		&self,
		chain: &Healthchain,
		block: H256,
		account: &AccountId,
	) -> Result<Option<u32>, Error> {
		let Some((org, role)) = self.membership(chain, block, account).await? else {
			return Ok(None);
		};
		if !READER_ROLES.contains(&role.as_str()) {
			return Ok(None);
		}
		let cached = self.block_cache(block, |cache| cache.active.get(&org).copied());
		let active = match cached {
			Some(active) => active,
			None => {
				let active = chain.organization(org).await?.is_some_and(|info| {
					matches!(
						info.organization.status,
						runtime::runtime_types::healthchain_primitives::organizations::OrganizationStatus::Active
					)
				});
				self.block_cache(block, |cache| cache.active.insert(org, active));
				active
			}
		};
		Ok(active.then_some(org))
	}

	/// The organisation and role `account` acts for at `block`, from the registry cache or
	/// the chain (`chain` pinned to `block`).
	async fn membership(
		&self,
		chain: &Healthchain,
		block: H256,
		account: &AccountId,
	) -> Result<Option<(u32, String)>, Error> {
		if let Some(known) = self.block_cache(block, |cache| cache.members.get(&account.0).cloned())
		{
			return Ok(known);
		}
		let found = chain.organization_of(account.clone()).await?;
		self.block_cache(block, |cache| cache.members.insert(account.0, found.clone()));
		Ok(found)
	}

	/// `None` if `uploader` is a practitioner or pharmacist of this organisation at `block`
	/// (`chain` is pinned to it), else the refusal.
	async fn may_upload(
		&self,
		chain: &Healthchain,
		block: H256,
		uploader: &AccountId,
	) -> Result<Option<Response>, Error> {
		match self.membership(chain, block, uploader).await? {
			Some((org, role)) if org == self.org && READER_ROLES.contains(&role.as_str()) => {
				Ok(None)
			}
			_ => Ok(Some(self.refuse(
				StatusCode::FORBIDDEN,
				"NotAPractitioner",
				format!(
					"{uploader} is not a practitioner or pharmacist of organisation {}",
					self.org
				),
			))),
		}
	}

	/// Whether the node still follows this gateway's chain (its genesis): after a reconnect
	/// it could be another one, whose erasures and block numbers are not this chain's.
	async fn on_our_chain(&self) -> bool {
		match self.chain.block_hash(0).await {
			Ok(Some(genesis)) if genesis == self.chain.api().genesis_hash() => true,
			Ok(other) => {
				log(
					"error",
					json!({ "error": format!("the node is on another chain (genesis {other:?}); erasures and expiries wait until it is back on this one") }),
				);
				false
			}
			Err(_) => false,
		}
	}

	/// 503 with `Retry-After`: the gateway cannot take this now, and nothing was kept.
	fn busy(&self, reason: &str, detail: &str) -> Response {
		let mut busy = self.refuse(StatusCode::SERVICE_UNAVAILABLE, reason, detail.into());
		busy.headers_mut().insert(header::RETRY_AFTER, header::HeaderValue::from_static("5"));
		busy
	}

	/// `kib` of room in `buffer`, waited for [`UPLOAD_BUFFER_WAIT`] at most; else 503 `Busy`
	/// saying `detail`.
	async fn room(
		&self,
		buffer: &Arc<tokio::sync::Semaphore>,
		kib: u32,
		detail: &str,
	) -> Result<tokio::sync::OwnedSemaphorePermit, Box<Response>> {
		match tokio::time::timeout(UPLOAD_BUFFER_WAIT, buffer.clone().acquire_many_owned(kib)).await
		{
			Ok(Ok(room)) => Ok(room),
			_ => Err(Box::new(self.busy("Busy", detail))),
		}
	}

	fn uploading(&self) -> std::sync::MutexGuard<'_, std::collections::HashSet<String>> {
		self.uploading.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
	}

	/// Runs `f` on the cache of `block`'s answers (emptied when the block changes, or when it
	/// holds [`BLOCK_CACHE_ENTRIES`]).
	fn block_cache<T>(&self, block: H256, f: impl FnOnce(&mut BlockCache) -> T) -> T {
		let mut cache = self.cache.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
		if cache.block != Some(block) || cache.len() > BLOCK_CACHE_ENTRIES {
			*cache = BlockCache { block: Some(block), ..BlockCache::default() };
		}
		f(&mut cache)
	}

	/// The chain's time (ms) at `block` (`chain` is pinned to it).
	async fn chain_time(&self, chain: &Healthchain, block: H256) -> Result<u64, Error> {
		if let Some(now) = self.block_cache(block, |cache| cache.chain_time) {
			return Ok(now);
		}
		let now = chain.chain_time().await?;
		self.block_cache(block, |cache| cache.chain_time = Some(now));
		Ok(now)
	}

	/// A page of `patient`'s access log at `block`, newest first, older than `before`.
	async fn access_log_page(
		&self,
		chain: &Healthchain,
		block: H256,
		patient: &AccountId,
		before: Option<u64>,
	) -> Result<LogPage, Error> {
		let key = (patient.0, before);
		if let Some(page) = self.block_cache(block, |cache| cache.access_log.get(&key).cloned()) {
			return Ok(page);
		}
		let page =
			Arc::new(chain.access_log(patient.clone(), before, chain.max_page_size()?).await?);
		self.block_cache(block, |cache| cache.access_log.insert(key, page.clone()));
		Ok(page)
	}

	/// The runtime's consent check at `block` (`chain` is pinned to it).
	#[allow(clippy::too_many_arguments)]
	async fn check_access(
		&self,
		chain: &Healthchain,
		block: H256,
		patient: &AccountId,
		accessor: &AccountId,
		organization: u32,
		write: bool,
		category: &RecordCategory,
		purpose: &PurposeOfUse,
	) -> Result<ConsentCheck, Error> {
		let key = (
			patient.0,
			accessor.0,
			organization,
			write,
			category_name(category),
			purpose_name(purpose),
		);
		if let Some(check) = self.block_cache(block, |cache| cache.consent.get(&key).cloned()) {
			return Ok(check);
		}
		let check = chain
			.check_access(
				patient.clone(),
				accessor.clone(),
				Some(organization),
				write,
				category.clone(),
				purpose.clone(),
			)
			.await?;
		self.block_cache(block, |cache| cache.consent.insert(key, check.clone()));
		Ok(check)
	}
}

/// The chain's answers at one finalised block that reads and uploads ask again and again: who
/// acts for which organisation, which organisations are active, the chain's time, pages of a
/// patient's access log and consent checks. An answer at a given block never changes, so every
/// read and upload decided at that block shares it; a newer block starts afresh. (A logged
/// read's claim is not here: the database answers it, every time.)
#[derive(Default)]
struct BlockCache {
	block: Option<H256>,
	members: HashMap<[u8; 32], Option<(u32, String)>>,
	active: HashMap<u32, bool>,
	chain_time: Option<u64>,
	/// By (patient, `before`).
	access_log: HashMap<([u8; 32], Option<u64>), LogPage>,
	/// By (patient, accessor, organisation, write, category, purpose).
	consent: HashMap<ConsentQuestion, ConsentCheck>,
}

impl BlockCache {
	fn len(&self) -> usize {
		self.members.len() + self.active.len() + self.access_log.len() + self.consent.len()
	}
}

/// A page of a patient's access log, newest first: (log index, entry).
type LogPage = Arc<Vec<(u64, AccessLogEntry)>>;

/// A consent check's question: (patient, accessor, organisation, write, category's name,
/// purpose's name).
type ConsentQuestion = ([u8; 32], [u8; 32], u32, bool, String, String);

/// The most answers the block cache holds (an access-log page counts as one: at most
/// `consent::MaxPageSize` entries).
const BLOCK_CACHE_ENTRIES: usize = 10_000;

#[derive(serde::Deserialize)]
struct StoreQuery {
	patient: String,
	category: String,
}

async fn health(State(gateway): State<Arc<Gateway>>) -> Response {
	answer(
		StatusCode::OK,
		json!({ "status": "ok", "organization": gateway.org, "finalizedBlock": gateway.metrics.finalized_block.load(Ordering::Relaxed) }),
	)
}

async fn metrics(State(gateway): State<Arc<Gateway>>) -> Response {
	let m = &gateway.metrics;
	let mut text = String::new();
	for (name, help, value) in [
		("healthchain_gateway_requests_total", "Requests answered.", &m.requests),
		("healthchain_gateway_documents_stored_total", "Documents stored and anchored.", &m.stored),
		(
			"healthchain_gateway_documents_released_total",
			"Documents released to readers.",
			&m.released,
		),
		(
			"healthchain_gateway_tamper_alerts_total",
			"Stored ciphertexts whose hash no longer matched their anchor.",
			&m.tamper_alerts,
		),
		(
			"healthchain_gateway_documents_shredded_total",
			"Documents crypto-shredded after the chain erased them.",
			&m.shredded,
		),
		(
			"healthchain_gateway_documents_expired_total",
			"Documents removed because their anchor never reached the chain and no longer can.",
			&m.expired,
		),
		(
			"healthchain_gateway_finalized_block",
			"The last finalised block the gateway followed.",
			&m.finalized_block,
		),
	] {
		let kind = if name.ends_with("_total") { "counter" } else { "gauge" };
		text.push_str(&format!(
			"# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {}\n",
			value.load(Ordering::Relaxed)
		));
	}
	// Chain lag: how long since the gateway last saw a finalised block (a stalled chain, or
	// a subscription that stopped: either way erasures are not followed live).
	let seen = m.finalized_at_ms.load(Ordering::Relaxed);
	if seen > 0 {
		text.push_str(&format!(
			"# HELP healthchain_gateway_finalized_block_age_seconds Seconds since the gateway last saw a new finalised block.\n# TYPE healthchain_gateway_finalized_block_age_seconds gauge\nhealthchain_gateway_finalized_block_age_seconds {:.1}\n",
			now_ms().saturating_sub(seen) as f64 / 1000.0
		));
	}
	text.push_str("# HELP healthchain_gateway_refusals_total Requests refused, by reason.\n# TYPE healthchain_gateway_refusals_total counter\n");
	if let Ok(refusals) = m.refusals.lock() {
		for (reason, count) in refusals.iter() {
			text.push_str(&format!(
				"healthchain_gateway_refusals_total{{reason=\"{reason}\"}} {count}\n"
			));
		}
	}
	([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text).into_response()
}

async fn nonce(State(gateway): State<Arc<Gateway>>) -> Response {
	gateway.metrics.requests.fetch_add(1, Ordering::Relaxed);
	match gateway.nonces.issue() {
		Ok(nonce) => {
			answer(StatusCode::OK, json!({ "nonce": nonce, "audience": gateway.nonces.audience() }))
		}
		Err(error) => gateway.error(error),
	}
}

/// `POST /records?patient=…&category=…`: a practitioner or pharmacist of the gateway's
/// organisation uploads a document; it is encrypted, kept and anchored. The work runs in its
/// own task, so a client that goes away does not cut an anchor off half way.
async fn store_record(
	State(gateway): State<Arc<Gateway>>,
	Query(query): Query<StoreQuery>,
	uri: Uri,
	headers: HeaderMap,
	body: axum::body::Body,
) -> Response {
	gateway.metrics.requests.fetch_add(1, Ordering::Relaxed);
	// The signature first, over the body's declared hash: only a signed, rate-limited account
	// gets room in the upload buffer. Then the body must be the one signed.
	// Exactly the hex the signature covers: 64 lowercase digits.
	let declared = headers
		.get(auth::CONTENT_HASH_HEADER)
		.and_then(|v| v.to_str().ok())
		.filter(|v| v.len() == 64 && v.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
		.and_then(hashing::parse_hash);
	let Some(declared) = declared else {
		return gateway.refuse(
			StatusCode::BAD_REQUEST,
			"BadRequest",
			format!("an upload carries its body's SHA-256 (64 lowercase hex digits) in {}, the hash its signature covers", auth::CONTENT_HASH_HEADER),
		);
	};
	let path = uri.path_and_query().map_or("/records", |p| p.as_str());
	let signed = auth::covered_hash(path, &declared);
	let uploader = match gateway.admit(&headers, "POST", &signed) {
		Ok(account) => account,
		Err(refused) => return *refused,
	};
	// Keys are free: only a practitioner or pharmacist of this organisation gets room for a
	// body. The upload's other checks are made at the same finalised block.
	let block = match gateway.chain.finalized_head().await {
		Ok(block) => block,
		Err(error) => return gateway.error(error),
	};
	match gateway.may_upload(&gateway.chain.at_block(block), block, &uploader).await {
		Ok(None) => {}
		Ok(Some(refused)) => return refused,
		Err(error) => return gateway.error(error),
	}
	let (room, body) = match receive_body(&gateway, &headers, body).await {
		Ok(received) => received,
		Err(refused) => return *refused,
	};
	if hashing::sha256(&body) != declared {
		return gateway.refuse(
			StatusCode::BAD_REQUEST,
			"BodyMismatch",
			format!(
				"the body is not the one whose SHA-256 {} names and the signature covers",
				auth::CONTENT_HASH_HEADER
			),
		);
	}
	let header = |name: &str| {
		headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string()
	};
	let evidence = store::UploadEvidence {
		uploader: uploader.to_string(),
		audience: gateway.nonces.audience().to_string(),
		nonce: header(auth::NONCE_HEADER),
		path: path.to_string(),
		signature: header(auth::SIGNATURE_HEADER),
	};
	let content_type = headers
		.get(header::CONTENT_TYPE)
		.and_then(|v| v.to_str().ok())
		.map(|v| v.split(';').next().unwrap_or_default().trim().to_ascii_lowercase());
	let task = {
		let gateway = gateway.clone();
		let accepted = gateway.uploads.clone().read_owned().await;
		tokio::spawn(async move {
			let stored =
				store_document(&gateway, block, evidence, &query, content_type, body, room).await;
			drop(accepted);
			stored
		})
	};
	match task.await {
		Ok(Ok(response)) => response,
		Ok(Err(error)) => gateway.error(error),
		Err(error) => gateway.error(Error::Other(format!("the upload's task failed: {error}"))),
	}
}

/// An upload's body, read within the upload buffer (its share held by the permit returned)
/// and [`UPLOAD_BODY_DEADLINE`]; or the answer refusing it.
async fn receive_body(
	gateway: &Gateway,
	headers: &HeaderMap,
	body: axum::body::Body,
) -> Result<(tokio::sync::OwnedSemaphorePermit, Bytes), Box<Response>> {
	let too_large = || {
		gateway.refuse(
			StatusCode::PAYLOAD_TOO_LARGE,
			"TooLarge",
			format!("documents are at most {} bytes", gateway.max_document_bytes),
		)
	};
	// The declared length when there is one (a body longer than it is an error), else room
	// for the largest document.
	let declared = headers
		.get(header::CONTENT_LENGTH)
		.and_then(|v| v.to_str().ok())
		.and_then(|v| v.parse::<usize>().ok());
	let limit = match declared {
		Some(length) if length > gateway.max_document_bytes => return Err(Box::new(too_large())),
		Some(length) => length,
		None => gateway.max_document_bytes,
	};
	let kib = u32::try_from(limit.div_ceil(1024).max(1)).unwrap_or(u32::MAX);
	let room = gateway
		.room(
			&gateway.upload_buffer,
			kib,
			"the gateway is receiving as many uploads as it holds at once: try again",
		)
		.await?;
	match tokio::time::timeout(UPLOAD_BODY_DEADLINE, axum::body::to_bytes(body, limit)).await {
		Ok(Ok(body)) => Ok((room, body)),
		Ok(Err(error)) => {
			let length_limit = std::error::Error::source(&error)
				.is_some_and(|source| source.is::<http_body_util::LengthLimitError>());
			Err(Box::new(if length_limit {
				too_large()
			} else {
				gateway.refuse(
					StatusCode::BAD_REQUEST,
					"BadRequest",
					format!("the upload's body did not arrive whole: {error}"),
				)
			}))
		}
		Err(_) => Err(Box::new(gateway.refuse(
			StatusCode::REQUEST_TIMEOUT,
			"Timeout",
			format!("the upload's body did not arrive within {} s", UPLOAD_BODY_DEADLINE.as_secs()),
		))),
	}
}

/// Stores an upload whose uploader may upload at `block`, the finalised block its checks are
/// made at.
async fn store_document(
	gateway: &Gateway,
	block: H256,
	evidence: store::UploadEvidence,
	query: &StoreQuery,
	content_type: Option<String>,
	body: Bytes,
	room: tokio::sync::OwnedSemaphorePermit,
) -> Result<Response, Error> {
	let chain = gateway.chain.at_block(block);
	let uploader = evidence.uploader.clone();
	if body.is_empty() {
		return Err(Error::Input("an empty document".into()));
	}
	let content_type = content_type.unwrap_or_else(|| "application/octet-stream".into());
	if !CONTENT_TYPES.contains(&content_type.as_str()) {
		return Ok(gateway.refuse(
			StatusCode::UNSUPPORTED_MEDIA_TYPE,
			"UnsupportedContentType",
			format!("documents are stored as one of {}", CONTENT_TYPES.join(", ")),
		));
	}
	if content_type == "application/fhir+json" {
		// Parsing up to 16 MiB is CPU work: off the request threads.
		let resource = body.clone();
		let checked =
			tokio::task::spawn_blocking(move || fhir::check_document_reference(&resource))
				.await
				.map_err(|e| Error::Other(format!("the FHIR check failed: {e}")))?;
		if let Err(why) = checked {
			return Ok(gateway.refuse(
				StatusCode::UNPROCESSABLE_ENTITY,
				"NotADocumentReference",
				format!("an application/fhir+json upload is a FHIR R4 DocumentReference with its attachment: {why}"),
			));
		}
	}
	let patient = parse_account(&query.patient)?;
	let category = parse_category(&query.category)?;
	// The chain would refuse the anchor (and charge the gateway for it): refuse first.
	let check = gateway
		.check_access(
			&chain,
			block,
			&patient,
			&gateway.account,
			gateway.org,
			true,
			&category,
			&PurposeOfUse::Treatment,
		)
		.await?;
	if let ConsentCheck::Refused(why) = check {
		return Ok(gateway.refuse(
			StatusCode::FORBIDDEN,
			&why,
			format!(
				"{patient} has not let organisation {} write {} records: {why}",
				gateway.org,
				category_name(&category)
			),
		));
	}
	let storage_id = hex::encode(envelope::random::<16>()?);
	let sealed = envelope::seal_document(&gateway.kek, &storage_id, &body)?;
	let bytes = body.len();
	drop(body);
	let hashes = hashing::document_hashes(&sealed.ciphertext);
	let document = Document {
		storage_id: storage_id.clone(),
		record: None,
		first_version: None,
		patient: patient.to_string(),
		category: category_name(&category),
		content_type,
		sha256: to_hex(&hashes.sha256),
		wrapped_key: Some(sealed.wrapped_key),
		upload: Some(evidence),
	};
	let _uploading = Uploading::start(gateway, &storage_id);
	gateway.store.put(&document, &sealed.ciphertext).await?;
	// Written: the document leaves memory, and its room in the upload buffer is free while
	// it waits for its anchor.
	drop((sealed.ciphertext, room));
	let locator = locator_of(&gateway.public_url, &storage_id);
	let outcome = anchor(
		gateway,
		&storage_id,
		AnchorRequest {
			patient: patient.clone(),
			category,
			sha256: hashes.sha256,
			locator: locator.clone(),
		},
	)
	.await;
	let anchored = match outcome {
		Ok(anchored) => anchored,
		// Never sent: nothing is anchored, nothing is kept; the client may send it again.
		Err(Unanchored::NotSent(why)) => {
			gateway.store.remove(&storage_id).await?;
			log("anchor_not_sent", json!({ "storage": storage_id, "error": why }));
			return Ok(gateway.busy(
				"ChainUnreachable",
				"the gateway could not reach its node; nothing was kept: send the document again",
			));
		}
		// The chain refused it: nothing is anchored, nothing is kept.
		Err(Unanchored::Failed(
			error @ (Error::Refused { .. } | Error::Rejected(_) | Error::Input(_)),
		)) => {
			gateway.store.remove(&storage_id).await?;
			return Err(error);
		}
		// The outcome is unknown (the node went away while the anchor was in flight): the
		// document stays, and the sweep finds its anchor on chain, if there is one.
		Err(Unanchored::Failed(error)) => {
			log("anchor_unknown", json!({ "storage": storage_id, "error": error.to_string() }));
			return Ok(gateway.refuse(
				StatusCode::BAD_GATEWAY,
				"AnchorUnknown",
				format!("the anchor's outcome is unknown; the gateway will find it on chain (SHA-256 {})", document.sha256),
			));
		}
	};
	gateway.store.set_record(&storage_id, anchored.record_id).await?;
	gateway.metrics.stored.fetch_add(1, Ordering::Relaxed);
	log(
		"stored",
		json!({ "record": anchored.record_id, "storage": storage_id, "uploader": uploader, "patient": patient.to_string(), "bytes": bytes }),
	);
	Ok(answer(
		StatusCode::CREATED,
		json!({ "record": anchored.record_id, "block": anchored.block_number, "locator": locator, "sha256": document.sha256 }),
	))
}

/// A document waiting for its anchor, and where its outcome goes.
struct PendingAnchor {
	storage_id: String,
	request: AnchorRequest,
	outcome: tokio::sync::oneshot::Sender<Result<AnchoredRecord, Unanchored>>,
}

/// Why a document got no record id.
enum Unanchored {
	/// Its anchor was never sent (the node did not answer before): nothing of it is on chain.
	NotSent(String),
	/// The chain's or the pool's refusal, or an outcome unknown.
	Failed(Error),
}

/// The most anchors in one transaction: well inside a block's weight and length for any
/// locator the chain accepts (`runtime/tests/capacity.rs` fits far more anchors in a block).
const MAX_ANCHORS_PER_TRANSACTION: usize = 100;

/// How long one anchoring transaction may take to be finalised before its outcome is called
/// unknown (and left to the sweep).
const ANCHOR_TIMEOUT: Duration = Duration::from_secs(120);

/// How many documents may wait for an anchor before uploads wait for room.
const ANCHOR_QUEUE: usize = 4 * MAX_ANCHORS_PER_TRANSACTION;

/// How many blocks an anchor transaction may be included in, from the finalised block it
/// names (a power of two: a transaction's era is).
const ANCHOR_MORTALITY: u64 = 64;
const _: () = assert!(ANCHOR_MORTALITY.is_power_of_two() && ANCHOR_MORTALITY >= 4);

/// Queues a document for its anchor and waits for the outcome.
async fn anchor(
	gateway: &Gateway,
	storage_id: &str,
	request: AnchorRequest,
) -> Result<AnchoredRecord, Unanchored> {
	let (outcome, answer) = tokio::sync::oneshot::channel();
	gateway
		.anchors
		.send(PendingAnchor { storage_id: storage_id.to_string(), request, outcome })
		.await
		.map_err(|_| Unanchored::NotSent("the gateway's anchoring task has stopped".into()))?;
	answer.await.map_err(|_| {
		Unanchored::Failed(Error::Other("the gateway's anchoring task dropped an anchor".into()))
	})?
}

/// Submits the queued anchors: whatever is waiting when the previous transaction is
/// finalised goes into the next, up to [`MAX_ANCHORS_PER_TRANSACTION`] (`utility.force_batch`,
/// so each document is allowed or refused on its own, and each becomes a record of its own
/// that a reader's logged read names). One at a time: they share the account's nonce.
async fn anchor_batches(
	gateway: Arc<Gateway>,
	chain: Healthchain,
	signer: Keypair,
	mut queue: tokio::sync::mpsc::Receiver<PendingAnchor>,
) {
	while let Some(first) = queue.recv().await {
		let mut batch = vec![first];
		while batch.len() < MAX_ANCHORS_PER_TRANSACTION {
			match queue.try_recv() {
				Ok(next) => batch.push(next),
				Err(_) => break,
			}
		}
		let requests: Vec<AnchorRequest> = batch.iter().map(|p| p.request.clone()).collect();
		let storage_ids: Vec<&str> = batch.iter().map(|p| p.storage_id.as_str()).collect();
		let sending = std::sync::atomic::AtomicBool::new(false);
		let submitted = tokio::time::timeout(ANCHOR_TIMEOUT, async {
			// A mortal transaction, from the latest finalised block: noted before it is sent,
			// so the sweep knows when an anchor whose outcome it never learnt can no longer
			// come. Its nonce counts the account's transactions still in the node's pool (one
			// that timed out below may still be there).
			let from = chain.api().blocks().at_latest().await?;
			let nonce = chain.next_nonce(&gateway.account).await?;
			gateway
				.store
				.anchors_pending(&storage_ids, u64::from(from.number()) + ANCHOR_MORTALITY)
				.await?;
			let params = subxt::config::DefaultExtrinsicParamsBuilder::<crate::Config>::new()
				.mortal_from_unchecked(ANCHOR_MORTALITY, from.number().into(), from.hash())
				.nonce(nonce)
				.build();
			sending.store(true, Ordering::Relaxed);
			chain.anchor_many_with(&signer, &requests, params).await
		});
		let outcome = submitted.await;
		let outcomes: Vec<Result<AnchoredRecord, Unanchored>> = if !sending.load(Ordering::Relaxed)
		{
			// Nothing was sent (the node did not answer first): nothing of it can be on chain.
			let why = match &outcome {
				Ok(Err(error)) => error.to_string(),
				_ => format!("no answer within {} s", ANCHOR_TIMEOUT.as_secs()),
			};
			requests.iter().map(|_| Err(Unanchored::NotSent(why.clone()))).collect()
		} else {
			match outcome {
				Ok(Ok(outcomes)) => {
					outcomes.into_iter().map(|o| o.map_err(Unanchored::Failed)).collect()
				}
				// The whole transaction's fate is each document's.
				Ok(Err(error)) => {
					requests.iter().map(|_| Err(Unanchored::Failed(again(&error)))).collect()
				}
				// No answer (finality stalled, the node hung): unknown, for the sweep to find.
				Err(_) => requests
					.iter()
					.map(|_| {
						Err(Unanchored::Failed(Error::Other(format!(
							"no outcome within {} s",
							ANCHOR_TIMEOUT.as_secs()
						))))
					})
					.collect(),
			}
		};
		log("anchored_batch", json!({ "documents": batch.len() }));
		for (pending, outcome) in batch.into_iter().zip(outcomes) {
			// The upload's handler may be gone (its client hung up): the outcome is in the
			// database either way once the handler's task, which owns it, finishes.
			let _ = pending.outcome.send(outcome);
		}
	}
}

/// The same error again, for each document of a transaction that failed as a whole.
fn again(error: &Error) -> Error {
	match error {
		Error::Refused { pallet, error, description } => Error::Refused {
			pallet: pallet.clone(),
			error: error.clone(),
			description: description.clone(),
		},
		Error::Rejected(why) => Error::Rejected(why.clone()),
		Error::Input(why) => Error::Input(why.clone()),
		Error::Unreachable { url, reason } => {
			Error::Unreachable { url: url.clone(), reason: reason.clone() }
		}
		other => Error::Other(other.to_string()),
	}
}

fn locator_of(public_url: &str, storage_id: &str) -> String {
	format!("{public_url}/documents/{storage_id}")
}

/// What a read names: a record by its id, or a document by its storage id (its locator).
enum Target {
	Record(u64),
	Document(String),
}

/// `GET /records/{record}`.
async fn read_record(
	State(gateway): State<Arc<Gateway>>,
	Path(record): Path<u64>,
	method: Method,
	uri: Uri,
	headers: HeaderMap,
) -> Response {
	read(&gateway, method, &uri, &headers, Target::Record(record)).await
}

/// `GET /documents/{storage id}`: the locator anchored on chain.
async fn read_document(
	State(gateway): State<Arc<Gateway>>,
	Path(storage_id): Path<String>,
	method: Method,
	uri: Uri,
	headers: HeaderMap,
) -> Response {
	read(&gateway, method, &uri, &headers, Target::Document(storage_id)).await
}

async fn read(
	gateway: &Gateway,
	method: Method,
	uri: &Uri,
	headers: &HeaderMap,
	target: Target,
) -> Response {
	gateway.metrics.requests.fetch_add(1, Ordering::Relaxed);
	if method != Method::GET {
		// axum routes HEAD to GET handlers: a HEAD must not use up a logged read.
		return gateway.refuse(
			StatusCode::METHOD_NOT_ALLOWED,
			"MethodNotAllowed",
			"GET only".into(),
		);
	}
	let reader = match gateway.admit(headers, "GET", uri.path()) {
		Ok(account) => account,
		Err(refused) => return *refused,
	};
	let record = match target {
		Target::Record(record) => record,
		Target::Document(storage_id) => match gateway.store.record_of(&storage_id).await {
			Ok(Some(record)) => record,
			Ok(None) => {
				return gateway.refuse(
					StatusCode::NOT_FOUND,
					"NotFound",
					format!("no document {storage_id}"),
				)
			}
			Err(error) => return gateway.error(error),
		},
	};
	match release(gateway, reader, record).await {
		Ok(response) => response,
		Err(error) => gateway.error(error),
	}
}

fn erased(gateway: &Gateway, record: u64) -> Response {
	gateway.refuse(
		StatusCode::GONE,
		"Erased",
		format!("record {record} was erased; its key is destroyed"),
	)
}

/// Every check of a release, at one finalised block (one consistent view, one request per
/// question): `Ok(Err(answer))` when the document is not released.
async fn prepare_release(
	gateway: &Gateway,
	reader: &AccountId,
	record: u64,
) -> Result<Result<Ready, Response>, Error> {
	let reader = reader.clone();
	let pinned = gateway.chain.finalized_head().await?;
	let mut chain = gateway.chain.at_block(pinned);
	let Some(document) = gateway.store.by_record(record).await? else {
		return Ok(Err(gateway.refuse(
			StatusCode::NOT_FOUND,
			"NotFound",
			format!("this gateway keeps no record {record}"),
		)));
	};
	let Some(wrapped_key) = document.wrapped_key.clone() else {
		return Ok(Err(erased(gateway, record)));
	};
	let Some(anchor) = chain.record(record).await? else {
		return Ok(Err(gateway.refuse(
			StatusCode::NOT_FOUND,
			"NotFound",
			format!("no record {record} on chain"),
		)));
	};
	if matches!(anchor.status, RecordStatus::Erased) {
		// The erasure follower (or the sweep) shreds it; nothing is released meanwhile.
		return Ok(Err(erased(gateway, record)));
	}
	// The chain's word, not the database's: the record's patient, and that it is ours.
	let patient = anchor.patient.clone();
	let anchored_locator = anchor
		.locator
		.as_ref()
		.map(|l| String::from_utf8_lossy(&l.0).into_owned())
		.unwrap_or_default();
	if anchored_locator != locator_of(&gateway.public_url, &document.storage_id)
		|| patient.to_string() != document.patient
	{
		log(
			"tamper_alert",
			json!({ "record": record, "storage": document.storage_id, "reason": "the database does not match the anchor" }),
		);
		gateway.metrics.tamper_alerts.fetch_add(1, Ordering::Relaxed);
		return Ok(Err(gateway.refuse(StatusCode::CONFLICT, "Tampered", format!("the gateway's entry for record {record} does not match its anchor; it is not served"))));
	}
	// The record's own patient reads it without a read logged on chain: a patient seeing
	// their own record is no disclosure for consent to govern (the gateway's log keeps it).
	// Anyone else needs a role that treats, a read logged on chain, and consent in force.
	let log_index = if reader == patient {
		None
	} else {
		// Only a practitioner or pharmacist of an active organisation receives a document.
		let Some(reader_org) = gateway.reader_organisation(&chain, pinned, &reader).await? else {
			return Ok(Err(gateway.refuse(
				StatusCode::FORBIDDEN,
				"RoleNotPermitted",
				format!("{reader} is not a practitioner or pharmacist of an active organisation"),
			)));
		};
		// The reader's own read of this record, logged on chain within the window and not yet
		// used by a release. The reader saw it finalised on its own node; if this gateway's node
		// is a little behind, wait (briefly) for its next finalised block and look again.
		let mut block = pinned;
		let mut logged =
			logged_read(gateway, &chain, block, &patient, &reader, record, reader_org).await?;
		if logged.is_none() {
			if let Some(newer) = newer_finalized(&gateway.chain, pinned).await? {
				(block, chain) = (newer, gateway.chain.at_block(newer));
				logged = logged_read(gateway, &chain, block, &patient, &reader, record, reader_org)
					.await?;
			}
		}
		// … and the permission it was logged on still in force: a revocation stops the next read.
		let purpose =
			logged.as_ref().map_or(PurposeOfUse::Treatment, |(_, purpose)| purpose.clone());
		let check = gateway
			.check_access(
				&chain,
				block,
				&patient,
				&reader,
				reader_org,
				false,
				&anchor.category,
				&purpose,
			)
			.await?;
		if let ConsentCheck::Refused(why) = check {
			return Ok(Err(gateway.refuse(
				StatusCode::FORBIDDEN,
				&why,
				format!("the chain refuses {reader} a read of record {record}: {why}"),
			)));
		}
		let not_logged = || {
			gateway.refuse(
				StatusCode::FORBIDDEN,
				"NotLogged",
				format!("no unused read of record {record} by {reader} logged on chain in the last {} s: ask the chain first (ehrAnchor.requestAccess); each logged read releases the document once", gateway.read_window.as_secs()),
			)
		};
		let Some((log_index, _)) = logged else { return Ok(Err(not_logged())) };
		Some(log_index)
	};
	// Room for the ciphertext and its plaintext, so that releases in memory stay within the
	// buffer whoever asks (a patient's own reads cost nothing on chain).
	let size = gateway.store.ciphertext_size(&document.storage_id).await?.unwrap_or(0);
	let kib = u32::try_from(size.saturating_mul(2).div_ceil(1024).max(1))
		.unwrap_or(u32::MAX)
		.min(u32::try_from(gateway.upload_buffer_kib).unwrap_or(u32::MAX));
	let _room = match gateway
		.room(
			&gateway.release_buffer,
			kib,
			"the gateway is releasing as many documents as it holds at once: try again",
		)
		.await
	{
		Ok(room) => room,
		Err(busy) => return Ok(Err(*busy)),
	};
	// The ciphertext must still be the one anchored, and decrypt.
	let Some(ciphertext) = gateway.store.ciphertext(&document.storage_id).await? else {
		// Shredded while this read ran, or lost.
		if gateway.store.by_record(record).await?.is_some_and(|d| d.wrapped_key.is_none()) {
			return Ok(Err(erased(gateway, record)));
		}
		return Ok(Err(tampered(
			gateway,
			record,
			&document.storage_id,
			"the ciphertext is missing",
		)));
	};
	if hashing::sha256(&ciphertext) != anchor.content_hash.0 {
		return Ok(Err(tampered(
			gateway,
			record,
			&document.storage_id,
			"the ciphertext's hash is not the anchored one",
		)));
	}
	let Some(plaintext) =
		envelope::open_document(&gateway.kek, &document.storage_id, &wrapped_key, &ciphertext)
	else {
		return Ok(Err(tampered(
			gateway,
			record,
			&document.storage_id,
			"the ciphertext does not decrypt",
		)));
	};
	Ok(Ok(Ready { document, anchor, log_index, plaintext }))
}

/// The reader's unused read of `record` for `reader_org` on the patient's access log within
/// the read window, at `block` (`chain` is pinned to it): its log index and purpose.
async fn logged_read(
	gateway: &Gateway,
	chain: &Healthchain,
	block: H256,
	patient: &AccountId,
	reader: &AccountId,
	record: u64,
	reader_org: u32,
) -> Result<Option<(u64, PurposeOfUse)>, Error> {
	let now = gateway.chain_time(chain, block).await?;
	if now == 0 {
		return Err(Error::Other("the chain has no time yet".into()));
	}
	let window = gateway.read_window.as_millis() as u64;
	// Releases are kept by the patient's address (the database's `documents.patient`).
	let claimed_by = patient.to_string();
	let mut before = None;
	loop {
		let page = gateway.access_log_page(chain, block, patient, before).await?;
		let Some((oldest, _)) = page.last() else { return Ok(None) };
		before = Some(*oldest);
		for (index, entry) in page.iter() {
			if now.saturating_sub(entry.at) > window {
				return Ok(None);
			}
			if entry.accessor == *reader
				&& entry.record == Some(record)
				&& entry.org == Some(reader_org)
				&& !gateway.store.is_claimed(&claimed_by, *index).await?
			{
				return Ok(Some((*index, entry.purpose.clone())));
			}
		}
	}
}

/// A finalised block newer than `than`, if the node finalises one within a few seconds.
async fn newer_finalized(
	chain: &Healthchain,
	than: subxt::utils::H256,
) -> Result<Option<subxt::utils::H256>, Error> {
	let deadline = tokio::time::Instant::now() + FINALITY_GRACE;
	while tokio::time::Instant::now() < deadline {
		tokio::time::sleep(Duration::from_millis(250)).await;
		let head = chain.finalized_head().await?;
		if head != than {
			return Ok(Some(head));
		}
	}
	Ok(None)
}

/// A document ready to leave: the checks passed, its logged read not yet claimed.
struct Ready {
	document: Document,
	anchor: crate::records::RecordAnchor,
	/// The logged read it uses up; `None` for the record's own patient.
	log_index: Option<u64>,
	plaintext: Vec<u8>,
}

/// Releases record `record` to `reader`: every check (within the read time limit), then the
/// claim of the logged read and the answer, which no time limit cuts off half way (a read
/// timed out before its claim leaves the logged read unused).
async fn release(gateway: &Gateway, reader: AccountId, record: u64) -> Result<Response, Error> {
	let prepared =
		tokio::time::timeout(gateway.read_timeout, prepare_release(gateway, &reader, record)).await;
	let Ready { document, anchor, log_index, plaintext } = match prepared {
		Ok(Ok(Ok(ready))) => ready,
		Ok(Ok(Err(refused))) => return Ok(refused),
		Ok(Err(error)) => return Err(error),
		Err(_) => {
			return Ok(gateway.refuse(
				StatusCode::SERVICE_UNAVAILABLE,
				"Timeout",
				format!(
					"the read took more than {} s; your logged read is unused: try again",
					gateway.read_timeout.as_secs()
				),
			))
		}
	};
	let window = gateway.read_window.as_secs();
	if let Some(log_index) = log_index {
		if !gateway.store.claim(&document.patient, log_index, record).await? {
			return Ok(gateway.refuse(
				StatusCode::FORBIDDEN,
				"NotLogged",
				format!("the read of record {record} logged on chain for {reader} was used by another release meanwhile ({window} s window): ask the chain again"),
			));
		}
	}
	gateway.metrics.released.fetch_add(1, Ordering::Relaxed);
	log(
		"released",
		json!({ "record": record, "reader": reader.to_string(), "basis": if log_index.is_some() { "logged read" } else { "the record's patient" }, "logIndex": log_index, "status": status_name(&anchor.status) }),
	);
	Ok((
		StatusCode::OK,
		[
			(header::CONTENT_TYPE, document.content_type.clone()),
			(
				header::HeaderName::from_static("x-healthchain-record-status"),
				status_name(&anchor.status).to_string(),
			),
			(header::HeaderName::from_static("x-healthchain-record"), record.to_string()),
			// A health document: never sniffed, rendered in the gateway's origin or cached.
			(header::X_CONTENT_TYPE_OPTIONS, "nosniff".into()),
			(header::CONTENT_DISPOSITION, format!("attachment; filename=\"record-{record}\"")),
			(header::CACHE_CONTROL, "no-store".into()),
			(header::CONTENT_SECURITY_POLICY, "sandbox".into()),
		],
		plaintext,
	)
		.into_response())
}

fn tampered(gateway: &Gateway, record: u64, storage_id: &str, why: &str) -> Response {
	gateway.metrics.tamper_alerts.fetch_add(1, Ordering::Relaxed);
	log("tamper_alert", json!({ "record": record, "storage": storage_id, "reason": why }));
	gateway.refuse(
		StatusCode::CONFLICT,
		"Tampered",
		format!("the stored copy of record {record} is not the anchored one; it is not served"),
	)
}

/// A failure (the database or the object store unreachable) is logged and makes the sweep
/// check every document again, so the erasure is retried, never forgotten.
async fn shred(gateway: &Gateway, first_version: u64) {
	match gateway.store.shred(first_version).await {
		Ok(0) => {}
		Ok(count) => {
			gateway.metrics.shredded.fetch_add(count as u64, Ordering::Relaxed);
			log("shredded", json!({ "firstVersion": first_version, "documents": count }));
		}
		Err(error) => {
			gateway.full_sweep_due.store(true, Ordering::Relaxed);
			log("error", json!({ "error": error.to_string(), "firstVersion": first_version }))
		}
	}
}

/// Follows finalised blocks: each `RecordErased` shreds its record's copy here. Blocks
/// finalised while the subscription was down (the node restarted) are read by number when it
/// is back; blocks the node no longer has make the sweep check every document.
async fn follow_erasures(gateway: Arc<Gateway>, from: u64) {
	let mut last = Some(from);
	loop {
		// After a reconnect the node must still be on this gateway's chain: another chain's
		// `RecordErased` would shred documents that happen to share its record ids.
		if !gateway.on_our_chain().await {
			tokio::time::sleep(Duration::from_secs(5)).await;
			continue;
		}
		match gateway.chain.api().blocks().subscribe_finalized().await {
			Ok(mut blocks) => {
				while let Some(block) = blocks.next().await {
					let Ok(block) = block else { break };
					let number = u64::from(block.number());
					if let Some(last) = last.filter(|last| number > last + 1) {
						for missed in last + 1..number {
							if !erasures_in_block(&gateway, missed).await {
								gateway.full_sweep_due.store(true, Ordering::Relaxed);
								log(
									"error",
									json!({ "error": format!("the erasure follower could not read blocks {missed} to {}; the sweep checks every document", number - 1) }),
								);
								break;
							}
						}
					}
					gateway.metrics.finalized_block.store(number, Ordering::Relaxed);
					gateway.metrics.finalized_at_ms.store(now_ms(), Ordering::Relaxed);
					match block.events().await {
						Ok(events) => shred_erased(&gateway, &events).await,
						Err(_) => gateway.full_sweep_due.store(true, Ordering::Relaxed),
					}
					last = Some(last.map_or(number, |last| last.max(number)));
				}
			}
			Err(error) => {
				log("error", json!({ "error": format!("following finalised blocks: {error}") }))
			}
		}
		tokio::time::sleep(Duration::from_secs(1)).await;
	}
}

/// Shreds the records erased in finalised block `number`; false if the node could not say.
async fn erasures_in_block(gateway: &Gateway, number: u64) -> bool {
	let Ok(Some(hash)) = gateway.chain.block_hash(number).await else { return false };
	let Ok(block) = gateway.chain.api().blocks().at(hash).await else { return false };
	let Ok(events) = block.events().await else { return false };
	shred_erased(gateway, &events).await;
	true
}

/// Shreds the records erased in these events; an event that does not decode (metadata
/// behind a runtime upgrade) makes the sweep check every document.
async fn shred_erased(gateway: &Gateway, events: &subxt::events::Events<crate::Config>) {
	for erased in events.find::<runtime::ehr_anchor::events::RecordErased>() {
		match erased {
			Ok(erased) => shred(gateway, erased.first_version).await,
			Err(error) => {
				gateway.full_sweep_due.store(true, Ordering::Relaxed);
				log(
					"error",
					json!({ "error": format!("an event the erasure follower could not decode: {error}") }),
				);
				return;
			}
		}
	}
}

/// Checks the documents kept against the chain:
/// - at start, every one (an erasure missed while the gateway was down is shredded); again
///   whenever the erasure follower could not read some blocks or a shredding failed; and
///   every `FULL_SWEEP_INTERVAL`, a backstop for whatever else was missed;
/// - every `SWEEP_INTERVAL`, those without a record id (their anchor's outcome was unknown):
///   found on chain by their hash, they get their record id; otherwise, once a finalised
///   block is past the last one that could include their anchor (or when none was ever
///   submitted and no upload is waiting on it), they are removed: no anchor will ever name
///   them.
async fn sweep(gateway: Arc<Gateway>) {
	let mut everything = true;
	let mut last_full = tokio::time::Instant::now();
	loop {
		everything |= gateway.full_sweep_due.swap(false, Ordering::Relaxed)
			|| last_full.elapsed() >= FULL_SWEEP_INTERVAL;
		if everything {
			last_full = tokio::time::Instant::now();
		}
		// Another chain's erasures and block numbers are not this one's.
		if gateway.on_our_chain().await {
			let swept = match everything {
				true => sweep_anchored(&gateway).await,
				false => Ok(()),
			};
			match swept.and(sweep_unanchored(&gateway).await.map(|_| ())) {
				Ok(()) => everything = false,
				Err(error) => log("error", json!({ "error": format!("the sweep: {error}") })),
			}
		}
		tokio::time::sleep(SWEEP_INTERVAL).await;
	}
}

/// Shreds every document kept whose record the chain erased.
async fn sweep_anchored(gateway: &Gateway) -> Result<(), Error> {
	for record in gateway.store.kept_records().await? {
		if let Some(anchor) = gateway.chain.record(record).await? {
			if matches!(anchor.status, RecordStatus::Erased) {
				shred(gateway, anchor.first_version).await;
			}
		}
	}
	Ok(())
}

/// The documents without a record id: found on chain, or removed once their anchor can no
/// longer come. Answers how many were removed.
async fn sweep_unanchored(gateway: &Gateway) -> Result<usize, Error> {
	// Every question at one finalised block: every block up to it is final, so an anchor
	// included by then is found below.
	let block = gateway.chain.api().blocks().at_latest().await?;
	let (finalized, chain) = (u64::from(block.number()), gateway.chain.at_block(block.hash()));
	let mut removed = 0;
	for (storage_id, sha256, patient) in gateway.store.unanchored().await? {
		// An upload still running settles its own document.
		if gateway.uploading().contains(&storage_id) {
			continue;
		}
		let Some(hash) = hashing::parse_hash(&sha256) else { continue };
		let locator = locator_of(&gateway.public_url, &storage_id);
		// Ours: our locator, our patient, our organisation. An erased record keeps no
		// locator; its hash, patient and author still name it.
		let found = chain.hash_anchors(hash).await?.into_iter().find(|(_, anchor)| {
			anchor.patient.to_string() == patient
				&& anchor.author_org == Some(gateway.org)
				&& match &anchor.locator {
					Some(l) => String::from_utf8_lossy(&l.0) == locator,
					None => matches!(anchor.status, RecordStatus::Erased),
				}
		});
		if let Some((record, anchor)) = found {
			gateway.store.set_record(&storage_id, record).await?;
			log("anchor_found", json!({ "storage": storage_id, "record": record }));
			if matches!(anchor.status, RecordStatus::Erased) {
				shred(gateway, anchor.first_version).await;
			}
			continue;
		}
		// Removed only if it is still without a record id and its anchor can no longer come:
		// checked again by the database, in the statement that removes it.
		if gateway.store.remove_unanchored(&storage_id, finalized).await? {
			gateway.metrics.expired.fetch_add(1, Ordering::Relaxed);
			log("anchor_expired", json!({ "storage": storage_id, "finalized": finalized }));
			removed += 1;
		}
	}
	Ok(removed)
}

/// `GET /`: the viewer, when it is served.
async fn viewer_home(State(gateway): State<Arc<Gateway>>) -> Response {
	match gateway.viewer {
		Some(_) => axum::response::Redirect::to("/viewer/").into_response(),
		None => no_viewer(),
	}
}

/// `GET /viewer/`.
async fn viewer_index(State(gateway): State<Arc<Gateway>>) -> Response {
	gateway.viewer.as_ref().map_or_else(no_viewer, |viewer| viewer.file("index.html"))
}

/// `GET /viewer/{file}`: one of the viewer's files, or its settings (`config.json`).
async fn viewer_file(State(gateway): State<Arc<Gateway>>, Path(file): Path<String>) -> Response {
	gateway.viewer.as_ref().map_or_else(no_viewer, |viewer| viewer.file(&file))
}

fn no_viewer() -> Response {
	answer(
		StatusCode::NOT_FOUND,
		json!({ "refusal": "NotFound", "detail": "this gateway does not serve the viewer (--viewer)" }),
	)
}

/// Runs the gateway until Ctrl-C or SIGTERM; requests in flight (an upload being anchored)
/// finish first.
pub async fn serve(config: GatewayConfig) -> Result<(), Error> {
	let chain = Healthchain::connect_lasting(&config.node_url).await?;
	let account = config.signer.public_key().to_account_id();
	let org = match chain.organization_of(account.clone()).await? {
		Some((org, role)) if role == "Practitioner" => org,
		_ => {
			return Err(Error::Input(format!(
				"the gateway's account {account} must be a Practitioner member of its organisation (the role that anchors)"
			)))
		}
	};
	let mut store = Store::open(&config.data_dir, &config.database, &config.objects).await?;
	store.lock_exclusive().await?;
	store.check_kek(&config.kek).await?;
	let public_url = config.public_url.trim_end_matches('/').to_string();
	if let Some(viewer) = config.viewer.as_ref().filter(|v| v.dev_accounts) {
		// Anyone can sign with the development keys: offering them beside a real chain would
		// invite a patient to use one.
		let kind = chain.chain_type().await?;
		if kind != "Development" {
			return Err(Error::Input(format!(
				"--viewer-dev-accounts is for a development chain; {} is {kind}",
				viewer.node_url
			)));
		}
	}
	let viewer = config
		.viewer
		.as_ref()
		.map(|viewer| viewer::Viewer::load(viewer, &public_url, org))
		.transpose()?;
	let (anchors, queue) = tokio::sync::mpsc::channel(ANCHOR_QUEUE);
	let anchoring = Healthchain::connect_lasting(&config.node_url).await?;
	let gateway = Arc::new(Gateway {
		chain,
		store,
		kek: config.kek,
		account: account.clone(),
		org,
		nonces: auth::Nonces::new(&public_url)?,
		public_url,
		read_window: config.read_window,
		metrics: Metrics::default(),
		anchors,
		viewer,
		limiter: limits::Limiter::new(config.rate_limit),
		read_timeout: config.read_timeout,
		started: std::time::Instant::now(),
		cache: Mutex::new(BlockCache::default()),
		uploads: Arc::new(tokio::sync::RwLock::new(())),
		upload_buffer: Arc::new(tokio::sync::Semaphore::new(config.upload_buffer_bytes / 1024)),
		release_buffer: Arc::new(tokio::sync::Semaphore::new(config.upload_buffer_bytes / 1024)),
		max_document_bytes: config.max_document_bytes,
		upload_buffer_kib: config.upload_buffer_bytes / 1024,
		uploading: Mutex::default(),
		full_sweep_due: Default::default(),
	});
	tokio::spawn(anchor_batches(gateway.clone(), anchoring, config.signer, queue));
	let app = Router::new()
		.route("/health", get(health))
		.route("/metrics", get(metrics))
		.route("/auth/nonce", get(nonce))
		.route("/records", post(store_record))
		.route("/records/{record}", get(read_record))
		.route("/documents/{storage}", get(read_document))
		.route("/", get(viewer_home))
		.route("/viewer/", get(viewer_index))
		.route("/viewer/{file}", get(viewer_file))
		.layer(DefaultBodyLimit::max(config.max_document_bytes))
		.with_state(gateway.clone());
	let tls = config.tls.as_ref().map(|(cert, key)| tls::server_config(cert, key)).transpose()?;
	let listener = tokio::net::TcpListener::bind(config.listen)
		.await
		.map_err(|e| Error::Other(format!("cannot listen on {}: {e}", config.listen)))?;
	// The chain-lag gauge counts from start, so a follower that never sees a block shows.
	gateway.metrics.finalized_at_ms.store(now_ms(), Ordering::Relaxed);
	// The follower goes on from here; the sweep at start covers what came before.
	let from = u64::from(gateway.chain.api().blocks().at_latest().await?.number());
	tokio::spawn(follow_erasures(gateway.clone(), from));
	tokio::spawn(sweep(gateway.clone()));
	log(
		"listening",
		json!({ "address": config.listen.to_string(), "tls": tls.is_some(), "organization": org, "account": account.to_string() }),
	);
	let stopped = match tls {
		Some(tls) => {
			axum::serve(tls::TlsListener::new(listener, tls)?, app)
				.with_graceful_shutdown(shutdown_signal())
				.await
		}
		None => axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await,
	};
	stopped.map_err(|e| Error::Other(format!("the gateway stopped: {e}")))?;
	// Uploads whose client went away run on in their own tasks: wait for their outcomes.
	let drained =
		tokio::time::timeout(Duration::from_secs(180), gateway.uploads.write()).await.is_ok();
	log("stopped", json!({ "uploadsFinished": drained }));
	Ok(())
}

async fn shutdown_signal() {
	let interrupt = tokio::signal::ctrl_c();
	#[cfg(unix)]
	let terminate = async {
		match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
			Ok(mut signal) => {
				signal.recv().await;
			}
			Err(_) => std::future::pending::<()>().await,
		}
	};
	#[cfg(not(unix))]
	let terminate = std::future::pending::<()>();
	tokio::select! {
		_ = interrupt => {},
		_ = terminate => {},
	}
}
