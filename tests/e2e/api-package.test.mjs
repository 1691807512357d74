// @healthchain/api (../../js) against the runtime it describes, on `healthchain-node --dev`:
//
// 1. its checked-in metadata and generated augmentation are what this runtime and the
//    package's definitions generate (js/scripts/generate.mjs --check);
// 2. the two transaction extensions it declares empty add nothing to a transaction or to what
//    is signed: their types in this runtime's metadata encode to no bytes;
// 3. a bulk import's Merkle root and proofs built with the package's helpers verify on chain
//    (`EhrAnchorApi_verify_inclusion`), and a wrong proof does not.
//
// The suite's API connection uses the package (lib/chain.mjs), as does every other suite;
// clinical-trial.test.mjs checks its `clinicalTrial_*` types against every answer it reads and
// drug-trace.test.mjs commits and proves a batch's serials with its helpers.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { documentHashes, merkleProof, merkleRoot, signedExtensions } from '@healthchain/api';

import { eventFields, findEvent, signAndSendInBlock } from './lib/chain.mjs';
import { withNodeLogs } from './lib/node.mjs';
import { useDevNode } from './lib/suite.mjs';

/** The package's source (its generator reads the definitions and metadata there). */
const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'js');

/** The suite's dev node and its API connection (see lib/suite.mjs). */
let dev = null;

describe('@healthchain/api on healthchain-node --dev', { concurrency: false }, () => {
	dev = useDevNode();

	it(
		'has the metadata and the generated types of this runtime',
		{ timeout: 300_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const run = spawnSync(process.execPath, ['scripts/generate.mjs', '--check', '--from', dev.node.httpUrl], {
				cwd: PACKAGE_DIR,
				encoding: 'utf8',
				// spawnSync blocks the test runner's own timer: the child gets its own.
				timeout: 240_000,
			});
			assert.equal(run.status, 0, `js/scripts/generate.mjs --check (${run.error?.message ?? `exit ${run.status}`}):\n${run.stdout}${run.stderr}`);
			assert.match(run.stdout, /the package matches the runtime/);
		}),
	);

	it('declares empty only the transaction extensions that add nothing', () => {
		const { registry } = dev.api;
		// The metadata as @polkadot/types holds it (its latest version, V16, whatever the node
		// sent): each extension with the type it adds to a transaction and to what is signed.
		const extensions = registry.metadata.extrinsic.transactionExtensions;
		for (const name of Object.keys(signedExtensions)) {
			const extension = extensions.find(({ identifier }) => identifier.toString() === name);
			assert.ok(extension, `the runtime has no transaction extension ${name}`);
			for (const part of ['type', 'implicit']) {
				// An empty tuple or a struct without fields: its value encodes to no bytes.
				const type = registry.createLookupType(extension[part]);
				const encoded = registry.createType(type).toU8a();
				assert.equal(
					encoded.length,
					0,
					`${name}.${part} is ${registry.lookup.getSiType(extension[part]).def.toString()}, which encodes to ${encoded.length} bytes: the package must declare its fields`,
				);
			}
		}
	});

	it(
		'builds a bulk import\'s Merkle root and proofs as the runtime checks them',
		{ timeout: 180_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const practitioner = dev.account('//HospitalPractitioner');
			const documents = Array.from({ length: 5 }, (_, i) => `discharge summary ${i} ${Date.now()}`);
			const hashes = documents.map((document) => documentHashes(document).sha256);
			const root = merkleRoot(hashes);
			const { events } = await signAndSendInBlock(
				dev.api,
				dev.api.tx.ehrAnchor.bulkAnchor('DischargeSummary', root, hashes.length, 'ipfs://bafy-e2e-manifest'),
				practitioner,
			);
			const bulk = eventFields(findEvent(dev.api, events, 'ehrAnchor', 'BulkAnchored')).bulk.toNumber();

			for (const [index, hash] of hashes.entries()) {
				const answer = await dev.api.call.ehrAnchorApi.verifyInclusion(bulk, hash, merkleProof(hashes, index));
				assert.equal(answer.type, 'Included', `document ${index} of ${hashes.length}`);
				assert.equal(answer.asIncluded.bulk.merkleRoot.toHex(), root);
			}
			const wrong = await dev.api.call.ehrAnchorApi.verifyInclusion(bulk, hashes[0], merkleProof(hashes, 1));
			assert.equal(wrong.type, 'NotIncluded', 'document 0 with the proof of document 1');
		}),
	);
});
