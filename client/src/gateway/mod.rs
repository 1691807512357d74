//! `healthchain gateway`: the off-chain half of a record. It keeps each document encrypted
//! (see [`envelope`]), anchors the ciphertext's SHA-256 on chain with its own URL as the
//! locator, and releases a document only to a reader who proves its account ([`auth`]) and
//! whose read the chain has just logged (its own `request_access`), with consent still in
//! force, after re-hashing the ciphertext against the anchor. When the chain erases a record,
//! the gateway destroys its key and ciphertext. docs/GATEWAY.md has the design.

pub mod auth;
pub mod envelope;
pub mod store;

use std::{
	collections::BTreeMap,
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
	http::{header, HeaderMap, StatusCode, Uri},
	response::{IntoResponse, Response},
	routing::{get, post},
	Json, Router,
};
use serde_json::{json, Value};
use subxt_signer::sr25519::Keypair;

use crate::{
	consent::ConsentCheck,
	hashing::{self, to_hex},
	parse_account,
	records::{category_name, parse_category, status_name},
	runtime::{self, runtime_types::pallet_ehr_anchor::types::RecordStatus},
	Error, Healthchain,
};
use envelope::Kek;
use store::{Database, Document, Store};

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
	/// The organisation's key-encryption key.
	pub kek: Kek,
	/// The gateway's chain account: a `Practitioner` member of the organisation, whose
	/// anchors the chain checks like any practitioner's.
	pub signer: Keypair,
	/// How recent a logged read must be for the document to be released.
	pub read_window: Duration,
	/// The largest document accepted.
	pub max_document_bytes: usize,
}

/// Counters for `/metrics`.
#[derive(Default)]
struct Metrics {
	requests: AtomicU64,
	stored: AtomicU64,
	released: AtomicU64,
	tamper_alerts: AtomicU64,
	shredded: AtomicU64,
	finalized_block: AtomicU64,
	refusals: Mutex<BTreeMap<String, u64>>,
}

struct Gateway {
	chain: Healthchain,
	store: Store,
	kek: Kek,
	signer: Keypair,
	org: u32,
	public_url: String,
	read_window: Duration,
	nonces: auth::Nonces,
	metrics: Metrics,
}

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
	fn refuse(&self, status: StatusCode, reason: &str, detail: String) -> Response {
		if let Ok(mut refusals) = self.metrics.refusals.lock() {
			*refusals.entry(reason.to_string()).or_default() += 1;
		}
		answer(status, json!({ "refusal": reason, "detail": detail }))
	}

	fn error(&self, error: Error) -> Response {
		let status = match &error {
			Error::Input(_) => StatusCode::BAD_REQUEST,
			Error::Refused { .. } | Error::Rejected(_) => StatusCode::FORBIDDEN,
			Error::Unreachable { .. } => StatusCode::BAD_GATEWAY,
			_ => StatusCode::INTERNAL_SERVER_ERROR,
		};
		if status == StatusCode::INTERNAL_SERVER_ERROR {
			log("error", json!({ "error": error.to_string() }));
		}
		self.refuse(status, "Error", error.to_string())
	}

	/// The account that signed this request, or the refusal.
	fn authenticate(
		&self,
		headers: &HeaderMap,
		method: &str,
		signed: &str,
	) -> Result<crate::AccountId, auth::AuthError> {
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
}

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
		Ok(nonce) => answer(StatusCode::OK, json!({ "nonce": nonce })),
		Err(e) => gateway.refuse(StatusCode::SERVICE_UNAVAILABLE, "Busy", e.to_string()),
	}
}

/// `POST /records?patient=…&category=…`: a practitioner or pharmacist of the gateway's
/// organisation uploads a document; it is encrypted, kept and anchored.
async fn store_record(
	State(gateway): State<Arc<Gateway>>,
	Query(query): Query<StoreQuery>,
	uri: Uri,
	headers: HeaderMap,
	body: Bytes,
) -> Response {
	gateway.metrics.requests.fetch_add(1, Ordering::Relaxed);
	let path = uri.path_and_query().map_or("/records", |p| p.as_str());
	let signed = format!("{path}:{}", hex::encode(hashing::sha256(&body)));
	let uploader = match gateway.authenticate(&headers, "POST", &signed) {
		Ok(account) => account,
		Err(error) => return gateway.unauthenticated(error),
	};
	match store_document(&gateway, uploader, &query, &headers, &body).await {
		Ok(response) => response,
		Err(error) => gateway.error(error),
	}
}

async fn store_document(
	gateway: &Gateway,
	uploader: crate::AccountId,
	query: &StoreQuery,
	headers: &HeaderMap,
	body: &[u8],
) -> Result<Response, Error> {
	// Only those who could anchor themselves upload through the gateway's account.
	match gateway.chain.organization_of(uploader.clone()).await? {
		Some((org, role))
			if org == gateway.org && (role == "Practitioner" || role == "Pharmacist") => {}
		_ => {
			return Ok(gateway.refuse(
				StatusCode::FORBIDDEN,
				"NotAPractitioner",
				format!(
					"{uploader} is not a practitioner or pharmacist of organisation {}",
					gateway.org
				),
			))
		}
	}
	if body.is_empty() {
		return Err(Error::Input("an empty document".into()));
	}
	let patient = parse_account(&query.patient)?;
	let category = parse_category(&query.category)?;
	let content_type = headers
		.get(header::CONTENT_TYPE)
		.and_then(|v| v.to_str().ok())
		.filter(|v| v.len() <= 100)
		.unwrap_or("application/octet-stream")
		.to_string();
	let storage_id = hex::encode(envelope::random::<16>()?);
	let sealed = envelope::seal_document(&gateway.kek, &storage_id, body)?;
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
	};
	gateway.store.put(&document, &sealed.ciphertext).await?;
	let locator = format!("{}/documents/{storage_id}", gateway.public_url);
	let anchored = match gateway
		.chain
		.anchor(&gateway.signer, patient.clone(), category, &hashes, &locator)
		.await
	{
		Ok(anchored) => anchored,
		Err(error) => {
			gateway.store.remove(&storage_id).await?;
			return Err(error);
		}
	};
	gateway.store.set_record(&storage_id, anchored.record_id).await?;
	gateway.metrics.stored.fetch_add(1, Ordering::Relaxed);
	log(
		"stored",
		json!({ "record": anchored.record_id, "storage": storage_id, "uploader": uploader.to_string(), "patient": patient.to_string(), "bytes": body.len() }),
	);
	Ok(answer(
		StatusCode::CREATED,
		json!({ "record": anchored.record_id, "block": anchored.block_number, "locator": locator, "sha256": document.sha256 }),
	))
}

/// `GET /records/{record}`.
async fn read_record(
	State(gateway): State<Arc<Gateway>>,
	Path(record): Path<u64>,
	uri: Uri,
	headers: HeaderMap,
) -> Response {
	gateway.metrics.requests.fetch_add(1, Ordering::Relaxed);
	let reader = match gateway.authenticate(&headers, "GET", uri.path()) {
		Ok(account) => account,
		Err(error) => return gateway.unauthenticated(error),
	};
	match release(&gateway, reader, record).await {
		Ok(response) => response,
		Err(error) => gateway.error(error),
	}
}

/// `GET /documents/{storage id}`: the locator anchored on chain.
async fn read_document(
	State(gateway): State<Arc<Gateway>>,
	Path(storage_id): Path<String>,
	uri: Uri,
	headers: HeaderMap,
) -> Response {
	gateway.metrics.requests.fetch_add(1, Ordering::Relaxed);
	let reader = match gateway.authenticate(&headers, "GET", uri.path()) {
		Ok(account) => account,
		Err(error) => return gateway.unauthenticated(error),
	};
	match gateway.store.record_of(&storage_id).await {
		Ok(Some(record)) => match release(&gateway, reader, record).await {
			Ok(response) => response,
			Err(error) => gateway.error(error),
		},
		Ok(None) => {
			gateway.refuse(StatusCode::NOT_FOUND, "NotFound", format!("no document {storage_id}"))
		}
		Err(error) => gateway.error(error),
	}
}

async fn release(
	gateway: &Gateway,
	reader: crate::AccountId,
	record: u64,
) -> Result<Response, Error> {
	let Some(document) = gateway.store.by_record(record).await? else {
		return Ok(gateway.refuse(
			StatusCode::NOT_FOUND,
			"NotFound",
			format!("this gateway keeps no record {record}"),
		));
	};
	let Some(wrapped_key) = document.wrapped_key.clone() else {
		return Ok(gateway.refuse(
			StatusCode::GONE,
			"Erased",
			format!("record {record} was erased; its key is destroyed"),
		));
	};
	let Some(anchor) = gateway.chain.record(record).await? else {
		return Ok(gateway.refuse(
			StatusCode::NOT_FOUND,
			"NotFound",
			format!("no record {record} on chain"),
		));
	};
	if matches!(anchor.status, RecordStatus::Erased) {
		shred(gateway, anchor.first_version).await;
		return Ok(gateway.refuse(
			StatusCode::GONE,
			"Erased",
			format!("record {record} was erased; its key is destroyed"),
		));
	}
	// The reader's own read of this record, logged on chain within the window …
	let patient = parse_account(&document.patient)?;
	let window = gateway.read_window.as_millis() as u64;
	// The chain's clock, which stamped the entries (a dev chain's may lag the wall clock).
	let now = gateway.chain.chain_time().await?;
	let log_page =
		gateway.chain.access_log(patient.clone(), None, gateway.chain.max_page_size()?).await?;
	// Each logged read releases the document once: an entry a release used is skipped.
	let mut logged = None;
	for (index, entry) in &log_page {
		if entry.accessor == reader
			&& entry.record == Some(record)
			&& now.saturating_sub(entry.at) <= window
			&& !gateway.store.is_claimed(&document.patient, *index).await?
		{
			logged = Some((*index, entry));
			break;
		}
	}
	// … and the permission it was logged on still in force (a revocation stops the next read).
	let (organization, purpose) = match logged {
		Some((_, entry)) => (entry.org, entry.purpose.clone()),
		None => (
			gateway.chain.organization_of(reader.clone()).await?.map(|(org, _)| org),
			runtime::runtime_types::healthchain_primitives::consent::PurposeOfUse::Treatment,
		),
	};
	let check = gateway
		.chain
		.check_access(
			patient,
			reader.clone(),
			organization,
			false,
			anchor.category.clone(),
			purpose,
		)
		.await?;
	if let ConsentCheck::Refused(why) = check {
		log("refused", json!({ "record": record, "reader": reader.to_string(), "reason": why }));
		return Ok(gateway.refuse(
			StatusCode::FORBIDDEN,
			&why,
			format!("the chain refuses {reader} a read of record {record}: {why}"),
		));
	}
	let not_logged = || {
		gateway.refuse(
			StatusCode::FORBIDDEN,
			"NotLogged",
			format!("no unused read of record {record} by {reader} logged on chain in the last {} s: ask the chain first (ehrAnchor.requestAccess); each logged read releases the document once", window / 1000),
		)
	};
	let Some((log_index, _)) = logged else { return Ok(not_logged()) };
	// The ciphertext must still be the one anchored.
	let ciphertext = gateway.store.ciphertext(&document.storage_id)?.unwrap_or_default();
	if hashing::sha256(&ciphertext) != anchor.content_hash.0 {
		gateway.metrics.tamper_alerts.fetch_add(1, Ordering::Relaxed);
		log(
			"tamper_alert",
			json!({ "record": record, "storage": document.storage_id, "anchored": to_hex(&anchor.content_hash.0), "found": to_hex(&hashing::sha256(&ciphertext)) }),
		);
		return Ok(gateway.refuse(
			StatusCode::CONFLICT,
			"Tampered",
			format!(
				"the stored copy of record {record} no longer matches its anchor; it is not served"
			),
		));
	}
	let Some(plaintext) =
		envelope::open_document(&gateway.kek, &document.storage_id, &wrapped_key, &ciphertext)
	else {
		gateway.metrics.tamper_alerts.fetch_add(1, Ordering::Relaxed);
		log(
			"tamper_alert",
			json!({ "record": record, "storage": document.storage_id, "reason": "does not decrypt" }),
		);
		return Ok(gateway.refuse(
			StatusCode::CONFLICT,
			"Tampered",
			format!("the stored copy of record {record} does not decrypt; it is not served"),
		));
	};
	if !gateway.store.claim(&document.patient, log_index, record).await? {
		return Ok(not_logged());
	}
	gateway.metrics.released.fetch_add(1, Ordering::Relaxed);
	log(
		"released",
		json!({ "record": record, "reader": reader.to_string(), "logIndex": log_index, "status": status_name(&anchor.status) }),
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
		],
		plaintext,
	)
		.into_response())
}

async fn shred(gateway: &Gateway, first_version: u64) {
	match gateway.store.shred(first_version).await {
		Ok(0) => {}
		Ok(count) => {
			gateway.metrics.shredded.fetch_add(count as u64, Ordering::Relaxed);
			log("shredded", json!({ "firstVersion": first_version, "documents": count }));
		}
		Err(error) => {
			log("error", json!({ "error": error.to_string(), "firstVersion": first_version }))
		}
	}
}

/// Follows finalised blocks: every `RecordErased` shreds the gateway's copies of that record.
async fn follow_erasures(gateway: Arc<Gateway>) {
	loop {
		match gateway.chain.api().blocks().subscribe_finalized().await {
			Ok(mut blocks) => {
				while let Some(block) = blocks.next().await {
					let Ok(block) = block else { break };
					gateway
						.metrics
						.finalized_block
						.store(u64::from(block.number()), Ordering::Relaxed);
					let Ok(events) = block.events().await else { continue };
					for erased in
						events.find::<runtime::ehr_anchor::events::RecordErased>().flatten()
					{
						shred(&gateway, erased.first_version).await;
					}
				}
			}
			Err(error) => {
				log("error", json!({ "error": format!("following finalised blocks: {error}") }))
			}
		}
		tokio::time::sleep(Duration::from_secs(5)).await;
	}
}

/// Runs the gateway until Ctrl-C or SIGTERM; requests in flight (an upload being anchored)
/// finish first.
pub async fn serve(config: GatewayConfig) -> Result<(), Error> {
	let chain = Healthchain::connect(&config.node_url).await?;
	let account = config.signer.public_key().to_account_id();
	let org = match chain.organization_of(account.clone()).await? {
		Some((org, role)) if role == "Practitioner" => org,
		_ => {
			return Err(Error::Input(format!(
				"the gateway's account {account} must be a Practitioner member of its organisation (the role that anchors)"
			)))
		}
	};
	let store = Store::open(&config.data_dir, &config.database).await?;
	let gateway = Arc::new(Gateway {
		chain,
		store,
		kek: config.kek,
		signer: config.signer,
		org,
		public_url: config.public_url.trim_end_matches('/').to_string(),
		read_window: config.read_window,
		nonces: auth::Nonces::default(),
		metrics: Metrics::default(),
	});
	let app = Router::new()
		.route("/health", get(health))
		.route("/metrics", get(metrics))
		.route("/auth/nonce", get(nonce))
		.route("/records", post(store_record))
		.route("/records/{record}", get(read_record))
		.route("/documents/{storage}", get(read_document))
		.layer(DefaultBodyLimit::max(config.max_document_bytes))
		.with_state(gateway.clone());
	let listener = tokio::net::TcpListener::bind(config.listen)
		.await
		.map_err(|e| Error::Other(format!("cannot listen on {}: {e}", config.listen)))?;
	tokio::spawn(follow_erasures(gateway.clone()));
	log(
		"listening",
		json!({ "address": config.listen.to_string(), "organization": org, "account": account.to_string() }),
	);
	axum::serve(listener, app)
		.with_graceful_shutdown(shutdown_signal())
		.await
		.map_err(|e| Error::Other(format!("the gateway stopped: {e}")))?;
	log("stopped", json!({}));
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
