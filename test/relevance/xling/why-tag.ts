/**
 * Why the tagger gave (or missed) topics on the TUNE days: `npx tsx test/relevance/xling/why-tag.ts
 * [ru|zh] [fp|fn]` prints each wrong (paper, topic) pair with the lexicon matches that count for the
 * topic, so a lexicon or tagging change can be judged. Tune days only (RULES.md).
 */
import { lexicon } from '../../../src/core/lexicon/index.ts';
import { topicsOfConcept } from '../../../src/core/topics.ts';
import { textGroups } from '../../../src/core/topics/tagging.ts';
import { loadCorpus, type CorpusLang } from './eval.ts';
import { evalTagging } from './tagging.ts';

const lang = (process.argv.find((a) => a === 'ru' || a === 'zh') ?? 'ru') as CorpusLang;
const kind = process.argv.includes('fn') ? 'fn' : 'fp';
const { corpus, arxivOf } = loadCorpus('tune', lang);
const byId = new Map(corpus.papers.flatMap((p) => arxivOf(p).map((id) => [id, p] as const)));
const lx = lexicon();
for (const [id, topic] of evalTagging('tune', lang).wrong[kind]) {
  const p = byId.get(id)!;
  const hits: string[] = [];
  for (const g of textGroups(p))
    for (const text of [...g.titles, g.body])
      lx.matcher.scan(text, (concepts, start, end) => {
        const ids = concepts.map((c) => lx.concepts[c]!.id);
        if (ids.some((c) => topicsOfConcept(c).includes(topic))) hits.push(`${text.slice(start, end)}=${ids.join('/')}`);
      });
  console.log(`${kind} ${topic.padEnd(18)} ${id} ${(p.name ?? '').slice(0, 20)} :: ${hits.join(' · ') || '(none)'}`);
}
