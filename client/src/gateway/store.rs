//! The gateway's storage: each document's metadata and wrapped key in a database (SQLite,
//! embedded, by default; PostgreSQL for an organisation that outgrows one machine), and the
//! ciphertexts in a directory (`objects/<storage id>`) or an S3-compatible bucket (through the
//! `object_store` crate).

use std::{
	io::Write,
	path::{Path, PathBuf},
	sync::Mutex,
};

use object_store::{aws::AmazonS3, ObjectStore, PutPayload};
use rusqlite::{params, Connection, OptionalExtension};

use super::envelope::{self, Kek};
use crate::Error;

/// What the gateway keeps of a document (never its content or its data key in the clear).
#[derive(Debug, Clone)]
pub struct Document {
	/// The gateway's own id for it (random, in its locator).
	pub storage_id: String,
	/// The chain's record id, once anchored.
	pub record: Option<u64>,
	/// The first version of its record (what `RecordErased` names).
	pub first_version: Option<u64>,
	/// The patient (SS58).
	pub patient: String,
	/// The record category, as the CLI names it.
	pub category: String,
	/// The content type it was stored with.
	pub content_type: String,
	/// The SHA-256 of the ciphertext, as anchored (`0x` hex).
	pub sha256: String,
	/// The data key wrapped under the KEK; `None` once crypto-shredded.
	pub wrapped_key: Option<Vec<u8>>,
	/// Who uploaded it, and their signed request: the evidence, since the chain names only
	/// the gateway's account as the anchor's author.
	pub upload: Option<UploadEvidence>,
}

/// An uploader's signed request, kept with the document. With the document's own SHA-256
/// (recomputed from the decrypted document when an audit needs it) it verifies with
/// `auth::message(audience, nonce, "POST", "<path>:<sha256>")`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadEvidence {
	/// The uploader (SS58).
	pub uploader: String,
	/// The gateway's URL the request was signed for.
	pub audience: String,
	/// The nonce it used.
	pub nonce: String,
	/// The path and query it was signed over.
	pub path: String,
	/// The sr25519 signature (`0x` hex).
	pub signature: String,
}

/// Where the metadata lives.
pub enum Database {
	/// `gateway.sqlite3` in the data directory.
	Sqlite,
	/// A PostgreSQL server (`postgres://…`).
	Postgres(String),
}

enum Metadata {
	Sqlite(Mutex<Connection>),
	Postgres(tokio_postgres::Client),
}

/// Where the ciphertexts live.
pub enum ObjectLocation {
	/// `objects/` in the data directory.
	Directory,
	/// An S3-compatible bucket (`s3://bucket[/prefix]`). Endpoint, region and credentials come
	/// from the environment (`AWS_ENDPOINT`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`,
	/// `AWS_SECRET_ACCESS_KEY`; `AWS_ALLOW_HTTP=true` for a plain-HTTP endpoint).
	S3 {
		/// The bucket.
		bucket: String,
		/// The key prefix of every object (may be empty).
		prefix: String,
	},
}

impl ObjectLocation {
	/// `objects` as the configuration says it: `directory` or `s3://bucket[/prefix]`.
	pub fn parse(objects: &str) -> Result<Self, Error> {
		if objects == "directory" {
			return Ok(Self::Directory);
		}
		let bad = || {
			Error::Input(format!("objects is `directory` or `s3://bucket[/prefix]`, not {objects}"))
		};
		let rest = objects.strip_prefix("s3://").ok_or_else(bad)?;
		let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
		let valid =
			|c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-');
		if bucket.is_empty() || !bucket.chars().all(valid) {
			return Err(bad());
		}
		Ok(Self::S3 { bucket: bucket.into(), prefix: prefix.trim_matches('/').into() })
	}
}

/// The ciphertexts.
enum Objects {
	/// A directory: each written to a temporary file, synced, then renamed into place.
	Directory(PathBuf),
	/// An S3-compatible bucket: each one PUT (atomic on S3), under `prefix`.
	S3 { bucket: AmazonS3, prefix: String },
}

fn object_error(e: object_store::Error) -> Error {
	Error::Other(format!("the gateway's object store: {e}"))
}

impl Objects {
	async fn open(dir: &Path, location: &ObjectLocation) -> Result<Self, Error> {
		match location {
			ObjectLocation::Directory => {
				let objects = dir.join("objects");
				std::fs::create_dir_all(&objects).map_err(|e| Error::file(&objects, e))?;
				Ok(Self::Directory(objects))
			}
			ObjectLocation::S3 { bucket, prefix } => {
				let store = object_store::aws::AmazonS3Builder::from_env()
					.with_bucket_name(bucket)
					.build()
					.map_err(object_error)?;
				// Listing proves the bucket exists and the credentials open it, before any
				// upload is accepted.
				let probe = object_store::path::Path::from(prefix.as_str());
				store.list_with_delimiter(Some(&probe)).await.map_err(|e| {
					Error::Other(format!("cannot open the object store s3://{bucket}: {e}"))
				})?;
				Ok(Self::S3 { bucket: store, prefix: prefix.clone() })
			}
		}
	}

	/// A storage id is 32 lowercase hex digits (the gateway draws them): anything else,
	/// whatever the database says, never reaches a path or an object key.
	fn checked(storage_id: &str) -> Result<&str, Error> {
		if storage_id.len() == 32
			&& storage_id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
		{
			Ok(storage_id)
		} else {
			Err(Error::Other(format!("not a storage id: {storage_id:?}")))
		}
	}

	fn key(prefix: &str, storage_id: &str) -> object_store::path::Path {
		match prefix {
			"" => object_store::path::Path::from(storage_id),
			_ => object_store::path::Path::from(format!("{prefix}/{storage_id}")),
		}
	}

	async fn put(&self, storage_id: &str, ciphertext: &[u8]) -> Result<(), Error> {
		let storage_id = Self::checked(storage_id)?;
		match self {
			Self::Directory(dir) => {
				let path = dir.join(storage_id);
				let partial = path.with_extension("partial");
				let mut file =
					std::fs::File::create(&partial).map_err(|e| Error::file(&partial, e))?;
				file.write_all(ciphertext)
					.and_then(|()| file.sync_all())
					.map_err(|e| Error::file(&partial, e))?;
				std::fs::rename(&partial, &path).map_err(|e| Error::file(&path, e))
			}
			Self::S3 { bucket, prefix } => bucket
				.put(&Self::key(prefix, storage_id), PutPayload::from(ciphertext.to_vec()))
				.await
				.map(|_| ())
				.map_err(object_error),
		}
	}

	/// The size of a stored ciphertext, without reading it.
	async fn size(&self, storage_id: &str) -> Result<Option<u64>, Error> {
		let storage_id = Self::checked(storage_id)?;
		match self {
			Self::Directory(dir) => {
				let path = dir.join(storage_id);
				match std::fs::metadata(&path) {
					Ok(metadata) => Ok(Some(metadata.len())),
					Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
					Err(e) => Err(Error::file(&path, e)),
				}
			}
			Self::S3 { bucket, prefix } => {
				match bucket.head(&Self::key(prefix, storage_id)).await {
					Ok(meta) => Ok(Some(meta.size)),
					Err(object_store::Error::NotFound { .. }) => Ok(None),
					Err(e) => Err(object_error(e)),
				}
			}
		}
	}

	async fn get(&self, storage_id: &str) -> Result<Option<Vec<u8>>, Error> {
		let storage_id = Self::checked(storage_id)?;
		match self {
			Self::Directory(dir) => {
				let path = dir.join(storage_id);
				match std::fs::read(&path) {
					Ok(bytes) => Ok(Some(bytes)),
					Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
					Err(e) => Err(Error::file(&path, e)),
				}
			}
			Self::S3 { bucket, prefix } => match bucket.get(&Self::key(prefix, storage_id)).await {
				Ok(found) => Ok(Some(found.bytes().await.map_err(object_error)?.to_vec())),
				Err(object_store::Error::NotFound { .. }) => Ok(None),
				Err(e) => Err(object_error(e)),
			},
		}
	}

	async fn delete(&self, storage_id: &str) -> Result<(), Error> {
		let storage_id = Self::checked(storage_id)?;
		match self {
			Self::Directory(dir) => {
				let path = dir.join(storage_id);
				match std::fs::remove_file(&path) {
					Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
						Err(Error::file(&path, e))
					}
					_ => Ok(()),
				}
			}
			Self::S3 { bucket, prefix } => {
				match bucket.delete(&Self::key(prefix, storage_id)).await {
					Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
					Err(e) => Err(object_error(e)),
				}
			}
		}
	}
}

/// The metadata database and the ciphertexts.
pub struct Store {
	metadata: Metadata,
	objects: Objects,
	/// The lock file that makes this process the storage's only user (SQLite).
	lock: Option<std::fs::File>,
	dir: PathBuf,
}

/// The PostgreSQL advisory lock a gateway (or a rotation) holds on its database for as long
/// as it runs ("HCGW").
const POSTGRES_LOCK: i64 = 0x4843_4757;

const SCHEMA: &str = "
	CREATE TABLE IF NOT EXISTS documents (
		storage_id    TEXT PRIMARY KEY,
		record        BIGINT UNIQUE,
		first_version BIGINT,
		patient       TEXT NOT NULL,
		category      TEXT NOT NULL,
		content_type  TEXT NOT NULL,
		sha256        TEXT NOT NULL,
		wrapped_key   BYTEA,
		shredded      BOOLEAN NOT NULL DEFAULT FALSE,
		uploader      TEXT,
		upload_audience TEXT,
		upload_nonce  TEXT,
		upload_path   TEXT,
		upload_signature TEXT
	);
	CREATE TABLE IF NOT EXISTS meta (
		key           TEXT PRIMARY KEY,
		value         TEXT NOT NULL
	);
	CREATE TABLE IF NOT EXISTS pending_anchors (
		storage_id    TEXT PRIMARY KEY,
		expires       BIGINT NOT NULL
	);
	CREATE TABLE IF NOT EXISTS releases (
		patient       TEXT NOT NULL,
		log_index     BIGINT NOT NULL,
		record        BIGINT NOT NULL,
		PRIMARY KEY (patient, log_index)
	);
	-- A store from before anchors were mortal: its documents without a record id may have
	-- immortal anchors in flight, so they never expire (an operator decides).
	INSERT INTO pending_anchors (storage_id, expires)
		SELECT storage_id, 9223372036854775807 FROM documents
		WHERE record IS NULL AND NOT shredded
		  AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'mortal_anchors')
		ON CONFLICT (storage_id) DO NOTHING;
	INSERT INTO meta (key, value) VALUES ('mortal_anchors', 'yes') ON CONFLICT (key) DO NOTHING;";

fn sqlite_error(e: rusqlite::Error) -> Error {
	Error::Other(format!("the gateway's database: {e}"))
}

fn postgres_error(e: tokio_postgres::Error) -> Error {
	Error::Other(format!("the gateway's database: {e}"))
}

fn to_i64(value: u64) -> Result<i64, Error> {
	i64::try_from(value).map_err(|_| Error::Input(format!("{value} is out of range")))
}

fn evidence(fields: [Option<String>; 5]) -> Option<UploadEvidence> {
	let [Some(uploader), Some(audience), Some(nonce), Some(path), Some(signature)] = fields else {
		return None;
	};
	Some(UploadEvidence { uploader, audience, nonce, path, signature })
}

fn to_u64(value: Option<i64>) -> Option<u64> {
	value.and_then(|v| u64::try_from(v).ok())
}

impl Store {
	/// Opens (creating) the store: its metadata in `database` (SQLite in `dir`), its
	/// ciphertexts where `objects` says (a directory in `dir`, or a bucket).
	pub async fn open(
		dir: &Path,
		database: &Database,
		objects: &ObjectLocation,
	) -> Result<Self, Error> {
		std::fs::create_dir_all(dir).map_err(|e| Error::file(dir, e))?;
		let objects = Objects::open(dir, objects).await?;
		let metadata = match database {
			Database::Sqlite => {
				let db = Connection::open(dir.join("gateway.sqlite3")).map_err(sqlite_error)?;
				db.execute_batch(&format!(
					"PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; {SCHEMA}"
				))
				.map_err(sqlite_error)?;
				Metadata::Sqlite(Mutex::new(db))
			}
			Database::Postgres(url) => {
				let (client, connection) =
					tokio_postgres::connect(url, tokio_postgres::NoTls).await.map_err(|e| {
						Error::Other(format!("cannot reach the gateway's database: {e}"))
					})?;
				tokio::spawn(async move {
					if let Err(error) = connection.await {
						eprintln!(
							"{}",
							serde_json::json!({ "event": "error", "error": format!("the database connection ended: {error}") })
						);
					}
				});
				client.batch_execute(SCHEMA).await.map_err(postgres_error)?;
				Metadata::Postgres(client)
			}
		};
		Ok(Self { metadata, objects, lock: None, dir: dir.to_path_buf() })
	}

	fn sqlite<'a>(
		db: &'a Mutex<Connection>,
	) -> Result<std::sync::MutexGuard<'a, Connection>, Error> {
		db.lock().map_err(|_| Error::Other("the gateway's database lock is poisoned".into()))
	}

	/// Keeps a new document's ciphertext (whole before it is visible: a directory's file is
	/// synced and renamed into place, a bucket's object is one PUT) and its row, not yet
	/// anchored.
	pub async fn put(&self, document: &Document, ciphertext: &[u8]) -> Result<(), Error> {
		self.objects.put(&document.storage_id, ciphertext).await?;
		let d = document;
		let e = |field: fn(&UploadEvidence) -> &String| d.upload.as_ref().map(|u| field(u).clone());
		let (uploader, audience, nonce, path, signature) = (
			e(|u| &u.uploader),
			e(|u| &u.audience),
			e(|u| &u.nonce),
			e(|u| &u.path),
			e(|u| &u.signature),
		);
		match &self.metadata {
			Metadata::Sqlite(db) => {
				Self::sqlite(db)?
					.execute(
						"INSERT INTO documents (storage_id, patient, category, content_type, sha256, wrapped_key,
							uploader, upload_audience, upload_nonce, upload_path, upload_signature)
						 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
						params![
							d.storage_id,
							d.patient,
							d.category,
							d.content_type,
							d.sha256,
							d.wrapped_key,
							uploader,
							audience,
							nonce,
							path,
							signature
						],
					)
					.map_err(sqlite_error)?;
			}
			Metadata::Postgres(client) => {
				client
					.execute(
						"INSERT INTO documents (storage_id, patient, category, content_type, sha256, wrapped_key,
							uploader, upload_audience, upload_nonce, upload_path, upload_signature)
						 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
						&[
							&d.storage_id,
							&d.patient,
							&d.category,
							&d.content_type,
							&d.sha256,
							&d.wrapped_key,
							&uploader,
							&audience,
							&nonce,
							&path,
							&signature,
						],
					)
					.await
					.map_err(postgres_error)?;
			}
		}
		Ok(())
	}

	/// Records the chain's record id of an anchored document.
	pub async fn set_record(&self, storage_id: &str, record: u64) -> Result<(), Error> {
		let record = to_i64(record)?;
		match &self.metadata {
			Metadata::Sqlite(db) => {
				Self::sqlite_settled(
					db,
					storage_id,
					"UPDATE documents SET record = ?1, first_version = ?1 WHERE storage_id = ?2",
					params![record, storage_id],
				)?;
			}
			Metadata::Postgres(client) => {
				// One statement, one transaction.
				client
					.execute(
						"WITH anchored AS (DELETE FROM pending_anchors WHERE storage_id = $2)
						 UPDATE documents SET record = $1, first_version = $1 WHERE storage_id = $2",
						&[&record, &storage_id],
					)
					.await
					.map_err(postgres_error)?;
			}
		}
		Ok(())
	}

	/// Runs `statement` on the SQLite database and forgets `storage_id`'s pending anchor (its
	/// outcome is settled), in one transaction.
	fn sqlite_settled(
		db: &Mutex<Connection>,
		storage_id: &str,
		statement: &str,
		params: impl rusqlite::Params,
	) -> Result<(), Error> {
		let mut db = Self::sqlite(db)?;
		let tx = db.transaction().map_err(sqlite_error)?;
		tx.execute(statement, params).map_err(sqlite_error)?;
		tx.execute("DELETE FROM pending_anchors WHERE storage_id = ?1", params![storage_id])
			.map_err(sqlite_error)?;
		tx.commit().map_err(sqlite_error)
	}

	/// Notes that the anchors of `storage_ids` are being submitted in a transaction that no
	/// block after `expires` can include (a mortal transaction).
	pub async fn anchors_pending(&self, storage_ids: &[&str], expires: u64) -> Result<(), Error> {
		let expires = to_i64(expires)?;
		match &self.metadata {
			Metadata::Sqlite(db) => {
				let mut db = Self::sqlite(db)?;
				let tx = db.transaction().map_err(sqlite_error)?;
				for storage_id in storage_ids {
					tx.execute(
						"INSERT INTO pending_anchors (storage_id, expires) VALUES (?1, ?2)
						 ON CONFLICT (storage_id) DO UPDATE SET expires = excluded.expires",
						params![storage_id, expires],
					)
					.map_err(sqlite_error)?;
				}
				tx.commit().map_err(sqlite_error)?;
			}
			Metadata::Postgres(client) => {
				client
					.execute(
						"INSERT INTO pending_anchors (storage_id, expires) SELECT id, $2 FROM unnest($1::text[]) AS id
						 ON CONFLICT (storage_id) DO UPDATE SET expires = excluded.expires",
						&[&storage_ids, &expires],
					)
					.await
					.map_err(postgres_error)?;
			}
		}
		Ok(())
	}

	/// The documents kept without a record id: their storage id, SHA-256 and patient.
	pub async fn unanchored(&self) -> Result<Vec<(String, String, String)>, Error> {
		const QUERY: &str =
			"SELECT storage_id, sha256, patient FROM documents WHERE record IS NULL AND NOT shredded";
		match &self.metadata {
			Metadata::Sqlite(db) => Self::sqlite(db)?
				.prepare(QUERY)
				.and_then(|mut statement| {
					statement
						.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
						.collect::<Result<Vec<_>, _>>()
				})
				.map_err(sqlite_error),
			Metadata::Postgres(client) => client
				.query(QUERY, &[])
				.await
				.map_err(postgres_error)?
				.iter()
				.map(|row| Ok((row.try_get(0)?, row.try_get(1)?, row.try_get(2)?)))
				.collect::<Result<Vec<_>, _>>()
				.map_err(postgres_error),
		}
	}

	/// Forgets a document without a record id whose anchor no block from `finalized` on can
	/// include (none was sent, or the transaction's last block is behind `finalized`), all in
	/// one statement, so a document anchored meanwhile is never touched. Answers whether it
	/// was forgotten.
	pub async fn remove_unanchored(&self, storage_id: &str, finalized: u64) -> Result<bool, Error> {
		let finalized = to_i64(finalized)?;
		let removed = match &self.metadata {
			Metadata::Sqlite(db) => {
				let mut db = Self::sqlite(db)?;
				let tx = db.transaction().map_err(sqlite_error)?;
				let removed = tx
					.execute(
						"DELETE FROM documents WHERE storage_id = ?1 AND record IS NULL AND NOT shredded
						 AND NOT EXISTS (SELECT 1 FROM pending_anchors WHERE storage_id = ?1 AND expires >= ?2)",
						params![storage_id, finalized],
					)
					.map_err(sqlite_error)?;
				if removed > 0 {
					tx.execute(
						"DELETE FROM pending_anchors WHERE storage_id = ?1",
						params![storage_id],
					)
					.map_err(sqlite_error)?;
				}
				tx.commit().map_err(sqlite_error)?;
				removed > 0
			}
			Metadata::Postgres(client) => {
				let row = client
					.query_one(
						"WITH gone AS (
							DELETE FROM documents WHERE storage_id = $1 AND record IS NULL AND NOT shredded
							AND NOT EXISTS (SELECT 1 FROM pending_anchors WHERE storage_id = $1 AND expires >= $2)
							RETURNING storage_id),
						 pending AS (DELETE FROM pending_anchors WHERE storage_id IN (SELECT storage_id FROM gone))
						 SELECT count(*) FROM gone",
						&[&storage_id, &finalized],
					)
					.await
					.map_err(postgres_error)?;
				row.try_get::<_, i64>(0).map_err(postgres_error)? > 0
			}
		};
		if removed {
			self.objects.delete(storage_id).await?;
		}
		Ok(removed)
	}

	/// Forgets a document: the chain refused to anchor it, or its anchor can no longer be
	/// included. Its row (with its wrapped key) goes first, so a crash between the two leaves
	/// at worst a ciphertext nobody can open.
	pub async fn remove(&self, storage_id: &str) -> Result<(), Error> {
		match &self.metadata {
			Metadata::Sqlite(db) => {
				Self::sqlite_settled(
					db,
					storage_id,
					"DELETE FROM documents WHERE storage_id = ?1",
					params![storage_id],
				)?;
			}
			Metadata::Postgres(client) => {
				client
					.execute(
						"WITH pending AS (DELETE FROM pending_anchors WHERE storage_id = $1)
						 DELETE FROM documents WHERE storage_id = $1",
						&[&storage_id],
					)
					.await
					.map_err(postgres_error)?;
			}
		}
		self.objects.delete(storage_id).await
	}

	/// The document anchored as `record`.
	pub async fn by_record(&self, record: u64) -> Result<Option<Document>, Error> {
		let record = to_i64(record)?;
		const QUERY: &str = "SELECT storage_id, record, first_version, patient, category, content_type, sha256, wrapped_key,
			 uploader, upload_audience, upload_nonce, upload_path, upload_signature
			 FROM documents WHERE record = ";
		match &self.metadata {
			Metadata::Sqlite(db) => Self::sqlite(db)?
				.query_row(&format!("{QUERY}?1"), params![record], |row| {
					Ok(Document {
						storage_id: row.get(0)?,
						record: to_u64(row.get(1)?),
						first_version: to_u64(row.get(2)?),
						patient: row.get(3)?,
						category: row.get(4)?,
						content_type: row.get(5)?,
						sha256: row.get(6)?,
						wrapped_key: row.get(7)?,
						upload: evidence([
							row.get(8)?,
							row.get(9)?,
							row.get(10)?,
							row.get(11)?,
							row.get(12)?,
						]),
					})
				})
				.optional()
				.map_err(sqlite_error),
			Metadata::Postgres(client) => {
				let row = client
					.query_opt(&format!("{QUERY}$1"), &[&record])
					.await
					.map_err(postgres_error)?;
				row.map(|row| {
					Ok(Document {
						storage_id: row.try_get(0)?,
						record: to_u64(row.try_get(1)?),
						first_version: to_u64(row.try_get(2)?),
						patient: row.try_get(3)?,
						category: row.try_get(4)?,
						content_type: row.try_get(5)?,
						sha256: row.try_get(6)?,
						wrapped_key: row.try_get(7)?,
						upload: evidence([
							row.try_get(8)?,
							row.try_get(9)?,
							row.try_get(10)?,
							row.try_get(11)?,
							row.try_get(12)?,
						]),
					})
				})
				.transpose()
				.map_err(postgres_error)
			}
		}
	}

	/// The record id of the document kept as `storage_id` (its locator's last segment).
	pub async fn record_of(&self, storage_id: &str) -> Result<Option<u64>, Error> {
		let found: Option<Option<i64>> = match &self.metadata {
			Metadata::Sqlite(db) => Self::sqlite(db)?
				.query_row(
					"SELECT record FROM documents WHERE storage_id = ?1",
					params![storage_id],
					|row| row.get(0),
				)
				.optional()
				.map_err(sqlite_error)?,
			Metadata::Postgres(client) => client
				.query_opt("SELECT record FROM documents WHERE storage_id = $1", &[&storage_id])
				.await
				.map_err(postgres_error)?
				.map(|row| row.try_get(0))
				.transpose()
				.map_err(postgres_error)?,
		};
		Ok(to_u64(found.flatten()))
	}

	/// The stored ciphertext of `storage_id`.
	pub async fn ciphertext(&self, storage_id: &str) -> Result<Option<Vec<u8>>, Error> {
		self.objects.get(storage_id).await
	}

	/// The size of the stored ciphertext of `storage_id`, without reading it.
	pub async fn ciphertext_size(&self, storage_id: &str) -> Result<Option<u64>, Error> {
		self.objects.size(storage_id).await
	}

	/// Crypto-shreds every document of the record whose first version is `first_version`:
	/// its wrapped key is destroyed (the row stays, so reads answer "erased") and its
	/// ciphertext deleted. Answers how many.
	pub async fn shred(&self, first_version: u64) -> Result<usize, Error> {
		let first = to_i64(first_version)?;
		let ids: Vec<String> = match &self.metadata {
			Metadata::Sqlite(db) => {
				let db = Self::sqlite(db)?;
				let ids = db
					.prepare("SELECT storage_id FROM documents WHERE first_version = ?1 AND NOT shredded")
					.and_then(|mut statement| {
						statement.query_map(params![first], |row| row.get(0))?.collect::<Result<Vec<String>, _>>()
					})
					.map_err(sqlite_error)?;
				db.execute(
					"UPDATE documents SET wrapped_key = NULL, shredded = TRUE WHERE first_version = ?1",
					params![first],
				)
				.map_err(sqlite_error)?;
				ids
			}
			Metadata::Postgres(client) => {
				let rows = client
					.query(
						"UPDATE documents SET wrapped_key = NULL, shredded = TRUE
						 WHERE first_version = $1 AND NOT shredded RETURNING storage_id",
						&[&first],
					)
					.await
					.map_err(postgres_error)?;
				rows.iter()
					.map(|row| row.try_get(0))
					.collect::<Result<_, _>>()
					.map_err(postgres_error)?
			}
		};
		for id in &ids {
			self.objects.delete(id).await?;
		}
		Ok(ids.len())
	}

	/// Makes this process the storage's only user, for as long as it runs: a second gateway on
	/// the same storage, or a KEK rotation while a gateway runs, is refused. SQLite: an
	/// exclusive lock on `gateway.lock` in the data directory; PostgreSQL: a session
	/// advisory lock on the database.
	pub async fn lock_exclusive(&mut self) -> Result<(), Error> {
		let held = || {
			Error::Input(
				"another gateway, or a KEK rotation, is using this storage; stop it first".into(),
			)
		};
		match &self.metadata {
			Metadata::Sqlite(_) => {
				let path = self.dir.join("gateway.lock");
				let file = std::fs::OpenOptions::new()
					.create(true)
					.truncate(false)
					.write(true)
					.open(&path)
					.map_err(|e| Error::file(&path, e))?;
				match file.try_lock() {
					Ok(()) => self.lock = Some(file),
					Err(std::fs::TryLockError::WouldBlock) => return Err(held()),
					Err(std::fs::TryLockError::Error(e)) => return Err(Error::file(&path, e)),
				}
			}
			Metadata::Postgres(client) => {
				let row = client
					.query_one("SELECT pg_try_advisory_lock($1)", &[&POSTGRES_LOCK])
					.await
					.map_err(postgres_error)?;
				if !row.try_get::<_, bool>(0).map_err(postgres_error)? {
					return Err(held());
				}
			}
		}
		Ok(())
	}

	/// Checks that `kek` is the KEK this storage's keys are wrapped under (its check value is
	/// kept in the database, written on first use and by each rotation).
	pub async fn check_kek(&self, kek: &Kek) -> Result<(), Error> {
		let mine = kek.check_value();
		let kept: Option<String> = match &self.metadata {
			Metadata::Sqlite(db) => {
				let db = Self::sqlite(db)?;
				db.execute(
					"INSERT INTO meta (key, value) VALUES ('kek_check', ?1) ON CONFLICT (key) DO NOTHING",
					params![mine],
				)
				.map_err(sqlite_error)?;
				db.query_row("SELECT value FROM meta WHERE key = 'kek_check'", [], |row| row.get(0))
					.optional()
					.map_err(sqlite_error)?
			}
			Metadata::Postgres(client) => {
				client
					.execute(
						"INSERT INTO meta (key, value) VALUES ('kek_check', $1) ON CONFLICT (key) DO NOTHING",
						&[&mine],
					)
					.await
					.map_err(postgres_error)?;
				client
					.query_opt("SELECT value FROM meta WHERE key = 'kek_check'", &[])
					.await
					.map_err(postgres_error)?
					.map(|row| row.try_get(0))
					.transpose()
					.map_err(postgres_error)?
			}
		};
		if kept.as_deref() != Some(mine.as_str()) {
			return Err(Error::Input(
				"this storage's keys are wrapped under another KEK (after a rotation, start with the new KEK file)".into(),
			));
		}
		Ok(())
	}

	/// KEK rotation: every wrapped key still kept is unwrapped with `old` and wrapped under
	/// `new`, in one transaction: all of them or, if any does not unwrap with `old` (the wrong
	/// KEK), none. Answers how many. The gateway must be stopped while it runs.
	pub async fn rewrap_keys(&mut self, old: &Kek, new: &Kek) -> Result<usize, Error> {
		let rewrap = |id: &str, wrapped: &[u8]| {
			envelope::rewrap_key(old, new, id, wrapped).unwrap_or_else(|| {
				Err(Error::Input(format!(
					"document {id}'s key does not unwrap with the old KEK: is it this gateway's KEK? Nothing was changed"
				)))
			})
		};
		self.check_kek(old).await?;
		const SELECT: &str =
			"SELECT storage_id, wrapped_key FROM documents WHERE wrapped_key IS NOT NULL";
		match &mut self.metadata {
			Metadata::Sqlite(db) => {
				let db = db
					.get_mut()
					.map_err(|_| Error::Other("the gateway's database lock is poisoned".into()))?;
				let transaction = db.transaction().map_err(sqlite_error)?;
				let rows = transaction
					.prepare(SELECT)
					.and_then(|mut statement| {
						statement
							.query_map([], |row| {
								Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?))
							})?
							.collect::<Result<Vec<_>, _>>()
					})
					.map_err(sqlite_error)?;
				for (id, wrapped) in &rows {
					transaction
						.execute(
							"UPDATE documents SET wrapped_key = ?1 WHERE storage_id = ?2 AND wrapped_key = ?3 AND NOT shredded",
							params![rewrap(id, wrapped)?, id, wrapped],
						)
						.map_err(sqlite_error)?;
				}
				transaction
					.execute(
						"INSERT INTO meta (key, value) VALUES ('kek_check', ?1) ON CONFLICT (key) DO UPDATE SET value = ?1",
						params![new.check_value()],
					)
					.map_err(sqlite_error)?;
				transaction.commit().map_err(sqlite_error)?;
				Ok(rows.len())
			}
			Metadata::Postgres(client) => {
				let transaction = client.transaction().await.map_err(postgres_error)?;
				let rows = transaction.query(SELECT, &[]).await.map_err(postgres_error)?;
				for row in &rows {
					let id: String = row.try_get(0).map_err(postgres_error)?;
					let wrapped: Vec<u8> = row.try_get(1).map_err(postgres_error)?;
					transaction
						.execute(
							"UPDATE documents SET wrapped_key = $1 WHERE storage_id = $2 AND wrapped_key = $3 AND NOT shredded",
							&[&rewrap(&id, &wrapped)?, &id, &wrapped],
						)
						.await
						.map_err(postgres_error)?;
				}
				transaction
					.execute(
						"INSERT INTO meta (key, value) VALUES ('kek_check', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
						&[&new.check_value()],
					)
					.await
					.map_err(postgres_error)?;
				transaction.commit().await.map_err(postgres_error)?;
				Ok(rows.len())
			}
		}
	}

	/// The record ids of the documents kept (not shredded) that have one.
	pub async fn kept_records(&self) -> Result<Vec<u64>, Error> {
		const QUERY: &str =
			"SELECT record FROM documents WHERE NOT shredded AND record IS NOT NULL";
		let records: Vec<Option<i64>> = match &self.metadata {
			Metadata::Sqlite(db) => Self::sqlite(db)?
				.prepare(QUERY)
				.and_then(|mut statement| {
					statement.query_map([], |row| row.get(0))?.collect::<Result<Vec<_>, _>>()
				})
				.map_err(sqlite_error)?,
			Metadata::Postgres(client) => client
				.query(QUERY, &[])
				.await
				.map_err(postgres_error)?
				.iter()
				.map(|row| row.try_get(0))
				.collect::<Result<Vec<_>, _>>()
				.map_err(postgres_error)?,
		};
		Ok(records.into_iter().filter_map(to_u64).collect())
	}

	/// Whether the patient's access-log entry `index` already released a document.
	pub async fn is_claimed(&self, patient: &str, index: u64) -> Result<bool, Error> {
		let index = to_i64(index)?;
		match &self.metadata {
			Metadata::Sqlite(db) => Self::sqlite(db)?
				.query_row(
					"SELECT 1 FROM releases WHERE patient = ?1 AND log_index = ?2",
					params![patient, index],
					|_| Ok(()),
				)
				.optional()
				.map(|found| found.is_some())
				.map_err(sqlite_error),
			Metadata::Postgres(client) => client
				.query_opt(
					"SELECT 1 FROM releases WHERE patient = $1 AND log_index = $2",
					&[&patient, &index],
				)
				.await
				.map(|found| found.is_some())
				.map_err(postgres_error),
		}
	}

	/// Marks the patient's access-log entry `index` as used by a release of `record`; false if
	/// another release used it first.
	pub async fn claim(&self, patient: &str, index: u64, record: u64) -> Result<bool, Error> {
		let index = to_i64(index)?;
		let record = to_i64(record)?;
		let inserted = match &self.metadata {
			Metadata::Sqlite(db) => Self::sqlite(db)?
				.execute(
					"INSERT INTO releases (patient, log_index, record) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
					params![patient, index, record],
				)
				.map_err(sqlite_error)? as u64,
			Metadata::Postgres(client) => client
				.execute(
					"INSERT INTO releases (patient, log_index, record) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
					&[&patient, &index, &record],
				)
				.await
				.map_err(postgres_error)?,
		};
		Ok(inserted == 1)
	}
}
