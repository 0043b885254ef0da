/**
 * Coined names (the method, model or dataset a paper introduces: FIFO-Diffusion, MoRA, D-FINE...)
 * from English titles and Russian, Chinese and English prose.
 *
 * Everything here scans words or short clauses with simple, linear patterns: no regex runs over a
 * whole paragraph with nested quantifiers, so a 200 KB line stays cheap.
 * @module
 */
import { nameKey } from '../name-key.ts';
import { fold } from './text.ts';

// === Tokens

/** A coined Latin token: FIFO-Diffusion, MoRA, a4.8, SOTOPIA-pi, Imp-3B, LLaMA-Factory, μTransfer. */
const tokenPattern = /^(?:\d+[A-Za-z]|[A-Za-zμ])[A-Za-z0-9²³]*(?:[-.][A-Za-z0-9²³π]+)*$/;

/**
 * Latin words that follow "we propose"-style verbs but are not names coined by the paper: generic
 * acronyms, model families the paper merely uses, units.
 */
const genericTokens = new Set(
  [
    'ai', 'llm', 'llms', 'lm', 'lms', 'lmm', 'lmms', 'mllm', 'mllms', 'vlm', 'vlms', 'rlhf', 'gpu', 'gpus', 'cpu',
    'nlp', 'cv', 'api', 'apis', 'sota', 'moe', 'mlp', 'mlps', 'cnn', 'rnn', 'gan', 'gans', 'vae', 'lr', 'qa',
    'the', 'a', 'an', 'our', 'this', 'new', 'novel', 'we', 'it', 'and', 'of', 'for', 'to', 'in', 'on', 'with',
    'transformer', 'transformers', 'dataset', 'benchmark', 'framework', 'model', 'models', 'method', 'approach',
    // Field acronyms a summary spells out for its task, never a paper's own name.
    'vqa', 'tts', 'asr', 'ocr', 'sr', 'rag', 'g2p', 'ovd', 'ner', 'nli', 'ssl', 'ood', 'inr', 'sft', 'icl', 'lvlm', 'lvlms',
    '1d', '2d', '3d', '4d',
  ],
);

/**
 * Well-known methods, models and vendors a summary mentions as what the paper uses, studies or
 * compares with (`предложен модуль низкоранговой адаптации (LoRA)`, `применение CoT`, `моделей OpenAI
 * (o1-preview ...)`): a paper of 2024 does not coin them, so prose never names a paper with them.
 * Titles are not checked against this list (a title `LLaMA: ...` is that paper's own name).
 */
const knownTerms = new Set(
  [
    'cot', 'lora', 'qlora', 'kan', 'kans', 'ppo', 'dpo', 'nerf', 'nerfs', '3dgs', 'clip', 'bert', 'vit', 'dit', 'sam', 'unet', 'u-net',
    'gpt', 'gpt-3', 'gpt-3.5', 'gpt-4', 'gpt-4o', 'gpt-4v', 'chatgpt', 'o1', 'o1-preview', 'o1-mini', 'llama', 'llama-2', 'llama-3', 'mistral',
    'mixtral', 'gemini', 'claude', 'sdxl', 'adam', 'cuda', 'imagenet', 'coco', 'mteb',
    'openai', 'google', 'meta', 'microsoft', 'nvidia', 'deepmind', 'anthropic', 'apple', 'amazon', 'alibaba', 'github', 'huggingface',
  ],
);

/** True for a token that can be a coined name: Latin-initial, a capital somewhere, not generic. */
export function isCoinedToken(token: string): boolean {
  return tokenPattern.test(token) && /[A-Z]/.test(token) && !genericTokens.has(token.toLowerCase());
}

/** Digest spelling `SOTOPIA-pi` of the name written `SOTOPIA-π` by its authors. */
function restorePi(name: string): string {
  return name.replace(/^([A-Z0-9][A-Z0-9-]*)-pi$/, '$1-π');
}

const stripWord = (word: string) => word.replace(/^[«"“„'‘(\[]+/, '').replace(/[»"”'’,.;:!?)\]]+$/, '');
/** LaTeX superscripts as digits readers see: `SL^{2}A-INR` -> `SL²A-INR`, `V^3` -> `V³` (NFKC keys fold them to 2, 3). */
const superscript: Record<string, string> = { '2': '²', '3': '³' };
const latexSuperscripts = (text: string) => text.replace(/\$?\^\{?([23])\}?\$?/g, (_, d: string) => superscript[d]!);
/** Generic class words a name may end with (`Takin AudioLLM`, `Oryx MLLM`): the name is what comes before. */
const genericTail = /^[A-Za-z]*(?:LLM|MLLM|LMM|VLM|LM)s?$/;
const acronymIn = (word: string): string | null => {
  const m = /^\(([A-Za-z][A-Za-z0-9-]*)\)[,.;:]?$/.exec(word);
  return m && isCoinedToken(m[1]!) ? m[1]! : null;
};
const endsClause = (word: string) => /[,;:.!?»”"]$/.test(word);

/** A token that is certainly coined, not just capitalised: internal capitals, digits or hyphens (LLaMA, a4.8, Dreamer-XL). */
const isStronglyCoined = (token: string) => isCoinedToken(token) && /[A-Z].*[A-Z]|\d|-/.test(token);

/** A name and, when the text spells it out right after it, its long form (`DAC (Diffusion-based Audio Captioning)`). */
interface NameSpan {
  name: string;
  expansion?: string;
}

/** True when the words' initials spell the acronym's capitals: `Trajectory Score Matching` / `TSM`. */
function spellsOut(words: readonly string[], acronym: string): boolean {
  const initials = words.flatMap((w) => w.split('-')).filter(Boolean).map((w) => w[0]!.toUpperCase()).join('');
  return initials === acronym.replace(/[^A-Z]/g, '') || initials === acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
}

/**
 * The name a run of words starting at `words[j]` gives: a single coined token (`Octo,`), a Latin
 * phrase followed by its acronym (`Trajectory Score Matching (TSM)`, `adaptive projected guidance
 * (APG)` -> the acronym), a coined token followed by its spelled-out form (`V3 (Viewing Volumetric
 * Videos)` -> `V3`, the long form as its expansion), or a short capitalised Latin phrase
 * (`Consistency Models`). With `strict` (after a mere "we propose"), a phrase also needs a certainly
 * coined word, so `Speech LLMs` is not a name. With `whole` (after a naming word or a kind noun in
 * Russian prose), a Latin run that the Russian text closes is the name as it stands, lower-case words
 * included (`модель Imagine yourself для`, `названный Attention Prompting on Image,`). Null when
 * `words[j]` starts no Latin name.
 */
function nameSpanAt(words: readonly string[], j: number, strict = false, whole = false): NameSpan | null {
  const span = spanAt(words, j, strict, whole);
  return span && !knownTerms.has(span.name.toLowerCase()) ? span : null;
}

function spanAt(words: readonly string[], j: number, strict: boolean, whole: boolean): NameSpan | null {
  const first = stripWord(words[j] ?? '');
  if (!tokenPattern.test(first)) return null;
  const run = [first];
  let k = j;
  let closed = endsClause(words[k]!);
  while (!closed && k + 1 < words.length && run.length < 6) {
    const next = words[k + 1]!;
    const acronym = acronymIn(next);
    // `оптимизация Phantom (PO)`: the acronym spells a Russian phrase around a name, a component
    // of the paper, not its name.
    if (acronym) return run.length === 1 && !spellsOut(run, acronym) && /^\p{Script=Cyrillic}/u.test(words[j - 1] ?? '') ? null : { name: acronym };
    if (next.startsWith('(')) {
      // `V3 (Viewing Volumetric Videos)`, `DAC (Diffusion-based Audio Captioning)`: a coined token
      // and its long form in brackets.
      const gloss = /^\(([^()]+)\)[,.;:]?$/.exec(words.slice(k + 1, k + 8).join(' ').split(/(?<=\))/)[0]!);
      if (run.length === 1 && isCoinedToken(first) && gloss && /^[A-Z]/.test(gloss[1]!)) return { name: restorePi(first), expansion: gloss[1]! };
      break;
    }
    const token = stripWord(next);
    if (!tokenPattern.test(token)) break;
    run.push(token);
    k++;
    closed = endsClause(words[k]!);
  }
  // `Dr. Mo`: a short capitalised abbreviation and the word after it.
  if (run.length === 1 && /^[A-Z][a-z]{0,2}\.$/.test(words[j]!) && /^[A-Z][A-Za-z0-9-]*[,.;:]?$/.test(words[j + 1] ?? '')) {
    return { name: `${first}. ${stripWord(words[j + 1]!)}` };
  }
  // A Latin run inside Russian prose, closed by a clause mark or a Russian word: the whole run.
  const after = words[k + 1];
  if (whole && run.length > 1 && run.length <= 4 && /^[A-Z]/.test(first) && (closed || (after !== undefined && /^[«"(]?\p{Script=Cyrillic}/u.test(after)))) {
    return dropGenericTail(run);
  }
  // The name is the leading capitalised part (versions like `a4.8` continue it): `FastGen that is`
  // -> `FastGen`; a lower-case start (`adaptive projected guidance` without an acronym) is no name.
  const end = run.findIndex((w, i) => i > 0 && !/^[A-Z]/.test(w) && !/\d/.test(w));
  const head = end < 0 ? run : run.slice(0, end);
  if (head.length === 1) return isCoinedToken(first) ? { name: restorePi(first) } : null;
  const capitalised = head.every((w) => /^[A-Z]/.test(w) || /\d/.test(w));
  return capitalised && head.some(strict ? isStronglyCoined : isCoinedToken) ? dropGenericTail(head) : null;
}

/** `Takin AudioLLM` -> `Takin`: a class word ending a multi-word name is dropped when a coined name is left. */
function dropGenericTail(words: readonly string[]): NameSpan {
  const last = words[words.length - 1]!;
  if (words.length > 1 && genericTail.test(last) && words.slice(0, -1).some((w) => /^[A-Z]/.test(w))) return { name: words.slice(0, -1).join(' ') };
  return { name: words.join(' ') };
}

function nameAt(words: readonly string[], j: number, strict = false, whole = false): string | null {
  return nameSpanAt(words, j, strict, whole)?.name ?? null;
}

// === Russian (and English) prose

interface Candidate {
  name: string;
  score: number;
  /** The name's long form when the text spells it out (`DAC (Diffusion-based Audio Captioning)`). */
  expansion?: string;
  /** Introduced «также» / "also": a secondary contribution, never added as a second name. */
  also?: boolean;
}

/** «под названием X», «названный X», «называемый X», "called X", "dubbed X": the author names it. */
const namingWord = /^(?:названием|именем|названн\p{L}*|называем\p{L}*|именуем\p{L}*|called|named|dubbed|termed)$/u;
/**
 * «представляем / предлагаем / создаём / вводим X», "we introduce / present / propose X", the past
 * «создали датасет X», «собрали набор X», and the short passive «представлен новый бенчмарк X»,
 * «разработана модель X», «создан бенчмарк X» (not the participle «предложенный метод», see
 * {@link participleWord}).
 */
const introWord =
  /^(?:представля\p{L}*|представи\p{L}*|представлен[аоы]?|предлага\p{L}*|предложи\p{L}*|предложен[аоы]?|созда[её]\p{L}*|создади\p{L}*|созда(?:ли?|ла|н[аоы]?)|собра(?:ли?|ла|н[аоы]?)|вводи\p{L}*|разрабатыва\p{L}*|разработа(?:н[аоы]?|ли?|ла)|introduce[sd]?|present[s]?|propose[sd]?|release[sd]?)$/u;
/**
 * A participle of such a verb: «предложенный метод B4», «Разработанная структура, LLM-Agent-UMF,».
 * It usually refers back to what the text already named, so it counts only for a name the text has
 * not mentioned before, right after it (a kind noun and a comma between), and scores low.
 */
const participleWord = /^(?:предложенн\p{L}*|разработанн\p{L}*|представленн\p{L}*|созданн\p{L}*)$/u;
/** Words that end the search window after a verb: what follows describes, it does not name. */
const stopWord = /^(?:котор\p{L}*|что|чтобы|чем|а|но|однако|which|that|to|but|while|whereas)$/u;
const newWord = /^(?:нов\p{L}*|новаторск\p{L}*|novel|new)$/u;
/** Prepositions that introduce what a paper works on (`подход к X`, `approach to X`). */
const prepositionWord = /^(?:к|для|о|об|по|в|на|из|с|со|от|to|for|of|on|in|from|with|using|via)$/u;
const alsoWord = /^(?:также|тоже|also)$/u;
/** "our Distilled Voice Assistant (DiVA)", «наш ... (ACRO)»: the authors spell out their own acronym. */
const ourWord = /^(?:our|наш|наша|наше|нашего|нашей|нашу)$/u;
/** «X представляет собой модель», «X является ...»: a sentence opening with a name defines it (like «X - это»). */
const definesWord = /^(?:является|являются)$/u;
/** A survey or review (the first sentence says so): it introduces no name of its own. */
const surveyWord = /^(?:обзор\p{L}*|survey|review)$/u;

/**
 * Nouns that say what kind of thing the next word names (`модель bge-en-icl`, «бенчмарк OmniBench»,
 * "the jina-embeddings-v3 model" is not covered): after one of them a lower-case token with a hyphen
 * or a digit (`bge-en-icl`, `jina-embeddings-v3`) is a name too, and in Russian prose a Latin run
 * of ordinary words (`модель Imagine yourself для ...`).
 */
const kindWord = /^(?:модел\p{L}*|бенчмарк\p{L}*|датасет\p{L}*|архитектур\p{L}*|фреймворк\p{L}*|систем\p{L}*|библиотек\p{L}*|метод\p{L}*|подход\p{L}*|структур\p{L}*|набор\p{L}*|метрик\p{L}*|model|benchmark|dataset|framework|library)$/u;
/** A lower-case coined token: `bge-en-icl`, `jina-embeddings-v3`, `llama3-8b`; not a plain word. */
const lowerCoined = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$|^[a-z]+\d[a-z0-9]*$/;

/** How far into a text participles are read (a summary is far shorter; a 50 MB line must stay linear). */
const maxParticipleOffset = 8000;

/** The starts of every naming, "our", participle and introducing word above (a quick pre-filter). */
const triggerStart = /^[«"“„'‘(\[]*(?:назв|имен|назыв|call|name|dubb|term|our|наш|предл|разраб|предст|созда|собра|ввод|intro|prese|propo|relea)/i;

/** Words scanned after an introducing verb before giving up (`представляем новый механизм нулевой маршрутизации, Arrow,`). */
const introWindow = 8;

const isCyrillic = (s: string) => /\p{Script=Cyrillic}/u.test(s);
const isDash = (w: string) => /^[-–—]$/.test(w);

/**
 * Candidates from prose: each sentence is split into words; a naming word followed by a Latin name
 * scores 5, a sentence defining a name («X - это», «X представляет собой») 4, an introducing verb
 * followed within {@link introWindow} words by one 3 (+1 for "new", -1 for "also", which marks a
 * secondary contribution such as a dataset), a participle right before a name not seen before 2.
 * A text whose first sentence calls it a survey gives none.
 */
function proseCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Sentences end at . ! ? ; but not after a short capitalised abbreviation (`Dr. Mo`).
  const sentences = latexSuperscripts(fold(text)).split(/(?<=[.!?;])(?<!\b[A-Z][a-z]{0,2}\.)\s+/);
  const cyrillic = isCyrillic(text);
  // Where each sentence starts in the folded text, to tell a first mention from a later one.
  const folded = sentences.join(' ');
  let offset = 0;
  for (const [index, sentence] of sentences.entries()) {
    const words = sentence.split(/\s+/).filter(Boolean);
    if (index === 0 && words.some((w) => surveyWord.test(stripWord(w).toLowerCase()))) return [];
    // «OmniGen - это новая модель», «Модель jina-embeddings-v3 - это», «NovelAI Diffusion V3
    // представляет собой модель»: a sentence that defines a coined name.
    let dash = -1;
    for (let i = 1; i <= 4 && i < words.length && dash < 0; i++) {
      const w = words[i]!;
      if ((isDash(w) && /^это$/i.test(words[i + 1] ?? '')) || (/^представля(?:ет|ют)$/i.test(w) && /^собой$/i.test(words[i + 1] ?? '')) || definesWord.test(w)) dash = i;
    }
    if (dash > 0) {
      const from = kindWord.test(words[0]!.toLowerCase()) ? 1 : 0;
      const head = words.slice(from, dash);
      const name = nameAt(head, 0, true) ?? (from === 1 && head.length === 1 && lowerCoined.test(stripWord(head[0]!)) ? stripWord(head[0]!) : null);
      if (name) out.push({ name, score: 4 });
    }
    for (let i = 0; i < words.length; i++) {
      // Most words start none of the phrases below: one test skips them.
      if (!triggerStart.test(words[i]!)) continue;
      const word = stripWord(words[i]!).toLowerCase();
      if (namingWord.test(word)) {
        const span = nameSpanAt(words, i + 1, false, cyrillic);
        if (span) out.push({ name: span.name, score: 5, ...(span.expansion ? { expansion: span.expansion } : {}) });
        continue;
      }
      if (ourWord.test(word)) {
        // Only a spelled-out acronym counts: "our Distilled Voice Assistant (DiVA)", not "our Method".
        const name = nameAt(words, i + 1);
        if (name && words.slice(i + 1, i + 9).some((w) => w.startsWith(`(${name})`))) out.push({ name, score: 4 });
        continue;
      }
      if (participleWord.test(word)) {
        // «предложенный метод B4», «Разработанная структура, LLM-Agent-UMF,»: kind noun, comma, name.
        let j = i + 1;
        if (kindWord.test(stripWord(words[j] ?? '').toLowerCase())) j++;
        // Only within a summary's length: the first-mention check scans the text before it.
        if (offset > maxParticipleOffset) continue;
        const span = nameSpanAt(words, j, true);
        // First mention: the name occurs nowhere before this sentence's participle.
        const at = span ? folded.indexOf(span.name) : -1;
        if (span && at >= offset + sentence.indexOf(words[i]!)) out.push({ name: span.name, score: 2 });
        continue;
      }
      if (!introWord.test(word)) continue;
      let score = 3;
      const also = words.slice(Math.max(0, i - 2), i).some((w) => alsoWord.test(stripWord(w).toLowerCase()));
      if (also) score--;
      let topic = false;
      let last = i + introWindow;
      for (let j = i + 1; j <= last && j < words.length; j++) {
        const w = stripWord(words[j]!).toLowerCase();
        if (stopWord.test(w)) break;
        if (newWord.test(w)) score++;
        if (prepositionWord.test(w)) topic = true;
        // `подход к неявным представлениям (INR) - сеть Фурье-Колмогорова-Арнольда (FKAN)`: after a
        // dash the text names the paper's own thing, not its field.
        if (isDash(words[j]!)) {
          topic = false;
          last = Math.max(last, j + 4);
          continue;
        }
        // The last word of a capitalised phrase (`Splatting` of `3D Gaussian Splatting`) is no name.
        if (j > i + 1 && /^[A-Z0-9]/.test(stripWord(words[j - 1]!)) && tokenPattern.test(stripWord(words[j - 1]!))) continue;
        const after = stripWord(words[j]!);
        const kind = kindWord.test(stripWord(words[j - 1]!).toLowerCase());
        const span = nameSpanAt(words, j, true, cyrillic && kind) ?? (kind && lowerCoined.test(after) ? { name: after } : null);
        if (!span) continue;
        // `подход к неявным нейронным представлениям (INR)`, `набор данных из MS MARCO`: after a
        // preposition a plain capitals acronym or a name without a kind noun before it is what the
        // paper works on or draws from, not the paper's own; keep looking. A coined acronym
        // (`для проксимального оптимизация политики (PF-PPO)`) is the method's.
        if (topic && (words[j]!.startsWith('(') ? /^[A-Z]{2,5}$/.test(span.name) : !kind)) continue;
        out.push({ name: span.name, score, ...(span.expansion ? { expansion: span.expansion } : {}), ...(also ? { also } : {}) });
        break;
      }
    }
    offset += sentence.length + 1;
  }
  return out;
}

const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/** A paper's primary name (the one a reader would type, or null) and its other names. */
export interface NameGuess {
  name: string | null;
  aliases: string[];
}

/** Distinct candidate names whose mentions are counted (see {@link namesFromProse}). */
const maxCounted = 8;

/**
 * Names from an abstract in Russian (or English): the best prose candidate (with its spelled-out
 * form when the text gives one, `V3` + `Viewing Volumetric Videos`), and a coined GitHub repository name. The
 * repository is named after the paper, so when its name differs from what the prose names, the
 * repository's is the primary name and the prose's a component's alias (`SLAB` + `PRepBN`,
 * `Dreamer-XL` + `TSM`). Null when nothing is named (a study, a position paper).
 * ```ts
 * namesFromProse('Мы предлагаем новый метод под названием PRepBN.', ['https://github.com/xinghaochen/SLAB'])
 * // { name: 'SLAB', aliases: ['PRepBN'] }
 * ```
 */
export function namesFromProse(text: string, urls: readonly string[]): NameGuess {
  const raw = proseCandidates(text);
  // A name the summary keeps coming back to is its paper's (`LangGPT` introduced first, `Minstrel`
  // «также» but named again in the results): one point for two or more mentions, and mentions
  // break ties.
  // Counted up to 3 and only for the first few distinct names: a hostile text with thousands of
  // candidates costs a few scans, not one per candidate.
  let lower: string | undefined;
  const counted = new Map<string, number>();
  const mentions = (name: string): number => {
    const key = name.toLowerCase();
    let n = counted.get(key);
    if (n !== undefined) return n;
    if (counted.size >= maxCounted) return 1;
    n = 0;
    lower ??= text.toLowerCase();
    for (let at = lower.indexOf(key); at >= 0 && n < 3; at = lower.indexOf(key, at + key.length)) n++;
    counted.set(key, n);
    return n;
  };
  // The point never lifts an introduced name level with one the text explicitly names (score 5).
  const several = raw.some((c) => c.name !== raw[0]!.name);
  const candidates = raw.map((c, order) => {
    const m = several ? mentions(c.name) : 1;
    return { ...c, order, mentions: m, score: c.score >= 5 ? c.score : Math.min(4.5, c.score + (m >= 2 ? 1 : 0)) };
  });
  const prose: string[] = [];
  const best = [...candidates].sort((a, b) => b.score - a.score || b.mentions - a.mentions || a.order - b.order)[0];
  if (best) prose.push(best.name);
  // No second prose name: a summary introducing two things (`AuditoryBench` and `AudioBERT`,
  // `LangGPT` and `Minstrel`) seldom says which one the paper is named after, and a wrong alias is
  // as wrong as a wrong name. The second one stays searchable in the summary's text.
  // The spelled-out form of an acronym name (`V3 (Viewing Volumetric Videos)`) is another name for it.
  if (best?.expansion && !prose.some((p) => sameName(p, best.expansion!))) prose.push(best.expansion);
  const repo = repoNames(urls).find((r) => !prose.some((p) => nameKey(p).includes(nameKey(r))));
  const repoNamesProse = repoNames(urls).some((r) => prose.some((p) => sameName(p, r)));
  const names = repo && !repoNamesProse ? [repo, ...prose] : prose;
  return { name: names[0] ?? null, aliases: names.slice(1) };
}

/**
 * The primary coined name from an abstract (see {@link namesFromProse}), or null.
 * ```ts
 * nameFromProse('Мы предлагаем новый метод под названием MoRA, ...', []) // 'MoRA'
 * ```
 */
export function nameFromProse(text: string, urls: readonly string[]): string | null {
  return namesFromProse(text, urls).name;
}

/** Coined repository names from github.com URLs (`https://github.com/xinghaochen/SLAB` -> `SLAB`). */
function repoNames(urls: readonly string[]): string[] {
  const out: string[] = [];
  for (const url of urls) {
    const m = /^https?:\/\/github\.com\/[^/]+\/([^/?#]+)/i.exec(url);
    const repo = m?.[1]?.replace(/\.git$/, '');
    if (repo && isCoinedToken(repo) && !out.includes(repo)) out.push(repo);
  }
  return out;
}

// === English titles

/**
 * A title that says the paper is a survey or review (`... : A Survey on Comics Understanding`): such
 * a paper coins no name of its own, so its summary's acronyms (a taxonomy, a field) are not read.
 */
export function isSurveyTitle(title: string): boolean {
  return /\b(?:survey|review|overview)\b/i.test(title);
}

/**
 * The name an English title starts with: `LLaMA: Open and Efficient...` -> `LLaMA`,
 * `Do As I Can, Not As I Say (SayCan): ...` -> `SayCan`, `Tensor Programs V: ...` ->
 * `Tensor Programs V`. Titles without a `Name:` prefix, or whose prefix is plain English
 * (`Augmented Language Models: a Survey`), give null.
 */
export function nameFromTitle(rawTitle: string): string | null {
  // LaTeX in arXiv titles: `V^3`, `SL$^{2}$A-INR` (superscripts as digits, as readers type them).
  const title = /[$^]/.test(rawTitle) ? rawTitle.replace(/\$?\^\{?([0-9A-Za-z]+)\}?\$?/g, '$1').replace(/\$/g, '') : rawTitle;
  const colon = title.indexOf(':');
  const acronym = /\(([A-Za-z][A-Za-z0-9-]*)\)\s*$/.exec(colon < 0 ? title : title.slice(0, colon));
  if (acronym && isCoinedToken(acronym[1]!)) return acronym[1]!;
  if (colon < 0) return reportName(title) ?? shortTitleName(title);
  if (colon === 0) return null;
  const prefix = title.slice(0, colon).trim();
  // `Molmo and PixMo: …`: two names, the first the paper's.
  const pair = /^(\S+) (?:and|&) (\S+)$/.exec(prefix);
  if (pair && titleToken.test(pair[1]!) && isCoinedToken(pair[2]!)) return pair[1]!;
  const words = prefix.split(/\s+/);
  if (words.length > 3 || !words.every((w) => titleToken.test(w))) return null;
  if (words.length === 1) return /^\d*[A-Za-z]/.test(words[0]!) && !genericTokens.has(words[0]!.toLowerCase()) ? words[0]! : null;
  if (isPhrase(words)) return null;
  // Two or three words: a name when one of them looks coined (Depth Pro, Tensor Programs V) and not
  // when all are ordinary title-case words (Latent Image Animator, Augmented Language Models).
  const looksCoined = (w: string) => /[A-Z].*[A-Z]|\d|^[A-Z]$/.test(w) || w === 'Pro';
  return words.length === 2 || words.some(looksCoined) ? prefix : null;
}

/** `Qwen2.5-Coder Technical Report` -> `Qwen2.5-Coder`: a coined name before the report words. */
function reportName(title: string): string | null {
  const m = /^(\S+(?: \S+){0,2}) (?:Technical Report|Tech Report|Model Card|System Card)$/i.exec(title.trim());
  return m && m[1]!.split(' ').every((w) => titleToken.test(w)) && m[1]!.split(' ').some(isCoinedToken) ? m[1]! : null;
}

/** A title-prefix word: a coined token, or one starting with digits glued to letters (`3DTopia-XL`, `3DGS-LM`). */
const titleToken = /^(?:\d+[A-Za-z]|[A-Za-zμ])[A-Za-z0-9]*(?:[-.][A-Za-z0-9π]+)*$/;

/**
 * A two- or three-word prefix that reads as a phrase: it opens with a function word (`Beyond
 * Fine-tuning`) or a plain gerund (`Reflecting Reality`, `Scaling Smart`), not a name.
 */
export function isPhrase(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  return titleStopWords.test(first) || /^[A-Z][a-z]+ing$/.test(first) || descriptorWord.test(first);
}

/** `LLM-Powered`, `Diffusion-Based`, `Retrieval-Augmented`: a first word that describes, not names. */
const descriptorWord = /-(?:Powered|Based|Driven|Guided|Aware|Assisted|Enhanced|Augmented|Free|Conditioned|Centric|Oriented)$/i;

/** Words that make a title a phrase about something rather than the name of a method. */
const titleStopWords = /^(?:a|an|the|of|for|with|and|or|to|in|on|at|via|from|as|by|is|are|do|does|can|without|using|towards?|beyond|into|over|under|through|is|what|how|why|when|not)$/i;

/**
 * A short title that is itself the method's name: two or three capitalised words, no colon, no
 * function word (`Visual Prompt Tuning`, `Consistency Models`, `In-context Instruction Learning`);
 * `Large Language Models as Markov Chains` or `Intelligence at the Edge of Chaos` are not.
 */
function shortTitleName(title: string): string | null {
  const words = title.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || title.length > 48) return null;
  const ok = words.every((w) => /^[A-Z][A-Za-z]*(?:-[A-Za-z]+)*$/.test(w) && !titleStopWords.test(w));
  return ok ? words.join(' ') : null;
}

// === Chinese prose

/** 叫/称为/命名为/名为 X: "so it is called Consistency Models". */
const zhNaming = /(?:所以才叫|才叫|被命名为|命名为|称为|名为|叫做|叫)\s*/g;
/** 我们引入/介绍/提出/推出 X, 我们首先提出了 X (an adverb between). */
const zhIntro = /(?:我们|本文|本论文|论文|本研究|并)(?:首先|还|也|进一步|最终|最后)?(?:引入|介绍|提出|推出|发布|开发|设计)了?(?:一种|一个|一款|一套)?\s*/g;
/** 同时介绍了SLIMER-IT, 提出了X: the verb and 了 with a Latin name right after them, whoever the subject. */
const zhIntroBare = /(?:介绍|提出|推出|发布|引入)了\s*(?=[A-Za-z0-9μ])/g;
/** 我们提出的 MIMO 框架, 引入的RACER框架: "the X we propose", a Latin name right after it. */
const zhProposed = /(?:我们|本文)?(?:提出|引入|开发|设计)的\s*(?=[A-Za-z0-9μ])/g;
/** `Seed-Music 是一个…`, `Qwen2-VL系列是…`: a sentence opening with a name that it defines. */
const zhDefines = /(?:^|[。!?\n]\s*)(?=[A-Za-z0-9μ][^。,，]{0,40}?\s*(?:系列|模型|框架)?\s*是(?:一个|一种|一款|一套|对))/g;

/**
 * A coined name from Chinese prose: `我们引入混合Transformer(MoT)` -> `MoT`,
 * `我们引入了BitNet a4.8,` -> `BitNet a4.8`, `所以才叫Consistency Models` -> `Consistency Models`,
 * `被命名为 Chinchilla` -> `Chinchilla`, `我们提出的MIMO框架` -> `MIMO`, `Seed-Music 是一个音乐生成系统`
 * -> `Seed-Music`. Only the clause right after the phrase is read; the patterns are tried in order
 * (naming, introducing, "the X we propose", a defining sentence).
 */
export function nameFromChinese(text: string, patterns: readonly RegExp[] = [zhNaming, zhIntro, zhIntroBare, zhProposed, zhDefines]): string | null {
  const folded = latexSuperscripts(fold(text));
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const m of folded.matchAll(pattern)) {
      const start = m.index + m[0].length;
      // The clause: up to the next Chinese/ASCII clause mark, at most 60 characters.
      const clause = folded.slice(start, start + 60).split(/[,。;,;:、]/)[0]!;
      const name = nameInClause(clause, pattern === zhNaming);
      if (name) return name;
    }
  }
  return null;
}

/**
 * A name the Chinese prose explicitly gives (叫/称为/命名为 X), not one it merely introduces: strong
 * enough to be the primary name over a title's (`这种称为 μTransfer 的方法` for Tensor Programs V).
 */
export function namedInChinese(text: string): string | null {
  return nameFromChinese(text, [zhNaming]);
}

/**
 * What follows a bracketed acronym when the acronym only spells out the field the paper works in:
 * 图像超分辨率(SR)新方法, 任意点跟踪（TAP）问题, 零样本语音转移（VT）模块, 视觉问答（VQA）任务.
 * A paper's own acronym closes its phrase (混合Transformer(MoT)，...).
 */
const zhFieldAfter = /^(?:问题|任务|领域|新方法|方法|技术|模块|中|上|方面|系统|研究)/u;
/**
 * 一种新框架EHRXDiff, 新的基准OmniBench, 一种多轮在线强化学习方法SCoRe, 一个新的数学推理预训练数据集
 * InfiMM-WebMath-40B, 一种多功能的图像生成助手PixWizard, 一种新的多模态模型家族Molmo: a kind noun (a few
 * Chinese words before it) right before a Latin name.
 */
const zhKindBefore = /^(?:新的?|全新的?|新颖的)?(?:\p{Script=Han}{0,12}?)(?:框架|模型|方法|系统|数据集|基准|架构|算法|网络|工具|平台|助手|家族|系列|智能体|工具包|管道)\s*(?=[A-Za-z0-9])/u;

function nameInClause(clause: string, naming = false): string | null {
  const trimmed = clause.trim();
  // 名为"Imagine yourself"的: a quoted name after a naming word, as quoted.
  if (naming) {
    const quoted = /^["“«']([A-Za-z0-9μ][^"”»']{0,40})["”»']/.exec(trimmed);
    if (quoted && tokenPattern.test(quoted[1]!.split(' ')[0]!)) return quoted[1]!.trim();
  }
  // Chinese phrase + (ACRO): 混合Transformer(MoT), 潜在图像动画器(LIA), 名为Diffusion Reuse MOtion (Dr. Mo)
  const acronym = /^[^()]{0,30}?\(\s*([A-Za-z][A-Za-z0-9-]*(?:\. ?[A-Z][A-Za-z0-9-]*)?)\s*\)/.exec(trimmed);
  if (acronym && isCoinedToken(acronym[1]!.split(/\. ?/)[0]!)) return zhFieldAfter.test(trimmed.slice(acronym[0].length)) ? null : acronym[1]!;
  // 称为图像注意力提示（Attention Prompting on Image）: a bracketed English name after a naming word.
  if (naming) {
    const english = /^\p{Script=Han}{1,20}\(\s*([A-Z][A-Za-z0-9-]*(?: [A-Za-z0-9-]+){1,5})\s*\)/u.exec(trimmed);
    if (english) return english[1]!;
  }
  const kind = zhKindBefore.exec(trimmed);
  const rest = kind ? trimmed.slice(kind[0].length) : trimmed;
  const latin = /^(?:\d+[A-Za-z]|[A-Za-zμ])[A-Za-z0-9.\-π²³]*(?: [A-Za-z0-9][A-Za-z0-9.\-]*){0,3}/.exec(rest);
  if (!latin) return null;
  // `改进…语言模型CLAP的方法`: a name followed by 的 qualifies what is introduced (CLAP's method), unless named.
  if (!naming && /^\s*的/.test(rest.slice(latin[0].length))) return null;
  const words = latin[0].replace(/[.]+$/, '').split(' ');
  const name = nameAt(words, 0);
  if (name) return name;
  // 一种新模型bge-en-icl: after a kind noun a lower-case coined token is a name too.
  return kind && lowerCoined.test(words[0]!) ? words[0]! : null;
}

// === Keys

/** One rule for names everywhere (merging and exact-name search): see {@link nameKey}. */
export { nameKey };
