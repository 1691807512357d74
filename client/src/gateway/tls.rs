//! TLS for the gateway (rustls, ring): a listener that accepts TCP connections and completes
//! each TLS handshake in its own task (within `HANDSHAKE_TIMEOUT`), so a client that stalls
//! its handshake holds up nobody else; axum serves the connections that complete.

use std::{net::SocketAddr, path::Path, sync::Arc, time::Duration};

use rustls_pki_types::{pem::PemObject, CertificateDer, PrivateKeyDer};
use tokio::{
	net::{TcpListener, TcpStream},
	sync::mpsc,
};
use tokio_rustls::{server::TlsStream, TlsAcceptor};

use crate::Error;

/// How long a client has to complete its TLS handshake.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// The server's TLS configuration from a PEM certificate chain and a PEM private key.
pub fn server_config(cert: &Path, key: &Path) -> Result<Arc<rustls::ServerConfig>, Error> {
	let bad =
		|path: &Path, what: &str| Error::File { path: path.to_path_buf(), reason: what.into() };
	let chain = CertificateDer::pem_file_iter(cert)
		.and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
		.map_err(|e| bad(cert, &format!("not a PEM certificate chain: {e}")))?;
	if chain.is_empty() {
		return Err(bad(cert, "no certificate in it"));
	}
	let private = PrivateKeyDer::from_pem_file(key)
		.map_err(|e| bad(key, &format!("not a PEM private key: {e}")))?;
	let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
		rustls::crypto::ring::default_provider(),
	))
	.with_safe_default_protocol_versions()
	.map_err(|e| Error::Other(format!("TLS: {e}")))?
	.with_no_client_auth()
	.with_single_cert(chain, private)
	.map_err(|e| bad(key, &format!("the key does not fit the certificate: {e}")))?;
	config.alpn_protocols = vec![b"http/1.1".to_vec()];
	Ok(Arc::new(config))
}

/// Accepted TLS connections, for `axum::serve`.
pub struct TlsListener {
	connections: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
	local: SocketAddr,
}

impl TlsListener {
	/// Accepts on `listener`, handshaking with `config`.
	pub fn new(listener: TcpListener, config: Arc<rustls::ServerConfig>) -> Result<Self, Error> {
		let local =
			listener.local_addr().map_err(|e| Error::Other(format!("the listener: {e}")))?;
		let (sender, connections) = mpsc::channel(256);
		let acceptor = TlsAcceptor::from(config);
		tokio::spawn(async move {
			loop {
				let Ok((stream, peer)) = listener.accept().await else {
					// Out of file descriptors and the like: wait, as axum's own listener does.
					tokio::time::sleep(Duration::from_millis(100)).await;
					continue;
				};
				let (acceptor, sender) = (acceptor.clone(), sender.clone());
				tokio::spawn(async move {
					if let Ok(Ok(tls)) =
						tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await
					{
						let _ = sender.send((tls, peer)).await;
					}
				});
			}
		});
		Ok(Self { connections, local })
	}
}

impl axum::serve::Listener for TlsListener {
	type Io = TlsStream<TcpStream>;
	type Addr = SocketAddr;

	async fn accept(&mut self) -> (Self::Io, Self::Addr) {
		match self.connections.recv().await {
			Some(connection) => connection,
			// The accepting task never ends while the listener lives.
			None => std::future::pending().await,
		}
	}

	fn local_addr(&self) -> std::io::Result<Self::Addr> {
		Ok(self.local)
	}
}
