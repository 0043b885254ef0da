/**
 * Tuning check over every tuning day in both prose languages: each hand-labelled HFday paper of
 * `test/fixtures/hfday-d` (dev, heldout and fresh splits of labels.json), scored in the Russian
 * ru-daily and the Chinese zh-reading file of the cross-lingual fixtures (`test/fixtures/xling`), so
 * one paper is tried in the two formats where names come from prose alone. A label whose name the
 * entry's text never contains is scored as null there (the entry cannot give it).
 * `npx tsx test/support/name-days.ts` prints the figures per language and every miss. All of these
 * papers are tuning material: this is not a held-out figure.
 * @module
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDigest, type Paper } from '../../src/core/index.ts';
import { dateFromFileName, nameKey } from '../../src/core/parse/index.ts';
import { scoreLabel, type NameLabel } from './name-eval.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface DayPaper {
  title: string;
  url: string;
  abstract?: string;
  data?: { ru?: { title?: string; desc?: string }; zh?: { title?: string; desc?: string } };
}

export interface DayRow {
  file: string;
  id: string;
  expected: string | null;
  got: string[];
  correct: boolean;
}

const entryText = (p: Paper) => [p.title, p.localTitle, p.summary, p.abstract].filter(Boolean).join('\n');

/** The hand label of each labelled tuning-day paper, by arXiv id. */
function labelsById(): Map<string, NameLabel> {
  const dir = `${root}test/fixtures/hfday-d/`;
  const days: DayPaper[] = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(dir + f, 'utf8')) as { papers: DayPaper[] }).papers);
  const text = (p: DayPaper) => [p.title, p.abstract, p.data?.ru?.title, p.data?.ru?.desc, p.data?.zh?.title, p.data?.zh?.desc].join('\n').normalize('NFKC');
  const files = (JSON.parse(readFileSync(`${root}test/fixtures/names/labels.json`, 'utf8')) as { files: Record<string, Record<string, NameLabel[]>> }).files;
  const out = new Map<string, NameLabel>();
  for (const split of ['dev', 'heldout', 'fresh']) {
    for (const labels of Object.values(files[split] ?? {})) {
      for (const label of labels) {
        const day = days.find((p) => text(p).includes(label.anchor.normalize('NFKC')));
        if (day) out.set(day.url.slice(day.url.lastIndexOf('/') + 1), label);
      }
    }
  }
  return out;
}

/** The label as one entry can satisfy it: a name the entry never mentions is not asked for. */
function forEntry(label: NameLabel, text: string): NameLabel {
  if (label.name === null) return label;
  const key = nameKey(text);
  if (key.includes(nameKey(label.name))) return label;
  const alias = (label.aliases ?? []).find((a) => key.includes(nameKey(a)));
  if (alias) return { ...label, name: alias, aliases: [label.name, ...(label.aliases ?? []).filter((a) => a !== alias)] };
  return { anchor: label.anchor, name: null, ok: [label.name, ...(label.aliases ?? []), ...(label.ok ?? [])] };
}

export function evaluateDays(lang: 'ru' | 'zh'): { n: number; correct: number; rows: DayRow[] } {
  const labels = labelsById();
  const manifest = JSON.parse(readFileSync(`${root}test/fixtures/xling/manifest.json`, 'utf8')) as Record<string, string[]>;
  const rows: DayRow[] = [];
  for (const [path, ids] of Object.entries(manifest)) {
    if (!path.startsWith(`${lang}/`)) continue;
    const file = path.slice(path.lastIndexOf('/') + 1);
    const parsed = parseDigest({ file, bytes: readFileSync(`${root}test/fixtures/xling/${path}`), date: dateFromFileName(file) });
    const papers = parsed.ok ? parsed.value.papers : [];
    if (papers.length !== ids.length) throw new Error(`${path}: ${papers.length} papers, manifest lists ${ids.length}`);
    ids.forEach((id, i) => {
      const label = labels.get(id);
      if (!label) return;
      const paper = papers[i]!;
      const l = forEntry(label, entryText(paper));
      const s = scoreLabel(l, paper);
      rows.push({ file, id, expected: l.name, got: s.got, correct: s.correct });
    });
  }
  return { n: rows.length, correct: rows.filter((r) => r.correct).length, rows };
}

if (process.argv[1] && /name-days\.ts$/.test(process.argv[1])) {
  for (const lang of ['ru', 'zh'] as const) {
    const s = evaluateDays(lang);
    console.log(`${lang}: ${s.correct}/${s.n} (${(s.correct / s.n).toFixed(3)})`);
    for (const r of s.rows.filter((r) => !r.correct)) console.log(`  miss ${r.file} ${r.id}: expected ${r.expected ?? 'null'}, got ${r.got.join(' | ') || 'null'}`);
  }
}
