//! Healthchain as it is deployed: a rococo-local relay chain with two validators (alice, bob)
//! and Healthchain (para 2000, the `local` chain spec) with two collators, spawned from
//! `healthchain-local.toml` by zombienet-sdk's native provider. One network, one test that
//! runs the scenarios in order (a network takes minutes to start):
//!
//! 1. parachain blocks are produced, included and finalised by the relay chain, and both
//!    collators author them, and a collator exposes the metrics docs/OPERATING.md names;
//! 2. a consented `ehrAnchor.anchor` from the demo consortium sent to one collator is
//!    finalised and answered by `EhrAnchorApi_verify_hash` on the other;
//! 3. `kill -9` of one collator: the other keeps the chain going; restarted on its base path,
//!    the killed one catches up, keeps every finalised block and authors again;
//! 4. the collator set changes through governance: a third collator's Aura key is set with
//!    `session.set_keys`, a council motion adds its account as an invulnerable, and it authors
//!    (the genesis runtime is built with one-minute sessions for this);
//! 5. a runtime upgrade through governance: a council motion authorises the code hash of the
//!    runtime with `spec_version` one higher, `system.apply_authorized_upgrade` submits it, the
//!    relay chain enacts it, blocks go on under the new `spec_version`, and the record anchored
//!    in 2 reads back.
//!
//! Run it with scripts/network-test.sh (it builds the relay binaries and the node first).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{bail, ensure, Result};
use healthchain_network_tests::{
	add_collator, anchor_lab_report, apply_authorized_upgrade, aura_authorities, authorize_upgrade,
	block_author, block_hash, client, dev_key, finalized_number, grant_hospital_write, hex_string,
	holds_aura_key, join_as_collator, kill_9, metric_names, relay_finalized_para_head,
	spawn_local_network, spec_version, step, test_runtime, verify_hash, wait_finalized, wait_for,
	Client, LocalNetwork, ALERT_METRICS, UPGRADE_WASM_VAR,
};
use zombienet_sdk::NetworkNode;

/// Generous: a debug-built collator on two cores shares them with two relay validators.
const MINUTES: u64 = 60;

/// A session's length in the genesis runtime (built with `fast-sessions`: one minute).
const SESSION_BLOCKS: u64 = 10;

/// A content hash no one has anchored: the time in nanoseconds and a label.
fn fresh_hash(label: &[u8; 16]) -> [u8; 32] {
	let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
	let mut hash = [0u8; 32];
	hash[..16].copy_from_slice(&nanos.to_le_bytes());
	hash[16..].copy_from_slice(label);
	hash
}

/// Which collator authored block `number`: "healthchain-alice", "healthchain-bob" or an error.
async fn author_of(
	chain: &Client,
	reader: &NetworkNode,
	collators: [&NetworkNode; 2],
	number: u64,
) -> Result<String> {
	let Some(hash) = block_hash(reader, number).await? else {
		bail!("{} has no block {number}", reader.name());
	};
	let author = block_author(chain, hash).await?;
	for collator in collators {
		if holds_aura_key(collator, author).await? {
			return Ok(collator.name().to_string());
		}
	}
	bail!("block {number} was authored by 0x{}, which no collator holds", hex_string(&author))
}

#[tokio::test(flavor = "multi_thread")]
async fn healthchain_runs_on_a_rococo_local_relay_chain() -> Result<()> {
	let start = Instant::now();
	// Read before spawning: a missing upgrade runtime fails the test in seconds, not minutes.
	let upgrade_code = std::fs::read(test_runtime(UPGRADE_WASM_VAR)?)?;
	let mut network = spawn_local_network().await?;
	step(start, "network spawned");
	let outcome = scenarios(&mut network, &upgrade_code, start).await;
	if let Err(error) = &outcome {
		step(start, &format!("failed: {error:#}"));
		print_log_tails(&network).await;
	}
	// The nodes are stopped whether the scenarios passed or not.
	let destroyed = network.destroy().await;
	outcome.and(destroyed.map_err(Into::into))
}

/// The last lines of every node's log, so a failure's output shows what the nodes saw.
async fn print_log_tails(network: &LocalNetwork) {
	const LINES: usize = 25;
	for node in network.nodes() {
		match node.logs().await {
			Ok(log) => {
				let lines: Vec<&str> = log.lines().collect();
				println!("--- the last {LINES} lines of {}'s log ---", node.name());
				for line in &lines[lines.len().saturating_sub(LINES)..] {
					println!("{line}");
				}
			}
			Err(error) => println!("--- no log of {}: {error:#} ---", node.name()),
		}
	}
}

/// The five scenarios, in order, on the spawned `network`.
async fn scenarios(network: &mut LocalNetwork, upgrade_code: &[u8], start: Instant) -> Result<()> {
	let relay = client(network.get_node("alice")?).await?;
	let alice_node = network.get_node("healthchain-alice")?;
	let bob_node = network.get_node("healthchain-bob")?;
	let collators = [alice_node, bob_node];
	let alice = client(alice_node).await?;
	let bob = client(bob_node).await?;

	// 1. Blocks produced, included and finalised by the relay chain; both collators author.
	let relay_ref = &relay;
	let included = wait_for(
		"the relay chain to include and finalise parachain block 6",
		Duration::from_secs(10 * MINUTES),
		|| async move {
			Ok::<_, anyhow::Error>(relay_finalized_para_head(relay_ref).await?.filter(|n| *n >= 6))
		},
	)
	.await?;
	step(start, &format!("relay chain finalised para head #{included}"));
	wait_finalized(
		&bob,
		"healthchain-bob to finalise parachain block 6",
		6,
		Duration::from_secs(5 * MINUTES),
	)
	.await?;
	// Both collators author: each Aura slot has one author, but a collator that is still
	// syncing its relay chain when its first slots come leaves them empty, so the first blocks
	// can all be the other's (CI saw blocks 1 to 6 all by healthchain-alice). Finalised blocks
	// are read until each collator has authored one.
	let deadline = Instant::now() + Duration::from_secs(5 * MINUTES);
	let mut authored = Vec::new();
	loop {
		let latest = finalized_number(&bob).await?;
		for number in (authored.len() as u64 + 1)..=latest {
			authored.push(author_of(&bob, bob_node, collators, number).await?);
		}
		let silent: Vec<&str> = collators
			.iter()
			.map(|collator| collator.name())
			.filter(|name| !authored.iter().any(|author| author == name))
			.collect();
		if silent.is_empty() {
			break;
		}
		ensure!(
			Instant::now() < deadline,
			"{silent:?} authored none of the finalised blocks 1..={latest} in {} s: {authored:?}",
			5 * MINUTES
		);
		tokio::time::sleep(Duration::from_secs(6)).await;
	}
	step(start, &format!("finalised blocks 1..={} authored by {authored:?}", authored.len()));

	// The metrics docs/OPERATING.md says to alert on are the ones a collator exposes.
	let exposed = metric_names(alice_node)?;
	let missing: Vec<_> = ALERT_METRICS.iter().filter(|name| !exposed.contains(**name)).collect();
	ensure!(missing.is_empty(), "healthchain-alice does not expose {missing:?}");

	// 2. A consented anchor sent to one collator, verified on the other.
	let rate_from = (Instant::now(), finalized_number(&bob).await?);
	let patient = dev_key("//Dave")?;
	let practitioner = dev_key("//HospitalPractitioner")?;
	let hash = fresh_hash(b"network-test-rep");
	ensure!(verify_hash(&bob, hash).await?.is_none(), "a fresh hash is already known");
	grant_hospital_write(&alice, &patient).await?;
	let record = anchor_lab_report(&alice, &practitioner, &patient, hash).await?;
	step(start, &format!("record {record} anchored through healthchain-alice, finalised"));
	let bob_ref = &bob;
	let verified = wait_for(
		"healthchain-bob to verify the anchored hash",
		Duration::from_secs(2 * MINUTES),
		|| async move { verify_hash(bob_ref, hash).await },
	)
	.await?;
	ensure!(verified == (record, "Active".to_string()), "healthchain-bob answered {verified:?}");
	step(start, &format!("healthchain-bob verifies the hash: record {record}, Active"));
	let now_finalized = finalized_number(&bob).await?;
	let minutes = rate_from.0.elapsed().as_secs_f64() / 60.0;
	println!(
		"figure: {:.1} parachain blocks finalised per minute (#{} to #{now_finalized} in {minutes:.1} min)",
		now_finalized.saturating_sub(rate_from.1) as f64 / minutes,
		rate_from.1
	);

	// 3. kill -9 of one collator; the other goes on; the killed one restarts and catches up.
	let before = finalized_number(&bob).await?;
	let Some(before_hash) = block_hash(bob_node, before).await? else {
		bail!("healthchain-bob has no hash for its finalised block {before}");
	};
	let pid = kill_9(alice_node)?;
	step(start, &format!("healthchain-alice (pid {pid}) killed with SIGKILL at #{before}"));
	let alone = wait_finalized(
		&bob,
		"healthchain-bob to finalise 3 more blocks alone",
		before + 3,
		Duration::from_secs(5 * MINUTES),
	)
	.await?;
	step(start, &format!("healthchain-bob finalised #{alone} while healthchain-alice was down"));

	let restarted = Instant::now();
	alice_node.restart(None).await?;
	let alice = client(alice_node).await?;
	let caught_up = wait_finalized(
		&alice,
		"the restarted healthchain-alice to catch up",
		alone,
		Duration::from_secs(5 * MINUTES),
	)
	.await?;
	step(start, &format!("healthchain-alice restarted and finalised #{caught_up}"));
	println!(
		"figure: healthchain-alice caught up to #{alone} {:.1} s after its restart",
		restarted.elapsed().as_secs_f64()
	);
	ensure!(
		block_hash(alice_node, before).await? == Some(before_hash),
		"block #{before} changed across the crash"
	);
	ensure!(
		verify_hash(&alice, hash).await? == Some((record, "Active".to_string())),
		"the record anchored before the crash is not answered after it"
	);
	let alice_ref = &alice;
	let alice_authors_again = wait_for(
		"the restarted healthchain-alice to author a finalised block",
		Duration::from_secs(5 * MINUTES),
		|| async move {
			let latest = finalized_number(alice_ref).await?;
			for number in (caught_up + 1)..=latest {
				if author_of(alice_ref, alice_node, collators, number).await? == "healthchain-alice"
				{
					return Ok(Some(number));
				}
			}
			Ok::<_, anyhow::Error>(None)
		},
	)
	.await?;
	step(start, &format!("healthchain-alice authored #{alice_authors_again} after its restart"));

	// 4. A third collator joins through governance and authors.
	let (council_alice, council_bob) = (dev_key("//Alice")?, dev_key("//Bob")?);
	add_collator(network, "healthchain-charlie").await?;
	let charlie_node = network.get_node("healthchain-charlie")?;
	step(start, "healthchain-charlie started; it is not a collator of the chain yet");
	let joining = (Instant::now(), finalized_number(&bob).await?);
	let charlie_key =
		join_as_collator(&bob, charlie_node, &dev_key("//Charlie")?, &council_alice, &council_bob)
			.await?;
	let added_at = finalized_number(&bob).await?;
	step(
		start,
		&format!(
			"//Charlie set Aura key 0x{} and the council made it an invulnerable by #{added_at}",
			hex_string(&charlie_key)
		),
	);
	let bob_node = network.get_node("healthchain-bob")?;
	let bob_ref = &bob;
	// Queued at the next session change, active at the one after: at most two sessions of
	// `fast-sessions`' 10 blocks, plus finality's lag.
	wait_finalized(
		&bob,
		"two session changes after the motion",
		added_at + 2 * SESSION_BLOCKS + 5,
		Duration::from_secs(10 * MINUTES),
	)
	.await?;
	ensure!(
		aura_authorities(&bob).await?.contains(&charlie_key),
		"two sessions after the motion, the new key is not among the Aura authorities"
	);
	let active_from = finalized_number(&bob).await?;
	step(start, &format!("the new key is an Aura authority at #{active_from}"));
	let charlie_authored = wait_for(
		"healthchain-charlie to author a finalised block",
		Duration::from_secs(5 * MINUTES),
		|| async move {
			let latest = finalized_number(bob_ref).await?;
			for number in active_from..=latest {
				let Some(hash) = block_hash(bob_node, number).await? else { continue };
				if block_author(bob_ref, hash).await? == charlie_key {
					return Ok(Some(number));
				}
			}
			Ok::<_, anyhow::Error>(None)
		},
	)
	.await?;
	step(start, &format!("healthchain-charlie authored #{charlie_authored}"));
	println!(
		"figure: the new collator authored #{charlie_authored}, {} blocks and {:.1} s after the \
		 join began at #{}",
		charlie_authored.saturating_sub(joining.1),
		joining.0.elapsed().as_secs_f64(),
		joining.1
	);

	// 5. A runtime upgrade through governance on the live network.
	let old_version = spec_version(bob_node, None).await?;
	let authorised_at = authorize_upgrade(&bob, upgrade_code, &council_alice, &council_bob).await?;
	step(start, &format!("the council authorised the upgrade at #{authorised_at}"));
	let stored_at = apply_authorized_upgrade(&bob, upgrade_code, &dev_key("//Dave")?).await?;
	step(
		start,
		&format!(
			"{} bytes of runtime stored at #{stored_at}; waiting for the relay chain to enact it",
			upgrade_code.len()
		),
	);
	let upgraded_seen = wait_for(
		"the finalised chain to run the new spec_version",
		Duration::from_secs(10 * MINUTES),
		|| async move {
			let number = finalized_number(bob_ref).await?;
			let Some(hash) = block_hash(bob_node, number).await? else { return Ok(None) };
			let version = spec_version(bob_node, Some(hash)).await?;
			Ok::<_, anyhow::Error>(Some(number).filter(|_| version > old_version))
		},
	)
	.await?;
	// The block that enacts the new code still runs the old one; the version in its post-state
	// is the new one. The first block under the new runtime is the one after it.
	let mut enacted = upgraded_seen;
	while enacted > stored_at {
		let Some(hash) = block_hash(bob_node, enacted - 1).await? else { break };
		if spec_version(bob_node, Some(hash)).await? == old_version {
			break;
		}
		enacted -= 1;
	}
	let first_upgraded = enacted + 1;
	let new_version = spec_version(bob_node, block_hash(bob_node, enacted).await?).await?;
	ensure!(
		new_version == old_version + 1,
		"spec_version went from {old_version} to {new_version}"
	);
	step(start, &format!("block #{first_upgraded} is the first under spec_version {new_version}"));
	println!(
		"figure: {} blocks from the upgrade's authorisation (#{authorised_at}) to the first block \
		 under spec_version {new_version} (#{first_upgraded})",
		first_upgraded - authorised_at
	);
	let bob = client(bob_node).await?;
	let going_on = wait_finalized(
		&bob,
		"three more finalised blocks under the new runtime",
		upgraded_seen + 3,
		Duration::from_secs(5 * MINUTES),
	)
	.await?;
	ensure!(
		verify_hash(&bob, hash).await? == Some((record, "Active".to_string())),
		"the record anchored before the upgrade is not answered after it"
	);
	step(
		start,
		&format!(
			"finalised #{going_on} under spec_version {new_version}; record {record} reads back"
		),
	);
	Ok(())
}
