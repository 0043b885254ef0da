import { describe, expect, test } from 'vitest';
import { tagPapers } from '../../src/core/corpus.ts';
import type { Paper } from '../../src/core/model.ts';
import { defaultTaggingOptions, queryTopics, tagPaperTopics, tagTopics, topicsOfConcept } from '../../src/core/topics.ts';
import { splitName } from '../../src/core/topics/tagging.ts';

const paper = (over: Partial<Paper>): Paper => ({
  id: 'p',
  title: null,
  name: null,
  summary: '',
  lang: 'ru',
  urls: [],
  arxivId: null,
  authors: [],
  topics: [],
  sources: [{ file: 'f.txt', format: 'ru-daily', date: null, index: 0 }],
  ...over,
});

describe('tagPaperTopics', () => {
  test('GIVEN one mention in the opening sentence THEN the topic; one mention further down THEN not; two THEN yes', () => {
    // Quantization is also under efficiency in the lexicon, but a narrower catalog topic's concepts are
    // evidence for it, not for the wider one (nestedWeight 0; the topic gold counts it so too).
    expect(tagPaperTopics(paper({ summary: 'Мы изучаем квантизацию моделей. Результаты хорошие.' }))).toEqual(['quantization']);
    expect(tagPaperTopics(paper({ summary: 'Мы изучаем новый метод. Он совместим с квантизацией.' }))).toEqual([]);
    expect(tagPaperTopics(paper({ summary: 'Мы изучаем новый метод. Он совместим с квантизацией. Квантизация ускоряет вывод.' }))).toContain('quantization');
  });

  test('GIVEN a version number or a decimal in the opening sentence THEN the sentence does not end there', () => {
    // «MM1.5 - это ...»: the point in MM1.5 is no sentence end, so the opening sentence is the whole first sentence.
    expect(tagPaperTopics(paper({ summary: 'MM1.5 - это новое семейство моделей для квантизации. Результаты хорошие.' }))).toEqual(['quantization']);
    expect(tagPaperTopics(paper({ summary: 'Модель на 3.8 миллиарда параметров для квантизации. Результаты хорошие.' }))).toEqual(['quantization']);
  });

  test('GIVEN a general detection task (обнаружение, 检测) THEN the detection topic', () => {
    expect(tagPaperTopics(paper({ summary: 'Статья посвящена обнаружению депрессии по речи. Метод точный.' }))).toContain('detection');
    expect(tagPaperTopics(paper({ lang: 'zh', summary: '本文研究基于语音的抑郁检测。' }))).toContain('detection');
    expect(topicsOfConcept('detection')).toEqual(['detection']);
  });

  test('GIVEN a mention in the title or the coined name THEN it counts like the opening sentence or more', () => {
    expect(tagPaperTopics(paper({ lang: 'zh', localTitle: '视频生成的新方法', summary: '我们提出一种方法。效果很好。' }))).toEqual(['video']);
    expect(tagPaperTopics(paper({ name: 'FIFO-Diffusion', summary: 'Метод работает. Он быстрый.' }))).toEqual(['diffusion']);
  });

  test('GIVEN an enumeration of three topics in the opening sentence THEN none of them counts as the subject', () => {
    // The consistency-models note the issue quotes: diffusion is the subject, audio and video are background.
    const summary = '虽然扩散模型在图像、音频和视频生成领域获得显著进展,但它们依赖于迭代采样过程。一致性模型直接映射噪声到数据。';
    expect(tagPaperTopics(paper({ lang: 'zh', summary }))).toEqual(['diffusion']);
    // Two items are usually both the subject.
    expect(tagPaperTopics(paper({ summary: 'Метод для детекции и сегментации объектов. Он точный.' }))).toEqual(['detection']);
  });

  test('GIVEN a paper in several languages THEN each language is weighed on its own, not added up', () => {
    const texts = { ru: { summary: 'Новый метод. Он совместим с квантизацией.' }, zh: { summary: '一种新方法。它兼容量化。' } };
    expect(tagPaperTopics(paper({ summary: texts.ru.summary, texts }))).toEqual([]);
    const strong = { ...texts, zh: { title: '量化大模型', summary: '一种新方法。' } };
    expect(tagPaperTopics(paper({ summary: texts.ru.summary, texts: strong }))).toContain('quantization');
  });

  test('GIVEN a broad topic (architecture) THEN one opening mention is not enough; a title one or three in the text are', () => {
    expect(tagPaperTopics(paper({ summary: 'Мы изучаем архитектуру трансформера. Результаты хорошие.' }))).not.toContain('architecture');
    expect(tagPaperTopics(paper({ localTitle: 'Архитектура трансформера', summary: 'Мы изучаем метод. Результаты хорошие.' }))).toContain('architecture');
    expect(tagPaperTopics(paper({ summary: 'Мы изучаем новый метод. Он меняет архитектуру. Трансформер работает быстрее. Механизм внимания проще.' }))).toContain('architecture');
    expect(tagPaperTopics(paper({ summary: 'Мы изучаем архитектуру трансформера. Результаты хорошие.' }), { ...defaultTaggingOptions, broadWeight: 1 })).toContain('architecture');
  });

  test('GIVEN minConcepts 2 THEN one concept repeated in the body is not enough, two different ones are', () => {
    const o = { ...defaultTaggingOptions, minConcepts: 2, leadMentions: 99 };
    expect(tagPaperTopics(paper({ summary: 'Мы изучаем новый метод. Он совместим с квантизацией. Квантизация ускоряет вывод.' }), o)).not.toContain('quantization');
    expect(tagPaperTopics(paper({ summary: 'Мы изучаем новый метод. Он совместим с квантизацией. Обучение с учетом квантования помогает.' }), o)).toContain('quantization');
  });

  test('GIVEN a narrow topic (scaling laws) THEN one mention anywhere is enough; a normal topic still needs two', () => {
    expect(tagPaperTopics(paper({ summary: 'Мы обучаем модели. Мы выводим законы масштабирования.' }))).toContain('scaling');
    expect(tagPaperTopics(paper({ summary: 'Мы обучаем модели. Мы выводим законы масштабирования.' }), { ...defaultTaggingOptions, narrowWeight: 1 })).not.toContain('scaling');
  });

  test('GIVEN a coined name that joins words THEN its words count as a title mention', () => {
    expect(splitName('RetrievalAttention')).toBe('Retrieval Attention');
    expect(splitName('HyperAgent')).toBe('Hyper Agent');
    for (const whole of ['LLaVA', 'NoTeeline', 'GPT4o', 'Qwen2-VL', 'SAM']) expect(splitName(whole), whole).toBeUndefined();
    expect(tagPaperTopics(paper({ name: 'VideoAgent', summary: 'Метод работает. Он быстрый.' }))).toEqual(expect.arrayContaining(['video', 'agents']));
  });

  test('GIVEN a concept a topic excepts (a language named, under multilingual) THEN it does not count for that topic', () => {
    expect(topicsOfConcept('language-specific')).not.toContain('translation');
    expect(topicsOfConcept('persian-nlp')).not.toContain('translation');
    expect(topicsOfConcept('multilingual-llm')).toContain('translation');
  });

  test('GIVEN other options THEN they are used (a higher threshold tags less)', () => {
    const p = paper({ summary: 'Мы изучаем квантизацию моделей. Результаты хорошие.' });
    expect(tagPaperTopics(p, { ...defaultTaggingOptions, threshold: 3 })).toEqual([]);
  });
});

describe('tagPaperTopics: where a concept sits under a topic', () => {
  test('GIVEN a narrower topic nested in a wider one THEN its concepts tag the narrower only, and the wider needs its own evidence', () => {
    expect(tagPaperTopics(paper({ summary: 'Мы изучаем квантизацию моделей. Квантизация до 4 бит.' }))).toEqual(['quantization']);
    expect(tagPaperTopics(paper({ summary: 'Мы изучаем квантизацию моделей для ускорения вывода.' }))).toEqual(['efficiency', 'quantization']);
    expect(tagPaperTopics(paper({ summary: 'Мы изучаем квантизацию моделей.' }), { ...defaultTaggingOptions, nestedWeight: 1 })).toEqual(['efficiency', 'quantization']);
  });

  test('GIVEN a concept two or more steps below a topic root mentioned after the opening sentence THEN it weighs less; in the opening sentence in full', () => {
    // CAPTCHA > security > safety: two steps below the safety root.
    expect(tagPaperTopics(paper({ lang: 'en', summary: 'We propose a vision model. It reads CAPTCHA images and solves CAPTCHA puzzles.' }))).not.toContain('safety');
    expect(tagPaperTopics(paper({ lang: 'en', summary: 'We propose a vision model. It reads CAPTCHA images and solves CAPTCHA puzzles.' }), { ...defaultTaggingOptions, depthWeight: 1 })).toContain('safety');
    expect(tagPaperTopics(paper({ lang: 'en', summary: 'We solve CAPTCHA puzzles with a vision model. It works.' }))).toContain('safety');
    // The root itself and its children weigh in full anywhere.
    expect(tagPaperTopics(paper({ lang: 'en', summary: 'We propose a vision model. It improves safety and reduces security risks.' }))).toContain('safety');
  });
});

describe('tagPaperTopics: Chinese summaries', () => {
  test('GIVEN a Chinese summary of several sentences naming a topic once THEN not; twice, or once in a title THEN the topic', () => {
    expect(tagPaperTopics(paper({ lang: 'zh', summary: '我们研究视频生成。方法简单。效果很好。' }))).toEqual([]);
    expect(tagPaperTopics(paper({ lang: 'zh', summary: '我们研究视频生成。生成的视频更连贯。' }))).toEqual(['video']);
    expect(tagPaperTopics(paper({ lang: 'zh', localTitle: '视频生成的新方法', summary: '我们提出一种方法。效果很好。' }))).toEqual(['video']);
    expect(tagPaperTopics(paper({ lang: 'zh', summary: '我们研究视频生成。方法简单。' }), { ...defaultTaggingOptions, cjkMinMentions: 1 })).toEqual(['video']);
  });

  test('GIVEN a Chinese term of five or more characters named once THEN it counts as two mentions (cjkLongTerm)', () => {
    const summary = '我们研究直接偏好优化。方法简单。效果很好。';
    expect(tagPaperTopics(paper({ lang: 'zh', summary }))).toContain('alignment');
    expect(tagPaperTopics(paper({ lang: 'zh', summary }), { ...defaultTaggingOptions, cjkLongTerm: 0 })).not.toContain('alignment');
  });

  test('GIVEN a one-sentence Chinese text or a Russian summary THEN one opening mention is still enough', () => {
    expect(tagTopics('我们研究视频生成')).toEqual(['video']);
    expect(tagPaperTopics(paper({ summary: 'Мы предлагаем модель для генерации видео. Она работает.' }))).toEqual(['video']);
  });
});

describe('tagPapers', () => {
  test('GIVEN papers with topics already THEN they are kept and the tagged ones added once', () => {
    const [p] = tagPapers([paper({ topics: ['agents', 'video'], summary: 'Генерация видео диффузионной моделью. Видео длинные.' })]);
    expect(p!.topics).toEqual(['agents', 'video', 'diffusion']);
  });
});

describe('tagTopics', () => {
  test('GIVEN a plain text THEN it is weighed like a summary', () => {
    expect(tagTopics('Мы предлагаем модель для генерации видео. Она работает.')).toEqual(['video']);
    expect(tagTopics('Метод работает. Он упоминает видео один раз.')).toEqual([]);
  });
});

describe('topicsOfConcept', () => {
  test('GIVEN a concept THEN the topics it counts for, through its broader concepts', () => {
    expect(topicsOfConcept('lora')).toEqual(['peft']);
    expect(topicsOfConcept('rlhf')).toEqual(['alignment', 'reinforcement-learning']);
    expect(topicsOfConcept('gaussian-splatting')).toEqual(['3d']);
    expect(topicsOfConcept('nope')).toEqual([]);
  });
});

describe('queryTopics', () => {
  test('GIVEN a query THEN the topics it names by id, label or root concept, not through narrower concepts', () => {
    expect(queryTopics('диффузия и видео')).toEqual(['diffusion', 'video']);
    expect(queryTopics('peft')).toEqual(['peft']);
    expect(queryTopics('Видео')).toEqual(['video']);
    expect(queryTopics('LoRA')).toEqual([]);
    expect(queryTopics('world model')).toEqual([]);
  });
});
