//! What the tests against a real node share: starting `healthchain-node --dev --instant-seal`
//! (`HEALTHCHAIN_NODE`, or the debug build in `$CARGO_TARGET_DIR`) on free ports.

#![allow(dead_code)]

use std::{
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use healthchain_client::Healthchain;

pub struct Node {
	pub child: Child,
	pub url: String,
}

impl Drop for Node {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

fn node_binary() -> PathBuf {
	if let Ok(path) = std::env::var("HEALTHCHAIN_NODE") {
		return PathBuf::from(path);
	}
	let target = std::env::var("CARGO_TARGET_DIR").expect(
		"set HEALTHCHAIN_NODE (or CARGO_TARGET_DIR) to find healthchain-node; scripts/test.sh does",
	);
	PathBuf::from(target).join("debug/healthchain-node")
}

pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|l| l.local_addr())
		.map(|a| a.port())
		.expect("a free port")
}

pub async fn start_node(log: &Path) -> Node {
	start_node_at(log, None, free_port()).await
}

/// A node whose chain lives in `base_path` (a temporary one when `None`: gone when it
/// stops), answering RPC on `rpc_port`: a node restarted on the same base path and port is
/// the same node to its clients.
pub async fn start_node_at(log: &Path, base_path: Option<&Path>, rpc_port: u16) -> Node {
	let binary = node_binary();
	assert!(
		binary.is_file(),
		"no healthchain-node at {} (scripts/build.sh builds it)",
		binary.display()
	);
	let mut command = Command::new(&binary);
	match base_path {
		Some(path) => command.arg("--base-path").arg(path),
		None => command.arg("--tmp"),
	};
	let child = command
		.args([
			"--dev",
			"--instant-seal",
			"--no-telemetry",
			"--no-prometheus",
			"--no-hardware-benchmarks",
		])
		.args(["--rpc-port", &rpc_port.to_string(), "--port", &free_port().to_string()])
		.stdout(Stdio::null())
		.stderr(std::fs::OpenOptions::new().create(true).append(true).open(log).expect("node log"))
		.spawn()
		.expect("spawning healthchain-node");
	let node = Node { child, url: format!("ws://127.0.0.1:{rpc_port}") };
	let deadline = Instant::now() + Duration::from_secs(180);
	while Healthchain::connect(&node.url).await.is_err() {
		assert!(
			Instant::now() < deadline,
			"the node did not answer within 180 s; log: {}",
			log.display()
		);
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
	node
}
