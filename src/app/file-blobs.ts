/**
 * A {@link BlobStore} in a file: paper records as UTF-8 JSON, appended, read back by byte offset.
 * The index (main thread) and the corpus worker each keep one next to their snapshot, so a paper's
 * text is on disk, not in the heap: a search hit is read (a few KB) when it is rendered.
 *
 * Appends go through a small write buffer (one `writeSync` per 256 KB instead of one per record);
 * a read of a record still in the buffer is served from it. {@link FileBlobs.flush} writes the
 * buffer out and returns the file's length, which a snapshot records: on reopening, anything after
 * it (appends after the last snapshot) is cut off, so a record address in the snapshot is valid.
 *
 * ```ts
 * const blobs = FileBlobs.create('/srv/paperboy/index/records.blob');
 * const ref = blobs.write('{"id":"arxiv:2405.12130"}');
 * blobs.read(ref); // '{"id":"arxiv:2405.12130"}'
 * ```
 * @module
 */
import { closeSync, fstatSync, ftruncateSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import type { BlobRef, BlobStore } from '../core/index.ts';

const bufferBytes = 256 * 1024;

export class FileBlobs implements BlobStore {
  readonly path: string;
  #fd: number;
  /** Bytes on disk. */
  #size: number;
  #buffer = Buffer.allocUnsafe(bufferBytes);
  #buffered = 0;

  private constructor(path: string, fd: number, size: number) {
    this.path = path;
    this.#fd = fd;
    this.#size = size;
  }

  /** An empty store at `path` (an existing file is emptied). */
  static create(path: string): FileBlobs {
    return new FileBlobs(path, openSync(path, 'w+'), 0);
  }

  /**
   * The store at `path`, cut back to `length` bytes (what a snapshot recorded). Throws when the file
   * is missing or shorter: the snapshot cannot be trusted then.
   */
  static reopen(path: string, length: number): FileBlobs {
    const fd = openSync(path, 'r+');
    const size = fstatSync(fd).size;
    if (size < length) {
      closeSync(fd);
      throw new Error(`${path} has ${size} bytes, the snapshot expects ${length}`);
    }
    if (size > length) ftruncateSync(fd, length);
    return new FileBlobs(path, fd, length);
  }

  /** Bytes written (on disk and buffered). */
  get length(): number {
    return this.#size + this.#buffered;
  }

  write(text: string): BlobRef {
    const bytes = Buffer.byteLength(text);
    const offset = this.length;
    if (bytes > this.#buffer.length - this.#buffered) this.#drain();
    if (bytes > this.#buffer.length) {
      writeSync(this.#fd, text, this.#size, 'utf8');
      this.#size += bytes;
    } else {
      this.#buffer.write(text, this.#buffered, 'utf8');
      this.#buffered += bytes;
    }
    return { offset, length: bytes };
  }

  read(ref: BlobRef): string {
    const { offset, length } = ref;
    if (offset + length > this.length) throw new Error(`FileBlobs: no record at ${offset} in ${this.path}`);
    if (offset >= this.#size) return this.#buffer.toString('utf8', offset - this.#size, offset - this.#size + length);
    const out = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.#fd, out, read, length - read, offset + read);
      if (n === 0) throw new Error(`FileBlobs: ${this.path} ends inside a record`);
      read += n;
    }
    // A record is never split between the file and the buffer: `write` drains before one that does not fit.
    return out.toString('utf8');
  }

  /** Writes the buffer out and syncs the file; returns its length (for a snapshot). */
  flush(): number {
    this.#drain();
    fsyncSync(this.#fd);
    return this.#size;
  }

  close(): void {
    this.#drain();
    closeSync(this.#fd);
  }

  #drain(): void {
    let at = 0;
    while (at < this.#buffered) at += writeSync(this.#fd, this.#buffer, at, this.#buffered - at, this.#size + at);
    this.#size += this.#buffered;
    this.#buffered = 0;
  }
}
