// The load generator behind scripts/load.sh: how many transactions of a kind a block holds,
// and how many per second the chain includes end to end, on a real `healthchain-node --dev`.
//
// For each kind it pre-signs enough transactions to fill blocks for `--seconds` of chain time
// (at least 60 s: ten 6-second blocks) from many accounts set up through the demo consortium,
// submits them all as fast as the node's RPC takes them, and follows the blocks. It prints,
// per block, the transactions of the kind included and the normal class's ref_time and proof
// size as a share of their limits; and per kind, the capacity computed from the weight the
// runtime charges, the transactions per block and per second actually included (sustained
// over the blocks that were full), and their share of the computed capacity.
//
// Kinds: `remark` (system.remarkWithEvent, 32 bytes) and `transfer`
// (balances.transferKeepAlive) are the yardsticks; `anchor` (ehrAnchor.anchor, a consented
// laboratory report) and `grant` (consent.grant) are the healthcare calls.
//
//   node load/load.mjs [--kinds remark,transfer,anchor,grant] [--seconds 60] [--signers 32]
//                      [--json FILE]
//
// HEALTHCHAIN_NODE names the node binary (scripts/load.sh picks the release node when it is
// built). Figures from a debug node are not the chain's capacity: its host code (storage,
// trie, hashing) is unoptimised.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { Keyring } from '@polkadot/keyring';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';

import { connectApi, describeDispatchError, signAndSendInBlock, treatmentConsent } from '../lib/chain.mjs';
import { makeTempDir, resolveNodeBinary, startNode } from '../lib/node.mjs';

/** The demo hospital's organisation id (runtime/src/demo_consortium.rs). */
const HOSPITAL = 0;
/** One HCT (12 decimals). */
const HCT = 10n ** 12n;
/** The chain's block time. */
const BLOCK_SECONDS = 6;
/** How many submissions are in flight at once. */
const SUBMIT_WINDOW = 512;
/** Blocks in a row without a transaction of the kind, after everything was submitted, that end a run. */
const IDLE_BLOCKS_TO_STOP = 3;

const { values: options } = parseArgs({
	options: {
		kinds: { type: 'string', default: 'remark,transfer,anchor,grant' },
		seconds: { type: 'string', default: '60' },
		signers: { type: 'string', default: '32' },
		json: { type: 'string' },
	},
});
const KINDS = options.kinds.split(',').map((kind) => kind.trim()).filter(Boolean);
const SECONDS = Number(options.seconds);
const SIGNERS = Number(options.signers);
if (!(SECONDS >= 60) || !(SIGNERS >= 1) || KINDS.some((kind) => !['remark', 'transfer', 'anchor', 'grant'].includes(kind))) {
	console.error('usage: load.mjs [--kinds remark,transfer,anchor,grant] [--seconds N>=60] [--signers N>=1] [--json FILE]');
	process.exit(2);
}

const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const percent = (share) => `${(100 * share).toFixed(1)} %`;

/** Runs `tasks` (functions returning promises) with at most `window` in flight; resolves with their results. */
async function inWindow(tasks, window) {
	const results = new Array(tasks.length);
	let next = 0;
	const worker = async () => {
		while (next < tasks.length) {
			const index = next;
			next += 1;
			results[index] = await tasks[index]();
		}
	};
	await Promise.all(Array.from({ length: Math.min(window, tasks.length) }, worker));
	return results;
}

/** Sends `calls` from `signer` in one `utility.batchAll`, in a block, and fails on any error. */
async function batchFrom(api, signer, calls) {
	const chunk = 200;
	for (let start = 0; start < calls.length; start += chunk) {
		await signAndSendInBlock(api, api.tx.utility.batchAll(calls.slice(start, start + chunk)), signer);
	}
}

/** Submits `txs` (signed, hex) to the node; resolves with how many the pool refused, and why. */
async function submitAll(api, txs) {
	const refused = new Map();
	await inWindow(
		txs.map((tx) => async () => {
			try {
				await api.rpc.author.submitExtrinsic(tx);
			} catch (err) {
				const why = err.message.slice(0, 120);
				refused.set(why, (refused.get(why) ?? 0) + 1);
			}
		}),
		SUBMIT_WINDOW,
	);
	return refused;
}

/**
 * The accounts and pre-signed transactions of one kind: `count` transactions from `signers`
 * accounts, round-robin, each with its own nonce.
 */
async function prepare(api, keyring, kind, count) {
	const alice = keyring.addFromUri('//Alice');
	const tag = `${kind}-${Date.now()}`;
	// A patient holds at most MaxGrantsPerGrantee live grants to one grantee (every load grant
	// goes to the same one): grants need enough patients.
	const maxGrants = api.consts.consent.maxGrantsPerGrantee.toNumber();
	const signerCount = kind === 'grant' ? Math.max(SIGNERS, Math.ceil(count / maxGrants)) : SIGNERS;
	const signers = Array.from({ length: signerCount }, (_, i) => keyring.addFromUri(`//Load/${tag}/signer/${i}`));
	// Enough for every signer's fees; transfers move 1 HCT each. Grants need many signers
	// (above), each making only a few: 1,000 HCT apiece would outrun //Alice's endowment
	// after the other kinds (`FundsUnavailable`), and 100 HCT covers a few grants' fees.
	const perSigner = kind === 'grant' ? 100n * HCT : 1_000n * HCT;
	const funding = perSigner + (kind === 'transfer' ? BigInt(Math.ceil(count / signerCount)) * HCT : 0n);
	await batchFrom(
		api,
		alice,
		signers.map((signer) => api.tx.balances.transferKeepAlive(signer.address, funding)),
	);

	let makeCall;
	if (kind === 'remark') {
		makeCall = (i) => api.tx.system.remarkWithEvent(blake2AsHex(`${tag} ${i}`, 256));
	} else if (kind === 'transfer') {
		const payees = Array.from({ length: 64 }, (_, i) => keyring.addFromUri(`//Load/${tag}/payee/${i}`).address);
		makeCall = (i) => api.tx.balances.transferKeepAlive(payees[i % payees.length], HCT);
	} else if (kind === 'anchor') {
		// The signers become the hospital's practitioners (invited by its admin, accepted by each),
		// and patients grant the hospital write access.
		const admin = keyring.addFromUri('//HospitalAdmin');
		await batchFrom(
			api,
			admin,
			signers.map((signer) => api.tx.organizations.addMember(HOSPITAL, signer.address, 'Practitioner')),
		);
		await Promise.all(
			signers.map((signer) => signAndSendInBlock(api, api.tx.organizations.acceptInvitation(HOSPITAL), signer)),
		);
		const patients = Array.from({ length: SIGNERS }, (_, i) => keyring.addFromUri(`//Load/${tag}/patient/${i}`));
		await batchFrom(
			api,
			alice,
			patients.map((patient) => api.tx.balances.transferKeepAlive(patient.address, 10n * HCT)),
		);
		await Promise.all(
			patients.map((patient) =>
				signAndSendInBlock(
					api,
					api.tx.consent.grant(patient.address, treatmentConsent({ org: HOSPITAL, write: true })),
					patient,
				),
			),
		);
		makeCall = (i) =>
			api.tx.ehrAnchor.anchor(
				patients[i % patients.length].address,
				'LaboratoryReport',
				blake2AsHex(`${tag} document ${i}`, 256),
				'Sha2_256',
				`ipfs://bafy-load-${i}`,
				null,
			);
	} else {
		// consent.grant: each signer is a patient granting read access to one organisation of the
		// demo consortium after another.
		makeCall = (i) =>
			api.tx.consent.grant(
				signers[i % signers.length].address,
				treatmentConsent({
					org: Math.floor(i / signers.length) % 11,
					read: true,
					validUntil: Math.floor(i / signers.length) + 4_000_000_000_000,
				}),
			);
	}

	const nonces = await Promise.all(signers.map((signer) => api.rpc.system.accountNextIndex(signer.address)));
	const next = nonces.map((nonce) => nonce.toNumber());
	const txs = [];
	const started = Date.now();
	for (let i = 0; i < count; i += 1) {
		const s = i % signers.length;
		const signed = await makeCall(i).signAsync(signers[s], { nonce: next[s], era: 0 });
		next[s] += 1;
		txs.push(signed.toHex());
		// Signing is CPU-bound: let the WebSocket answer the node's pings meanwhile, or the node
		// drops the connection.
		if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
	}
	log(`${kind}: ${count} transactions pre-signed by ${signers.length} accounts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return txs;
}

/** The weight the runtime charges for `call` and its encoded length as a signed extrinsic. */
async function chargedWeight(api, keyring, call) {
	const alice = keyring.addFromUri('//Alice');
	const info = await call.paymentInfo(alice);
	const signed = await call.signAsync(alice, { era: 0 });
	return {
		refTime: info.weight.refTime.toBigInt(),
		proofSize: info.weight.proofSize.toBigInt(),
		length: signed.encodedLength,
	};
}

/** The normal dispatch class's limits per block. */
function normalLimits(api) {
	const weights = api.consts.system.blockWeights;
	const normal = weights.perClass.normal.maxTotal.unwrapOr(weights.maxBlock);
	const length = api.consts.system.blockLength.max.normal.toNumber();
	return { refTime: normal.refTime.toBigInt(), proofSize: normal.proofSize.toBigInt(), length };
}

/** Runs one kind: prepares, submits, follows the blocks, and returns its figures. */
async function runKind(api, keyring, kind) {
	const limits = normalLimits(api);
	const probe = await prepareProbe(api, kind);
	const weight = await chargedWeight(api, keyring, probe);
	const byRefTime = Number(limits.refTime / weight.refTime);
	const byProof = Number(limits.proofSize / weight.proofSize);
	const byLength = Math.floor(limits.length / weight.length);
	// Storage-weight reclaim hands back, after each transaction, the proof it charged but did not
	// use, and the block builder admits the next against what is left: the charged proof limits
	// a block only when transactions really use it (the blocks' proof share shows that). The
	// capacity is what ref_time and length allow.
	const capacity = Math.min(byRefTime, byLength);
	const count = capacity * (Math.ceil(SECONDS / BLOCK_SECONDS) + 2);
	log(
		`${kind}: charged ${weight.refTime} ps ref_time, ${weight.proofSize} B proof, ${weight.length} B; ` +
			`capacity per block by ref_time ${byRefTime}, by length ${byLength}: ${capacity} ` +
			`(by charged proof before reclaim: ${byProof})`,
	);
	const txs = await prepare(api, keyring, kind, count);
	const section = { remark: 'system', transfer: 'balances', anchor: 'ehrAnchor', grant: 'consent' }[kind];

	const blocks = [];
	let submitted = false;
	let idle = 0;
	let resolveDone;
	const done = new Promise((resolve) => {
		resolveDone = resolve;
	});
	const unsubscribe = await api.rpc.chain.subscribeNewHeads(async (header) => {
		const hash = header.hash;
		const [block, events, blockWeight] = await Promise.all([
			api.rpc.chain.getBlock(hash),
			api.query.system.events.at(hash),
			api.query.system.blockWeight.at(hash),
		]);
		let included = 0;
		let failed = 0;
		const failures = new Map();
		block.block.extrinsics.forEach((extrinsic, index) => {
			if (extrinsic.method.section !== section) return;
			included += 1;
			const failure = events.find(
				({ phase, event }) => phase.isApplyExtrinsic && phase.asApplyExtrinsic.eq(index) && api.events.system.ExtrinsicFailed.is(event),
			);
			if (failure) {
				failed += 1;
				const why = describeDispatchError(api, failure.event.data[0]);
				failures.set(why, (failures.get(why) ?? 0) + 1);
			}
		});
		const normal = blockWeight.normal;
		const entry = {
			number: header.number.toNumber(),
			at: Date.now(),
			included,
			failed,
			refTimeShare: Number(normal.refTime.toBigInt()) / Number(limits.refTime),
			proofShare: Number(normal.proofSize.toBigInt()) / Number(limits.proofSize),
		};
		blocks.push(entry);
		if (included > 0) {
			log(
				`${kind}: block #${entry.number}: ${included} included${failed ? ` (${failed} failed: ${[...failures.keys()].join('; ')})` : ''}, ` +
					`ref_time ${percent(entry.refTimeShare)}, proof ${percent(entry.proofShare)}`,
			);
		}
		idle = included > 0 ? 0 : idle + 1;
		if (submitted && idle >= IDLE_BLOCKS_TO_STOP) resolveDone();
	});

	const submitStarted = Date.now();
	const refused = await submitAll(api, txs);
	const accepted = txs.length - [...refused.values()].reduce((a, b) => a + b, 0);
	log(
		`${kind}: ${accepted} of ${txs.length} submitted in ${((Date.now() - submitStarted) / 1000).toFixed(1)} s` +
			(refused.size ? `; refused: ${[...refused].map(([why, n]) => `${n}× ${why}`).join('; ')}` : ''),
	);
	submitted = true;
	await done;
	unsubscribe();

	// Blocks are fetched concurrently, so they may have arrived out of order.
	const busy = blocks.filter((entry) => entry.included > 0).sort((a, b) => a.number - b.number);
	const included = busy.reduce((sum, entry) => sum + entry.included, 0);
	const failed = busy.reduce((sum, entry) => sum + entry.failed, 0);
	// Sustained: over every block from the first that included the kind to the one before the
	// last (the last takes what is left over), blocks without any counted too.
	const first = busy[0]?.number ?? 0;
	const last = busy.length > 2 ? busy[busy.length - 1].number - 1 : (busy[busy.length - 1]?.number ?? 0);
	const steady = blocks.filter((entry) => entry.number >= first && entry.number <= last).sort((a, b) => a.number - b.number);
	const steadyIncluded = steady.reduce((sum, entry) => sum + entry.included, 0);
	const perBlock = steadyIncluded / Math.max(steady.length, 1);
	const chainSeconds = steady.length * BLOCK_SECONDS;
	const wallSeconds = steady.length > 1 ? (steady[steady.length - 1].at - steady[0].at) / 1000 + BLOCK_SECONDS : BLOCK_SECONDS;
	if (steady.length * BLOCK_SECONDS < SECONDS) {
		log(`${kind}: WARNING: only ${steady.length} blocks (${steady.length * BLOCK_SECONDS} s of chain time) were busy; the figures cover less than ${SECONDS} s`);
	}
	return {
		kind,
		charged: { refTime: weight.refTime.toString(), proofSize: weight.proofSize.toString(), length: weight.length },
		capacity: { byRefTime, byProof, byLength, perBlock: capacity, perSecond: capacity / BLOCK_SECONDS },
		submitted: txs.length,
		accepted,
		included,
		failed,
		blocks: busy.map(({ number, included: n, failed: f, refTimeShare, proofShare }) => ({
			number,
			included: n,
			failed: f,
			refTimeShare,
			proofShare,
		})),
		sustained: {
			blocks: steady.length,
			chainSeconds,
			perBlock,
			perSecondChainTime: steadyIncluded / chainSeconds,
			perSecondWallClock: steadyIncluded / wallSeconds,
			shareOfCapacity: perBlock / capacity,
		},
	};
}

/** A call of `kind` with plausible arguments, for weighing (not submitted). */
async function prepareProbe(api, kind) {
	// Alice, as any account: the call is weighed, not submitted.
	const anyone = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
	switch (kind) {
		case 'remark':
			return api.tx.system.remarkWithEvent(blake2AsHex('probe', 256));
		case 'transfer':
			return api.tx.balances.transferKeepAlive(anyone, HCT);
		case 'anchor':
			return api.tx.ehrAnchor.anchor(anyone, 'LaboratoryReport', blake2AsHex('probe', 256), 'Sha2_256', 'ipfs://bafy-load-0', null);
		default:
			return api.tx.consent.grant(anyone, treatmentConsent({ org: HOSPITAL, read: true, validUntil: 4_000_000_000_000 }));
	}
}

await cryptoWaitReady();
const binary = await resolveNodeBinary();
const tmp = await makeTempDir('healthchain-load-');
log(`node: ${binary}`);
// A pool large enough for every pre-signed transaction of a kind.
const node = await startNode({
	basePath: path.join(tmp.dir, 'base'),
	extraArgs: ['--pool-limit', '200000', '--pool-kbytes', '1000000', '--rpc-max-connections', '1000'],
});
log(`dev node up (log ${node.logPath})`);
const api = await connectApi(node.wsUrl);
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const results = [];
try {
	for (const kind of KINDS) {
		results.push(await runKind(api, keyring, kind));
	}
} finally {
	await api.disconnect();
	await node.stop();
}

console.log('\nkind      charged ref_time  proof     capacity/block  included/block  included/s (6 s blocks)  wall-clock/s  share of capacity  failed');
for (const r of results) {
	console.log(
		`${r.kind.padEnd(9)} ${`${(Number(r.charged.refTime) / 1e6).toFixed(1)} µs`.padStart(16)}  ${`${r.charged.proofSize} B`.padStart(8)}` +
			`  ${String(r.capacity.perBlock).padStart(14)}  ${r.sustained.perBlock.toFixed(1).padStart(14)}` +
			`  ${r.sustained.perSecondChainTime.toFixed(1).padStart(23)}  ${r.sustained.perSecondWallClock.toFixed(1).padStart(12)}` +
			`  ${percent(r.sustained.shareOfCapacity).padStart(17)}  ${String(r.failed).padStart(6)}`,
	);
}
const remark = results.find((r) => r.kind === 'remark');
const anchor = results.find((r) => r.kind === 'anchor');
if (remark && anchor) {
	console.log(
		`\nan anchor is charged ${(Number(anchor.charged.refTime) / Number(remark.charged.refTime)).toFixed(2)}× the ref_time of a 32-byte remark_with_event; ` +
			`a block holds ${(remark.capacity.perBlock / anchor.capacity.perBlock).toFixed(2)} remarks per anchor`,
	);
}
if (options.json) {
	await writeFile(options.json, JSON.stringify({ node: binary, seconds: SECONDS, signers: SIGNERS, results }, null, 2));
	log(`figures written to ${options.json}`);
}
await tmp.cleanup();
if (results.some((r) => r.failed > 0 || r.included === 0)) {
	process.exitCode = 1;
}
