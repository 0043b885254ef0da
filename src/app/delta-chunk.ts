/**
 * How the corpus worker sends a delta to the main thread: prepared papers in chunks, with their
 * terms as numbers into one vocabulary per chunk, all of a chunk's numbers in one transferable
 * buffer (see {@link DeltaChunk}).
 * @module
 */
import type { Paper, PreparedPaper, PreparedTerms } from '../core/index.ts';

/**
 * A chunk of a sync's delta, records prepared for the index (tokenized in the worker, not on the
 * main thread): the old terms of removed ids, or new records with the old terms of those they replace.
 *
 * What the main thread receives is what it keeps or files, no more: removed and replaced records go
 * as their id, names and terms only (the index drops their postings; their text is not needed), and
 * the terms of every record in the chunk as numbers in ONE `Int32Array` whose buffer is transferred,
 * not copied. Sending each record with five arrays of its own (and old records whole) made ~1,500
 * objects and buffers per chunk for the main thread to allocate and collect; its young-generation
 * collections (up to 60 ms at 10,000 papers on a loaded machine) were the longest stalls of an update.
 */
export interface DeltaChunk {
  /** Removed ids' old terms. */
  removed?: ChunkPart;
  /** New or changed records. */
  upserted?: ChunkPart & { papers: Paper[] };
  /** The old terms of the upserted records that replace one. */
  previous?: ChunkPart;
  /** The chunk's distinct terms: `codes` refer to them by number. */
  vocabulary: string[];
  /** For each record of each part, in order: the lengths of its term lists (`fields`, then the expansion), then the lists. */
  codes: Int32Array<ArrayBuffer>;
}

interface ChunkPart {
  ids: string[];
  names: string[][];
}

/** Term lists per record: the index's text fields, then the expansion. */
const lists = (p: Pick<PreparedPaper, 'fields' | 'expansion'>) => [...p.fields, p.expansion];

/** Packs prepared papers into one chunk with a shared vocabulary (send it with `transfer: [chunk.codes.buffer]`). */
export function packChunk(parts: { removed?: PreparedTerms[]; upserted?: PreparedPaper[]; previous?: PreparedTerms[] }, fieldCount = 4): DeltaChunk {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  let length = 0;
  const all = [parts.removed ?? [], parts.upserted ?? [], parts.previous ?? []];
  for (const part of all) for (const p of part) for (const list of lists(p)) length += 1 + list.length;
  const codes = new Int32Array(length);
  let at = 0;
  for (const part of all) {
    for (const p of part) {
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
  }
  const part = (items: readonly PreparedTerms[]): ChunkPart => ({ ids: items.map((p) => p.paper.id), names: items.map((p) => p.names) });
  return {
    ...(parts.removed ? { removed: part(parts.removed) } : {}),
    ...(parts.upserted ? { upserted: { ...part(parts.upserted), papers: parts.upserted.map((p) => p.paper) } } : {}),
    ...(parts.previous ? { previous: part(parts.previous) } : {}),
    vocabulary,
    codes,
  };
}

/** The records of a chunk as the index takes them (terms are the vocabulary's own strings, shared). */
export function unpack(chunk: DeltaChunk, fieldCount = 4): { removed: PreparedTerms[]; upserted: PreparedPaper[]; previous: PreparedTerms[] } {
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
  const removed = (chunk.removed?.ids ?? []).map((id, i) => ({ paper: { id }, ...terms(), names: chunk.removed!.names[i]! }));
  const upserted = (chunk.upserted?.papers ?? []).map((paper, i) => ({ paper, ...terms(), names: chunk.upserted!.names[i]! }));
  const previous = (chunk.previous?.ids ?? []).map((id, i) => ({ paper: { id }, ...terms(), names: chunk.previous!.names[i]! }));
  return { removed, upserted, previous };
}
