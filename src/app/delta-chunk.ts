/**
 * How the corpus worker sends a delta to the main thread: removed ids, and prepared papers in
 * chunks, with their terms as numbers into one vocabulary per chunk, all of a chunk's numbers in one
 * transferable buffer (see {@link DeltaChunk}).
 * @module
 */
import type { PreparedPaper } from '../core/index.ts';

/**
 * A chunk of a sync's delta: ids removed, or new and changed records prepared for the index
 * (tokenized in the worker, not on the main thread).
 *
 * What the main thread receives is what it keeps or files, no more: a removed or replaced record is
 * dropped by its id alone (the index's posting lists know its terms: their forward index), so old
 * records are neither read, tokenized nor sent; the terms of the new records go as numbers in ONE
 * `Int32Array` whose buffer is transferred, not copied. Sending each record with five arrays of its
 * own made ~1,500 objects and buffers per chunk for the main thread to allocate and collect; its
 * young-generation collections (up to 60 ms at 10,000 papers on a loaded machine) were the longest
 * stalls of an update.
 */
export interface DeltaChunk {
  /** Removed ids. */
  removed?: string[];
  /** New or changed records. */
  upserted?: { papers: PreparedPaper['paper'][]; names: string[][] };
  /** The chunk's distinct terms: `codes` refer to them by number. */
  vocabulary: string[];
  /** For each upserted record, in order: the lengths of its term lists (`fields`, then the expansion), then the lists. */
  codes: Int32Array<ArrayBuffer>;
}

/** Term lists per record: the index's text fields, then the expansion. */
const lists = (p: Pick<PreparedPaper, 'fields' | 'expansion'>) => [...p.fields, p.expansion];

/** Packs removed ids or prepared papers into one chunk with a shared vocabulary (send it with `transfer: [chunk.codes.buffer]`). */
export function packChunk(parts: { removed?: string[]; upserted?: PreparedPaper[] }, fieldCount = 4): DeltaChunk {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const upserted = parts.upserted ?? [];
  let length = 0;
  for (const p of upserted) for (const list of lists(p)) length += 1 + list.length;
  const codes = new Int32Array(length);
  let at = 0;
  for (const p of upserted) {
    if (p.fields.length !== fieldCount) throw new Error(`packChunk: ${p.fields.length} fields, expected ${fieldCount}`);
    for (const list of lists(p)) {
      codes[at++] = list.length;
      for (const term of list) {
        let id = ids.get(term);
        if (id === undefined) {
          id = vocabulary.length;
          ids.set(term, id);
          vocabulary.push(term);
        }
        codes[at++] = id;
      }
    }
  }
  return {
    ...(parts.removed ? { removed: parts.removed } : {}),
    ...(parts.upserted ? { upserted: { papers: upserted.map((p) => p.paper), names: upserted.map((p) => p.names) } } : {}),
    vocabulary,
    codes,
  };
}

/** The removed ids and the records of a chunk as the index takes them (terms are the vocabulary's own strings, shared). */
export function unpack(chunk: DeltaChunk, fieldCount = 4): { removed: string[]; upserted: PreparedPaper[] } {
  const { codes, vocabulary } = chunk;
  let at = 0;
  const list = () => {
    const n = codes[at++]!;
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = vocabulary[codes[at++]!]!;
    return out;
  };
  const terms = () => {
    const fields: string[][] = [];
    for (let f = 0; f < fieldCount; f++) fields.push(list());
    return { fields, expansion: list() };
  };
  const upserted = (chunk.upserted?.papers ?? []).map((paper, i) => ({ paper, ...terms(), names: chunk.upserted!.names[i]! }));
  return { removed: chunk.removed ?? [], upserted };
}
