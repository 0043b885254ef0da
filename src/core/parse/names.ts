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
const tokenPattern = /^[A-Za-zμ][A-Za-z0-9]*(?:[-.][A-Za-z0-9π]+)*$/;

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
    'vqa', 'tts', 'asr', 'ocr', 'sr', 'rag', 'g2p', 'ovd', 'ner', 'nli', 'ssl', 'ood',
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
const acronymIn = (word: string): string | null => {
  const m = /^\(([A-Za-z][A-Za-z0-9-]*)\)[,.;:]?$/.exec(word);
  return m && isCoinedToken(m[1]!) ? m[1]! : null;
};
const endsClause = (word: string) => /[,;:.!?»”"]$/.test(word);

/** A token that is certainly coined, not just capitalised: internal capitals, digits or hyphens (LLaMA, a4.8, Dreamer-XL). */
const isStronglyCoined = (token: string) => isCoinedToken(token) && /[A-Z].*[A-Z]|\d|-/.test(token);

/**
 * The name a run of words starting at `words[j]` gives: a single coined token (`Octo,`), a Latin
 * phrase followed by its acronym (`Trajectory Score Matching (TSM)`, `adaptive projected guidance
 * (APG)` -> the acronym), or a short capitalised Latin phrase (`Consistency Models`). With `strict`
 * (after a mere "we propose"), a phrase also needs a certainly coined word, so `Speech LLMs` is not a
 * name. Null when `words[j]` starts no Latin name.
 */
function nameAt(words: readonly string[], j: number, strict = false): string | null {
  const first = stripWord(words[j] ?? '');
  if (!tokenPattern.test(first)) return null;
  const run = [first];
  let k = j;
  while (!endsClause(words[k]!) && k + 1 < words.length && run.length < 6) {
    const next = words[k + 1]!;
    const acronym = acronymIn(next);
    if (acronym) return acronym;
    const token = stripWord(next);
    if (!tokenPattern.test(token)) break;
    run.push(token);
    k++;
  }
  // The name is the leading capitalised part (versions like `a4.8` continue it): `FastGen that is`
  // -> `FastGen`; a lower-case start (`adaptive projected guidance` without an acronym) is no name.
  const end = run.findIndex((w, i) => i > 0 && !/^[A-Z]/.test(w) && !/\d/.test(w));
  const head = end < 0 ? run : run.slice(0, end);
  if (head.length === 1) return isCoinedToken(first) ? restorePi(first) : null;
  const capitalised = head.every((w) => /^[A-Z]/.test(w) || /\d/.test(w));
  return capitalised && head.some(strict ? isStronglyCoined : isCoinedToken) ? head.join(' ') : null;
}

// === Russian (and English) prose

interface Candidate {
  name: string;
  score: number;
}

/** «под названием X», «названный X», «называемый X», "called X", "dubbed X": the author names it. */
const namingWord = /^(?:названием|именем|названн\p{L}*|называем\p{L}*|именуем\p{L}*|called|named|dubbed|termed)$/u;
/**
 * «представляем / предлагаем / создаём / вводим X», "we introduce / present / propose X", and the short
 * passive «представлен новый бенчмарк X», «разработана модель X» (not the participle «предложенный
 * метод», which describes what the text already named).
 */
const introWord =
  /^(?:представля\p{L}*|представи\p{L}*|представлен[аоы]?|предлага\p{L}*|предложи\p{L}*|предложен[аоы]?|созда[её]\p{L}*|создади\p{L}*|вводи\p{L}*|разрабатыва\p{L}*|разработа(?:н[аоы]?|ли?|ла)|introduce[sd]?|present[s]?|propose[sd]?|release[sd]?)$/u;
/** Words that end the search window after a verb: what follows describes, it does not name. */
const stopWord = /^(?:котор\p{L}*|что|чтобы|чем|which|that|to)$/u;
const newWord = /^(?:нов\p{L}*|новаторск\p{L}*|novel|new)$/u;
/** Prepositions that introduce what a paper works on (`подход к X`, `approach to X`). */
const prepositionWord = /^(?:к|для|о|об|по|в|на|to|for|of|on|in)$/u;
const alsoWord = /^(?:также|тоже|also)$/u;
/** "our Distilled Voice Assistant (DiVA)", «наш ... (ACRO)»: the authors spell out their own acronym. */
const ourWord = /^(?:our|наш|наша|наше|нашего|нашей|нашу)$/u;

/**
 * Nouns that say what kind of thing the next word names (`модель bge-en-icl`, «бенчмарк OmniBench»,
 * "the jina-embeddings-v3 model" is not covered): after one of them a lower-case token with a hyphen
 * or a digit (`bge-en-icl`, `jina-embeddings-v3`) is a name too.
 */
const kindWord = /^(?:модел\p{L}*|бенчмарк\p{L}*|датасет\p{L}*|архитектур\p{L}*|фреймворк\p{L}*|систем\p{L}*|библиотек\p{L}*|model|benchmark|dataset|framework|library)$/u;
/** A lower-case coined token: `bge-en-icl`, `jina-embeddings-v3`, `llama3-8b`; not a plain word. */
const lowerCoined = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$|^[a-z]+\d[a-z0-9]*$/;

/** Words scanned after an introducing verb before giving up (`представляем новый механизм нулевой маршрутизации, Arrow,`). */
const introWindow = 8;

/**
 * Candidates from prose: each sentence is split into words; a naming word followed by a Latin name
 * scores 5, an introducing verb followed within {@link introWindow} words by one scores 3 (+1 for
 * "new", -1 for "also", which marks a secondary contribution such as a dataset).
 */
function proseCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of fold(text).split(/(?<=[.!?;])\s+/)) {
    const words = sentence.split(/\s+/).filter(Boolean);
    // «OmniGen - это новая модель», «X — это фреймворк»: a sentence that defines a coined name.
    const dash = words.findIndex((w) => /^[-–—]$/.test(w));
    if (dash > 0 && dash <= 3 && /^это$/i.test(words[dash + 1] ?? '')) {
      const name = nameAt(words.slice(0, dash), 0, true);
      if (name) out.push({ name, score: 4 });
    }
    for (let i = 0; i < words.length; i++) {
      const word = stripWord(words[i]!).toLowerCase();
      if (namingWord.test(word)) {
        const name = nameAt(words, i + 1);
        if (name) out.push({ name, score: 5 });
        continue;
      }
      if (ourWord.test(word)) {
        // Only a spelled-out acronym counts: "our Distilled Voice Assistant (DiVA)", not "our Method".
        const name = nameAt(words, i + 1);
        if (name && words.slice(i + 1, i + 9).some((w) => w.startsWith(`(${name})`))) out.push({ name, score: 4 });
        continue;
      }
      if (!introWord.test(word)) continue;
      let score = 3;
      if (words.slice(Math.max(0, i - 2), i).some((w) => alsoWord.test(stripWord(w).toLowerCase()))) score--;
      let topic = false;
      for (let j = i + 1; j <= i + introWindow && j < words.length; j++) {
        const w = stripWord(words[j]!).toLowerCase();
        if (stopWord.test(w)) break;
        if (newWord.test(w)) score++;
        if (prepositionWord.test(w)) topic = true;
        // The last word of a capitalised phrase (`Splatting` of `3D Gaussian Splatting`) is no name.
        if (j > i + 1 && /^[A-Z0-9]/.test(stripWord(words[j - 1]!)) && tokenPattern.test(stripWord(words[j - 1]!))) continue;
        const after = stripWord(words[j]!);
        const name = nameAt(words, j, true) ?? (kindWord.test(stripWord(words[j - 1]!).toLowerCase()) && lowerCoined.test(after) ? after : null);
        if (!name) continue;
        // `подход к неявным нейронным представлениям (INR)`: an acronym after a preposition names
        // the field the paper works on, not the paper's method; keep looking.
        if (topic && words[j]!.startsWith('(')) continue;
        out.push({ name, score });
        break;
      }
    }
  }
  return out;
}

const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/** A paper's primary name (the one a reader would type, or null) and its other names. */
export interface NameGuess {
  name: string | null;
  aliases: string[];
}

/**
 * Names from an abstract in Russian (or English): the best prose candidate, a second one when the
 * text introduces two things equally (`Arrow` + `MBC`), and a coined GitHub repository name. The
 * repository is named after the paper, so when its name differs from what the prose names, the
 * repository's is the primary name and the prose's a component's alias (`SLAB` + `PRepBN`,
 * `Dreamer-XL` + `TSM`). Null when nothing is named (a study, a position paper).
 * ```ts
 * namesFromProse('Мы предлагаем новый метод под названием PRepBN.', ['https://github.com/xinghaochen/SLAB'])
 * // { name: 'SLAB', aliases: ['PRepBN'] }
 * ```
 */
export function namesFromProse(text: string, urls: readonly string[]): NameGuess {
  const candidates = proseCandidates(text);
  const prose: string[] = [];
  const best = [...candidates].sort((a, b) => b.score - a.score)[0];
  if (best) prose.push(best.name);
  // A second name, unless it is a size or version of the first (`EuroLLM-1.7B` of `EuroLLM`).
  const second = candidates.find((c) => c.score >= 3 && best && c.score <= best.score && !nameKey(c.name).startsWith(nameKey(best.name)));
  if (second && best && best.score < 5) prose.push(second.name);
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
 * The name an English title starts with: `LLaMA: Open and Efficient...` -> `LLaMA`,
 * `Do As I Can, Not As I Say (SayCan): ...` -> `SayCan`, `Tensor Programs V: ...` ->
 * `Tensor Programs V`. Titles without a `Name:` prefix, or whose prefix is plain English
 * (`Augmented Language Models: a Survey`), give null.
 */
export function nameFromTitle(title: string): string | null {
  const colon = title.indexOf(':');
  if (colon < 0) return shortTitleName(title);
  if (colon === 0) return null;
  const prefix = title.slice(0, colon).trim();
  const acronym = /\(([A-Za-z][A-Za-z0-9-]*)\)\s*$/.exec(prefix);
  if (acronym && isCoinedToken(acronym[1]!)) return acronym[1]!;
  const words = prefix.split(/\s+/);
  if (words.length > 3 || !words.every((w) => titleToken.test(w))) return null;
  if (words.length === 1) return /^\d*[A-Za-z]/.test(words[0]!) && !genericTokens.has(words[0]!.toLowerCase()) ? words[0]! : null;
  if (isPhrase(words)) return null;
  // Two or three words: a name when one of them looks coined (Depth Pro, Tensor Programs V) and not
  // when all are ordinary title-case words (Latent Image Animator, Augmented Language Models).
  const looksCoined = (w: string) => /[A-Z].*[A-Z]|\d|^[A-Z]$/.test(w) || w === 'Pro';
  return words.length === 2 || words.some(looksCoined) ? prefix : null;
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
/** 我们引入/介绍/提出/推出 X. */
const zhIntro = /(?:我们|本文|本论文|论文|并)(?:引入|介绍|提出|推出|发布)了?(?:一种|一个)?\s*/g;

/**
 * A coined name from Chinese prose: `我们引入混合Transformer(MoT)` -> `MoT`,
 * `我们引入了BitNet a4.8,` -> `BitNet a4.8`, `所以才叫Consistency Models` -> `Consistency Models`,
 * `被命名为 Chinchilla` -> `Chinchilla`. Only the clause right after the phrase is read.
 */
export function nameFromChinese(text: string, patterns: readonly RegExp[] = [zhNaming, zhIntro]): string | null {
  const folded = fold(text);
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const m of folded.matchAll(pattern)) {
      const start = m.index + m[0].length;
      // The clause: up to the next Chinese/ASCII clause mark, at most 60 characters.
      const clause = folded.slice(start, start + 60).split(/[,。;,;:、]/)[0]!;
      const name = nameInClause(clause);
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
/** 一种新框架EHRXDiff, 新的基准OmniBench: a kind noun right before a Latin name. */
const zhKindBefore = /^(?:新的?|全新的?|新颖的)?(?:\p{Script=Han}{0,4}?)(?:框架|模型|方法|系统|数据集|基准|架构|算法|网络|工具|平台)\s*(?=[A-Za-z])/u;

function nameInClause(clause: string): string | null {
  // Chinese phrase + (ACRO): 混合Transformer(MoT), 潜在图像动画器(LIA)
  const acronym = /^[^()]{0,30}?\(\s*([A-Za-z][A-Za-z0-9-]*)\s*\)/.exec(clause);
  if (acronym && isCoinedToken(acronym[1]!)) return zhFieldAfter.test(clause.slice(acronym[0].length)) ? null : acronym[1]!;
  const kind = zhKindBefore.exec(clause.trim());
  const rest = kind ? clause.trim().slice(kind[0].length) : clause.trim();
  const latin = /^[A-Za-zμ][A-Za-z0-9.\-π]*(?: [A-Za-z0-9][A-Za-z0-9.\-]*){0,3}/.exec(rest);
  if (!latin) return null;
  const words = latin[0].replace(/[.]+$/, '').split(' ');
  return nameAt(words, 0);
}

// === Keys

/** One rule for names everywhere (merging and exact-name search): see {@link nameKey}. */
export { nameKey };
