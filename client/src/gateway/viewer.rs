//! The web viewer: a page for patients (their records, grants and access log; revoking a
//! grant) and clinicians (opening a record they may read). It is static: `npm run build` in
//! `client/viewer` writes its three files, which the gateway reads once at start from the
//! directory `--viewer` names and serves under `/viewer/`. The browser talks to the chain
//! itself (the node's WebSocket RPC) and signs with the reader's own key (the Polkadot.js
//! extension, or in development the well-known development keys): the gateway holds no
//! session and sees no key.

use std::{collections::HashMap, path::PathBuf};

use axum::{
	http::{header, HeaderValue, StatusCode},
	response::{IntoResponse, Response},
};
use serde_json::{json, Value};

use crate::Error;

/// What the viewer is built to and how it reaches the chain.
pub struct ViewerConfig {
	/// The directory `npm run build` wrote (client/viewer/dist).
	pub dir: PathBuf,
	/// The node's WebSocket URL as a browser reaches it; the node must allow the gateway's
	/// origin (`--rpc-cors`).
	pub node_url: String,
	/// Offer the well-known development keys for signing in: a development chain only.
	pub dev_accounts: bool,
}

/// The viewer's files, by name, with their content types.
const FILES: [(&str, &str); 3] = [
	("index.html", "text/html; charset=utf-8"),
	("viewer.js", "text/javascript; charset=utf-8"),
	("viewer.css", "text/css; charset=utf-8"),
];

/// The viewer, loaded.
pub struct Viewer {
	files: HashMap<&'static str, (&'static str, Vec<u8>)>,
	settings: Value,
	policy: HeaderValue,
}

impl Viewer {
	/// Reads the viewer's files; `public_url` is the gateway's, `organization` the one it
	/// serves.
	pub fn load(config: &ViewerConfig, public_url: &str, organization: u32) -> Result<Self, Error> {
		let mut files = HashMap::new();
		for (name, content_type) in FILES {
			let path = config.dir.join(name);
			let bytes = std::fs::read(&path).map_err(|e| Error::File {
				path: path.clone(),
				reason: format!("{e} (build the viewer: npm run build in client/viewer)"),
			})?;
			files.insert(name, (content_type, bytes));
		}
		let node = websocket_origin(&config.node_url)?;
		// Scripts and styles from this origin only (and WebAssembly, which the sr25519 code
		// needs), network to this gateway and the node only, never framed, no plugins.
		let policy = format!(
			"default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:; connect-src 'self' {node}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
		);
		Ok(Self {
			files,
			settings: json!({
				"nodeUrl": node,
				"gatewayUrl": public_url,
				"organization": organization,
				"devAccounts": config.dev_accounts,
			}),
			policy: HeaderValue::from_str(&policy)
				.map_err(|_| Error::Input(format!("not a node URL: {}", config.node_url)))?,
		})
	}

	/// `GET /viewer/{name}` (`index.html` for `/viewer/`).
	pub fn file(&self, name: &str) -> Response {
		if name == "config.json" {
			return self.respond("application/json", self.settings.to_string().into_bytes());
		}
		match self.files.get(name) {
			Some((content_type, bytes)) => self.respond(content_type, bytes.clone()),
			None => (StatusCode::NOT_FOUND, "no such file").into_response(),
		}
	}

	fn respond(&self, content_type: &'static str, body: Vec<u8>) -> Response {
		(
			[
				(header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
				(header::CONTENT_SECURITY_POLICY, self.policy.clone()),
				(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
				(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")),
				(header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
			],
			body,
		)
			.into_response()
	}
}

/// The origin (`ws[s]://host[:port]`) that a node's WebSocket URL must be, for the page's
/// `connect-src` and its public settings: a path or query (which may hold a provider's key)
/// is refused, so nothing but an origin reaches the header or the page.
fn websocket_origin(url: &str) -> Result<String, Error> {
	let bad = || {
		Error::Input(format!(
			"the viewer's node URL must be a ws:// or wss:// origin with no path (--viewer-node-url), not {url}"
		))
	};
	let rest = url.strip_prefix("ws://").or_else(|| url.strip_prefix("wss://")).ok_or_else(bad)?;
	let authority = rest.strip_suffix('/').unwrap_or(rest);
	let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']');
	if authority.is_empty() || !authority.chars().all(allowed) {
		return Err(bad());
	}
	let scheme = if url.starts_with("wss://") { "wss" } else { "ws" };
	Ok(format!("{scheme}://{authority}"))
}

#[cfg(test)]
mod tests {
	use super::websocket_origin;

	#[test]
	fn only_a_websocket_origin_is_accepted_and_reaches_the_policy() {
		assert_eq!(websocket_origin("ws://127.0.0.1:9944").unwrap(), "ws://127.0.0.1:9944");
		assert_eq!(websocket_origin("wss://rpc.example.org").unwrap(), "wss://rpc.example.org");
		assert_eq!(websocket_origin("ws://[::1]:9944/").unwrap(), "ws://[::1]:9944");
		for bad in [
			"http://node:9944",
			"ws://",
			"ws://a b",
			"ws://x;script-src *",
			"wss://h'x",
			"wss://rpc.example.org/healthchain",
			"wss://rpc.example.org/?apikey=secret",
		] {
			assert!(websocket_origin(bad).is_err(), "{bad} accepted");
		}
	}
}
