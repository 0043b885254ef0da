import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findTopic, levenshtein, matchTopics, suggestTopics, tagTopics, topicCatalog, topicIds, topicLabel } from '../../src/core/topics.ts';

const requiredIds = [
  'diffusion', 'llm', 'alignment', 'peft', 'multimodal', 'robotics', 'video', '3d', 'image-generation', 'detection', 'efficiency',
  'quantization', 'scaling', 'continual-learning', 'agents', 'safety', 'reasoning', 'translation', 'optimization', 'dataset', 'speech',
  'code', 'retrieval', 'instruction-tuning', 'open-models',
];

describe('topicCatalog', () => {
  test('GIVEN the catalog THEN it holds every id users type, about 30 topics, unique ids', () => {
    expect(topicIds).toEqual(expect.arrayContaining(requiredIds));
    expect(topicCatalog.length).toBeGreaterThanOrEqual(28);
    expect(new Set(topicIds).size).toBe(topicIds.length);
  });

  test('GIVEN any topic THEN it has en/ru/zh labels and at least one pattern', () => {
    for (const t of topicCatalog) {
      expect(t.labels.en.length, t.id).toBeGreaterThan(0);
      expect(t.labels.ru, t.id).toMatch(/[а-яё]/i);
      expect(t.labels.zh, t.id).toMatch(/[\u4e00-\u9fff]/);
      const patterns = [...(t.patterns.en ?? []), ...(t.patterns.ru ?? []), ...(t.patterns.zh ?? []), ...(t.patterns.acronyms ?? [])];
      expect(patterns.length, t.id).toBeGreaterThan(0);
    }
  });

  test('GIVEN the catalog THEN it survives JSON (the CLI prints it with `topics --json`)', () => {
    expect(JSON.parse(JSON.stringify(topicCatalog))).toEqual(topicCatalog);
  });
});

describe('tagTopics', () => {
  test('GIVEN Russian diffusion inflections THEN each tags diffusion', () => {
    for (const word of ['диффузия', 'диффузии', 'диффузионной', 'диффузионных', 'Диффузионные']) expect(tagTopics(`модели ${word}`)).toContain('diffusion');
  });

  test('GIVEN the Russian FIFO-Diffusion abstract THEN it is diffusion and video', () => {
    const text = 'Мы предлагаем новый метод вывода, основанный на предварительно обученной модели диффузии для генерации видео с учетом текста.';
    expect(tagTopics(text)).toEqual(['diffusion', 'video']);
  });

  test('GIVEN Chinese words THEN they tag their topics', () => {
    expect(tagTopics('一致性模型直接映射噪声到数据')).toEqual(['diffusion']);
    expect(tagTopics('我们研究视频生成')).toEqual(['video']);
    expect(tagTopics('混合量化和稀疏化策略')).toEqual(['efficiency', 'quantization']);
    // 基础模型 (foundation model) does not count for llm: weather, time-series and robot foundation models
    // are not language models (round 4; it did before); a multimodal one is still multimodal.
    expect(tagTopics('多模态基础模型')).toEqual(['multimodal']);
    expect(tagTopics('多模态大语言模型')).toEqual(['llm', 'multimodal']);
  });

  test('GIVEN acronyms THEN they match case-sensitively, whole, with a plural s', () => {
    expect(tagTopics('we extend LoRA')).toEqual(['peft']);
    expect(tagTopics('several LoRAs')).toEqual(['peft']);
    expect(tagTopics('the flora of lora')).toEqual([]);
    expect(tagTopics('DETR-based detectors')).toContain('detection');
    // Quantization is an efficiency technique in the lexicon (quantization > efficiency), but the
    // narrower catalog topic takes its mentions (tagging's nestedWeight; matchTopics still names both).
    expect(tagTopics('GPTQ')).toEqual(['quantization']);
  });

  test('GIVEN a Russian phrase pattern THEN inflected phrases match and broad words do not', () => {
    expect(tagTopics('обучение с подкреплением на основе обратной связи от человека')).toEqual(['alignment', 'reinforcement-learning']);
    expect(tagTopics('редактированию кода')).toEqual(['code']);
    expect(tagTopics('исходный код доступен')).toEqual([]);
  });

  test('GIVEN a longer pattern that contains a shorter one of another topic THEN both topics are tagged', () => {
    // `long video` (long-context) hides `video` inside the same regex match; the overlap closure adds it.
    expect(tagTopics('long video generation')).toEqual(['video', 'long-context']);
    expect(tagTopics('长视频')).toEqual(['video', 'long-context']);
  });

  test('GIVEN full-width text THEN it is NFKC-folded before matching', () => {
    expect(tagTopics('ＬｏＲＡ')).toEqual(['peft']);
  });

  test('GIVEN text without topic words THEN no topics', () => {
    expect(tagTopics('')).toEqual([]);
    expect(tagTopics('The cat sat on the mat.')).toEqual([]);
  });

  test('GIVEN any string THEN it never throws and returns catalog ids', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        for (const id of tagTopics(s)) expect(topicIds).toContain(id);
      }),
      { numRuns: 300 },
    );
  });
});

describe('matchTopics', () => {
  test('GIVEN a text THEN each topic comes with the text that triggered it, in catalog order', () => {
    expect([...matchTopics('видео диффузия')]).toEqual([['diffusion', 'диффузия'], ['video', 'видео']]);
  });

  test('GIVEN query mode THEN acronyms match in any case and ids/labels count as words', () => {
    expect([...matchTopics('lora', { query: true }).keys()]).toEqual(['peft']);
    expect([...matchTopics('lora').keys()]).toEqual([]);
    expect([...matchTopics('peft agents', { query: true }).keys()]).toEqual(['peft', 'agents']);
  });
});

describe('findTopic', () => {
  test('GIVEN an id or a label in any language and case THEN the topic', () => {
    expect(findTopic('diffusion')?.id).toBe('diffusion');
    expect(findTopic('  VIDEO ')?.id).toBe('video');
    expect(findTopic('Видео')?.id).toBe('video');
    expect(findTopic('扩散模型')?.id).toBe('diffusion');
    expect(findTopic('Quantization')?.id).toBe('quantization');
  });

  test('GIVEN an unknown or empty input THEN undefined', () => {
    expect(findTopic('difusion')).toBeUndefined();
    expect(findTopic('')).toBeUndefined();
  });
});

describe('suggestTopics', () => {
  test('GIVEN a typo THEN the intended topic first', () => {
    expect(suggestTopics('difusion', 1)).toEqual(['diffusion']);
    expect(suggestTopics('quantisation', 1)).toEqual(['quantization']);
    expect(suggestTopics('robotic', 1)).toEqual(['robotics']);
    expect(suggestTopics('видеo', 1)).toEqual(['video']);
  });

  test('GIVEN n THEN at most n distinct ids', () => {
    expect(suggestTopics('x', 3)).toHaveLength(3);
    expect(new Set(suggestTopics('x', 5)).size).toBe(5);
    expect(suggestTopics('x', 0)).toEqual([]);
    expect(suggestTopics('  ', 3)).toEqual([]);
  });
});

describe('topicLabel', () => {
  test('GIVEN an id and a language THEN its label; unknown ids fall back to the id', () => {
    expect(topicLabel('diffusion', 'ru')).toBe('Диффузионные модели');
    expect(topicLabel('diffusion', 'zh')).toBe('扩散模型');
    expect(topicLabel('diffusion')).toBe('Diffusion models');
    expect(topicLabel('nope', 'ru')).toBe('nope');
  });
});

describe('levenshtein', () => {
  test('GIVEN strings THEN the edit distance over code points', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('扩散', '扩散模型')).toBe(2);
  });
});
