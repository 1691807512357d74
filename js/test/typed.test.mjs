// The package's types as an application's TypeScript sees them: test/consumer/usage.ts must
// type-check against the built package (see the comment at its top).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

it('types the runtime and the clinicalTrial RPC for a TypeScript application', () => {
	const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
	const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'test', 'consumer', 'tsconfig.json')], {
		encoding: 'utf8',
	});
	assert.equal(run.status, 0, `tsc found errors:\n${run.stdout}${run.stderr}`);
});
