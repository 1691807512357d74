#!/usr/bin/env node
// Prints every call's weight as the runtime charges it, from the generated weight files, as
// the Markdown table docs/PERFORMANCE.md quotes:
//
//   node scripts/weights-table.mjs
//
// For each call: execution time and proof size with the database reads and writes its
// benchmark counted, priced with the runtime's database weights (polkadot-sdk's
// `RocksDbWeight`: 25 µs a read, 100 µs a write), plus the base weight every extrinsic pays
// (`ExtrinsicBaseWeight`, runtime/src/weights/extrinsic_weights.rs). A call whose weight grows
// with a component is shown at its base and its slope per unit.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** polkadot-sdk's `RocksDbWeight`, in picoseconds of ref time. */
const DB_READ_PS = 25_000_000n;
const DB_WRITE_PS = 100_000_000n;

const FILES = [
	['organizations', 'pallets/organizations/src/weights.rs'],
	['ehrAnchor', 'pallets/ehr-anchor/src/weights.rs'],
	['consent', 'pallets/consent/src/weights.rs'],
	['drugTrace', 'pallets/drug-trace/src/weights.rs'],
	['clinicalTrial', 'pallets/clinical-trial/src/weights.rs'],
	['system', 'runtime/src/weights/frame_system.rs'],
	['balances', 'runtime/src/weights/pallet_balances.rs'],
];

const number = (text) => BigInt(text.replaceAll('_', ''));

/** The `ExtrinsicBaseWeight` the runtime's overhead benchmark wrote, in picoseconds and bytes. */
function extrinsicBase() {
	const text = readFileSync(join(root, 'runtime/src/weights/extrinsic_weights.rs'), 'utf8');
	const match = text.match(/WEIGHT_REF_TIME_PER_NANOS\.saturating_mul\(([\d_]+)\),\s*([\d_]+)\)/);
	if (!match) throw new Error('runtime/src/weights/extrinsic_weights.rs holds no generated ExtrinsicBaseWeight');
	return { refTime: number(match[1]) * 1000n, proof: number(match[2]) };
}

/** Each function of the file's first `impl … WeightInfo for …` block: base and per-component terms. */
function parse(file) {
	const text = readFileSync(join(root, file), 'utf8');
	const start = text.search(/^impl<T: frame_system::Config> [\w:]*WeightInfo for \w+<T>/m);
	if (start < 0) throw new Error(`${file}: no generated WeightInfo implementation`);
	const rest = text.slice(start + 1);
	const next = rest.search(/^impl/m);
	const body = text.slice(start, next < 0 ? undefined : start + 1 + next);
	const calls = [];
	const fn = /fn (\w+)\(([^)]*)\) -> Weight \{([\s\S]*?)\n\t\}/g;
	for (const [, name, args, code] of body.matchAll(fn)) {
		const components = args.split(',').map((arg) => arg.split(':')[0].trim()).filter(Boolean);
		const term = { refTime: 0n, proof: 0n };
		const base = { ...term };
		const slopes = new Map(components.map((c) => [c, { ...term }]));
		const add = (into, refTime, proof) => {
			into.refTime += refTime;
			into.proof += proof;
		};
		for (const line of code.split('\n')) {
			let m;
			if ((m = line.match(/Weight::from_parts\(([\d_]+), ([\d_]+)\)\.saturating_mul\((\w+)\.into\(\)\)/))) {
				add(slopes.get(m[3]), number(m[1]), number(m[2]));
			} else if ((m = line.match(/Weight::from_parts\(([\d_]+), ([\d_]+)\)/))) {
				add(base, number(m[1]), number(m[2]));
			} else if ((m = line.match(/(reads|writes)\(\(([\d_]+)_u64\)\.saturating_mul\((\w+)\.into\(\)\)\)/))) {
				add(slopes.get(m[3]), number(m[2]) * (m[1] === 'reads' ? DB_READ_PS : DB_WRITE_PS), 0n);
			} else if ((m = line.match(/(reads|writes)\(([\d_]+)_u64\)/))) {
				add(base, number(m[2]) * (m[1] === 'reads' ? DB_READ_PS : DB_WRITE_PS), 0n);
			}
		}
		calls.push({ name, base, slopes });
	}
	return calls;
}

const micros = (ps) => (Number(ps) / 1e6).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** A slope: in µs, or in ns when below one. */
const duration = (ps) => (ps >= 1_000_000n ? `${micros(ps)} µs` : `${(Number(ps) / 1e3).toFixed(1)} ns`);
const bytes = (b) => Number(b).toLocaleString('en-US');

const extrinsic = extrinsicBase();
console.log(`ExtrinsicBaseWeight: ${micros(extrinsic.refTime)} µs, ${bytes(extrinsic.proof)} B (included below)\n`);
console.log('| call | ref_time (µs) | proof (B) | per component unit |');
console.log('|---|---:|---:|---|');
for (const [pallet, file] of FILES) {
	for (const { name, base, slopes } of parse(file)) {
		const perUnit = [...slopes]
			.filter(([, s]) => s.refTime > 0n || s.proof > 0n)
			.map(([c, s]) => `+${duration(s.refTime)}, +${bytes(s.proof)} B per \`${c}\``)
			.join('; ');
		console.log(
			`| \`${pallet}.${name}\` | ${micros(base.refTime + extrinsic.refTime)} | ${bytes(base.proof + extrinsic.proof)} | ${perUnit} |`,
		);
	}
}
