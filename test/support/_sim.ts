import { readFileSync, readdirSync } from 'node:fs';
import { labelFromTitle, ruleLabelForEntry } from './title-rule.ts';
import { namesFromProse, nameFromChinese, nameKey } from '../../src/core/parse/index.ts';
import { scoreLabel } from './name-eval.ts';
const files = [...readdirSync('test/fixtures/hfday-d').filter((f) => f.endsWith('.json')).map((f) => 'test/fixtures/hfday-d/' + f), '/work/shared/samples/hfday/2024-10-03_hf_papers.json', '/work/shared/samples/hfday/2024-10-04_hf_papers.json'];
const tally: Record<string, { n: number; ok: number; open: number; openNamed: number }> = {};
for (const f of files) for (const p of JSON.parse(readFileSync(f, 'utf8')).papers) {
  const t = labelFromTitle(p.title);
  const texts: [string, string | undefined][] = [['ru', p.data?.ru?.desc ?? p.data?.desc], ['zh', p.data?.zh?.desc]];
  for (const [lang, text] of texts) {
    if (!text) continue;
    const g = lang === 'ru' ? namesFromProse(text, []) : { name: nameFromChinese(text), aliases: [] as string[] };
    const T = (tally[lang] ??= { n: 0, ok: 0, open: 0, openNamed: 0 });
    if (t.name === null) { T.open++; if (g.name) { T.openNamed++; console.log(`${lang} open: ${g.name}\t${p.title}`); } continue; }
    const l = ruleLabelForEntry(t, text);
    const s = scoreLabel({ anchor: '', name: l.name, ...(l.aliases ? { aliases: l.aliases } : {}) }, { name: g.name, aliases: g.aliases } as never);
    T.n++; if (s.correct) T.ok++; else console.log(`${lang} MISS rule=${l.name} got=${[g.name, ...g.aliases].join('|')}\t${p.title}`);
  }
}
console.log(JSON.stringify(tally));
