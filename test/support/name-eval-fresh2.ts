/**
 * Name accuracy on the second fresh held-out set (`test/fixtures/names-fresh/`, README there): the same
 * scoring as `name-eval.ts` (`scoreLabel`, aliases counted), over files generated from HFday days no
 * name rule was written against. `npx tsx test/support/name-eval-fresh2.ts` prints the figure per file
 * kind and every miss.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDigest } from '../../src/core/index.ts';
import { dateFromFileName } from '../../src/core/parse/index.ts';
import { scoreLabel, type NameLabel, type NameRow } from './name-eval.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Scores every labelled entry of the second fresh set. */
export function evaluateFresh2(): NameRow[] {
  const labels = JSON.parse(readFileSync(`${root}test/fixtures/names-fresh/labels.json`, 'utf8')) as { files: { fresh2: Record<string, NameLabel[]> } };
  const rows: NameRow[] = [];
  for (const [path, fileLabels] of Object.entries(labels.files.fresh2)) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const result = parseDigest({ file, bytes: readFileSync(root + path), date: dateFromFileName(file) });
    const papers = result.ok ? result.value.papers : [];
    for (const label of fileLabels) {
      const anchor = label.anchor.normalize('NFKC');
      const paper = papers.find((p) => [p.title, p.localTitle, p.summary, p.abstract].filter(Boolean).join('\n').normalize('NFKC').includes(anchor));
      rows.push({ file, anchor: label.anchor, expected: label.name, ...scoreLabel(label, paper) });
    }
  }
  return rows;
}

if (process.argv[1] && /name-eval-fresh2\.ts$/.test(process.argv[1])) {
  const rows = evaluateFresh2();
  const line = (kind: string, rs: NameRow[]) =>
    console.log(`${kind}: ${rs.filter((r) => r.correct).length}/${rs.length} correct (${(rs.filter((r) => r.correct).length / rs.length).toFixed(3)}), primary ${rs.filter((r) => r.primary).length}/${rs.length}`);
  line('all', rows);
  line('ru-daily', rows.filter((r) => r.file.includes('ru-daily')));
  line('zh-reading', rows.filter((r) => r.file.includes('zh-reading')));
  line('named entries', rows.filter((r) => r.expected !== null));
  line('null entries', rows.filter((r) => r.expected === null));
  for (const r of rows.filter((r) => !r.correct)) console.log(`  miss ${r.file} "${r.anchor}": expected ${r.expected ?? 'null'}, got ${r.got.join(' | ') || 'null'}`);
}
