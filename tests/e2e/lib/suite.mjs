// One `healthchain-node --dev` per test suite: started before the suite's tests, stopped
// after them, with an @polkadot/api connection and a keyring ready.

import path from 'node:path';
import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { connectApi } from './chain.mjs';
import { DEFAULT_START_TIMEOUT_MS, makeTempDir, startNode } from './node.mjs';

/**
 * Registers `before`/`after` hooks in the enclosing `describe` that start a dev node (with
 * `extraArgs`) in a fresh base path, connect an ApiPromise, and tear both down again.
 * Returns live handles, filled in once the `before` hook has run:
 * `dev.node`, `dev.api`, `dev.keyring`, `dev.account(uri)` and `dev.nodes()` (for
 * `withNodeLogs`).
 *
 * @param {{ extraArgs?: string[] }} [options]
 */
export function useDevNode({ extraArgs = ['--instant-seal'] } = {}) {
	const dev = {
		tmp: null,
		node: null,
		api: null,
		keyring: null,
		account: (uri) => dev.keyring.addFromUri(uri),
		nodes: () => [dev.node],
	};

	before(
		async () => {
			await cryptoWaitReady();
			dev.keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
			dev.tmp = await makeTempDir();
			dev.node = await startNode({ basePath: path.join(dev.tmp.dir, 'base'), extraArgs });
			dev.api = await connectApi(dev.node.wsUrl);
		},
		{ timeout: DEFAULT_START_TIMEOUT_MS + 60_000 },
	);

	after(
		async () => {
			if (dev.api) await dev.api.disconnect();
			if (dev.node) await dev.node.stop();
			if (dev.tmp) await dev.tmp.cleanup();
		},
		{ timeout: 120_000 },
	);

	return dev;
}
