//! Who is asking: a reader (or uploader) proves control of a chain account by signing, with
//! its sr25519 key, a one-time nonce the gateway issued, bound to the request's method and
//! path. Nonces live two minutes, are used once, and at most `MAX_NONCES` are outstanding.

use std::{
	collections::HashMap,
	sync::Mutex,
	time::{Duration, Instant},
};

use subxt_signer::sr25519;

use crate::{parse_account, AccountId};

/// How long an issued nonce may be used.
pub const NONCE_LIFETIME: Duration = Duration::from_secs(120);
/// The most nonces outstanding at once: more requests for one are refused until some expire.
pub const MAX_NONCES: usize = 10_000;

/// The message a client signs: `healthchain-gateway:v1:<nonce>:<METHOD>:<path and query>`,
/// then, for a request with a body, `:` and the body's SHA-256 in hex: the signature covers
/// what is uploaded, for whom and as what.
pub fn message(nonce: &str, method: &str, path: &str) -> String {
	format!("healthchain-gateway:v1:{nonce}:{method}:{path}")
}

/// The headers a signed request carries, as a client sets them.
pub const ACCOUNT_HEADER: &str = "x-healthchain-account";
pub const NONCE_HEADER: &str = "x-healthchain-nonce";
pub const SIGNATURE_HEADER: &str = "x-healthchain-signature";

/// The nonces issued and not yet used.
#[derive(Default)]
pub struct Nonces {
	issued: Mutex<HashMap<String, Instant>>,
}

/// Why a request's proof of account was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum AuthError {
	/// A header is missing or malformed.
	Missing(&'static str),
	/// The nonce was never issued, was used, or expired.
	StaleNonce,
	/// The signature does not verify for the account.
	BadSignature,
	/// Too many nonces outstanding.
	Busy,
}

impl std::fmt::Display for AuthError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Self::Missing(what) => write!(f, "missing or malformed {what}"),
			Self::StaleNonce => {
				write!(f, "the nonce is unknown, used or expired: ask /auth/nonce for another")
			}
			Self::BadSignature => write!(f, "the signature does not verify for the account"),
			Self::Busy => write!(f, "too many nonces outstanding; try again shortly"),
		}
	}
}

impl Nonces {
	/// A new nonce (32 random bytes, hex).
	pub fn issue(&self) -> Result<String, AuthError> {
		let now = Instant::now();
		let mut issued = self.issued.lock().map_err(|_| AuthError::Busy)?;
		issued.retain(|_, at| now.duration_since(*at) < NONCE_LIFETIME);
		if issued.len() >= MAX_NONCES {
			return Err(AuthError::Busy);
		}
		let nonce = hex::encode(super::envelope::random::<32>().map_err(|_| AuthError::Busy)?);
		issued.insert(nonce.clone(), now);
		Ok(nonce)
	}

	/// The account that signed this request, the nonce used up.
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
		{
			let mut issued = self.issued.lock().map_err(|_| AuthError::Busy)?;
			match issued.remove(nonce) {
				Some(at) if at.elapsed() < NONCE_LIFETIME => {}
				_ => return Err(AuthError::StaleNonce),
			}
		}
		let public = sr25519::PublicKey(account.0);
		if sr25519::verify(&sr25519::Signature(bytes), message(nonce, method, path), &public) {
			Ok(account)
		} else {
			Err(AuthError::BadSignature)
		}
	}
}

/// Signs a request for the gateway: the three headers' values (account, nonce, signature).
pub fn sign(
	keypair: &sr25519::Keypair,
	nonce: &str,
	method: &str,
	path: &str,
) -> [(String, String); 3] {
	let signature = keypair.sign(message(nonce, method, path).as_bytes());
	[
		(ACCOUNT_HEADER.into(), keypair.public_key().to_account_id().to_string()),
		(NONCE_HEADER.into(), nonce.into()),
		(SIGNATURE_HEADER.into(), format!("0x{}", hex::encode(signature.0))),
	]
}

#[cfg(test)]
mod tests {
	use super::*;

	fn dave() -> sr25519::Keypair {
		crate::KeySource::Uri("//Dave".into()).keypair().expect("dev URI")
	}

	fn headers(h: &[(String, String); 3]) -> (Option<&str>, Option<&str>, Option<&str>) {
		(Some(h[0].1.as_str()), Some(h[1].1.as_str()), Some(h[2].1.as_str()))
	}

	#[test]
	fn a_signed_nonce_proves_the_account_once_for_its_request_only() {
		let nonces = Nonces::default();
		let nonce = nonces.issue().expect("a nonce");
		let signed = sign(&dave(), &nonce, "GET", "/records/1");
		let (a, n, s) = headers(&signed);
		// Another path or method does not verify (and uses the nonce up).
		assert_eq!(nonces.verify(a, n, s, "GET", "/records/2"), Err(AuthError::BadSignature));
		let nonce = nonces.issue().expect("a nonce");
		let signed = sign(&dave(), &nonce, "GET", "/records/1");
		let (a, n, s) = headers(&signed);
		let account = nonces.verify(a, n, s, "GET", "/records/1").expect("verifies");
		assert_eq!(account, dave().public_key().to_account_id());
		assert_eq!(
			nonces.verify(a, n, s, "GET", "/records/1"),
			Err(AuthError::StaleNonce),
			"replayed"
		);
		// A nonce the gateway never issued, and another account claiming the signature.
		let forged = sign(&dave(), "00", "GET", "/records/1");
		let (a, n, s) = headers(&forged);
		assert_eq!(nonces.verify(a, n, s, "GET", "/records/1"), Err(AuthError::StaleNonce));
		let nonce = nonces.issue().expect("a nonce");
		let signed = sign(&dave(), &nonce, "GET", "/records/1");
		let eve = crate::KeySource::Uri("//Eve".into()).keypair().expect("dev URI");
		let eve = eve.public_key().to_account_id().to_string();
		assert_eq!(
			nonces.verify(Some(&eve), Some(&nonce), Some(&signed[2].1), "GET", "/records/1"),
			Err(AuthError::BadSignature)
		);
		assert_eq!(
			nonces.verify(None, Some(&nonce), None, "GET", "/"),
			Err(AuthError::Missing(ACCOUNT_HEADER))
		);
	}
}
