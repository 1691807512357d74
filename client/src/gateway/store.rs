//! The gateway's embedded storage: SQLite for each document's metadata and wrapped key, a
//! directory for the ciphertexts (`objects/<storage id>`).

use std::{
	io::Write,
	path::{Path, PathBuf},
	sync::Mutex,
};

use rusqlite::{params, Connection, OptionalExtension};

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
}

/// SQLite and the object directory.
pub struct Store {
	db: Mutex<Connection>,
	objects: PathBuf,
}

fn db_error(e: rusqlite::Error) -> Error {
	Error::Other(format!("the gateway's database: {e}"))
}

impl Store {
	/// Opens (creating) the store in `dir`.
	pub fn open(dir: &Path) -> Result<Self, Error> {
		let objects = dir.join("objects");
		std::fs::create_dir_all(&objects).map_err(|e| Error::file(&objects, e))?;
		let db = Connection::open(dir.join("gateway.sqlite3")).map_err(db_error)?;
		db.execute_batch(
			"PRAGMA journal_mode = WAL;
			 PRAGMA synchronous = FULL;
			 CREATE TABLE IF NOT EXISTS documents (
				storage_id    TEXT PRIMARY KEY,
				record        INTEGER UNIQUE,
				first_version INTEGER,
				patient       TEXT NOT NULL,
				category      TEXT NOT NULL,
				content_type  TEXT NOT NULL,
				sha256        TEXT NOT NULL,
				wrapped_key   BLOB,
				shredded      INTEGER NOT NULL DEFAULT 0
			 );
			 CREATE TABLE IF NOT EXISTS releases (
				patient       TEXT NOT NULL,
				log_index     INTEGER NOT NULL,
				record        INTEGER NOT NULL,
				PRIMARY KEY (patient, log_index)
			 );",
		)
		.map_err(db_error)?;
		Ok(Self { db: Mutex::new(db), objects })
	}

	fn db(&self) -> Result<std::sync::MutexGuard<'_, Connection>, Error> {
		self.db.lock().map_err(|_| Error::Other("the gateway's database lock is poisoned".into()))
	}

	fn object_path(&self, storage_id: &str) -> PathBuf {
		self.objects.join(storage_id)
	}

	/// Keeps a new document's ciphertext (written and synced before it is renamed into place)
	/// and its row, not yet anchored.
	pub fn put(&self, document: &Document, ciphertext: &[u8]) -> Result<(), Error> {
		let path = self.object_path(&document.storage_id);
		let partial = path.with_extension("partial");
		let mut file = std::fs::File::create(&partial).map_err(|e| Error::file(&partial, e))?;
		file.write_all(ciphertext)
			.and_then(|()| file.sync_all())
			.map_err(|e| Error::file(&partial, e))?;
		std::fs::rename(&partial, &path).map_err(|e| Error::file(&path, e))?;
		self.db()?
			.execute(
				"INSERT INTO documents (storage_id, patient, category, content_type, sha256, wrapped_key)
				 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
				params![
					document.storage_id,
					document.patient,
					document.category,
					document.content_type,
					document.sha256,
					document.wrapped_key
				],
			)
			.map_err(db_error)?;
		Ok(())
	}

	/// Records the chain's record id of an anchored document.
	pub fn set_record(&self, storage_id: &str, record: u64) -> Result<(), Error> {
		let record =
			i64::try_from(record).map_err(|_| Error::Other("record id too large".into()))?;
		self.db()?
			.execute(
				"UPDATE documents SET record = ?1, first_version = ?1 WHERE storage_id = ?2",
				params![record, storage_id],
			)
			.map_err(db_error)?;
		Ok(())
	}

	/// Forgets a document the chain refused to anchor.
	pub fn remove(&self, storage_id: &str) -> Result<(), Error> {
		self.db()?
			.execute("DELETE FROM documents WHERE storage_id = ?1", params![storage_id])
			.map_err(db_error)?;
		let path = self.object_path(storage_id);
		match std::fs::remove_file(&path) {
			Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::file(&path, e)),
			_ => Ok(()),
		}
	}

	/// The document anchored as `record`.
	pub fn by_record(&self, record: u64) -> Result<Option<Document>, Error> {
		let record =
			i64::try_from(record).map_err(|_| Error::Input("record id too large".into()))?;
		self.db()?
			.query_row(
				"SELECT storage_id, record, first_version, patient, category, content_type, sha256, wrapped_key
				 FROM documents WHERE record = ?1",
				params![record],
				|row| {
					Ok(Document {
						storage_id: row.get(0)?,
						record: row.get::<_, Option<i64>>(1)?.map(|r| r as u64),
						first_version: row.get::<_, Option<i64>>(2)?.map(|r| r as u64),
						patient: row.get(3)?,
						category: row.get(4)?,
						content_type: row.get(5)?,
						sha256: row.get(6)?,
						wrapped_key: row.get(7)?,
					})
				},
			)
			.optional()
			.map_err(db_error)
	}

	/// The record id of the document kept as `storage_id` (its locator's last segment).
	pub fn record_of(&self, storage_id: &str) -> Result<Option<u64>, Error> {
		Ok(self
			.db()?
			.query_row(
				"SELECT record FROM documents WHERE storage_id = ?1",
				params![storage_id],
				|row| row.get::<_, Option<i64>>(0),
			)
			.optional()
			.map_err(db_error)?
			.flatten()
			.map(|r| r as u64))
	}

	/// The stored ciphertext of `storage_id`.
	pub fn ciphertext(&self, storage_id: &str) -> Result<Option<Vec<u8>>, Error> {
		let path = self.object_path(storage_id);
		match std::fs::read(&path) {
			Ok(bytes) => Ok(Some(bytes)),
			Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
			Err(e) => Err(Error::file(&path, e)),
		}
	}

	/// Crypto-shreds every document of the record whose first version is `first_version`:
	/// its wrapped key is destroyed and its ciphertext deleted. Answers how many.
	pub fn shred(&self, first_version: u64) -> Result<usize, Error> {
		let first =
			i64::try_from(first_version).map_err(|_| Error::Other("record id too large".into()))?;
		let db = self.db()?;
		let ids: Vec<String> = db
			.prepare("SELECT storage_id FROM documents WHERE first_version = ?1 AND shredded = 0")
			.and_then(|mut statement| {
				statement
					.query_map(params![first], |row| row.get(0))?
					.collect::<Result<Vec<String>, _>>()
			})
			.map_err(db_error)?;
		for id in &ids {
			db.execute(
				"UPDATE documents SET wrapped_key = NULL, shredded = 1 WHERE storage_id = ?1",
				params![id],
			)
			.map_err(db_error)?;
			let path = self.object_path(id);
			match std::fs::remove_file(&path) {
				Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
					return Err(Error::file(&path, e))
				}
				_ => {}
			}
		}
		Ok(ids.len())
	}

	/// Whether the patient's access-log entry `index` already released a document.
	pub fn is_claimed(&self, patient: &str, index: u64) -> Result<bool, Error> {
		let index = i64::try_from(index).map_err(|_| Error::Other("log index too large".into()))?;
		self.db()?
			.query_row(
				"SELECT 1 FROM releases WHERE patient = ?1 AND log_index = ?2",
				params![patient, index],
				|_| Ok(()),
			)
			.optional()
			.map(|found| found.is_some())
			.map_err(db_error)
	}

	/// Marks the patient's access-log entry `index` as used by a release of `record`; false if
	/// another release used it first.
	pub fn claim(&self, patient: &str, index: u64, record: u64) -> Result<bool, Error> {
		let index = i64::try_from(index).map_err(|_| Error::Other("log index too large".into()))?;
		let record =
			i64::try_from(record).map_err(|_| Error::Other("record id too large".into()))?;
		let inserted = self
			.db()?
			.execute(
				"INSERT OR IGNORE INTO releases (patient, log_index, record) VALUES (?1, ?2, ?3)",
				params![patient, index, record],
			)
			.map_err(db_error)?;
		Ok(inserted == 1)
	}

	/// Whether the object file of `storage_id` exists (for tests and operators).
	pub fn has_object(&self, storage_id: &str) -> bool {
		self.object_path(storage_id).exists()
	}
}
