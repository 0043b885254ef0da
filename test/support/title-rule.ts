/**
 * The title rule of `test/fixtures/names/README.md` ("Labelling a paper from its English title
 * alone"), written out as code so the rule can be checked against the hand labels of the tuning days.
 * It deliberately shares nothing with the parsers (`src/core/parse/names.ts`): a label made with it
 * must not depend on what the parser does.
 *
 * `npx tsx test/support/title-rule.ts <hfday day files...>` prints, per paper, the title and the
 * label the rule gives (`name`, `aliases`, or null).
 * @module
 */
import { readFileSync } from 'node:fs';

export interface TitleLabel {
  name: string | null;
  aliases?: string[];
}

/** Words that make a prefix a genre, not a name (`Position: ...`, `Survey: ...`). */
const genreWords = new Set(['position', 'survey', 'review', 'overview', 'tutorial', 'perspective', 'report', 'preface', 'editorial', 'commentary', 'erratum', 'abstract', 'introduction', 'benchmark', 'dataset']);
/** A first word that makes the prefix a phrase: function words. */
const functionWords = new Set(['a', 'an', 'the', 'of', 'for', 'with', 'and', 'or', 'to', 'in', 'on', 'at', 'via', 'from', 'as', 'by', 'is', 'are', 'do', 'does', 'can', 'without', 'using', 'toward', 'towards', 'beyond', 'into', 'over', 'under', 'through', 'what', 'how', 'why', 'when', 'not', 'is', 'be', 'we', 'our', 'your', 'my', 'this', 'that', 'all', 'more', 'less', 'less', 'one', 'two']);
/** Generic trailing words: `Oryx MLLM` is Oryx (the full prefix stays an alias). */
const genericTail = new Set(['llm', 'llms', 'mllm', 'mllms', 'lm', 'lmm', 'vlm', 'model', 'models']);

/** Coined: a capital after the first character, a digit, or all capitals (2+ letters). */
export function isCoinedWord(word: string): boolean {
  const w = word.replace(/[^\p{L}\p{N}.-]/gu, '');
  return /.\p{Lu}/u.test(w) || /\d/.test(w) || /^\p{Lu}{2,}$/u.test(w);
}

/** A word that opens a phrase rather than a name: a function word, an -ing word, or `X-Based`-style descriptor. */
function opensPhrase(word: string): boolean {
  const w = word.toLowerCase();
  return functionWords.has(w) || /^\p{L}+ing$/u.test(w) || /-(?:based|powered|driven|guided|aware|assisted|enhanced|augmented|free|conditioned|centric|oriented)$/.test(w);
}

/** LaTeX and odd spacing out: `V^3` -> `V3`, `SL$^{2}$A-INR` -> `SL2A-INR`. */
export function cleanTitle(title: string): string {
  return title.normalize('NFKC').replace(/[$^{}\\]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The label the title rule gives: the coined name the title opens with, or null when the title
 * alone gives none (a plain phrase, a long prefix, no colon).
 */
export function labelFromTitle(rawTitle: string): TitleLabel {
  const title = cleanTitle(rawTitle);
  const colon = title.indexOf(':');
  const prefix = (colon < 0 ? title : title.slice(0, colon)).trim();
  // (1) A bracketed single word closing the prefix (or a colon-less title): its acronym or name.
  const bracket = /\(([^()\s]+)\)$/.exec(prefix);
  if (bracket) return { name: bracket[1]! };
  const words = prefix.split(' ').filter(Boolean);
  if (colon < 0) {
    // (2) `Qwen2.5-Coder Technical Report`: the name before the report words.
    const report = /^(.+?) (?:Technical Report|Tech Report|Model Card|System Card)$/i.exec(title);
    if (report && report[1]!.split(' ').length <= 3 && report[1]!.split(' ').some(isCoinedWord)) return { name: report[1]! };
    // (3) A colon-less title of 2-3 words with a coined word and no phrase opener (`Kolmogorov-Arnold Transformer`).
    if (words.length >= 2 && words.length <= 3 && words.some(isCoinedWord) && !opensPhrase(words[0]!) && !words.some((w) => functionWords.has(w.toLowerCase()))) return { name: title };
    return { name: null };
  }
  // (4) One word before the colon: the name, unless it is a genre word (`Survey:`).
  if (words.length === 1) return genreWords.has(words[0]!.toLowerCase()) ? { name: null } : { name: words[0]! };
  // (5) `Molmo and PixMo`: two names joined by and/&/+: the first, the second an alias.
  const pair = /^(\S+) (?:and|&|\+) (\S+)$/.exec(prefix);
  if (pair && (isCoinedWord(pair[1]!) || isCoinedWord(pair[2]!))) return { name: pair[1]!, aliases: [pair[2]!] };
  // (6) Two or three words, one of them coined, not opening as a phrase: the prefix (a generic tail dropped).
  if (words.length <= 3 && words.some(isCoinedWord) && !opensPhrase(words[0]!) && !words.slice(1).some((w) => functionWords.has(w.toLowerCase()))) {
    const last = words[words.length - 1]!;
    if (genericTail.has(last.toLowerCase())) return { name: words.slice(0, -1).join(' '), aliases: [prefix] };
    return { name: prefix };
  }
  // (7) Anything else: a plain phrase (`Scaling Smart`, `Imagine yourself`) or a long prefix.
  return { name: null };
}

/**
 * The label of one digest entry: the title's name when the entry's text contains it (compared by
 * name key), else its first alias the text contains, else null (an entry that never mentions the
 * name cannot be asked to give it).
 */
export function ruleLabelForEntry(title: TitleLabel, entryText: string): TitleLabel {
  const text = key(entryText);
  const names = [title.name, ...(title.aliases ?? [])].filter((n): n is string => !!n);
  const found = names.filter((n) => text.includes(key(n)));
  return found.length ? { name: found[0]!, ...(names.length > 1 ? { aliases: names.filter((n) => n !== found[0]) } : {}) } : { name: null };
}

/** Lower case, letters and digits only (NFKC first): `SOTOPIA-π` and `sotopia π` compare equal. */
const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

if (process.argv[1] && /title-rule\.ts$/.test(process.argv[1])) {
  for (const file of process.argv.slice(2)) {
    const day = JSON.parse(readFileSync(file, 'utf8')) as { papers: { title: string; url?: string }[] };
    for (const p of day.papers) {
      const l = labelFromTitle(p.title);
      console.log(`${l.name ?? 'null'}${l.aliases?.length ? ` [${l.aliases.join(', ')}]` : ''}\t${p.title}`);
    }
  }
}
