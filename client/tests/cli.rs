//! The `healthchain` tool and the library against a real `healthchain-node --dev`
//! (`HEALTHCHAIN_NODE`, or the debug build in `$CARGO_TARGET_DIR`), through its JSON-RPC.
//!
//! One node serves every test (they run one after another in `cli_against_a_dev_node`, so
//! that the grants and anchors of one step are the state of the next).

mod common;

use std::{
	path::Path,
	process::{Command, Output},
};

use common::{free_port, start_node};
use healthchain_client::{hashing, Healthchain};

/// The demo consortium's accounts (docs in README.md): a patient, and a practitioner of
/// organisation 0 (Example General Hospital).
const PATIENT: &str = "//Dave";
const PRACTITIONER: &str = "//HospitalPractitioner";
/// Their addresses, as a user would paste them (`healthchain-node key inspect //Dave`).
const DAVE: &str = "5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy";
const HOSPITAL_PRACTITIONER: &str = "5HDyvigUDiijQB1QRu8z9dtjqSQ4wEKmTWKBvX5zD4aM8kxC";

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
	// Nobody but the patient (or a delegate) grants on the patient's records.
	let stranger_grant = cli(
		url,
		&[
			"consent",
			"grant",
			"--patient",
			DAVE,
			"--organization",
			"1",
			"--read",
			"--suri",
			"//Eve",
		],
	);
	assert_exit(&stranger_grant, 4, "a grant by someone who is not the patient");
	assert_one_line_error(&stranger_grant, "Consent.");
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

	// The practitioner reads the record: the chain logs it, on the grant.
	let read = |purpose: &str| {
		let record = record.to_string();
		cli(
			url,
			&["request-access", &record, "--purpose", purpose, "--suri", PRACTITIONER, "--json"],
		)
	};
	let logged = read("Treatment");
	assert_exit(&logged, 0, "request-access while granted");
	assert_eq!(
		json(&logged),
		serde_json::json!({ "record": record, "basis": { "consent": consent } })
	);

	let revoked = cli(url, &["consent", "revoke", &consent.to_string(), "--suri", PATIENT]);
	assert_exit(&revoked, 0, "consent revoke");
	let refused = check(&["--category", "LaboratoryReport"]);
	assert_exit(&refused, 1, "consent check after revocation");
	assert_eq!(json(&refused)["refusal"], "ConsentRevoked");
	grant_in_list("Revoked");
	let unlogged = read("Treatment");
	assert_exit(&unlogged, 4, "request-access after revocation");
	assert_one_line_error(&unlogged, "EhrAnchor.");

	// In an emergency the practitioner breaks the glass, reads on the case, and a regulator's
	// auditor reviews it; an unjustified finding ends the access.
	let opened = cli(
		url,
		&[
			"break-glass",
			"open",
			"--patient",
			DAVE,
			"--reason",
			"Unconscious",
			"--suri",
			PRACTITIONER,
			"--json",
		],
	);
	assert_exit(&opened, 0, "break-glass open");
	let case = json(&opened)["case"].as_u64().expect("a case id");
	let awaiting = cli(url, &["break-glass", "list", "--json"]);
	assert_exit(&awaiting, 0, "break-glass list");
	let listed = json(&awaiting)["cases"].as_array().expect("cases").clone();
	let listed = listed.iter().find(|c| c["case"] == case).expect("the case awaits review").clone();
	assert_eq!(listed["patient"], DAVE);
	assert_eq!(listed["accessor"], HOSPITAL_PRACTITIONER);
	assert_eq!(listed["organization"], 0);
	assert_eq!(listed["reason"], "Unconscious");
	assert_eq!(listed["review"], serde_json::Value::Null);
	let emergency = read("Emergency");
	assert_exit(&emergency, 0, "request-access in an emergency");
	assert_eq!(json(&emergency)["basis"], serde_json::json!({ "breakGlass": case }));
	let case_id = case.to_string();
	let finding = format!("0x{}", "42".repeat(32));
	let review = |suri: &str| {
		cli(
			url,
			&[
				"break-glass",
				"review",
				&case_id,
				"--unjustified",
				"--finding",
				&finding,
				"--suri",
				suri,
			],
		)
	};
	let not_an_auditor = review(PRACTITIONER);
	assert_exit(&not_an_auditor, 4, "a practitioner reviewing a case");
	assert_one_line_error(&not_an_auditor, "Consent.");
	assert_exit(&review("//RegulatorAuditor"), 0, "break-glass review");
	let reviewed = cli(url, &["break-glass", "list", "--organization", "0", "--json"]);
	assert_exit(&reviewed, 0, "break-glass list --organization");
	let cases = json(&reviewed)["cases"].as_array().expect("cases").clone();
	let ours = cases.iter().find(|c| c["case"] == case).expect("the hospital's case").clone();
	assert_eq!(ours["review"]["justified"], false);
	assert_eq!(ours["review"]["findingHash"], finding.as_str());
	let awaiting = json(&cli(url, &["break-glass", "list", "--json"]));
	assert!(awaiting["cases"].as_array().expect("cases").iter().all(|c| c["case"] != case));
	let closed = read("Emergency");
	assert_exit(&closed, 4, "request-access after an unjustified finding");
	let bad_reason = cli(
		url,
		&[
			"break-glass",
			"open",
			"--patient",
			DAVE,
			"--reason",
			"Curiosity",
			"--suri",
			PRACTITIONER,
		],
	);
	assert_exit(&bad_reason, 2, "an unknown emergency reason");
	assert_one_line_error(&bad_reason, "unknown emergency reason \"Curiosity\"");

	// The patient's access log: both reads, newest first, with what permitted each.
	let log = cli(url, &["access-log", "--patient", DAVE, "--json"]);
	assert_exit(&log, 0, "access-log");
	let log = json(&log);
	let entries = log["entries"].as_array().expect("entries").clone();
	assert_eq!(entries.len(), 2, "{log}");
	assert_eq!(entries[0]["basis"], serde_json::json!({ "breakGlass": case }));
	assert_eq!(entries[0]["purpose"], "Emergency");
	assert_eq!(entries[1]["basis"], serde_json::json!({ "consent": consent }));
	for entry in &entries {
		assert_eq!(entry["accessor"], HOSPITAL_PRACTITIONER);
		assert_eq!(entry["organization"], 0);
		assert_eq!(entry["record"], record);
		assert_eq!(entry["category"], "LaboratoryReport");
	}
	assert!(entries[0]["index"].as_u64() > entries[1]["index"].as_u64(), "newest first");
	assert_eq!(log["nextBefore"], serde_json::Value::Null, "one page holds both");
	// Paged: one entry, then the older one from `nextBefore`.
	let first = json(&cli(url, &["access-log", "--patient", DAVE, "--limit", "1", "--json"]));
	assert_eq!(first["entries"].as_array().map(Vec::len), Some(1));
	let next = first["nextBefore"].as_u64().expect("a next page").to_string();
	let second = json(&cli(
		url,
		&["access-log", "--patient", DAVE, "--limit", "1", "--before", &next, "--json"],
	));
	assert_eq!(second["entries"][0]["index"], entries[1]["index"]);
	let no_limit = cli(url, &["access-log", "--patient", DAVE, "--limit", "0"]);
	assert_exit(&no_limit, 2, "access-log --limit 0");

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

	delegates(url);
	bulk_anchor(url, &dir);
	medicines(url, &chain, &dir).await;
	trials(url, &chain).await;

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
	// Every command that asks the chain says so in one line, exit 3, when no node answers.
	let nowhere = format!("ws://127.0.0.1:{}", free_port());
	let record_text = record.to_string();
	for args in [
		&["verify", report][..],
		&["verify", report, "--proof", "/dev/null"][..],
		&["consent", "list", "--patient", DAVE][..],
		&["consent", "check", "--patient", DAVE, "--accessor", DAVE, "--category", "CarePlan"][..],
		&["delegate", "list", "--patient", DAVE][..],
		&["access-log", "--patient", DAVE][..],
		&["break-glass", "list"][..],
		&["request-access", &record_text, "--suri", PRACTITIONER][..],
		&["pack", "verify", "4006381333931", "L", "S"][..],
		&["batch", "show", "--id", "0"][..],
		&["recall", "list"][..],
		&["trial", "show", "0"][..],
		&["trial", "list"][..],
		&["trial", "outcomes", "0"][..],
		&["org", "show", "0"][..],
		&["org", "members", "0"][..],
	] {
		let no_node = cli(&nowhere, args);
		// A manifest that is not one is bad input, found before any node is asked.
		let (code, says) = if args.contains(&"--proof") {
			(2, "not a bulk-anchor manifest")
		} else {
			(3, "cannot reach a Healthchain node")
		};
		assert_exit(&no_node, code, &format!("{args:?} with no node"));
		assert_one_line_error(&no_node, says);
	}

	drop(node);
	std::fs::remove_dir_all(&dir).ok();
}

/// `delegate add|list|remove`: the patient names a guardian, lists, and ends it.
fn delegates(url: &str) {
	let eve = healthchain_client::KeySource::Uri("//Eve".into())
		.keypair()
		.expect("a dev URI")
		.public_key()
		.to_account_id()
		.to_string();
	let listed = |expected: serde_json::Value| {
		let output = cli(url, &["delegate", "list", "--patient", DAVE, "--json"]);
		assert_exit(&output, 0, "delegate list");
		assert_eq!(json(&output), serde_json::json!({ "patient": DAVE, "delegates": expected }));
	};
	listed(serde_json::json!([]));
	let added =
		cli(url, &["delegate", "add", &eve, "--kind", "Guardian", "--suri", PATIENT, "--json"]);
	assert_exit(&added, 0, "delegate add");
	listed(serde_json::json!([{ "account": eve, "kind": "Guardian" }]));
	let removed = cli(url, &["delegate", "remove", &eve, "--suri", PATIENT]);
	assert_exit(&removed, 0, "delegate remove");
	listed(serde_json::json!([]));
	let again = cli(url, &["delegate", "remove", &eve, "--suri", PATIENT]);
	assert_exit(&again, 4, "removing a delegate that is not one");
	assert_one_line_error(&again, "Consent.");
	let bad_kind = cli(url, &["delegate", "add", &eve, "--kind", "Friend", "--suri", PATIENT]);
	assert_exit(&bad_kind, 2, "an unknown delegate kind");
	assert_one_line_error(&bad_kind, "unknown delegate kind \"Friend\"");
}

/// `bulk-anchor DIR` and `verify FILE --proof MANIFEST`.
fn bulk_anchor(url: &str, dir: &Path) {
	let import = dir.join("import");
	std::fs::create_dir_all(import.join("2026")).expect("import dir");
	let files = ["a.dcm", "b.dcm", "2026/c.dcm"];
	for name in files {
		std::fs::write(import.join(name), format!("scan {name} {}", std::process::id()))
			.expect("write");
	}
	let import_arg = import.to_str().expect("utf-8");
	let anchored = cli(
		url,
		&[
			"bulk-anchor",
			import_arg,
			"--category",
			"ImagingReport",
			"--locator",
			"ehr://hospital-0/imports/1",
			"--suri",
			PRACTITIONER,
			"--json",
		],
	);
	assert_exit(&anchored, 0, "bulk-anchor");
	let answer = json(&anchored);
	let bulk = answer["bulk"].as_u64().expect("a bulk id");
	assert_eq!(answer["documents"], 3);
	let manifest = dir.join("import.manifest.json");
	assert_eq!(answer["manifest"], manifest.to_str().expect("utf-8"), "beside the directory");
	let written: serde_json::Value =
		serde_json::from_str(&std::fs::read_to_string(&manifest).expect("the manifest"))
			.expect("JSON");
	assert_eq!(written["bulk"], bulk);
	assert_eq!(written["root"], answer["root"]);
	let paths: Vec<_> = written["documents"]
		.as_array()
		.expect("documents")
		.iter()
		.map(|d| d["path"].clone())
		.collect();
	assert_eq!(paths, ["2026/c.dcm", "a.dcm", "b.dcm"], "every file, in path order");

	let manifest_arg = manifest.to_str().expect("utf-8");
	for name in files {
		let file = import.join(name);
		let verified =
			cli(url, &["verify", file.to_str().expect("utf-8"), "--proof", manifest_arg, "--json"]);
		assert_exit(&verified, 0, "verify --proof of an imported file");
		let verified = json(&verified);
		assert_eq!(verified["status"], "Included");
		assert_eq!(verified["bulk"], bulk);
		assert_eq!(verified["path"], name);
		assert_eq!(verified["organization"], 0);
		assert_eq!(verified["documentCount"], 3);
	}
	// A file that is not in the import, and a manifest whose proof was tampered with.
	let stranger = dir.join("stranger.dcm");
	std::fs::write(&stranger, "not imported").expect("write");
	let outside =
		cli(url, &["verify", stranger.to_str().expect("utf-8"), "--proof", manifest_arg, "--json"]);
	assert_exit(&outside, 1, "verify --proof of a file not in the manifest");
	assert_eq!(json(&outside)["status"], "NotInManifest");
	let mut tampered = written.clone();
	tampered["documents"][1]["proof"][0] = serde_json::json!(format!("0x{}", "00".repeat(32)));
	let tampered_path = dir.join("tampered.manifest.json");
	std::fs::write(&tampered_path, tampered.to_string()).expect("write");
	let file_b = import.join("a.dcm");
	let forged = cli(
		url,
		&[
			"verify",
			file_b.to_str().expect("utf-8"),
			"--proof",
			tampered_path.to_str().expect("utf-8"),
			"--json",
		],
	);
	assert_exit(&forged, 1, "verify against a tampered proof");
	assert_eq!(json(&forged)["status"], "NotIncluded");

	// Only a care organisation's member anchors in bulk; an empty directory is bad input.
	let by_patient = cli(
		url,
		&[
			"bulk-anchor",
			import_arg,
			"--category",
			"ImagingReport",
			"--locator",
			"x",
			"--manifest",
			dir.join("other.json").to_str().expect("utf-8"),
			"--suri",
			PATIENT,
		],
	);
	assert_exit(&by_patient, 4, "bulk-anchor by a patient");
	assert_one_line_error(&by_patient, "EhrAnchor.");
	let empty = dir.join("empty");
	std::fs::create_dir_all(&empty).expect("empty dir");
	let nothing = cli(
		url,
		&[
			"bulk-anchor",
			empty.to_str().expect("utf-8"),
			"--category",
			"ImagingReport",
			"--locator",
			"x",
			"--suri",
			PRACTITIONER,
		],
	);
	assert_exit(&nothing, 2, "bulk-anchor of an empty directory");
	assert_one_line_error(&nothing, "no files to anchor");
}

/// The GS1 check digit of the first 13 digits of a GTIN-14.
fn with_check_digit(data: u64) -> u64 {
	data * 10 + healthchain_client::trace::gtin_check_digit(data)
}

/// `pack verify`, `batch show`, `recall list`: the demo manufacturer registers a product and
/// commissions a batch of five packs (through the library), then recalls it.
async fn medicines(url: &str, chain: &Healthchain, dir: &Path) {
	use healthchain_client::{
		runtime::{
			self,
			runtime_types::pallet_drug_trace::types::{Gtin, RecallClass},
		},
		trace::serial_hash,
	};
	use subxt::utils::H256;

	let logistics = healthchain_client::KeySource::Uri("//ManufacturerLogistics".into())
		.keypair()
		.expect("dev URI");
	let admin = healthchain_client::KeySource::Uri("//ManufacturerAdmin".into())
		.keypair()
		.expect("dev URI");
	let gtin = with_check_digit(950_110_153_000);
	let gtin_text = format!("{gtin:014}");
	let lot = "LOT-CLI-1";
	let serials: Vec<String> = (0..5).map(|i| format!("SN-CLI-{i:04}")).collect();
	let items: Vec<_> = serials.iter().map(|s| serial_hash(s)).collect();
	let root = hashing::merkle_root(&items).expect("five serials");
	let expiry = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.expect("after 1970")
		.as_millis() as u64
		+ 365 * 24 * 3600 * 1000;
	let drug_trace = runtime::tx().drug_trace();
	chain
		.submit(
			&drug_trace.register_product(Gtin(gtin), H256([0x11; 32]), 200, 800, 60_000),
			&logistics,
		)
		.await
		.expect("register_product");
	chain
		.submit(
			&drug_trace.commission_batch(
				Gtin(gtin),
				runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec(
					lot.as_bytes().to_vec(),
				),
				expiry,
				5,
				H256(root),
			),
			&logistics,
		)
		.await
		.expect("commission_batch");
	let serials_file = dir.join("serials.txt");
	std::fs::write(&serials_file, serials.join("\n")).expect("write");
	let serials_arg = serials_file.to_str().expect("utf-8");

	let verify = |serial: &str, extra: &[&str]| {
		let mut args = vec!["pack", "verify", gtin_text.as_str(), lot, serial];
		args.extend_from_slice(extra);
		args.push("--json");
		cli(url, &args)
	};
	let genuine = verify("SN-CLI-0002", &["--serials", serials_arg]);
	assert_exit(&genuine, 0, "pack verify of a genuine pack");
	let genuine = json(&genuine);
	assert_eq!(genuine["status"], "Genuine");
	assert_eq!(genuine["expiry"], expiry);
	let batch = genuine["batch"].as_u64().expect("a batch id");
	// The same answer with the proof given hash by hash.
	let proof = healthchain_client::trace::serial_proof(&serials, "SN-CLI-0002").expect("listed");
	let proof_args: Vec<String> =
		proof.iter().flat_map(|h| ["--proof".to_string(), hashing::to_hex(h)]).collect();
	let proof_args: Vec<&str> = proof_args.iter().map(String::as_str).collect();
	assert_eq!(json(&verify("SN-CLI-0002", &proof_args))["status"], "Genuine");
	let stranger = verify("SN-FAKE-0001", &proof_args);
	assert_exit(&stranger, 1, "pack verify of a serial not in the batch");
	assert_eq!(json(&stranger)["status"], "NotInBatch");
	let unknown_lot =
		cli(url, &["pack", "verify", &gtin_text, "LOT-NONE", "SN-CLI-0002", "--json"]);
	assert_exit(&unknown_lot, 1, "pack verify of an unknown lot");
	assert_eq!(json(&unknown_lot)["status"], "Unknown");
	let bad_gtin = cli(url, &["pack", "verify", &format!("{}", gtin + 1), lot, "SN-CLI-0002"]);
	assert_exit(&bad_gtin, 2, "a GTIN with a wrong check digit");
	assert_one_line_error(&bad_gtin, "check digit");

	let shown = cli(url, &["batch", "show", &gtin_text, lot, "--json"]);
	assert_exit(&shown, 0, "batch show");
	let shown = json(&shown);
	assert_eq!(shown["batch"], batch);
	assert_eq!(shown["status"], "Active");
	assert_eq!(shown["quantity"], 5);
	assert_eq!(shown["manufacturer"], 4);
	assert_eq!(shown["serialsRoot"], hashing::to_hex(&root));
	assert_eq!(
		shown["holders"],
		serde_json::json!([{ "organization": 4, "quantity": 5, "incoming": 0, "outgoing": 0, "quarantined": false }])
	);
	assert_eq!(
		json(&cli(url, &["batch", "show", "--id", &batch.to_string(), "--json"]))["lot"],
		lot
	);
	assert_exit(&cli(url, &["batch", "show", "--id", "999999"]), 1, "batch show of no batch");

	// The manufacturer recalls it: it is listed, and no pack of it is dispensed.
	let none = json(&cli(url, &["recall", "list", "--json"]));
	assert!(none["recalls"].as_array().expect("recalls").iter().all(|r| r["batch"] != batch));
	chain
		.submit(&drug_trace.recall(batch, RecallClass::ClassII, H256([0x31; 32])), &admin)
		.await
		.expect("recall");
	let recalls = cli(url, &["recall", "list", "--json"]);
	assert_exit(&recalls, 0, "recall list");
	let recalls = json(&recalls)["recalls"].as_array().expect("recalls").clone();
	let ours =
		recalls.iter().find(|r| r["batch"] == batch).expect("the recall is in force").clone();
	assert_eq!(ours["class"], "ClassII");
	assert_eq!(ours["gtin"], gtin_text.as_str());
	assert_eq!(ours["lot"], lot);
	assert_eq!(ours["organization"], 4);
	let recalled = verify("SN-CLI-0002", &["--serials", serials_arg]);
	assert_exit(&recalled, 1, "pack verify of a recalled pack");
	assert_eq!(json(&recalled)["status"], "Recalled");
}

/// `trial show|list|outcomes|find-hash`: the demo sponsor registers a trial (through the
/// library) and a researcher reads it.
async fn trials(url: &str, chain: &Healthchain) {
	use healthchain_client::runtime::{
		self,
		runtime_types::{
			bounded_collections::bounded_vec::BoundedVec,
			pallet_clinical_trial::types::{
				OutcomeCommitment, OutcomeKind, Phase, Registration, StudyType,
			},
		},
	};
	use subxt::utils::H256;

	let investigator = healthchain_client::KeySource::Uri("//SponsorInvestigator".into())
		.keypair()
		.expect("dev URI");
	let registration = Registration {
		title: BoundedVec(b"Healthchain CLI trial".to_vec()),
		conditions: BoundedVec(vec![BoundedVec(b"C50.9".to_vec())]),
		phase: Phase::Phase3,
		study_type: StudyType::Interventional,
		target_enrolment: 40,
		countries: BoundedVec(vec![*b"DE"]),
		secondary_ids: BoundedVec(vec![]),
		data_set_hash: H256([0xd1; 32]),
		protocol_hash: H256([0xd2; 32]),
		outcomes: BoundedVec(vec![
			OutcomeCommitment { kind: OutcomeKind::Primary, definition_hash: H256([0xd3; 32]) },
			OutcomeCommitment { kind: OutcomeKind::Secondary, definition_hash: H256([0xd4; 32]) },
		]),
	};
	let (events, _) = chain
		.submit(&runtime::tx().clinical_trial().register_trial(registration), &investigator)
		.await
		.expect("register_trial");
	let trial = events
		.find_first::<runtime::clinical_trial::events::TrialRegistered>()
		.expect("events decode")
		.expect("TrialRegistered")
		.trial;
	let id = trial.to_string();

	let shown = cli(url, &["trial", "show", &id, "--json"]);
	assert_exit(&shown, 0, "trial show");
	let shown = json(&shown);
	assert_eq!(shown["id"], trial);
	assert_eq!(shown["title"], "Healthchain CLI trial");
	assert_eq!(shown["status"], "Registered");
	assert_eq!(shown["sponsor"], 8);
	assert_eq!(shown["conditions"], serde_json::json!(["C50.9"]));
	let readable = String::from_utf8_lossy(&cli(url, &["trial", "show", &id]).stdout).into_owned();
	assert!(
		readable.contains("Healthchain CLI trial") && readable.contains("Registered"),
		"{readable}"
	);
	assert_exit(&cli(url, &["trial", "show", "999999"]), 1, "trial show of no trial");

	let listed = |filter: &[&str]| {
		let mut args = vec!["trial", "list"];
		args.extend_from_slice(filter);
		args.push("--json");
		let output = cli(url, &args);
		assert_exit(&output, 0, "trial list");
		json(&output)["trials"]
			.as_array()
			.expect("trials")
			.iter()
			.map(|t| t["id"].clone())
			.collect::<Vec<_>>()
	};
	let ours = serde_json::json!(trial);
	assert!(listed(&[]).contains(&ours));
	assert!(listed(&["--status", "Registered"]).contains(&ours));
	assert!(listed(&["--condition", "C50.9"]).contains(&ours));
	assert!(listed(&["--sponsor", "8"]).contains(&ours));
	assert!(!listed(&["--status", "Recruiting"]).contains(&ours));
	assert!(!listed(&["--phase", "Phase1"]).contains(&ours));
	let bad_status = cli(url, &["trial", "list", "--status", "Dormant"]);
	assert_exit(&bad_status, 2, "an unknown trial status");
	assert_eq!(stderr(&bad_status).trim_end().lines().count(), 1);

	let outcomes = cli(url, &["trial", "outcomes", &id, "--json"]);
	assert_exit(&outcomes, 0, "trial outcomes");
	let report = json(&outcomes)["report"].clone();
	assert_eq!(report["outcomes"].as_array().map(Vec::len), Some(2));
	assert_eq!(report["outcomes"][0]["definitionHash"], format!("0x{}", "d3".repeat(32)));
	assert_eq!(report["results"], serde_json::Value::Null);
	assert_exit(&cli(url, &["trial", "outcomes", "999999"]), 1, "trial outcomes of no trial");

	let found = cli(url, &["trial", "find-hash", &id, &format!("0x{}", "d2".repeat(32)), "--json"]);
	assert_exit(&found, 0, "trial find-hash of the protocol");
	assert_eq!(
		json(&found)["artifact"],
		serde_json::json!({ "artifact": "Protocol", "version": 1 })
	);
	let missing =
		cli(url, &["trial", "find-hash", &id, &format!("0x{}", "ee".repeat(32)), "--json"]);
	assert_exit(&missing, 1, "trial find-hash of an unknown hash");
	assert_eq!(json(&missing)["found"], false);
	let malformed = cli(url, &["trial", "find-hash", &id, "0x12"]);
	assert_exit(&malformed, 2, "a malformed hash");
}
