// Bundles the viewer into dist/: index.html, viewer.css and one viewer.js (ES module, with
// @polkadot/api, the extension bridge and the sr25519 WebAssembly inside). The gateway reads
// exactly these three files (`healthchain gateway serve --viewer dist`).

import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'dist');

// @healthchain/api is linked from ../../js, whose own node_modules hold another copy of
// @polkadot/*: every @polkadot import resolves from here, so the page has one copy.
const onePolkadot = {
	name: 'one-polkadot',
	setup(build) {
		build.onResolve({ filter: /^@polkadot\// }, (args) => {
			if (args.pluginData?.redirected) return undefined;
			return build.resolve(args.path, { kind: args.kind, resolveDir: here, pluginData: { redirected: true } });
		});
	},
};

await mkdir(out, { recursive: true });
await build({
	entryPoints: [path.join(here, 'src', 'viewer.js')],
	outfile: path.join(out, 'viewer.js'),
	bundle: true,
	format: 'esm',
	platform: 'browser',
	target: 'es2022',
	minify: true,
	legalComments: 'none',
	plugins: [onePolkadot],
	logLevel: 'warning',
	// @healthchain/api's `import '@polkadot/types/types/registry'` and the like are TypeScript
	// augmentations, types only: dropping them is right.
	logOverride: { 'ignored-bare-import': 'silent' },
});
for (const file of ['index.html', 'viewer.css']) {
	await copyFile(path.join(here, 'src', file), path.join(out, file));
}
console.log(`viewer built into ${out}`);
