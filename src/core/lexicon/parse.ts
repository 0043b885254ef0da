/**
 * The lexicon's data format and its loader (pure: text in, concepts out).
 *
 * One concept per line, fields separated by `|`, terms inside a field by `;`:
 *
 * ```text
 * # a comment
 * fine-tuning | fine-tuning; finetuning | дообучение; дообуч*; файнтюнинг; тонкая настройка | 微调; 精调
 * lora > peft | low-rank adaptation | низкоранговая адаптация | 低秩适配; 低秩适应 | LoRA; LoRAs
 * ```
 *
 * 1. `id`: lower-case kebab-case, unique across the lexicon; optionally `> parent, parent`: broader
 *    concepts a mention of this one also counts for (a paper on LoRA is about PEFT);
 * 2. English terms, the first one the concept's label;
 * 3. Russian terms (the first one the Russian label); Latin terms are allowed here too;
 * 4. Chinese terms (two or more Han characters, no Latin: a Chinese run is matched on its own), matched
 *    as substrings;
 * 5. optional acronyms, matched case-sensitively in documents (`LoRA`, `RLHF`; a plural `s` and trailing
 *    digits are accepted: `LLMs`, `GPT4`) and case-insensitively in queries.
 *
 * English and Russian terms are word sequences. Each word is compared by its stem (the tokenizer's
 * Snowball stem), so `language models` matches «language model» and «языковых моделей» matches
 * `языковая модель`; a word written with a trailing `*` matches any word that starts with it
 * (`дообуч*`: дообучение, дообучить, дообученной). Every word counts, function words too (`обучение с
 * подкреплением` needs its `с`). Hyphens split words: `fine-tuning` = `fine tuning`.
 * @module
 */

/** A concept as the data states it. */
export interface Concept {
  id: string;
  /** English terms; `en[0]` is the label. */
  en: readonly string[];
  /** Russian terms; `ru[0]` is the label. */
  ru: readonly string[];
  /** Chinese terms; `zh[0]` is the label. */
  zh: readonly string[];
  /** Case-sensitive acronyms (`LoRA`). */
  acronyms: readonly string[];
  /** Ids of broader concepts (`lora` -> `peft`). */
  parents: readonly string[];
}

/** A line the loader could not read (the data is ours, so tests require none). */
export interface LexiconProblem {
  /** The data block's name and 1-based line, e.g. `nlp:12`. */
  where: string;
  reason: string;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const han = /\p{Script=Han}/u;
const cjkOnly = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,}$/u;

/**
 * Reads one block of lexicon lines. Malformed lines are skipped and reported; the rest load.
 *
 * ```ts
 * parseLexicon('lora | low-rank adaptation | низкоранговая адаптация | 低秩适配 | LoRA', 'peft').concepts[0].acronyms; // ['LoRA']
 * ```
 */
export function parseLexicon(text: string, block: string): { concepts: Concept[]; problems: LexiconProblem[] } {
  const concepts: Concept[] = [];
  const problems: LexiconProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `${block}:${i + 1}`;
    const fields = line.split('|').map((f) => f.trim());
    if (fields.length < 4 || fields.length > 5) {
      problems.push({ where, reason: `expected 4 or 5 fields separated by "|", got ${fields.length}` });
      return;
    }
    const [head = '', ...rest] = fields;
    const [en, ru, zh, acronyms] = rest.map((f) => f.split(';').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean));
    const [id = '', parents = ''] = head.split('>').map((s) => s.trim());
    const concept: Concept = {
      id,
      en: en ?? [],
      ru: ru ?? [],
      zh: zh ?? [],
      acronyms: acronyms ?? [],
      parents: parents.split(',').map((s) => s.trim()).filter(Boolean),
    };
    const reason = invalid(concept);
    if (reason) problems.push({ where, reason });
    else concepts.push(concept);
  });
  return { concepts, problems };
}

function invalid(c: Concept): string | undefined {
  if (!idPattern.test(c.id)) return `id "${c.id}" is not lower-case kebab-case`;
  if (c.en.length === 0) return `${c.id}: no English term`;
  if (c.ru.length === 0) return `${c.id}: no Russian term`;
  if (c.zh.length === 0) return `${c.id}: no Chinese term`;
  const notChinese = c.zh.find((t) => !cjkOnly.test(t) || !han.test(t));
  if (notChinese) return `${c.id}: Chinese term "${notChinese}" must be Han characters only (kana allowed)`;
  const badParent = c.parents.find((p) => !idPattern.test(p) || p === c.id);
  if (badParent !== undefined) return `${c.id}: parent "${badParent}" is not a valid other id`;
  const split = c.acronyms.find((a) => /[\s\-_.'’+/]/.test(a));
  if (split) return `${c.id}: acronym "${split}" has a space or joiner (words split there: write it as an English term)`;
  return undefined;
}
