// The helpers, on published test vectors and on the properties the runtime's own Merkle tests
// check (healthchain_primitives::merkle). tests/e2e/api-package.test.mjs checks them against
// the runtime itself: proofs built here verify on chain.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { u8aToHex } from '@polkadot/util';

import {
	documentHashes,
	gtinCheckDigit,
	gtinWithCheckDigit,
	isValidGtin,
	leafHash,
	merkleProof,
	merkleRoot,
	nodeHash,
	serialHash,
	verifyMerkleProof,
} from '../dist/index.js';

/** `n` distinct 32-byte items, as the runtime's tests build them: 0x01…01, 0x02…02, … */
const items = (n) => Array.from({ length: n }, (_, i) => u8aToHex(new Uint8Array(32).fill(i + 1)));

describe('document hashes', () => {
	it('are SHA-256 and BLAKE2b-256 of the bytes (the FIPS 180-2 and RFC 7693 "abc" vectors)', () => {
		assert.deepEqual(documentHashes('abc'), {
			sha256: '0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
			blake2_256: '0xbddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319',
		});
		assert.deepEqual(documentHashes(new TextEncoder().encode('abc')), documentHashes('abc'));
	});

	it('hash a serial as BLAKE2b-256 of its bytes', () => {
		assert.equal(serialHash('abc'), documentHashes('abc').blake2_256);
	});

	it('hash a string as text, even one that looks like hex', () => {
		const text = new TextEncoder().encode('0x4142');
		assert.deepEqual(documentHashes('0x4142'), documentHashes(text));
		assert.notDeepEqual(documentHashes('0x4142'), documentHashes(new Uint8Array([0x41, 0x42])));
		assert.equal(serialHash('0x4142'), documentHashes(text).blake2_256);
	});
});

describe('the Merkle tree', () => {
	it('verifies every item of every tree size from 1 to 17 with its proof', () => {
		for (let n = 1; n <= 17; n += 1) {
			const tree = items(n);
			const root = merkleRoot(tree);
			tree.forEach((item, index) => {
				assert.ok(verifyMerkleProof(root, item, merkleProof(tree, index)), `item ${index} of ${n}`);
			});
		}
	});

	it('does not verify an item outside the tree, a wrong proof or a shortened one', () => {
		const tree = items(8);
		const root = merkleRoot(tree);
		const proof = merkleProof(tree, 2);
		assert.equal(verifyMerkleProof(root, `0x${'ee'.repeat(32)}`, proof), false);
		assert.equal(verifyMerkleProof(root, tree[3], proof), false);
		assert.equal(verifyMerkleProof(root, tree[2], proof.slice(1)), false);
	});

	it('does not accept an inner node as an item (leaves and nodes hash with different prefixes)', () => {
		const tree = items(4);
		const inner = nodeHash(leafHash(tree[0]), leafHash(tree[1]));
		const upper = nodeHash(leafHash(tree[2]), leafHash(tree[3]));
		assert.equal(u8aToHex(nodeHash(inner, upper)), merkleRoot(tree));
		assert.equal(verifyMerkleProof(merkleRoot(tree), inner, [upper]), false);
	});

	it('orders a pair before hashing it, so a proof needs no left/right flags', () => {
		const [a, b] = items(2);
		assert.deepEqual(nodeHash(a, b), nodeHash(b, a));
	});

	it('has the leaf as the root of one item, no root for none, and no proof outside the items', () => {
		const tree = items(1);
		assert.equal(merkleRoot(tree), u8aToHex(leafHash(tree[0])));
		assert.deepEqual(merkleProof(tree, 0), []);
		assert.equal(merkleProof(tree, 1), null);
		assert.equal(merkleProof(tree, -1), null);
		assert.equal(merkleRoot([]), null);
	});

	it('refuses an item that is not 32 bytes, or a string that is not hex', () => {
		assert.throws(() => merkleRoot(['0x1234']), /a hash is 32 bytes, this one is 2/);
		assert.throws(() => merkleRoot(['x'.repeat(32)]), /a hash is 0x and 64 hex digits/);
		assert.throws(() => merkleRoot([new Uint8Array(31)]), /a hash is 32 bytes, this one is 31/);
	});
});

describe('GTIN check digits', () => {
	it('computes the GS1 mod-10 check digit (EAN-13 4006381333931, UPC-A 036000291452)', () => {
		assert.equal(gtinCheckDigit('400638133393'), 1);
		assert.equal(gtinCheckDigit('03600029145'), 2);
		assert.equal(gtinWithCheckDigit('400638133393'), 4006381333931n);
	});

	it('accepts a GTIN-8, -12, -13 or -14 whose last digit checks, as a string, number or bigint', () => {
		for (const gtin of ['4006381333931', '036000291452', '00036000291452', 4006381333931, 4006381333931n]) {
			assert.equal(isValidGtin(gtin), true, String(gtin));
		}
	});

	it('refuses a wrong check digit, zero, more than 14 digits and anything but digits', () => {
		for (const gtin of ['4006381333932', '0', '0000', '123456789012345', '40063813339x1', '', -5, 'four']) {
			assert.equal(isValidGtin(gtin), false, String(gtin));
		}
		assert.throws(() => gtinCheckDigit('12a'), /must be decimal digits/);
		assert.throws(() => gtinWithCheckDigit('12345678901234'), /at most 13 data digits, not 14/);
		assert.throws(() => gtinWithCheckDigit('000'), /a GTIN is not zero/);
	});
});
