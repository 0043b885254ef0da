/**
 * Name accuracy on the second fresh held-out set (`test/fixtures/names-fresh/`, README there): the same
 * scoring as `name-eval.ts` (`scoreLabel`, aliases counted), over files generated from HFday days no
 * name rule was written against. `npx tsx test/support/name-eval-fresh2.ts` prints the figure per file
 * kind and every miss.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { evaluateSet, type NameRow } from './name-eval.ts';

/** Scores every labelled entry of the second fresh set (`evaluateSet` over its folder). */
export function evaluateFresh2(): NameRow[] {
  return evaluateSet(fileURLToPath(new URL('../fixtures/names-fresh/', import.meta.url))).flatMap((s) => s.rows);
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
