//! The `healthchain` tool and the library against a real `healthchain-node --dev`
//! (`HEALTHCHAIN_NODE`, or the debug build in `$CARGO_TARGET_DIR`), through its JSON-RPC.
//!
//! One node serves every test (they run one after another in `cli_against_a_dev_node`, so
//! that the grants and anchors of one step are the state of the next).

use std::{
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Output, Stdio},
	time::{Duration, Instant},
};

use healthchain_client::{hashing, Healthchain};

/// The demo consortium's accounts (docs in README.md): a patient, and a practitioner of
/// organisation 0 (Example General Hospital).
const PATIENT: &str = "//Dave";
const PRACTITIONER: &str = "//HospitalPractitioner";
/// Their addresses, as a user would paste them (`healthchain-node key inspect //Dave`).
const DAVE: &str = "5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy";
const HOSPITAL_PRACTITIONER: &str = "5HDyvigUDiijQB1QRu8z9dtjqSQ4wEKmTWKBvX5zD4aM8kxC";

struct Node {
	child: Child,
	url: String,
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

fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|l| l.local_addr())
		.map(|a| a.port())
		.expect("a free port")
}

async fn start_node(log: &Path) -> Node {
	let binary = node_binary();
	assert!(
		binary.is_file(),
		"no healthchain-node at {} (scripts/build.sh builds it)",
		binary.display()
	);
	let rpc_port = free_port();
	let child = Command::new(&binary)
		.args([
			"--dev",
			"--instant-seal",
			"--tmp",
			"--no-telemetry",
			"--no-prometheus",
			"--no-hardware-benchmarks",
		])
		.args(["--rpc-port", &rpc_port.to_string(), "--port", &free_port().to_string()])
		.stdout(Stdio::null())
		.stderr(std::fs::File::create(log).expect("node log"))
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

/// Runs `healthchain --url URL args…` and answers its output.
fn cli(url: &str, args: &[&str]) -> Output {
	Command::new(env!("CARGO_BIN_EXE_healthchain"))
		.arg("--url")
		.arg(url)
		.args(args)
		.output()
		.expect("running healthchain")
}

/// The practitioner anchors `file` for the patient: `healthchain anchor` with `extra` arguments.
fn anchor(url: &str, file: &str, category: &str, locator: &str, extra: &[&str]) -> Output {
	let mut args = vec!["anchor", file, "--patient", DAVE, "--category", category];
	args.extend_from_slice(&["--locator", locator, "--suri", PRACTITIONER]);
	args.extend_from_slice(extra);
	cli(url, &args)
}

fn json(output: &Output) -> serde_json::Value {
	serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
		panic!(
			"not JSON ({e}): {}\nstderr: {}",
			String::from_utf8_lossy(&output.stdout),
			String::from_utf8_lossy(&output.stderr)
		)
	})
}

fn stderr(output: &Output) -> String {
	String::from_utf8_lossy(&output.stderr).into_owned()
}

fn assert_exit(output: &Output, code: i32, what: &str) {
	assert_eq!(
		output.status.code(),
		Some(code),
		"{what}: stdout {}\nstderr {}",
		String::from_utf8_lossy(&output.stdout),
		stderr(output)
	);
}

/// A one-line error on stderr, no backtrace.
fn assert_one_line_error(output: &Output, says: &str) {
	let text = stderr(output);
	assert_eq!(text.trim_end().lines().count(), 1, "one line: {text}");
	assert!(text.starts_with("healthchain: "), "{text}");
	assert!(text.contains(says), "{text:?} should say {says:?}");
	assert!(!text.contains("panicked") && !text.contains("backtrace"), "{text}");
}

#[tokio::test(flavor = "multi_thread")]
async fn cli_against_a_dev_node() {
	let dir = std::env::temp_dir().join(format!("healthchain-cli-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("temp dir");
	let node = start_node(&dir.join("node.log")).await;
	let url = node.url.as_str();

	// The metadata the library was generated from is the running runtime's.
	let chain = Healthchain::connect(url).await.expect("connects");
	let raw = chain
		.api()
		.runtime_api()
		.at_latest()
		.await
		.expect("latest block")
		.call_raw("Metadata_metadata_at_version", Some(&15u32.to_le_bytes()[..]))
		.await
		.expect("Metadata_metadata_at_version");
	let live = <Option<Vec<u8>> as codec::Decode>::decode(&mut &raw[..])
		.expect("SCALE")
		.expect("the runtime has V15 metadata");
	assert!(
		live == include_bytes!(concat!(env!("OUT_DIR"), "/metadata.scale")),
		"js/metadata.json is not the running runtime's metadata: run js/scripts/generate.mjs --from {url}"
	);

	let report = dir.join("lab-report.pdf");
	std::fs::write(&report, format!("%PDF-1.7 lab report {}", std::process::id())).expect("write");
	let report = report.to_str().expect("utf-8 path");

	// Before anything is anchored the document is Unknown: exit 1.
	let unknown = cli(url, &["verify", report, "--json"]);
	assert_exit(&unknown, 1, "verify of an unanchored document");
	assert_eq!(json(&unknown)["status"], "Unknown");

	// The patient lets the hospital read and write; the practitioner anchors.
	let granted = cli(
		url,
		&[
			"consent",
			"grant",
			"--organization",
			"0",
			"--read",
			"--write",
			"--suri",
			PATIENT,
			"--json",
		],
	);
	assert_exit(&granted, 0, "consent grant");
	let consent = json(&granted)["consent"].as_u64().expect("a consent id");
	// The patient's list shows it, Active, newest first.
	let grant_in_list = |status: &str| {
		let listed = cli(url, &["consent", "list", "--patient", DAVE, "--json"]);
		assert_exit(&listed, 0, "consent list");
		let grants = json(&listed)["grants"].as_array().expect("a list of grants").clone();
		let newest = grants.first().expect("at least the new grant").clone();
		assert_eq!(newest["consent"], consent);
		assert_eq!(newest["status"], status);
		assert_eq!(newest["grantee"]["organization"], 0);
		assert_eq!(newest["read"], true);
		assert_eq!(newest["write"], true);
		assert_eq!(newest["categories"], serde_json::Value::Null);
	};
	grant_in_list("Active");

	let anchored =
		anchor(url, report, "LaboratoryReport", "ehr://hospital-0/records/1", &["--json"]);
	assert_exit(&anchored, 0, "anchor");
	// The addresses above are the URIs' accounts.
	for (uri, address) in [(PATIENT, DAVE), (PRACTITIONER, HOSPITAL_PRACTITIONER)] {
		let pair = healthchain_client::KeySource::Uri(uri.into()).keypair().expect("a dev URI");
		assert_eq!(pair.public_key().to_account_id().to_string(), address);
	}
	let record = json(&anchored)["record"].as_u64().expect("a record id");

	let verified = cli(url, &["verify", report, "--json"]);
	assert_exit(&verified, 0, "verify of an anchored document");
	let answer = json(&verified);
	assert_eq!(answer["status"], "Active");
	assert_eq!(answer["record"], record);
	assert_eq!(answer["authorOrganization"], 0);
	assert_eq!(answer["category"], "LaboratoryReport");
	assert_eq!(answer["algorithm"], "SHA-256");
	let bytes = std::fs::read(report).expect("read");
	assert_eq!(answer["hash"], hashing::to_hex(&hashing::sha256(&bytes)));
	let readable = cli(url, &["verify", report]);
	let text = String::from_utf8_lossy(&readable.stdout);
	assert!(text.starts_with("Active\n") && text.contains("organisation 0 (Hospital)"), "{text}");

	// The check a reader's software makes, then the patient revokes and it is refused.
	let check = |args: &[&str]| {
		let mut all = vec![
			"consent",
			"check",
			"--patient",
			DAVE,
			"--accessor",
			HOSPITAL_PRACTITIONER,
			"--organization",
			"0",
		];
		all.extend_from_slice(args);
		all.push("--json");
		cli(url, &all)
	};
	let allowed = check(&["--category", "LaboratoryReport"]);
	assert_exit(&allowed, 0, "consent check while granted");
	assert_eq!(json(&allowed)["basis"]["consent"], consent);

	let revoked = cli(url, &["consent", "revoke", &consent.to_string(), "--suri", PATIENT]);
	assert_exit(&revoked, 0, "consent revoke");
	let refused = check(&["--category", "LaboratoryReport"]);
	assert_exit(&refused, 1, "consent check after revocation");
	assert_eq!(json(&refused)["refusal"], "ConsentRevoked");
	grant_in_list("Revoked");

	// The chain's refusal comes back as the pallet's error in words, exit 4.
	let second = dir.join("second.pdf");
	std::fs::write(&second, "another document").expect("write");
	let refused_anchor =
		anchor(url, second.to_str().expect("utf-8"), "ClinicalNote", "ehr://x/2", &[]);
	assert_exit(&refused_anchor, 4, "anchor without consent");
	assert_one_line_error(&refused_anchor, "EhrAnchor.");

	// Revoking it again: the pallet says why.
	let again = cli(url, &["consent", "revoke", &consent.to_string(), "--suri", PATIENT]);
	assert_exit(&again, 4, "a second revocation");
	assert_one_line_error(&again, "Consent.");

	// The registry.
	let org = cli(url, &["org", "show", "0", "--json"]);
	assert_exit(&org, 0, "org show 0");
	assert_eq!(json(&org)["kind"], "Hospital");
	assert_exit(&cli(url, &["org", "show", "999"]), 1, "org show of no organisation");
	let members = cli(url, &["org", "members", "0", "--json"]);
	assert_exit(&members, 0, "org members 0");
	let members = json(&members)["members"].as_array().expect("a list of members").clone();
	assert!(
		members
			.iter()
			.any(|member| member["account"] == HOSPITAL_PRACTITIONER
				&& member["role"] == "Practitioner"),
		"the hospital's practitioner is listed: {members:?}"
	);
	let readable = cli(url, &["org", "members", "0"]);
	let text = String::from_utf8_lossy(&readable.stdout);
	assert!(text.contains(HOSPITAL_PRACTITIONER) && text.contains("Practitioner"), "{text}");
	assert_exit(&cli(url, &["org", "members", "999"]), 1, "org members of no organisation");

	// Bad input: one line, exit 2; no node: exit 3.
	let bad_account = cli(
		url,
		&[
			"consent",
			"check",
			"--patient",
			"not-an-account",
			"--accessor",
			DAVE,
			"--category",
			"CarePlan",
		],
	);
	assert_exit(&bad_account, 2, "a malformed account");
	assert_one_line_error(&bad_account, "\"not-an-account\" is not an account");
	let bad_category = anchor(url, report, "Horoscope", "x", &[]);
	assert_exit(&bad_category, 2, "an unknown category");
	assert_one_line_error(&bad_category, "unknown category \"Horoscope\"");
	let no_file = cli(url, &["verify", "/nonexistent/report.pdf"]);
	assert_exit(&no_file, 2, "a missing file");
	assert_one_line_error(&no_file, "/nonexistent/report.pdf: no such file or directory");
	let no_node = cli(&format!("ws://127.0.0.1:{}", free_port()), &["verify", report]);
	assert_exit(&no_node, 3, "no node");
	assert_one_line_error(&no_node, "cannot reach a Healthchain node");

	drop(node);
	std::fs::remove_dir_all(&dir).ok();
}
