/**
 * The real HFday days the cross-lingual evaluation is built from, read from the committed copies:
 * `test/fixtures/hfday-d/*.json` (10 days, `data.ru`/`data.en`/`data.zh`) and the two older-shape
 * feeds `data/digests/2024-10-0{3,4}-hfday.json` (flat Russian `data.desc` only).
 *
 * Each paper keeps its English original (title + abstract: the only text relevance is judged from)
 * and the Russian and Chinese summaries the test digests are made of. A paper listed on several days
 * belongs to the first day it appears on (the two feed days overlap almost entirely).
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const hfdayDir = fileURLToPath(new URL('../../fixtures/hfday-d/', import.meta.url));
export const feedFiles = ['2024-10-03-hfday.json', '2024-10-04-hfday.json'].map((f) => fileURLToPath(new URL(`../../../data/digests/${f}`, import.meta.url)));

/** One real paper of the sample days. */
export interface SourcePaper {
  arxivId: string;
  /** `YYYY-MM-DD`: the first day the paper was listed. */
  day: string;
  /** English title and abstract (arXiv): relevance and topic gold are judged from these only. */
  title: string;
  abstract: string;
  /** Russian summary (`data.ru.desc`, or the flat `data.desc` of the older feed) and headline. */
  ru: { title: string | null; desc: string };
  /** Chinese title and summary (`data.zh`); null in the older feed, which has no Chinese. */
  zh: { title: string; desc: string } | null;
}

interface RawPaper {
  title: string;
  abstract: string;
  url: string;
  data: { desc?: string; title?: string; ru?: { title?: string; desc?: string }; zh?: { title?: string; desc?: string } };
}

function arxivOf(url: string): string {
  const m = /(\d{4}\.\d{4,5})/.exec(url);
  if (!m) throw new Error(`no arXiv id in ${url}`);
  return m[1]!;
}

/**
 * Reads day files (`YYYY-MM-DD.json` in the HFday shape, or any path with a date in its name) into
 * sample papers, by day then position, each arXiv id once (its first day). `seen` ids are skipped too.
 */
export function readDayFiles(paths: readonly string[], seen: Set<string> = new Set(), skipped?: string[]): SourcePaper[] {
  const files = paths.map((path) => ({ path, day: /(\d{4}-\d{2}-\d{2})[^/]*$/.exec(path)?.[1] ?? '' })).sort((a, b) => a.day.localeCompare(b.day));
  const out: SourcePaper[] = [];
  for (const { path, day } of files) {
    if (!day) throw new Error(`no date in the file name ${path}`);
    const json = JSON.parse(readFileSync(path, 'utf8')) as { papers: RawPaper[] };
    for (const p of json.papers) {
      // With `skipped`, a paper that cannot be evaluated (no arXiv id, no English abstract, no Russian
      // summary) is listed there and left out; without it (the committed days) it is an error.
      const problem = !/\d{4}\.\d{4,5}/.test(p.url ?? '') ? 'no arXiv id' : !p.title || !p.abstract ? 'no English title/abstract' : !(p.data?.ru?.desc ?? p.data?.desc) ? 'no Russian summary' : null;
      if (problem && skipped) {
        skipped.push(`${day} ${p.url ?? p.title}: ${problem}`);
        continue;
      }
      const arxivId = arxivOf(p.url);
      if (seen.has(arxivId)) continue;
      seen.add(arxivId);
      const ruDesc = p.data.ru?.desc ?? p.data.desc;
      if (!ruDesc) throw new Error(`${arxivId}: no Russian summary`);
      const zh = p.data.zh?.desc && p.data.zh.title ? { title: p.data.zh.title, desc: p.data.zh.desc } : null;
      out.push({ arxivId, day, title: p.title.replace(/\s+/g, ' ').trim(), abstract: p.abstract.replace(/\s+/g, ' ').trim(), ru: { title: p.data.ru?.title ?? p.data.title ?? null, desc: ruDesc }, zh });
    }
  }
  return out;
}

/** The `YYYY-MM-DD.json` day files of a folder (the shape of `test/fixtures/hfday-d/`). */
export function dayFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .map((f) => join(dir, f));
}

let cached: SourcePaper[] | undefined;

/** All sample papers, by day then position in the day's file, each arXiv id once. */
export function sourcePapers(): SourcePaper[] {
  cached ??= readDayFiles([...dayFilesIn(hfdayDir), ...feedFiles]);
  return cached;
}
