// Crashes that lose nothing: a `healthchain-node --dev` on a base path, a client streaming
// consented anchors and consent grants at it, and `kill -9` of the node at a random moment,
// five times in a row. After each restart on the same base path: every transaction the client
// saw in a finalised block is still in that block, the node seals again on top of what it had,
// and the database opened without repair. The moments come from a seeded generator; the seed
// is printed, and HEALTHCHAIN_CRASH_SEED replays a run.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';

import { connectApi, signAndSendInBlock, treatmentConsent } from './lib/chain.mjs';
import { makeTempDir, rpc, startNode, waitFor, withNodeLogs } from './lib/node.mjs';

/** The demo hospital's organisation id (runtime/src/demo_consortium.rs). */
const HOSPITAL = 0;
/** How many times the node is killed. */
const CRASHES = 5;
/** A block a second, finalised at once (development mode). */
const NODE_EXTRA_ARGS = ['--dev-block-time', '1000'];

/** A small seeded generator (mulberry32), so that a failing run can be replayed. */
function generator(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const seed = Number(process.env.HEALTHCHAIN_CRASH_SEED ?? Date.now() % 2 ** 31);
const random = generator(seed);

let tmp = null;
let basePath = null;
let node = null;
let keyring = null;

/** What the client saw finalised: one entry per transaction. */
const finalized = [];

/** Streams anchors (practitioner for Dave) and grants (Eve, Ferdie and Charlie, in turn) until `stop()`. */
function stream(api, accounts, nonces) {
	let stopped = false;
	let sent = 0;
	const watch = (tx, signer, nonce, kind) =>
		tx
			.signAndSend(signer, { nonce }, ({ status, dispatchError }) => {
				if (status.isFinalized && !dispatchError) {
					finalized.push({ kind, txHash: tx.hash.toHex(), blockHash: status.asFinalized.toHex() });
				}
			})
			.catch(() => {
				// The node died under it: whether it made it is what the checks find out.
			});
	const loop = (async () => {
		for (let i = 0; !stopped; i += 1) {
			const hash = blake2AsHex(`crash ${seed} ${Date.now()} ${i}`, 256);
			const anchor = api.tx.ehrAnchor.anchor(accounts.dave.address, 'LaboratoryReport', hash, 'Sha2_256', `ipfs://bafy-crash-${i}`, null);
			watch(anchor, accounts.practitioner, nonces.practitioner, 'anchor');
			nonces.practitioner += 1;
			sent += 1;
			// A patient holds at most 32 live grants: three patients, a grant every sixth step.
			if (i % 6 === 0) {
				const patient = ['eve', 'ferdie', 'charlie'][(i / 6) % 3];
				const grant = api.tx.consent.grant(accounts[patient].address, treatmentConsent({ org: HOSPITAL, read: true }));
				watch(grant, accounts[patient], nonces[patient], 'grant');
				nonces[patient] += 1;
				sent += 1;
			}
			await new Promise((resolve) => setTimeout(resolve, 150));
		}
	})();
	return {
		stop: async () => {
			stopped = true;
			await loop;
			return sent;
		},
	};
}

describe('kill -9 of a --dev node while transactions stream in', { concurrency: false }, () => {
	before(async () => {
		await cryptoWaitReady();
		keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
		tmp = await makeTempDir('healthchain-crash-');
		basePath = path.join(tmp.dir, 'base');
	});

	after(async () => {
		if (node && !node.hasExited()) await node.stop().catch(() => {});
		if (tmp) await tmp.cleanup();
	});

	it(
		`keeps every finalised transaction across ${CRASHES} crashes (seed printed)`,
		{ timeout: 30 * 60_000 },
		withNodeLogs(
			() => [node],
			async () => {
				console.log(`crash test seed: ${seed} (HEALTHCHAIN_CRASH_SEED=${seed} replays it)`);
				const accounts = {
					practitioner: keyring.addFromUri('//HospitalPractitioner'),
					dave: keyring.addFromUri('//Dave'),
					eve: keyring.addFromUri('//Eve'),
					ferdie: keyring.addFromUri('//Ferdie'),
					charlie: keyring.addFromUri('//Charlie'),
				};

				node = await startNode({ basePath, extraArgs: NODE_EXTRA_ARGS });
				let api = await connectApi(node.wsUrl);
				await signAndSendInBlock(
					api,
					api.tx.consent.grant(accounts.dave.address, treatmentConsent({ org: HOSPITAL, write: true })),
					accounts.dave,
				);

				for (let crash = 1; crash <= CRASHES; crash += 1) {
					const nonces = {};
					for (const name of ['practitioner', 'eve', 'ferdie', 'charlie']) {
						nonces[name] = (await api.rpc.system.accountNextIndex(accounts[name].address)).toNumber();
					}
					const streaming = stream(api, accounts, nonces);
					const moment = 3_000 + Math.floor(random() * 7_000);
					await new Promise((resolve) => setTimeout(resolve, moment));
					node.proc.kill('SIGKILL');
					const sent = await streaming.stop();
					const exit = await node.exited;
					assert.equal(exit.signal, 'SIGKILL', `crash ${crash}: the node was not killed: ${JSON.stringify(exit)}`);
					await api.disconnect().catch(() => {});
					const seen = finalized.length;

					node = await startNode({ basePath, extraArgs: NODE_EXTRA_ARGS });
					api = await connectApi(node.wsUrl);
					const reopened = await rpc(node.httpUrl, 'chain_getHeader');
					// Every transaction seen finalised, before this crash or any earlier one, is
					// still in its block, and the block is still the chain's at its height.
					for (const entry of finalized) {
						const block = await api.rpc.chain.getBlock(entry.blockHash);
						const canonical = await api.rpc.chain.getBlockHash(block.block.header.number);
						assert.equal(canonical.toHex(), entry.blockHash, `crash ${crash}: the block of ${entry.kind} ${entry.txHash} is no longer canonical`);
						assert.ok(
							block.block.extrinsics.some((extrinsic) => extrinsic.hash.toHex() === entry.txHash),
							`crash ${crash}: ${entry.kind} ${entry.txHash} is missing from block ${entry.blockHash}`,
						);
					}
					// The node seals on top of what it had.
					const reopenedAt = Number.parseInt(reopened.number, 16);
					await waitFor(
						async () => Number.parseInt((await rpc(node.httpUrl, 'chain_getHeader')).number, 16) > reopenedAt,
						{ timeoutMs: 60_000, what: `a new block after restart ${crash}` },
					);
					assert.doesNotMatch(node.logTail(500), /repair|corrupt/i, `crash ${crash}: the database needed repair`);
					console.log(
						`figure: crash ${crash} after ${moment} ms: ${sent} transactions sent, ${seen} seen finalised so far, ` +
							`all still there; reopened at #${reopenedAt} and sealing`,
					);
				}
				await api.disconnect();
				assert.ok(finalized.length > 0, 'the client saw nothing finalised: the test checked nothing');
			},
		),
	);
});
