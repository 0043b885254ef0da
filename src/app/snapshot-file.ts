/**
 * One file holding a JSON-able value with typed arrays inside (an index snapshot: posting lists as
 * typed arrays, the rest as JSON), read back in one go with the arrays as views on the file's bytes
 * (no copy, no per-element parsing).
 *
 * Layout (`PBSNAP02`): the magic, the JSON's byte length (u32 LE), the byte length of the array list
 * (u32 LE), the JSON (typed arrays replaced by `{"$ta": type, "o": byte offset, "n": length}`), the
 * array list (JSON: each placeholder's path of keys from the root), the arrays' bytes each aligned to
 * 8, then a SHA-256 of everything before it. The list lets the reader put the arrays in place without
 * a `JSON.parse` reviver, which calls back into JS for every value of the JSON (11 MB at 100,000
 * papers: 4-5x the parse itself). Files of the first layout (`PBSNAP01`: no list, the 4 bytes
 * reserved) are still read, with the reviver. A file that is cut short, has another magic, or whose
 * hash does not match is refused with a {@link SnapshotFileError}: never trusted.
 *
 * Writing is asynchronous and cooperative: large arrays are turned into JSON a slice at a time and
 * the bytes are hashed and written in pieces, yielding to the event loop between them, so saving a
 * 100,000-paper index does not stall the bot.
 *
 * ```ts
 * await writeSnapshotFile('/srv/index/index.snap', index.snapshot());
 * const snapshot = (await readSnapshotFile('/srv/index/index.snap')) as IndexSnapshot;
 * ```
 * @module
 */
import { createHash, webcrypto } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

const magic = Buffer.from('PBSNAP02');
/** The first layout (no array list): still read. */
const magicV1 = Buffer.from('PBSNAP01');
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

/** A key in a path from the root of the value: an object's key or an array's index. */
type Key = string | number;

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
  /** Where each of `arrays` is in `value`: its keys from the root. */
  const paths: Key[][] = [];
  let binaryLength = 0;
  /**
   * A replacer for one `JSON.stringify` of the part of `value` at `base` (array indices shifted by
   * `offset` when the part is a slice of a long array), turning typed arrays into placeholders and
   * recording their paths. `JSON.stringify` walks depth first and calls the replacer on a holder's key
   * just before it descends into that key's value, so every call's holder is on `stack` (the objects
   * being serialised, outermost first, each with its key in its holder).
   */
  const replacerAt = (base: readonly Key[], offset = 0) => {
    const stack: { holder: object; key: Key }[] = [];
    return function (this: object, key: string, v: unknown): unknown {
      let at: Key = key;
      if (stack.length) {
        while (stack.length && stack.at(-1)!.holder !== this) stack.pop();
        if (!stack.length) throw new Error('snapshot: a value is serialised outside its holder');
        if (Array.isArray(this)) at = Number(key) + (stack.length === 1 ? offset : 0);
      }
      if (!v || typeof v !== 'object') return v;
      if (!ArrayBuffer.isView(v) || v instanceof DataView || v instanceof Buffer) {
        stack.push({ holder: v, key: at });
        return v;
      }
      // The root call (key '' of JSON.stringify's wrapper) is `base` itself.
      paths.push([...base, ...stack.slice(1).map((e) => e.key), ...(stack.length ? [at] : [])]);
      const a = v as TypedArray;
      binaryLength = align(binaryLength);
      const placeholder: Placeholder = { $ta: a.constructor.name as TypedName, o: binaryLength, n: a.length };
      arrays.push(a);
      binaryLength += a.byteLength;
      // Its own keys come next, with it as their holder.
      stack.push({ holder: placeholder, key: at });
      return placeholder;
    };
  };
  // JSON in pieces: top-level walk, long arrays a slice at a time.
  const pieces: string[] = [];
  const emit = async (v: unknown, at: Key[]): Promise<void> => {
    if (Array.isArray(v) && v.length > sliceLength) {
      pieces.push('[');
      for (let i = 0; i < v.length; i += sliceLength) {
        const part = JSON.stringify(v.slice(i, i + sliceLength), replacerAt(at, i));
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
        await emit(x, [...at, k]);
      }
      pieces.push('}');
    } else {
      pieces.push(JSON.stringify(v, replacerAt(at)) ?? 'null');
      await pause();
    }
  };
  await emit(value, []);
  const json = Buffer.from(pieces.join(''));
  const list = Buffer.from(JSON.stringify(paths));
  const header = Buffer.alloc(headerBytes);
  magic.copy(header, 0);
  header.writeUInt32LE(json.length, 8);
  header.writeUInt32LE(list.length, 12);
  const start = align(headerBytes + json.length + list.length);

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
    await put(list);
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
 * Reads a file {@link writeSnapshotFile} wrote (or one of the first layout); typed arrays are views on
 * the file's bytes. Rejects with a {@link SnapshotFileError} for a missing, truncated or altered file.
 *
 * The SHA-256 runs on libuv's thread pool (WebCrypto's `digest`) while this thread parses the JSON,
 * and the value is returned only once the hash matched: at 100,000 papers the hash of the 137 MB
 * was 0.12-0.35 s of the start on this thread, before the parse. (`digest` copies the bytes first:
 * ~20 ms and the file's size in memory until it is done.)
 */
export async function readSnapshotFile(path: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new SnapshotFileError(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : `unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const v1 = bytes.length >= headerBytes && bytes.subarray(0, 8).equals(magicV1);
  if (bytes.length < headerBytes + hashBytes || !(v1 || bytes.subarray(0, 8).equals(magic))) throw new SnapshotFileError(path, 'not a snapshot file');
  const jsonLength = bytes.readUInt32LE(8);
  const listLength = v1 ? 0 : bytes.readUInt32LE(12);
  if (headerBytes + jsonLength + listLength + hashBytes > bytes.length) throw new SnapshotFileError(path, 'cut short');
  const body = bytes.subarray(0, bytes.length - hashBytes);
  const digest = webcrypto.subtle.digest('SHA-256', body);
  // Parsed meanwhile; a parse failure is reported only once the hash says the file is intact (else the hash's verdict).
  let value: unknown;
  let failure: Error | undefined;
  try {
    value = decode(bytes, v1, jsonLength, listLength);
  } catch (e) {
    failure = e as Error;
  }
  if (!Buffer.from(await digest).equals(bytes.subarray(bytes.length - hashBytes))) throw new SnapshotFileError(path, 'checksum mismatch (damaged or cut short)');
  if (failure) throw new SnapshotFileError(path, `unreadable: ${failure.message}`);
  return value;
}

/** The value in a snapshot file's bytes (header checked): the JSON, with its typed arrays as views on `bytes` (or a copy of them, when not 8-aligned). */
function decode(bytes: Buffer, v1: boolean, jsonLength: number, listLength: number): unknown {
  const end = bytes.length - hashBytes;
  const start = align(headerBytes + jsonLength + listLength);
  // Views need aligned addresses: copy into a fresh buffer if the read one is not 8-aligned.
  const base = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  const view = (p: unknown): TypedArray => {
    const { $ta, o, n } = (p ?? {}) as Placeholder;
    const Ctor = Object.hasOwn(constructors, $ta) ? constructors[$ta] : undefined;
    if (!Ctor || !Number.isInteger(o) || !Number.isInteger(n) || o < 0 || n < 0 || start + o + n * Ctor.BYTES_PER_ELEMENT > end) throw new Error(`bad array ${String($ta)}`);
    return new Ctor(base.buffer as ArrayBuffer, base.byteOffset + start + o, n);
  };
  const text = base.toString('utf8', headerBytes, headerBytes + jsonLength);
  if (v1) return JSON.parse(text, (_key, v: unknown) => (v && typeof v === 'object' && '$ta' in v ? view(v) : v));
  let value: unknown = JSON.parse(text);
  const paths = JSON.parse(base.toString('utf8', headerBytes + jsonLength, headerBytes + jsonLength + listLength)) as Key[][];
  for (const keys of paths) {
    if (!keys.length) {
      value = view(value);
      continue;
    }
    let holder = value as Record<Key, unknown>;
    for (const key of keys.slice(0, -1)) holder = holder?.[key] as Record<Key, unknown>;
    const last = keys.at(-1)!;
    if (!holder || typeof holder !== 'object' || !Object.hasOwn(holder, last)) throw new Error(`no array at ${keys.join('.')}`);
    holder[last] = view(holder[last]);
  }
  return value;
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}
