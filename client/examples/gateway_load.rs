//! Load on a running record gateway (scripts/gateway-load.sh starts one, and its node):
//! stores N documents of 4 KiB through it, has the chain log a read of each (in
//! `utility.batch`es of `ehrAnchor.requestAccess`), then reads each back through it, C at a
//! time, and prints documents stored per second, authorised reads per second and their
//! latency percentiles.
//!
//! cargo run --release --example gateway_load -- NODE_URL GATEWAY_URL [N] [C]   (N at most 960:
//! eight patients, 120 reads of each by one reader per hour)

use std::{
	sync::Arc,
	time::{Duration, Instant},
};

use healthchain_client::{
	consent::GrantTerms,
	gateway::auth,
	runtime::{
		self,
		runtime_types::{
			healthchain_primitives::consent::PurposeOfUse, healthchain_runtime::RuntimeCall,
			pallet_consent::types::Grantee, pallet_ehr_anchor::pallet::Call as EhrAnchorCall,
		},
	},
	Healthchain, KeySource,
};
use subxt_signer::sr25519::Keypair;
use tokio::sync::Semaphore;

fn key(uri: &str) -> Keypair {
	KeySource::Uri(uri.into()).keypair().unwrap_or_else(|e| panic!("{uri}: {e}"))
}

/// A signed request to the gateway.
async fn signed(
	http: &reqwest::Client,
	gateway: &str,
	signer: &Keypair,
	method: reqwest::Method,
	path: &str,
	body: Option<Vec<u8>>,
) -> Result<reqwest::Response, reqwest::Error> {
	let answer: serde_json::Value =
		http.get(format!("{gateway}/auth/nonce")).send().await?.json().await?;
	let (audience, nonce) = (
		answer["audience"].as_str().unwrap_or_default().to_string(),
		answer["nonce"].as_str().unwrap_or_default().to_string(),
	);
	let mut request = http.request(method.clone(), format!("{gateway}{path}"));
	for (name, value) in
		auth::sign_request(signer, &audience, &nonce, method.as_str(), path, body.as_deref())
	{
		request = request.header(name, value);
	}
	if let Some(body) = body {
		request = request.header("content-type", "application/octet-stream").body(body);
	}
	request.send().await
}

/// Runs `jobs` C at a time; answers each one's latency and whether it succeeded, and the
/// wall time.
async fn run<F, Fut>(count: usize, concurrency: usize, job: F) -> (Vec<Duration>, usize, Duration)
where
	F: Fn(usize) -> Fut,
	Fut: std::future::Future<Output = bool> + Send + 'static,
{
	let permits = Arc::new(Semaphore::new(concurrency));
	let started = Instant::now();
	let mut tasks = Vec::with_capacity(count);
	for index in 0..count {
		let permit = permits.clone().acquire_owned().await.expect("semaphore");
		let future = job(index);
		tasks.push(tokio::spawn(async move {
			let at = Instant::now();
			let ok = future.await;
			drop(permit);
			(at.elapsed(), ok)
		}));
	}
	let mut latencies = Vec::with_capacity(count);
	let mut failed = 0;
	for task in tasks {
		let (latency, ok) = task.await.expect("task");
		latencies.push(latency);
		failed += usize::from(!ok);
	}
	(latencies, failed, started.elapsed())
}

fn report(what: &str, mut latencies: Vec<Duration>, failed: usize, wall: Duration) {
	latencies.sort();
	let at = |q: f64| {
		latencies
			.get(((latencies.len() as f64 * q).ceil() as usize).saturating_sub(1))
			.map_or(0.0, |d| d.as_secs_f64() * 1000.0)
	};
	let done = latencies.len() - failed;
	println!(
		"{what}: {done} in {:.2} s = {:.1}/s; latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; {failed} failed",
		wall.as_secs_f64(),
		done as f64 / wall.as_secs_f64(),
		at(0.50),
		at(0.99),
		at(1.0),
	);
}

#[tokio::main]
async fn main() {
	let args: Vec<String> = std::env::args().collect();
	let (node, gateway) = match (args.get(1), args.get(2)) {
		(Some(node), Some(gateway)) => (node.clone(), gateway.clone()),
		_ => {
			eprintln!("usage: gateway_load NODE_URL GATEWAY_URL [DOCUMENTS] [CONCURRENCY]");
			std::process::exit(2);
		}
	};
	let count: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(200).min(8 * 120);
	let concurrency: usize = args.get(4).and_then(|n| n.parse().ok()).unwrap_or(16);
	let chain = Healthchain::connect(&node).await.expect("the node");
	let http = reqwest::Client::new();
	let hospital = key("//HospitalPractitioner");
	// The documents belong to eight development patients in turn: the chain lets one reader
	// read one patient's records at most MaxReadsPerPeriod (120) times an hour.
	let mut patients = Vec::new();
	for uri in ["//Dave", "//Eve", "//Ferdie", "//Charlie", "//Bob", "//Alice", "//One", "//Two"] {
		let patient = key(uri);
		let account = patient.public_key().to_account_id();
		let terms = GrantTerms {
			grantee: Grantee::Organization(0),
			read: true,
			write: true,
			categories: None,
			purpose: PurposeOfUse::Treatment,
			valid_until: None,
		};
		chain.grant(&patient, account.clone(), terms).await.expect("grant");
		patients.push(account);
	}
	let patients = Arc::new(patients);

	// Store: N documents of 4 KiB, C uploads in flight (the gateway submits anchors one at a
	// time: they share its account's nonce).
	let records = Arc::new(std::sync::Mutex::new(Vec::new()));
	let (latencies, failed, wall) = run(count, concurrency, |index| {
		let (http, gateway, hospital, records) =
			(http.clone(), gateway.clone(), hospital.clone(), records.clone());
		let patient = &patients[index % patients.len()];
		let path = format!("/records?patient={patient}&category=LaboratoryReport");
		async move {
			let mut document = vec![0u8; 4096];
			document[..8].copy_from_slice(&(index as u64).to_le_bytes());
			let Ok(answer) =
				signed(&http, &gateway, &hospital, reqwest::Method::POST, &path, Some(document))
					.await
			else {
				return false;
			};
			let Ok(answer) = answer.json::<serde_json::Value>().await else { return false };
			match answer["record"].as_u64() {
				Some(record) => {
					records.lock().expect("lock").push(record);
					true
				}
				None => false,
			}
		}
	})
	.await;
	report("stored (4 KiB, each its own record, anchored in batches)", latencies, failed, wall);

	// The chain logs a read of each by the hospital's practitioner: batches of 100.
	let records: Vec<u64> = records.lock().expect("lock").clone();
	let logging = Instant::now();
	for chunk in records.chunks(100) {
		let calls = chunk
			.iter()
			.map(|record| {
				RuntimeCall::EhrAnchor(EhrAnchorCall::request_access {
					record: *record,
					purpose: PurposeOfUse::Treatment,
				})
			})
			.collect();
		chain
			.submit(&runtime::tx().utility().batch_all(calls), &hospital)
			.await
			.expect("requestAccess batch");
	}
	println!("logged {} reads on chain in {:.2} s", records.len(), logging.elapsed().as_secs_f64());

	// Read each back: each release checks the chain and uses its logged read.
	let records = Arc::new(records);
	let (latencies, failed, wall) = run(records.len(), concurrency, |index| {
		let (http, gateway, hospital, records) =
			(http.clone(), gateway.clone(), hospital.clone(), records.clone());
		async move {
			let path = format!("/records/{}", records[index]);
			matches!(
				signed(&http, &gateway, &hospital, reqwest::Method::GET, &path, None).await,
				Ok(answer) if answer.status().is_success()
			)
		}
	})
	.await;
	report("authorised reads (each on its own logged read)", latencies, failed, wall);
}
