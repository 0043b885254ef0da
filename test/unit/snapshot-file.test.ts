/**
 * The snapshot file (`app/snapshot-file.ts`): what is read back is what was written — typed arrays
 * anywhere in the value (the root, objects, arrays, past the writer's 2,000-element slices) come back
 * as views of the same type and contents, everything else as JSON — without a `JSON.parse` reviver
 * (the file lists where the arrays are); a file of the first layout is still read; a damaged,
 * cut-short or foreign file is refused with a reason.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readSnapshotFile, SnapshotFileError, writeSnapshotFile } from '../../src/app/snapshot-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-snapfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const fileFor = () => join(dir, `s${files++}.snap`);
const noPause = async () => {};

/** Writes then reads `value`. */
async function roundTrip(value: unknown): Promise<unknown> {
  const path = fileFor();
  await writeSnapshotFile(path, value, noPause);
  return await readSnapshotFile(path);
}

/** Every typed array in `v`, depth first (a check that they are views on one buffer, not copies). */
function typedArrays(v: unknown, out: ArrayBufferView[] = []): ArrayBufferView[] {
  if (ArrayBuffer.isView(v)) out.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) typedArrays(x, out);
  return out;
}

describe('writeSnapshotFile + readSnapshotFile', () => {
  it('GIVEN typed arrays at the root, in objects, in short and long arrays (past a 2,000-element slice) THEN each comes back in place, of its type, with its contents', async () => {
    const rows = Array.from({ length: 4_500 }, (_, i) => (i % 1_000 === 7 ? [`r${i}`, i, [[i, new Int32Array([i, -i])]]] : [`r${i}`, i, [[i, 'x']]]));
    const value = {
      version: 3,
      name: 'index',
      nothing: null,
      text: { terms: ['a', 'b'], df: new Uint32Array([1, 2, 3]), segments: [{ termCount: 2, docs: new Int32Array([5, 6]), codes: new Uint16Array([7]) }] },
      table: { rows, offsets: new Float64Array([0.5, 1e15]), bytes: new Uint8Array([255, 0]), small: new Int8Array([-1]), wide: new Int16Array([-300]), f: new Float32Array([1.5]) },
      empty: new Uint32Array(0),
      nested: [[[new Uint8Array([1])]], []],
    };
    const back = await roundTrip(value);
    expect(back).toEqual(value);
    const b = back as typeof value;
    expect(b.table.rows[4_007]![2]).toEqual([[4_007, new Int32Array([4_007, -4_007])]]);
    expect((b.table.rows[4_007]![2] as [number, Int32Array][])[0]![1]).toBeInstanceOf(Int32Array);
    expect(b.table.offsets).toBeInstanceOf(Float64Array);
    // Views on the file's bytes (one buffer), not arrays parsed one element at a time.
    const buffers = new Set(typedArrays(back).map((a) => a.buffer));
    expect(buffers.size).toBe(1);
    expect(typedArrays(back)).toHaveLength(typedArrays(value).length);
  });

  it('GIVEN a typed array as the whole value THEN it comes back', async () => {
    expect(await roundTrip(new Uint16Array([1, 2, 65_535]))).toEqual(new Uint16Array([1, 2, 65_535]));
  });

  it('GIVEN a plain object shaped like a placeholder, and strings that spell one THEN they stay what they were', async () => {
    const value = { fake: { $ta: 'Uint8Array', o: 0, n: 1 }, text: '{"$ta":"Uint8Array","o":0,"n":1}', real: new Uint8Array([9]) };
    expect(await roundTrip(value)).toEqual(value);
  });

  it('GIVEN any JSON value with typed arrays anywhere THEN the round trip gives it back (property)', async () => {
    const typed = fc.oneof(
      fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 5 }).map((a) => Int32Array.from(a)),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 5 }).map((a) => Uint8Array.from(a)),
      fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 3 }).map((a) => Float64Array.from(a)),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant(null), fc.boolean(), fc.integer(), fc.string(), typed, tie('array'), tie('object')),
      array: fc.array(tie('tree'), { maxLength: 5 }),
      object: fc.dictionary(fc.string().filter((k) => k !== '__proto__'), tie('tree'), { maxKeys: 4 }),
    }));
    await fc.assert(
      fc.asyncProperty(tree, async (value) => {
        expect(await roundTrip(value)).toEqual(value);
      }),
      { numRuns: 150 },
    );
  });

  it('GIVEN a file of the first layout (PBSNAP01: placeholders found by a reviver) THEN it is still read', async () => {
    // Written as the first layout's writer did: magic, JSON length, 4 reserved bytes, JSON, arrays aligned to 8, sha256.
    const arrays = [new Int32Array([3, -4]), new Float64Array([0.25])];
    const json = Buffer.from(JSON.stringify({ a: { $ta: 'Int32Array', o: 0, n: 2 }, b: [1, { $ta: 'Float64Array', o: 8, n: 1 }], s: 'x' }));
    const header = Buffer.alloc(16);
    header.write('PBSNAP01', 0, 'latin1');
    header.writeUInt32LE(json.length, 8);
    const start = Math.ceil((16 + json.length) / 8) * 8;
    const body = Buffer.concat([header, json, Buffer.alloc(start - 16 - json.length), Buffer.from(arrays[0]!.buffer), Buffer.from(arrays[1]!.buffer)]);
    const path = fileFor();
    writeFileSync(path, Buffer.concat([body, createHash('sha256').update(body).digest()]));
    expect(await readSnapshotFile(path)).toEqual({ a: new Int32Array([3, -4]), b: [1, new Float64Array([0.25])], s: 'x' });
  });

  it('GIVEN a missing, foreign, cut-short or altered file THEN it is refused with the reason', async () => {
    const path = fileFor();
    await writeSnapshotFile(path, { a: new Int32Array([1, 2, 3]), b: 'text' }, noPause);
    const good = readFileSync(path);
    const refused = async (bytes: Buffer | undefined) => {
      const p = fileFor();
      if (bytes) writeFileSync(p, bytes);
      try {
        await readSnapshotFile(p);
      } catch (e) {
        expect(e).toBeInstanceOf(SnapshotFileError);
        return (e as SnapshotFileError).reason;
      }
      throw new Error('read');
    };
    expect(await refused(undefined)).toBe('missing');
    expect(await refused(Buffer.from('{"not":"a snapshot"}'))).toBe('not a snapshot file');
    expect(await refused(Buffer.concat([Buffer.from('PBSNAP99'), good.subarray(8)]))).toBe('not a snapshot file');
    expect(await refused(good.subarray(0, good.length - 10))).toBe('checksum mismatch (damaged or cut short)');
    const flipped = Buffer.from(good);
    flipped[20] = flipped[20]! ^ 1;
    expect(await refused(flipped)).toBe('checksum mismatch (damaged or cut short)');
    // Intact (the hash made again) but the array list names a string: unreadable, never a wrong value.
    const listAt = 16 + good.readUInt32LE(8);
    expect(good.toString('utf8', listAt, listAt + good.readUInt32LE(12))).toBe('[["a"]]');
    const misplaced = Buffer.from(good.subarray(0, good.length - 32));
    misplaced.write('[["b"]]', listAt, 'utf8');
    expect(await refused(Buffer.concat([misplaced, createHash('sha256').update(misplaced).digest()]))).toBe('unreadable: bad array undefined');
    const long = Buffer.from(good);
    long.writeUInt32LE(good.length, 8); // a JSON length past the end
    expect(await refused(long)).toBe('cut short');
  });
});
