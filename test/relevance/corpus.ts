/** Loads the real starter corpus (data/digests) through the production pipeline, once per process. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type Corpus } from '../../src/core/corpus.ts';
import type { Paper } from '../../src/core/model.ts';
import type { PaperRef } from './queries.ts';

export const digestsDir = fileURLToPath(new URL('../../data/digests/', import.meta.url));

let cached: Corpus | undefined;

/** Every digest file (`.txt`, `.json` except the manifest) parsed, tagged and merged. */
export function starterCorpus(): Corpus {
  cached ??= buildCorpus(
    readdirSync(digestsDir)
      .filter((f) => /\.(txt|json)$/.test(f) && f !== 'manifest.json')
      .sort()
      .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(digestsDir, file))) })),
  );
  return cached;
}

/** The one paper a label refers to; throws when it matches none or several (labels must be precise). */
export function resolveRef(papers: readonly Paper[], ref: PaperRef): Paper {
  const found = papers.filter((p) =>
    'name' in ref
      ? p.name === ref.name
      : 'arxiv' in ref
        ? p.arxivId === ref.arxiv
        : [p.summary, p.title, p.localTitle, p.abstract].some((s) => s?.includes(ref.text)),
  );
  if (found.length !== 1) throw new Error(`label ${JSON.stringify(ref)} matches ${found.length} papers`);
  return found[0]!;
}
