/**
 * Checks run on a round of new lexicon blocks (`src/core/lexicon/data/x-*.ts`, or the blocks whose name
 * starts with `$AUDIT_PREFIX`, e.g. `AUDIT_PREFIX=y-` for the third round) before they were
 * committed (`src/core/lexicon/REVIEW.md` says what each found and what was done about it):
 *
 * `npx tsx test/support/lexicon-audit.ts <check>`
 * - `steals`: a new term that contains an earlier concept's term wins the longest match and would stop
 *   the earlier concept from being found in that text; listed unless the earlier concept is one of the
 *   new concept's broader concepts (then the text still counts for it).
 * - `dups`: new terms an earlier concept already has (left to the earlier concept).
 * - `df [n] [ru|zh|en]`: the new concepts found in the most documents of text that is NOT report-day
 *   material (the starter corpus and the tune days' English, Russian and Chinese texts): a term found
 *   everywhere is a generic word, not a concept (`enhancement` matched every "enhances").
 * - `short`: every single-word English and Russian term and every Chinese term of one or two
 *   characters of the new blocks, for reading by eye (Snowball stems: `medication` = `medical`,
 *   `accelerator` = `accelerating`; Chinese substrings: 定位, 循环).
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLexicon, type Lexicon } from '../../src/core/lexicon/index.ts';
import { lexiconBlocks } from '../../src/core/lexicon/data/index.ts';
import { sourcePapers } from '../relevance/xling/source.ts';
import { tuneDays } from '../relevance/xling/split.ts';

const isNew = (name: string) => name.startsWith(process.env.AUDIT_PREFIX ?? 'x-');
const old = buildLexicon(lexiconBlocks.filter((b) => !isNew(b.name)));
const full = buildLexicon(lexiconBlocks);
const oldIds = new Set(old.concepts.map((c) => c.id));
const newConcepts = full.concepts.filter((c) => !oldIds.has(c.id));
const termsOf = (c: Lexicon['concepts'][number]) => [...c.en, ...c.ru, ...c.zh];
const fold = (t: string) => t.toLowerCase().replace(/ё/g, 'е').replace(/\*$/, '').replace(/[-\s]+/g, ' ').trim();

function steals(): string[] {
  const out: string[] = [];
  for (const c of newConcepts) {
    const closure = new Set([...full.closure[full.indexOf(c.id)!]!].map((i) => full.concepts[i]!.id));
    for (const term of termsOf(c)) {
      const lost = old.find(term.replace(/\*/g, '')).filter((id) => !closure.has(id));
      if (lost.length) out.push(`${c.id}: "${term}" covers [${lost.join(', ')}]`);
    }
  }
  return out;
}

function dups(): string[] {
  const oldTerms = new Map<string, string>();
  for (const c of old.concepts) for (const t of [...termsOf(c), ...c.acronyms]) oldTerms.set(fold(t), c.id);
  return newConcepts.flatMap((c) => [...termsOf(c), ...c.acronyms].filter((t) => oldTerms.has(fold(t))).map((t) => `${c.id}: "${t}" = ${oldTerms.get(fold(t))}`));
}

function df(n: number, script?: string): string[] {
  const root = fileURLToPath(new URL('../../data/digests/', import.meta.url));
  const docs: string[] = [];
  for (const p of sourcePapers().filter((x) => tuneDays.includes(x.day))) {
    docs.push(`${p.title}. ${p.abstract}`, p.ru.desc);
    if (p.zh) docs.push(`${p.zh.title} ${p.zh.desc}`);
  }
  for (const f of readdirSync(root)) for (const chunk of readFileSync(root + f, 'utf8').split(/\n\s*\n|\n(?=\S)/)) if (chunk.length > 80) docs.push(chunk);
  const keep = (d: string) => !script || (script === 'ru' ? /[а-я]{4}/.test(d) : script === 'zh' ? /\p{Script=Han}{4}/u.test(d) : !/[а-я]|\p{Script=Han}/u.test(d));
  const newIds = new Set(newConcepts.map((c) => c.id));
  const counts = new Map<string, { n: number; example: string }>();
  for (const d of docs.filter(keep)) {
    const seen = new Map<string, string>();
    full.matcher.scan(d, (cs, s, e) => {
      for (const c of cs) {
        const id = full.concepts[c]!.id;
        if (newIds.has(id) && !seen.has(id)) seen.set(id, d.slice(s, e));
      }
    });
    for (const [id, example] of seen) counts.set(id, { n: (counts.get(id)?.n ?? 0) + 1, example: counts.get(id)?.example ?? example });
  }
  return [`${docs.filter(keep).length} documents`, ...[...counts].sort((a, b) => b[1].n - a[1].n).slice(0, n).map(([id, x]) => `${String(x.n).padStart(4)} ${id} ${JSON.stringify(x.example)}`)];
}

function short(): string[] {
  return [
    'zh, 1-2 characters: ' + newConcepts.flatMap((c) => c.zh.filter((t) => t.length <= 2).map((t) => `${t}:${c.id}`)).join('  '),
    'ru, one word: ' + newConcepts.flatMap((c) => c.ru.filter((t) => !t.includes(' ')).map((t) => `${t}:${c.id}`)).join('  '),
    'en, one word: ' + newConcepts.flatMap((c) => c.en.filter((t) => !/[ -]/.test(t)).map((t) => `${t}:${c.id}`)).join('  '),
  ];
}

const [check, arg1, arg2] = process.argv.slice(2);
const lines = check === 'steals' ? steals() : check === 'dups' ? dups() : check === 'df' ? df(Number(arg1 ?? 40), arg2) : check === 'short' ? short() : ['usage: lexicon-audit.ts steals | dups | df [n] [ru|zh|en] | short'];
console.log(`${full.concepts.length} concepts (${newConcepts.length} in the second-round blocks)\n${lines.join('\n')}`);
