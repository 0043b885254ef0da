/**
 * One file holding a JSON-able value with typed arrays inside (an index snapshot: posting lists as
 * typed arrays, the rest as JSON), read back in one go with the arrays as views on the file's bytes
 * (no copy, no per-element parsing).
 *
 * Layout: `PBSNAP01`, the JSON's byte length (u32 LE), 4 reserved bytes, the JSON (typed arrays
 * replaced by `{"$ta": type, "o": byte offset, "n": length}`), the arrays' bytes each aligned to 8,
 * then a SHA-256 of everything before it. A file that is cut short, has another magic, or whose hash
 * does not match is refused with a {@link SnapshotFileError}: never trusted.
 *
 * Writing is asynchronous and cooperative: large arrays are turned into JSON a slice at a time and
 * the bytes are hashed and written in pieces, yielding to the event loop between them, so saving a
 * 100,000-paper index does not stall the bot.
 *
 * ```ts
 * await writeSnapshotFile('/srv/index/index.snap', index.snapshot());
 * const snapshot = readSnapshotFile('/srv/index/index.snap') as IndexSnapshot;
 * ```
 * @module
 */
import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

const magic = Buffer.from('PBSNAP01');
const headerBytes = 16;
const hashBytes = 32;

/** Why a snapshot file was refused (a value the caller logs in one line, then rebuilds). */
export class SnapshotFileError extends Error {
  override readonly name = 'SnapshotFileError';
  readonly code = 'SNAPSHOT_FILE';
  readonly path: string;
  readonly reason: string;
  constructor(path: string, reason: string) {
    super(`snapshot ${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
  }
}

type TypedArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;
const constructors = { Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array } as const;
type TypedName = keyof typeof constructors;

interface Placeholder {
  $ta: TypedName;
  o: number;
  n: number;
}

/** Yields to the event loop when `budgetMs` has passed since the last yield. */
export function cooperative(budgetMs = 8): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

/** Arrays longer than this are turned into JSON a slice at a time. */
const sliceLength = 2_000;

/**
 * Writes `value` to `path` (through a temporary file and a rename, so a reader sees the old file or
 * the new one). Typed arrays anywhere inside it are stored as binary.
 */
export async function writeSnapshotFile(path: string, value: unknown, pause: () => Promise<void> = cooperative()): Promise<number> {
  const arrays: TypedArray[] = [];
  let binaryLength = 0;
  const replacer = (_key: string, v: unknown) => {
    if (!ArrayBuffer.isView(v) || v instanceof DataView || v instanceof Buffer) return v;
    const a = v as TypedArray;
    binaryLength = align(binaryLength);
    const placeholder: Placeholder = { $ta: a.constructor.name as TypedName, o: binaryLength, n: a.length };
    arrays.push(a);
    binaryLength += a.byteLength;
    return placeholder;
  };
  // JSON in pieces: top-level walk, long arrays a slice at a time.
  const pieces: string[] = [];
  const emit = async (v: unknown): Promise<void> => {
    if (Array.isArray(v) && v.length > sliceLength) {
      pieces.push('[');
      for (let i = 0; i < v.length; i += sliceLength) {
        const part = JSON.stringify(v.slice(i, i + sliceLength), replacer);
        pieces.push(i === 0 ? part.slice(1, -1) : `,${part.slice(1, -1)}`);
        await pause();
      }
      pieces.push(']');
    } else if (v && typeof v === 'object' && !ArrayBuffer.isView(v) && !Array.isArray(v)) {
      pieces.push('{');
      let first = true;
      for (const [k, x] of Object.entries(v)) {
        if (x === undefined) continue;
        pieces.push(`${first ? '' : ','}${JSON.stringify(k)}:`);
        first = false;
        await emit(x);
      }
      pieces.push('}');
    } else {
      pieces.push(JSON.stringify(v, replacer) ?? 'null');
      await pause();
    }
  };
  await emit(value);
  const json = Buffer.from(pieces.join(''));
  const header = Buffer.alloc(headerBytes);
  magic.copy(header, 0);
  header.writeUInt32LE(json.length, 8);
  const start = align(headerBytes + json.length);

  const tmp = `${path}.tmp-${process.pid}`;
  const file = await open(tmp, 'w');
  const hash = createHash('sha256');
  let at = 0;
  const put = async (bytes: Uint8Array) => {
    hash.update(bytes);
    await file.write(bytes, 0, bytes.length, at);
    at += bytes.length;
  };
  try {
    await put(header);
    await put(json);
    await put(new Uint8Array(start - at));
    let offset = 0;
    for (const a of arrays) {
      const aligned = align(offset);
      if (aligned > offset) await put(new Uint8Array(aligned - offset));
      offset = aligned;
      const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      // Hashed and written in 4 MB pieces, yielding between them.
      for (let i = 0; i < bytes.length; i += 4 << 20) {
        await put(bytes.subarray(i, Math.min(bytes.length, i + (4 << 20))));
        await pause();
      }
      offset += a.byteLength;
    }
    const digest = hash.digest();
    await file.write(digest, 0, digest.length, at);
    at += digest.length;
    await file.sync();
  } catch (e) {
    await file.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  }
  await file.close();
  await rename(tmp, path);
  return at;
}

/**
 * Reads a file {@link writeSnapshotFile} wrote; typed arrays are views on the file's bytes. Throws a
 * {@link SnapshotFileError} for a missing, truncated or altered file.
 */
export function readSnapshotFile(path: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new SnapshotFileError(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : `unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length < headerBytes + hashBytes || !bytes.subarray(0, 8).equals(magic)) throw new SnapshotFileError(path, 'not a snapshot file');
  const jsonLength = bytes.readUInt32LE(8);
  if (headerBytes + jsonLength + hashBytes > bytes.length) throw new SnapshotFileError(path, 'cut short');
  const body = bytes.subarray(0, bytes.length - hashBytes);
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(bytes.length - hashBytes))) throw new SnapshotFileError(path, 'checksum mismatch (damaged or cut short)');
  const start = align(headerBytes + jsonLength);
  // Views need aligned addresses: copy into a fresh buffer if the read one is not 8-aligned.
  const base = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  let value: unknown;
  try {
    value = JSON.parse(base.toString('utf8', headerBytes, headerBytes + jsonLength), (_key, v: unknown) => {
      if (!v || typeof v !== 'object' || !('$ta' in v)) return v;
      const { $ta, o, n } = v as Placeholder;
      const Ctor = constructors[$ta];
      if (!Ctor || start + o + n * Ctor.BYTES_PER_ELEMENT > body.length) throw new Error(`bad array ${String($ta)}`);
      return new Ctor(base.buffer as ArrayBuffer, base.byteOffset + start + o, n);
    });
  } catch (e) {
    throw new SnapshotFileError(path, `unreadable: ${(e as Error).message}`);
  }
  return value;
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}
