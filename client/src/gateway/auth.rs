//! Who is asking: a reader (or uploader) proves control of a chain account by signing, with
//! its sr25519 key, a nonce this gateway issued, bound to this gateway (its public URL), the
//! request's method and path, and for an upload, the body.
//!
//! Nonces are stateless: the issue time, 16 random bytes and a tag (keyed BLAKE2-256 under a
//! secret the gateway draws at start) that proves the gateway made them, so issuing one holds
//! no memory and nobody can exhaust a pool of them. A nonce is good for two minutes, and once:
//! the nonces of verified requests are remembered until they expire.

use std::{collections::HashMap, sync::Mutex, time::Duration};

use subxt_signer::sr25519;

use crate::{hashing, parse_account, AccountId};

/// How long an issued nonce may be used.
pub const NONCE_LIFETIME: Duration = Duration::from_secs(120);

/// The headers a signed request carries.
pub const ACCOUNT_HEADER: &str = "x-healthchain-account";
pub const NONCE_HEADER: &str = "x-healthchain-nonce";
pub const SIGNATURE_HEADER: &str = "x-healthchain-signature";
/// An upload's body's SHA-256 (hex), the one its signature covers: the gateway checks the
/// signature before it takes in the body, then the body against it.
pub const CONTENT_HASH_HEADER: &str = "x-healthchain-content-sha256";

/// The message a client signs: `healthchain-gateway:v1:<audience>:<nonce>:<METHOD>:<path and
/// query>`, then, for a request with a body, `:` and the body's SHA-256 in hex. The audience
/// is the gateway's public URL (`/auth/nonce` says it), so a signature made for one gateway
/// is worth nothing at another. A signature over the message wrapped in `<Bytes>…</Bytes>`
/// (what the Polkadot.js extension's `signRaw` signs) is accepted too.
pub fn message(audience: &str, nonce: &str, method: &str, path: &str) -> String {
	format!("healthchain-gateway:v1:{audience}:{nonce}:{method}:{path}")
}

/// What a signature covers of a request: its path and query, and for a request with a body,
/// `:` and the body's SHA-256 in hex (the `path` of [`message`]).
pub fn covered(path: &str, body: Option<&[u8]>) -> String {
	match body {
		Some(body) => covered_hash(path, &hashing::sha256(body)),
		None => path.to_string(),
	}
}

/// [`covered`] for a request whose body's SHA-256 is `body_hash` (an upload's declared one).
pub fn covered_hash(path: &str, body_hash: &hashing::Hash) -> String {
	format!("{path}:{}", hex::encode(body_hash))
}

/// Issues and checks nonces.
pub struct Nonces {
	secret: [u8; 32],
	audience: String,
	used: Mutex<Used>,
}

/// The nonces of verified requests, by nonce, with their issue time; expired ones are dropped
/// once a lifetime, not on every request.
#[derive(Default)]
struct Used {
	nonces: HashMap<String, u64>,
	pruned_at: u64,
}

/// Why a request's proof of account was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum AuthError {
	/// A header is missing or malformed.
	Missing(&'static str),
	/// The nonce was not issued by this gateway, was used, or expired.
	StaleNonce,
	/// The signature does not verify for the account.
	BadSignature,
}

impl std::fmt::Display for AuthError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Self::Missing(what) => write!(f, "missing or malformed {what}"),
			Self::StaleNonce => {
				write!(
					f,
					"the nonce is not this gateway's, used or expired: ask /auth/nonce for another"
				)
			}
			Self::BadSignature => write!(f, "the signature does not verify for the account"),
		}
	}
}

/// Equal, in time that does not depend on where the first difference is.
fn same(a: &[u8], b: &[u8]) -> bool {
	a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

impl Nonces {
	/// Nonces for the gateway at `audience` (its public URL), under a fresh secret.
	pub fn new(audience: &str) -> Result<Self, crate::Error> {
		Ok(Self {
			secret: super::envelope::random()?,
			audience: audience.into(),
			used: Mutex::default(),
		})
	}

	/// What signed messages name as this gateway.
	pub fn audience(&self) -> &str {
		&self.audience
	}

	fn tag(&self, body: &[u8]) -> [u8; 16] {
		let mut preimage = Vec::with_capacity(32 + body.len());
		preimage.extend_from_slice(&self.secret);
		preimage.extend_from_slice(body);
		let mut tag = [0u8; 16];
		tag.copy_from_slice(&hashing::blake2_256(&preimage)[..16]);
		tag
	}

	/// A new nonce: 40 bytes in hex (issue time, randomness, tag).
	pub fn issue(&self) -> Result<String, crate::Error> {
		let mut body = [0u8; 24];
		body[..8].copy_from_slice(&super::now_ms().to_be_bytes());
		body[8..].copy_from_slice(&super::envelope::random::<16>()?);
		Ok(format!("{}{}", hex::encode(body), hex::encode(self.tag(&body))))
	}

	/// The account that signed this request; its nonce is used up.
	pub fn verify(
		&self,
		account: Option<&str>,
		nonce: Option<&str>,
		signature: Option<&str>,
		method: &str,
		path: &str,
	) -> Result<AccountId, AuthError> {
		let account = parse_account(account.ok_or(AuthError::Missing(ACCOUNT_HEADER))?)
			.map_err(|_| AuthError::Missing(ACCOUNT_HEADER))?;
		let nonce = nonce.ok_or(AuthError::Missing(NONCE_HEADER))?;
		let signature = signature.ok_or(AuthError::Missing(SIGNATURE_HEADER))?;
		let mut bytes = [0u8; 64];
		hex::decode_to_slice(signature.strip_prefix("0x").unwrap_or(signature), &mut bytes)
			.map_err(|_| AuthError::Missing(SIGNATURE_HEADER))?;
		// Made here, and recent.
		let mut raw = [0u8; 40];
		hex::decode_to_slice(nonce, &mut raw).map_err(|_| AuthError::StaleNonce)?;
		let (body, tag) = raw.split_at(24);
		if !same(&self.tag(body), tag) {
			return Err(AuthError::StaleNonce);
		}
		let mut issued = [0u8; 8];
		issued.copy_from_slice(&body[..8]);
		let issued = u64::from_be_bytes(issued);
		let now = super::now_ms();
		if issued > now || now - issued >= NONCE_LIFETIME.as_millis() as u64 {
			return Err(AuthError::StaleNonce);
		}
		let public = sr25519::PublicKey(account.0);
		let message = message(&self.audience, nonce, method, path);
		let signed = sr25519::verify(&sr25519::Signature(bytes), &message, &public)
			|| sr25519::verify(
				&sr25519::Signature(bytes),
				format!("<Bytes>{message}</Bytes>"),
				&public,
			);
		if !signed {
			return Err(AuthError::BadSignature);
		}
		// Once.
		let lifetime = NONCE_LIFETIME.as_millis() as u64;
		let mut used = self.used.lock().map_err(|_| AuthError::StaleNonce)?;
		if now.saturating_sub(used.pruned_at) >= lifetime {
			used.nonces.retain(|_, at| now.saturating_sub(*at) < lifetime);
			used.pruned_at = now;
		}
		if used.nonces.insert(nonce.to_string(), issued).is_some() {
			return Err(AuthError::StaleNonce);
		}
		Ok(account)
	}
}

/// Signs a request for the gateway at `audience`: the three headers (account, nonce, signature).
pub fn sign(
	keypair: &sr25519::Keypair,
	audience: &str,
	nonce: &str,
	method: &str,
	path: &str,
) -> [(String, String); 3] {
	let signature = keypair.sign(message(audience, nonce, method, path).as_bytes());
	[
		(ACCOUNT_HEADER.into(), keypair.public_key().to_account_id().to_string()),
		(NONCE_HEADER.into(), nonce.into()),
		(SIGNATURE_HEADER.into(), format!("0x{}", hex::encode(signature.0))),
	]
}

/// The headers of a signed request: [`sign`]'s over [`covered`]`(path, body)`, and for a
/// request with a body, [`CONTENT_HASH_HEADER`].
pub fn sign_request(
	keypair: &sr25519::Keypair,
	audience: &str,
	nonce: &str,
	method: &str,
	path: &str,
	body: Option<&[u8]>,
) -> Vec<(String, String)> {
	let mut headers = sign(keypair, audience, nonce, method, &covered(path, body)).to_vec();
	if let Some(body) = body {
		headers.push((CONTENT_HASH_HEADER.into(), hex::encode(hashing::sha256(body))));
	}
	headers
}

#[cfg(test)]
mod tests {
	use super::*;

	const HERE: &str = "https://records.hospital.example";

	fn dave() -> sr25519::Keypair {
		crate::KeySource::Uri("//Dave".into()).keypair().expect("dev URI")
	}

	fn verify(
		nonces: &Nonces,
		h: &[(String, String); 3],
		path: &str,
	) -> Result<AccountId, AuthError> {
		nonces.verify(Some(&h[0].1), Some(&h[1].1), Some(&h[2].1), "GET", path)
	}

	#[test]
	fn a_signed_nonce_proves_the_account_once_for_its_gateway_and_request_only() {
		let nonces = Nonces::new(HERE).expect("randomness");
		let nonce = nonces.issue().expect("a nonce");
		// Another path, or another gateway, does not verify, and does not use the nonce up.
		assert_eq!(
			verify(&nonces, &sign(&dave(), HERE, &nonce, "GET", "/records/2"), "/records/1"),
			Err(AuthError::BadSignature)
		);
		let elsewhere = sign(&dave(), "https://evil.example", &nonce, "GET", "/records/1");
		assert_eq!(verify(&nonces, &elsewhere, "/records/1"), Err(AuthError::BadSignature));
		let signed = sign(&dave(), HERE, &nonce, "GET", "/records/1");
		assert_eq!(verify(&nonces, &signed, "/records/1"), Ok(dave().public_key().to_account_id()));
		assert_eq!(verify(&nonces, &signed, "/records/1"), Err(AuthError::StaleNonce), "replayed");
		// A nonce of another gateway (another secret), and a forged one.
		let other = Nonces::new(HERE).expect("randomness");
		let foreign = other.issue().expect("a nonce");
		assert_eq!(
			verify(&nonces, &sign(&dave(), HERE, &foreign, "GET", "/"), "/"),
			Err(AuthError::StaleNonce)
		);
		let mut forged = nonces.issue().expect("a nonce");
		forged.replace_range(0..2, if forged.starts_with("00") { "01" } else { "00" });
		assert_eq!(
			verify(&nonces, &sign(&dave(), HERE, &forged, "GET", "/"), "/"),
			Err(AuthError::StaleNonce)
		);
		// Another account claiming the signature; a signature of the <Bytes>-wrapped message.
		let nonce = nonces.issue().expect("a nonce");
		let signed = sign(&dave(), HERE, &nonce, "GET", "/records/1");
		let eve = crate::KeySource::Uri("//Eve".into()).keypair().expect("dev URI");
		let eve = eve.public_key().to_account_id().to_string();
		assert_eq!(
			nonces.verify(Some(&eve), Some(&nonce), Some(&signed[2].1), "GET", "/records/1"),
			Err(AuthError::BadSignature)
		);
		let wrapped = dave().sign(
			format!("<Bytes>{}</Bytes>", message(HERE, &nonce, "GET", "/records/1")).as_bytes(),
		);
		let wrapped = format!("0x{}", hex::encode(wrapped.0));
		assert!(nonces
			.verify(Some(&signed[0].1), Some(&nonce), Some(&wrapped), "GET", "/records/1")
			.is_ok());
		assert_eq!(
			nonces.verify(None, Some(&nonce), None, "GET", "/"),
			Err(AuthError::Missing(ACCOUNT_HEADER))
		);
	}
}
