/**
 * Name accuracy on the hand-labelled set (`test/fixtures/names/labels.json`, rule and split in the
 * README beside it). Used by `test/unit/parse-names-labelled.test.ts` and runnable on its own:
 * `npx tsx test/support/name-eval.ts` prints the figures per split and every miss.
 *
 * Scoring, per labelled paper (found in the parsed file by its `anchor` text):
 * - **correct** ("aliases counted"): the labelled name is the paper's name or one of its aliases, and
 *   every name and alias given is a labelled one (`name`, `aliases`, `ok`); for a paper labelled
 *   `null`, no name at all (or only `ok` names). A wrong name, a wrong alias or a lost paper is a miss.
 * - **primary**: the paper's `name` alone equals the labelled name (null = null).
 * Names compare by {@link nameKey} (case, width, punctuation and `π`/`pi` insensitive).
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDigest, type Paper } from '../../src/core/index.ts';
import { dateFromFileName, nameKey } from '../../src/core/parse/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface NameLabel {
  anchor: string;
  name: string | null;
  aliases?: string[];
  /** Other names that are acceptable, but not required, for this paper. */
  ok?: string[];
}

/** `fresh`: the second held-out set (labelled 2026-12-07 before any parser run on it; README). */
export type Split = 'tuned' | 'dev' | 'heldout' | 'fresh';

export interface NameRow {
  file: string;
  anchor: string;
  expected: string | null;
  got: string[];
  correct: boolean;
  primary: boolean;
}

export interface NameScore {
  split: Split;
  papers: number;
  correct: number;
  primary: number;
  accuracy: number;
  primaryAccuracy: number;
  rows: NameRow[];
}

const fold = (s: string) => s.normalize('NFKC');

/** The names a paper shows: its primary name, then its aliases (absent before aliases existed). */
function namesOf(paper: Paper): string[] {
  const aliases = (paper as Paper & { aliases?: string[] }).aliases ?? [];
  return [...(paper.name ? [paper.name] : []), ...aliases];
}

function textOf(paper: Paper): string {
  return fold([paper.title, paper.localTitle, paper.summary, paper.abstract].filter(Boolean).join('\n'));
}

/** Scores one label against a parsed paper (undefined = the paper was not found). */
export function scoreLabel(label: NameLabel, paper: Paper | undefined): { correct: boolean; primary: boolean; got: string[] } {
  if (!paper) return { correct: false, primary: false, got: ['(paper not found)'] };
  const got = namesOf(paper);
  const keys = got.map(nameKey);
  const ok = new Set((label.ok ?? []).map(nameKey));
  const primary = label.name === null ? paper.name === null : paper.name !== null && nameKey(paper.name) === nameKey(label.name);
  if (label.name === null) return { correct: keys.every((k) => ok.has(k)), primary, got };
  const allowed = new Set([label.name, ...(label.aliases ?? []), ...(label.ok ?? [])].map(nameKey));
  const correct = keys.length > 0 && keys.every((k) => allowed.has(k)) && (keys.includes(nameKey(label.name)) || ok.has(keys[0]!));
  return { correct, primary, got };
}

/** Parses every labelled file of `split` and scores each labelled paper. */
export function evaluateNames(split: Split): NameScore {
  const labels = JSON.parse(readFileSync(`${root}test/fixtures/names/labels.json`, 'utf8')) as { files: Record<Split, Record<string, NameLabel[]>> };
  const rows: NameRow[] = [];
  for (const [path, fileLabels] of Object.entries(labels.files[split])) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const result = parseDigest({ file, bytes: readFileSync(root + path), date: dateFromFileName(file) });
    const papers = result.ok ? result.value.papers : [];
    for (const label of fileLabels) {
      const anchor = fold(label.anchor);
      const paper = papers.find((p) => textOf(p).includes(anchor));
      rows.push({ file, anchor: label.anchor, expected: label.name, ...scoreLabel(label, paper) });
    }
  }
  const correct = rows.filter((r) => r.correct).length;
  const primary = rows.filter((r) => r.primary).length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { split, papers: rows.length, correct, primary, accuracy: round(correct / rows.length), primaryAccuracy: round(primary / rows.length), rows };
}

// Run directly: print the named splits (default: the three tuned-on ones; `fresh` only when asked) and the misses.
if (process.argv[1] && /name-eval\.ts$/.test(process.argv[1])) {
  const asked = process.argv.slice(2).filter((a): a is Split => ['tuned', 'dev', 'heldout', 'fresh'].includes(a));
  for (const split of asked.length ? asked : (['tuned', 'dev', 'heldout'] as const)) {
    const s = evaluateNames(split);
    console.log(`${split}: ${s.correct}/${s.papers} correct (${s.accuracy}), primary ${s.primary}/${s.papers} (${s.primaryAccuracy})`);
    for (const r of s.rows.filter((r) => !r.correct)) console.log(`  miss ${r.file} "${r.anchor}": expected ${r.expected ?? 'null'}, got ${r.got.join(' | ') || 'null'}`);
  }
}
