import { describe, expect, test } from 'vitest';
import { buildLexicon, lexicon, parseLexicon } from '../../src/core/lexicon/index.ts';
import { lexiconBlocks } from '../../src/core/lexicon/data/index.ts';
import { stem } from '../../src/core/tokenize.ts';
import { conceptTokens } from '../../src/core/lexicon/expand.ts';
import type { Paper } from '../../src/core/model.ts';

const lx = lexicon();
const ids = (text: string, query = false) => lx.find(text, { query });

describe('the built-in lexicon (structure)', () => {
  test('GIVEN every data block THEN every line loads: unique ids, en + ru + zh terms, known parents, well-formed acronyms', () => {
    expect(lx.problems).toEqual([]);
  });

  test('GIVEN the lexicon THEN it holds several thousand concepts', () => {
    expect(lx.concepts.length).toBeGreaterThanOrEqual(2700);
  });

  test('GIVEN every data block read on its own THEN no concept id appears twice in the whole lexicon', () => {
    const ids = lexiconBlocks.flatMap((b) => parseLexicon(b.text, b.name).concepts.map((c) => c.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('GIVEN every concept THEN it has at least one Chinese term and no term in any language is empty', () => {
    expect(lx.concepts.filter((c) => c.zh.length === 0).map((c) => c.id)).toEqual([]);
    const empty = lx.concepts.filter((c) => [...c.en, ...c.ru, ...c.zh, ...c.acronyms].some((t) => t.replace(/\*/g, '').trim() === ''));
    expect(empty.map((c) => c.id)).toEqual([]);
  });

  test('GIVEN each Russian term alone THEN every concept it names as a whole is its own or a broader/narrower one (no Russian form stands for two unrelated concepts)', () => {
    // A shared Russian form (or two forms with the same stems) makes every occurrence count for both
    // concepts: «прогноз» was both `prediction` and `forecasting`, «тестовый набор» both `benchmark`
    // and `test-set`. Either the concepts are linked (child > parent) or the form belongs to one.
    const related = (a: number, b: number) => lx.closure[a]!.includes(b) || lx.closure[b]!.includes(a);
    const clashes: string[] = [];
    lx.concepts.forEach((c, i) => {
      for (const term of c.ru) {
        const text = term.replace(/\*/g, '');
        lx.matcher.scan(text, (concepts, start, end) => {
          if (start !== 0 || end !== text.length) return;
          const others = concepts.filter((o) => o !== i && !related(o, i)).map((o) => lx.concepts[o]!.id);
          if (others.length) clashes.push(`${c.id}: «${term}» also ${others.join(', ')}`);
        });
      }
    });
    expect(clashes).toEqual([]);
  });

  test('GIVEN every concept THEN it has a Cyrillic Russian term and every Russian word stems to something', () => {
    const noCyrillic = lx.concepts.filter((c) => !c.ru.some((t) => /[а-яё]/i.test(t))).map((c) => c.id);
    expect(noCyrillic).toEqual([]);
    const empty: string[] = [];
    for (const c of lx.concepts) {
      for (const term of c.ru) {
        for (const word of term.toLowerCase().split(/[\s\-,]+/).filter(Boolean)) {
          const w = word.replace(/\*$/, '');
          if (w.length === 0 || (!word.endsWith('*') && stem(w).length === 0)) empty.push(`${c.id}: ${term}`);
        }
      }
    }
    expect(empty).toEqual([]);
  });

  test('GIVEN every concept THEN its Chinese terms are two or more CJK characters', () => {
    const bad = lx.concepts.flatMap((c) => c.zh.filter((t) => !/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,}$/u.test(t)).map((t) => `${c.id}: ${t}`));
    expect(bad).toEqual([]);
  });

  test('GIVEN each term of each concept alone THEN the matcher finds that concept (no term is unreachable)', () => {
    const unreachable: string[] = [];
    for (const c of lx.concepts) {
      for (const term of [...c.en, ...c.ru, ...c.zh]) {
        const found = lx.find(term.replace(/\*/g, ''));
        if (!found.includes(c.id)) unreachable.push(`${c.id}: "${term}" -> [${found.join(', ')}]`);
      }
      for (const acr of c.acronyms) if (!lx.find(`the ${acr} model`).includes(c.id)) unreachable.push(`${c.id}: acronym ${acr}`);
    }
    expect(unreachable).toEqual([]);
  });

  test('GIVEN the parent links THEN there is no cycle and each closure starts with the concept itself', () => {
    lx.closure.forEach((members, i) => {
      expect(members[0]).toBe(i);
      expect(new Set(members).size).toBe(members.length);
    });
  });
});

describe('ConceptMatcher.scan (through lexicon().find)', () => {
  test('GIVEN Russian inflections and transliterations THEN they reach their concepts', () => {
    expect(ids('методы дообучения')).toContain('fine-tuning');
    expect(ids('после файнтюнинга')).toContain('fine-tuning');
    expect(ids('эмбеддингов')).toEqual(['embedding']);
    expect(ids('эмбеддингов текста')).toEqual(['sentence-embedding']);
    expect(ids('на новых бенчмарках')).toContain('benchmark');
    expect(ids('архитектуры трансформеров')).toContain('transformer');
    expect(ids('обучения с подкреплением')).toContain('reinforcement-learning');
    expect(ids('больших языковых моделей')).toEqual(['llm']);
    expect(ids('диффузионной модели')).toEqual(['diffusion-model']);
    expect(ids('интерпретируемость моделей')).toContain('interpretability');
  });

  test('GIVEN Chinese text THEN the longest term wins (forward maximum matching)', () => {
    expect(ids('大语言模型')).toEqual(['llm']);
    expect(ids('视觉语言模型的幻觉')).toEqual(['vlm', 'hallucination']);
    expect(ids('我们使用微调和强化学习')).toEqual(['fine-tuning', 'reinforcement-learning']);
    expect(ids('推理成本很高')).toEqual(['inference']);
  });

  test('GIVEN Chinese runs joined by a hyphen or dash THEN they match as one run, with offsets in the text', () => {
    expect(ids('仅语言和视觉-语言模型任务')).toEqual(['vlm']);
    expect(ids('视觉–语言模型')).toEqual(['vlm']);
    expect(ids('视觉 - 语言模型')).toEqual(['language-model']);
    const spans: string[] = [];
    const text = 'NVLM：视觉-语言模型';
    lx.matcher.scan(text, (_, start, end) => spans.push(text.slice(start, end)));
    expect(spans).toEqual(['视觉-语言模型']);
  });

  test('GIVEN acronyms THEN documents match them by case (plural s, digits) and queries ignore case', () => {
    expect(ids('we extend LoRA to LLMs and GPT4')).toEqual(['lora', 'llm', 'gpt4-family']);
    expect(ids('the flora of lora')).toEqual([]);
    expect(ids('lora', true)).toEqual(['lora']);
  });

  test('GIVEN a phrase split by punctuation THEN it is not matched across it', () => {
    expect(ids('mixture of experts')).toEqual(['moe']);
    expect(ids('a mixture. Of experts')).not.toContain('moe');
  });

  test('GIVEN function words THEN they are part of the term: "text and image" is not text-to-image', () => {
    expect(ids('text and image inputs')).not.toContain('text-to-image');
    expect(ids('text-to-image generation')).toContain('text-to-image');
  });

  test('GIVEN a matcher scan THEN spans point at the matched text', () => {
    const spans: string[] = [];
    const text = 'Мы дообучаем LLM, 然后用扩散模型';
    lx.matcher.scan(text, (_, s, e) => spans.push(text.slice(s, e)));
    expect(spans).toEqual(['дообучаем', 'LLM', '扩散模型']);
  });
});

describe('parseLexicon', () => {
  test('GIVEN a well-formed line THEN it yields the concept with parents and acronyms', () => {
    const r = parseLexicon('lora > peft | low-rank adaptation | низкоранговая адаптация | 低秩适配 | LoRA; QLoRA', 'b');
    expect(r.problems).toEqual([]);
    expect(r.concepts).toEqual([{ id: 'lora', en: ['low-rank adaptation'], ru: ['низкоранговая адаптация'], zh: ['低秩适配'], acronyms: ['LoRA', 'QLoRA'], parents: ['peft'] }]);
  });

  test('GIVEN malformed lines THEN each is reported with its block and line, and the others load', () => {
    const r = parseLexicon(['# comment', 'Bad Id | a | б | 中文', 'x | a | б', 'y | a | б | latin', 'z | a | б | 中文 | GPT-4', 'ok | a | б | 中文'].join('\n'), 'blk');
    expect(r.concepts.map((c) => c.id)).toEqual(['ok']);
    expect(r.problems.map((p) => p.where)).toEqual(['blk:2', 'blk:3', 'blk:4', 'blk:5']);
    expect(r.problems[0]!.reason).toBe('id "Bad Id" is not lower-case kebab-case');
  });

  test('GIVEN a repeated id or an unknown parent THEN buildLexicon reports it and keeps the first', () => {
    const built = buildLexicon([{ name: 'a', text: 'x | a | б | 中文\nx | b | в | 英文\ny > nope | c | г | 日文' }]);
    expect(built.concepts.map((c) => c.en[0])).toEqual(['a', 'c']);
    expect(built.problems.map((p) => p.reason)).toEqual(['duplicate concept id "x"', 'unknown parent "nope"']);
  });
});

describe('conceptTokens', () => {
  const paper = (summary: string): Paper => ({ id: 'p', title: null, name: null, summary, lang: 'ru', urls: [], arxivId: null, authors: [], topics: [], sources: [] });
  const count = (tokens: string[], id: string) => tokens.filter((t) => t === `concept:${id}`).length;

  test('GIVEN a mention THEN the concept itself counts twice and each broader concept once (the concept named outranks one reached from below)', () => {
    const lora = conceptTokens(paper('Метод использует LoRA.'));
    expect(count(lora, 'lora')).toBe(2);
    expect(count(lora, 'peft')).toBe(1);
    const direct = conceptTokens(paper('Метод использует PEFT.'));
    expect(count(direct, 'peft')).toBe(2);
  });
});
