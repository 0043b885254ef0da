/**
 * Name accuracy on the hand-labelled set (`test/fixtures/names/labels.json`, rule and split in the
 * README beside it). Used by `test/unit/parse-names-labelled.test.ts` and runnable on its own:
 * `npx tsx test/support/name-eval.ts` prints the figures per split and every miss.
 *
 * Scoring, per labelled paper (found in the parsed file by its `anchor` text):
 * - **correct** ("aliases counted"): the labelled name is the paper's name or one of its aliases, and
 *   every name and alias given is a labelled one (`name`, `aliases`, `ok`) or an alias spelling one
 *   of them out (`Diffusion-based Audio Captioning` for `DAC`, see {@link spellsOut}); for a paper labelled
 *   `null`, no name at all (or only `ok` names). A wrong name, a wrong alias or a lost paper is a miss.
 * - **primary**: the paper's `name` alone equals the labelled name (null = null).
 * Names compare by {@link nameKey} (case, width, punctuation and `π`/`pi` insensitive).
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
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
  /**
   * The label could not be decided (the title rule gives no name, and the abstract may coin one): the
   * row is listed with what the parser gave but left out of the figures. Only with `name: null`.
   */
  open?: boolean;
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
  /** Not scored (label `open`). */
  open?: boolean;
}

export interface NameScore {
  /** The split, or the set's name (its folder) for a set given with `--set`. */
  split: string;
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

/** True when the initials of `long`'s words (split at spaces and hyphens) are the letters of `acronym` (2+). */
export function spellsOut(long: string, acronym: string): boolean {
  // `V3` / `V³` is V V V (`Viewing Volumetric Videos`): a letter and a small power repeat the letter.
  const powers = acronym.normalize('NFKC').replace(/([A-Za-z])([2-4])(?![0-9])/g, (_, l: string, n: string) => l.repeat(Number(n)));
  const letters = powers.replace(/[^A-Za-z]/g, '').toUpperCase();
  const initials = (words: string[]) => words.filter(Boolean).map((w) => w[0]!.toUpperCase()).join('');
  return letters.length >= 2 && (initials(long.split(/\s+/)) === letters || initials(long.split(/[\s-]+/)) === letters);
}

/** Scores one label against a parsed paper (undefined = the paper was not found). */
export function scoreLabel(label: NameLabel, paper: Paper | undefined): { correct: boolean; primary: boolean; got: string[] } {
  if (!paper) return { correct: false, primary: false, got: ['(paper not found)'] };
  const got = namesOf(paper);
  const keys = got.map(nameKey);
  const ok = new Set((label.ok ?? []).map(nameKey));
  const primary = label.name === null ? paper.name === null : paper.name !== null && nameKey(paper.name) === nameKey(label.name);
  if (label.name === null) return { correct: keys.every((k) => ok.has(k)), primary, got };
  const names = [label.name, ...(label.aliases ?? []), ...(label.ok ?? [])];
  const allowed = new Set(names.map(nameKey));
  // An alias that spells out a labelled acronym (`Diffusion-based Audio Captioning` for `DAC`) is
  // that name written in full, not another name.
  const spelled = got.slice(1).filter((g) => names.some((n) => spellsOut(g, n))).map(nameKey);
  for (const k of spelled) allowed.add(k);
  const correct = keys.length > 0 && keys.every((k) => allowed.has(k)) && (keys.includes(nameKey(label.name)) || ok.has(keys[0]!));
  return { correct, primary, got };
}

/** The labels of one set: `files` maps a digest path to its labels, optionally grouped by split first. */
export interface LabelFile {
  files: Record<string, NameLabel[]> | Record<string, Record<string, NameLabel[]>>;
}

/** `files` grouped by split (the built-in labels.json) or flat (path -> labels), as split -> path -> labels. */
export function labelGroups(labels: LabelFile, flatName = 'set'): Record<string, Record<string, NameLabel[]>> {
  const entries = Object.entries(labels.files);
  const flat = entries.every(([, v]) => Array.isArray(v));
  return flat ? { [flatName]: labels.files as Record<string, NameLabel[]> } : (labels.files as Record<string, Record<string, NameLabel[]>>);
}

/**
 * Scores labelled files: each path is read as given when absolute, else relative to `base` (the
 * labels' folder) and, failing that, to the repository root (the built-in labels name repo paths).
 */
export function evaluateFiles(split: string, files: Record<string, NameLabel[]>, base = root): NameScore {
  const rows: NameRow[] = [];
  for (const [path, fileLabels] of Object.entries(files)) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const full = [path, resolve(base, path), resolve(root, path)].find((p) => isAbsolute(p) && existsSync(p));
    if (!full) throw new Error(`labelled file not found: ${path} (looked in ${base} and ${root})`);
    const result = parseDigest({ file, bytes: readFileSync(full), date: dateFromFileName(file) });
    const papers = result.ok ? result.value.papers : [];
    for (const label of fileLabels) {
      const anchor = fold(label.anchor);
      const paper = papers.find((p) => textOf(p).includes(anchor));
      rows.push({ file, anchor: label.anchor, expected: label.name, ...scoreLabel(label, paper), ...(label.open ? { open: true } : {}) });
    }
  }
  const scored = rows.filter((r) => !r.open);
  const correct = scored.filter((r) => r.correct).length;
  const primary = scored.filter((r) => r.primary).length;
  const round = (x: number) => (scored.length ? Math.round((x / scored.length) * 1000) / 1000 : 0);
  return { split, papers: scored.length, correct, primary, accuracy: round(correct), primaryAccuracy: round(primary), rows };
}

/** Parses every labelled file of `split` (built-in labels.json) and scores each labelled paper. */
export function evaluateNames(split: Split): NameScore {
  const labels = JSON.parse(readFileSync(`${root}test/fixtures/names/labels.json`, 'utf8')) as LabelFile;
  return evaluateFiles(split, labelGroups(labels)[split] ?? {});
}

/**
 * Scores a labelled folder given on the command line: `<dir>/labels.json` (or a labels file itself)
 * in the shape of the built-in one, `files` flat (path -> labels) or grouped by split; paths relative
 * to that folder or to the repository root.
 */
export function evaluateSet(dirOrFile: string): NameScore[] {
  const file = existsSync(dirOrFile) && statSync(dirOrFile).isDirectory() ? join(dirOrFile, 'labels.json') : dirOrFile;
  const labels = JSON.parse(readFileSync(file, 'utf8')) as LabelFile;
  const base = dirname(resolve(file));
  return Object.entries(labelGroups(labels, basename(base))).map(([split, files]) => evaluateFiles(split, files, base));
}

/** Figures per file (`2024-09-02-ru-daily.txt: 9/11`), so a set mixing formats shows each one. */
function perFile(s: NameScore): string {
  const by = new Map<string, { n: number; ok: number }>();
  for (const r of s.rows.filter((r) => !r.open)) {
    const f = by.get(r.file) ?? { n: 0, ok: 0 };
    f.n++;
    if (r.correct) f.ok++;
    by.set(r.file, f);
  }
  return [...by].map(([file, f]) => `    ${file}: ${f.ok}/${f.n}`).join('\n');
}

function print(s: NameScore): void {
  console.log(`${s.split}: ${s.correct}/${s.papers} correct (${s.accuracy}), primary ${s.primary}/${s.papers} (${s.primaryAccuracy})`);
  console.log(perFile(s));
  for (const r of s.rows.filter((r) => !r.correct && !r.open)) console.log(`  miss ${r.file} "${r.anchor}": expected ${r.expected ?? 'null'}, got ${r.got.join(' | ') || 'null'}`);
  const open = s.rows.filter((r) => r.open);
  if (open.length) {
    console.log(`  open (not scored): ${open.length}, named by the parser: ${open.filter((r) => r.got.length).length}`);
    for (const r of open) console.log(`  open ${r.file} "${r.anchor}": got ${r.got.join(' | ') || 'null'}`);
  }
}

// Run directly: `npx tsx test/support/name-eval.ts [tuned|dev|heldout|fresh ...] [--set <dir or labels.json> ...]`
// prints the named splits (default: the three tuned-on ones; `fresh` only when asked), every set
// given with --set, figures per file and every miss.
if (process.argv[1] && /name-eval\.ts$/.test(process.argv[1])) {
  const args = process.argv.slice(2);
  const sets: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === '--set' && args[i + 1]) sets.push(args[++i]!);
  const asked = args.filter((a): a is Split => ['tuned', 'dev', 'heldout', 'fresh'].includes(a));
  for (const split of asked.length || sets.length ? asked : (['tuned', 'dev', 'heldout'] as const)) print(evaluateNames(split));
  for (const set of sets) for (const s of evaluateSet(set)) print(s);
}
