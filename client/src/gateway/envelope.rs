//! Envelope encryption: each document under its own data key (XChaCha20-Poly1305, a fresh
//! key and a random 24-byte nonce), the data key wrapped under the organisation's
//! key-encryption key (KEK) with the document's storage id as associated data, so a wrapped
//! key moved to another document does not unwrap.

use chacha20poly1305::{
	aead::{Aead, KeyInit, Payload},
	XChaCha20Poly1305, XNonce,
};

use crate::Error;

/// Bytes of a key (data key or KEK).
pub const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;

/// The organisation's key-encryption key. Never printed: no `Debug`.
pub struct Kek([u8; KEY_LEN]);

impl PartialEq for Kek {
	/// In constant time: a KEK is a secret.
	fn eq(&self, other: &Self) -> bool {
		self.0.iter().zip(other.0.iter()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
	}
}

impl Kek {
	/// The KEK in a file: 32 bytes written as 64 hex digits (whitespace around is ignored).
	pub fn from_file(path: &std::path::Path) -> Result<Self, Error> {
		let text = std::fs::read_to_string(path).map_err(|e| Error::file(path, e))?;
		let mut key = [0u8; KEY_LEN];
		hex::decode_to_slice(text.trim(), &mut key).map_err(|_| Error::File {
			path: path.to_path_buf(),
			reason: "not a key-encryption key: 64 hex digits (32 bytes)".into(),
		})?;
		Ok(Self(key))
	}

	/// A new random KEK, as 64 hex digits (for `gateway --init-kek`).
	pub fn generate_hex() -> Result<String, Error> {
		Ok(hex::encode(random::<KEY_LEN>()?))
	}
}

/// `N` random bytes from the operating system.
pub fn random<const N: usize>() -> Result<[u8; N], Error> {
	let mut bytes = [0u8; N];
	getrandom::getrandom(&mut bytes)
		.map_err(|e| Error::Other(format!("no randomness from the operating system: {e}")))?;
	Ok(bytes)
}

fn seal(key: &[u8; KEY_LEN], plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>, Error> {
	let nonce = random::<NONCE_LEN>()?;
	let cipher = XChaCha20Poly1305::new(key.into());
	let sealed = cipher
		.encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad })
		.map_err(|_| Error::Other("encryption failed".into()))?;
	let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
	out.extend_from_slice(&nonce);
	out.extend_from_slice(&sealed);
	Ok(out)
}

fn open(key: &[u8; KEY_LEN], sealed: &[u8], aad: &[u8]) -> Option<Vec<u8>> {
	let (nonce, body) = sealed.split_at_checked(NONCE_LEN)?;
	XChaCha20Poly1305::new(key.into())
		.decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad })
		.ok()
}

/// A document encrypted under a fresh data key: the ciphertext (nonce ‖ sealed document) and
/// the data key wrapped under the KEK.
pub struct Sealed {
	pub ciphertext: Vec<u8>,
	pub wrapped_key: Vec<u8>,
}

/// Encrypts `document` for storage as `storage_id`.
pub fn seal_document(kek: &Kek, storage_id: &str, document: &[u8]) -> Result<Sealed, Error> {
	let data_key = random::<KEY_LEN>()?;
	let ciphertext = seal(&data_key, document, storage_id.as_bytes())?;
	let wrapped_key = seal(&kek.0, &data_key, storage_id.as_bytes())?;
	Ok(Sealed { ciphertext, wrapped_key })
}

/// Decrypts a stored document; `None` if the key does not unwrap or the ciphertext does not
/// authenticate (tampered, or another document's).
pub fn open_document(
	kek: &Kek,
	storage_id: &str,
	wrapped_key: &[u8],
	ciphertext: &[u8],
) -> Option<Vec<u8>> {
	let data_key: [u8; KEY_LEN] =
		open(&kek.0, wrapped_key, storage_id.as_bytes())?.try_into().ok()?;
	open(&data_key, ciphertext, storage_id.as_bytes())
}

impl Kek {
	/// A value that names this KEK without revealing it (BLAKE2-256 of the key and a fixed
	/// label, in hex): the storage keeps it, so a gateway started with another KEK than the
	/// one its keys are wrapped under refuses to start.
	pub fn check_value(&self) -> String {
		let mut preimage = self.0.to_vec();
		preimage.extend_from_slice(b"healthchain-gateway:kek-check:v1");
		hex::encode(crate::hashing::blake2_256(&preimage))
	}
}

/// The data key of `storage_id`, unwrapped with `old` and wrapped again under `new` (KEK
/// rotation: the ciphertext does not change); `None` if `old` does not unwrap it.
pub fn rewrap_key(
	old: &Kek,
	new: &Kek,
	storage_id: &str,
	wrapped_key: &[u8],
) -> Option<Result<Vec<u8>, Error>> {
	let data_key = open(&old.0, wrapped_key, storage_id.as_bytes())?;
	Some(seal(&new.0, &data_key, storage_id.as_bytes()))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_rewrapped_key_opens_the_same_document_under_the_new_kek_only() {
		let old = Kek([1; KEY_LEN]);
		let new = Kek([2; KEY_LEN]);
		let sealed = seal_document(&old, "doc", b"a synthetic note").unwrap();
		let rewrapped = rewrap_key(&old, &new, "doc", &sealed.wrapped_key).unwrap().unwrap();
		assert_eq!(
			open_document(&new, "doc", &rewrapped, &sealed.ciphertext).as_deref(),
			Some(&b"a synthetic note"[..])
		);
		assert!(open_document(&old, "doc", &rewrapped, &sealed.ciphertext).is_none());
		// Only with the KEK that wrapped it, and only for its own document.
		assert!(rewrap_key(&new, &old, "doc", &sealed.wrapped_key).is_none());
		assert!(rewrap_key(&old, &new, "other", &sealed.wrapped_key).is_none());
	}

	#[test]
	fn a_document_opens_only_with_its_key_its_id_and_unaltered() {
		let kek = Kek(random().expect("randomness"));
		let sealed = seal_document(&kek, "a", b"discharge summary").expect("seals");
		assert!(
			!sealed.ciphertext.windows(9).any(|w| w == b"discharge"),
			"no plaintext in the ciphertext"
		);
		assert_eq!(
			open_document(&kek, "a", &sealed.wrapped_key, &sealed.ciphertext).as_deref(),
			Some(&b"discharge summary"[..])
		);
		assert_eq!(
			open_document(&kek, "b", &sealed.wrapped_key, &sealed.ciphertext),
			None,
			"another id"
		);
		let other = Kek(random().expect("randomness"));
		assert_eq!(
			open_document(&other, "a", &sealed.wrapped_key, &sealed.ciphertext),
			None,
			"another KEK"
		);
		let mut flipped = sealed.ciphertext.clone();
		let last = flipped.len() - 1;
		flipped[last] ^= 1;
		assert_eq!(open_document(&kek, "a", &sealed.wrapped_key, &flipped), None, "a flipped byte");
		let again = seal_document(&kek, "a", b"discharge summary").expect("seals");
		assert_ne!(again.ciphertext, sealed.ciphertext, "a fresh key and nonce each time");
	}
}
