// End-to-end test of the full-block benchmarks (`healthchain-node benchmark extrinsic`,
// node/src/benchmarking.rs): on a small benchmark state made by load/full-block-state.mjs,
// every builder's extrinsics succeed, and on a genesis without that state the node refuses to
// time a block of failing extrinsics and says which one fails. The full-size run, with its
// figures, is scripts/full-blocks.sh on the release node (docs/PERFORMANCE.md).

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

import { makeFullBlockState } from './load/full-block-state.mjs';
import { makeTempDir, resolveNodeBinary } from './lib/node.mjs';

const run = promisify(execFile);

/** Every builder the node offers, as `benchmark extrinsic --list` names them. */
const BUILDERS = [
	['system', 'remark_with_event'],
	['balances', 'transfer_keep_alive'],
	['ehranchor', 'anchor'],
	['ehranchor', 'request_access'],
	['consent', 'grant'],
	['drugtrace', 'ship'],
	['drugtrace', 'receive'],
	['clinicaltrial', 'enrol'],
];
/** A block of this many per call: enough to cross signers and records, quick on a debug node. */
const PER_BLOCK = 20;

/** Runs `healthchain-node benchmark extrinsic args`; resolves with its exit code and output. */
async function benchmarkExtrinsic(args) {
	const binary = await resolveNodeBinary();
	try {
		const { stdout, stderr } = await run(binary, ['benchmark', 'extrinsic', ...args], {
			timeout: 300_000,
			maxBuffer: 64 * 1024 * 1024,
		});
		return { code: 0, output: stdout + stderr };
	} catch (err) {
		return { code: err.code, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
	}
}

describe('full-block benchmarks (benchmark extrinsic)', { concurrency: false }, () => {
	let tmp;
	let dir;
	let spec;

	before(async () => {
		tmp = await makeTempDir('healthchain-full-blocks-test-');
		dir = tmp.dir;
		spec = path.join(dir, 'state.json');
		await makeFullBlockState({ out: spec, patients: PER_BLOCK, shipments: PER_BLOCK, log: () => {} });
	}, { timeout: 600_000 });

	after(() => tmp?.cleanup());

	it('lists every builder', async () => {
		const { code, output } = await benchmarkExtrinsic(['--dev', '--base-path', path.join(dir, 'list'), '--list']);
		assert.equal(code, 0, output);
		for (const [pallet, extrinsic] of BUILDERS) {
			assert.match(output, new RegExp(`^${pallet}, ${extrinsic}\\s*$`, 'm'), `--list should name ${pallet}, ${extrinsic}`);
		}
	});

	for (const [pallet, extrinsic] of BUILDERS) {
		it(`fills a block with ${pallet}::${extrinsic} whose every extrinsic succeeds, and times it`, { timeout: 300_000 }, async () => {
			const { code, output } = await benchmarkExtrinsic([
				'--chain', spec,
				'--base-path', path.join(dir, `${pallet}-${extrinsic}`),
				'--pallet', pallet,
				'--extrinsic', extrinsic,
				'--max-ext-per-block', String(PER_BLOCK),
				'--warmup', '0',
				'--repeat', '2',
			]);
			assert.equal(code, 0, output);
			assert.match(output, new RegExp(`all ${PER_BLOCK} extrinsics of the block succeed`), output);
			assert.match(output, new RegExp(`executing that block of ${PER_BLOCK} takes \\d+\\.\\d ms`), output);
			assert.match(output, new RegExp(`Extrinsics per block: ${PER_BLOCK}\\b`), output);
			assert.match(output, /Average: \d+/, output);
		});
	}

	it('refuses to time a block of extrinsics that would fail, naming the first', { timeout: 300_000 }, async () => {
		// The development genesis has no consent for the practitioner to write: every anchor fails.
		const { code, output } = await benchmarkExtrinsic([
			'--dev',
			'--base-path', path.join(dir, 'plain-dev'),
			'--pallet', 'ehrAnchor',
			'--extrinsic', 'anchor',
			'--warmup', '0',
			'--repeat', '1',
		]);
		assert.notEqual(code, 0, 'a block of failing anchors must not be timed');
		assert.match(output, /ehranchor::anchor: extrinsic #0 would fail on this genesis/, output);
		assert.doesNotMatch(output, /Executing a .* extrinsic takes/, output);
	});
});
