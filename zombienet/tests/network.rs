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
//!    the killed one catches up, keeps every finalised block and authors again.
//!
//! Run it with scripts/network-test.sh (it builds the relay binaries and the node first).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{bail, ensure, Result};
use healthchain_network_tests::{
	anchor_lab_report, block_author, block_hash, client, dev_key, finalized_number,
	grant_hospital_write, hex_string, holds_aura_key, kill_9, metric_names,
	relay_finalized_para_head, spawn_local_network, step, verify_hash, wait_finalized, wait_for,
	Client, ALERT_METRICS,
};
use zombienet_sdk::NetworkNode;

/// Generous: a debug-built collator on two cores shares them with two relay validators.
const MINUTES: u64 = 60;

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
	let network = spawn_local_network().await?;
	step(start, "network spawned");
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
	let finalized = wait_finalized(
		&bob,
		"healthchain-bob to finalise parachain block 6",
		6,
		Duration::from_secs(5 * MINUTES),
	)
	.await?;
	let mut authored = Vec::new();
	for number in 1..=finalized {
		authored.push(author_of(&bob, bob_node, collators, number).await?);
	}
	step(start, &format!("finalised blocks 1..={finalized} authored by {authored:?}"));
	for collator in collators {
		ensure!(
			authored.iter().any(|name| name == collator.name()),
			"{} authored none of blocks 1..={finalized}: {authored:?}",
			collator.name()
		);
	}

	// The metrics docs/OPERATING.md says to alert on are the ones a collator exposes.
	let exposed = metric_names(alice_node)?;
	let missing: Vec<_> = ALERT_METRICS.iter().filter(|name| !exposed.contains(**name)).collect();
	ensure!(missing.is_empty(), "healthchain-alice does not expose {missing:?}");

	// 2. A consented anchor sent to one collator, verified on the other.
	let rate_from = (Instant::now(), finalized);
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

	network.destroy().await?;
	Ok(())
}
