import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateSet } from '../support/name-eval.ts';
import { labelFromTitle, ruleLabelForEntry } from '../support/title-rule.ts';
import { checkTitleRule } from '../support/title-rule-check.ts';

const dir = mkdtempSync(join(tmpdir(), 'name-set-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('name-eval --set: a labelled folder given on the command line', () => {
  it('GIVEN a folder with labels.json (flat, paths relative to it) THEN its papers are scored and open rows left out', () => {
    const header = 'Ежедневно отобранные исследовательские статьи по ИИ с переводами';
    const lines = [
      header,
      'Мы предлагаем новый метод под названием MoRA, который обновляет веса высокого ранга.',
      'Статья исследует, как языковые модели запоминают факты, и показывает ограничения.',
      'Авторы описывают систему для анализа видео с большим числом кадров и проверяют её.',
    ];
    writeFileSync(join(dir, '2024-09-02-ru-daily.txt'), lines.join('\n'));
    const labels = {
      files: {
        '2024-09-02-ru-daily.txt': [
          { anchor: 'под названием MoRA', name: 'MoRA' },
          { anchor: 'запоминают факты', name: 'FactNet' },
          { anchor: 'анализа видео', name: null, open: true },
        ],
      },
    };
    writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels));
    const [score, ...rest] = evaluateSet(dir);
    expect(rest).toEqual([]);
    expect(score!.papers).toBe(2);
    expect(score!.correct).toBe(1);
    expect(score!.accuracy).toBe(0.5);
    expect(score!.rows.filter((r) => r.open)).toHaveLength(1);
  });

  it('GIVEN labels grouped by split THEN one score per split', () => {
    writeFileSync(join(dir, 'grouped.json'), JSON.stringify({ files: { a: { '2024-09-02-ru-daily.txt': [{ anchor: 'MoRA', name: 'MoRA' }] }, b: { '2024-09-02-ru-daily.txt': [{ anchor: 'запоминают', name: null }] } } }));
    const scores = evaluateSet(join(dir, 'grouped.json'));
    expect(scores.map((s) => [s.split, s.correct, s.papers])).toEqual([['a', 1, 1], ['b', 1, 1]]);
  });
});

describe('title rule (README: labelling a paper from its English title alone)', () => {
  it('GIVEN coined prefixes THEN the name; plain phrases, long prefixes, genre words THEN null', () => {
    expect(labelFromTitle('OmniGen: Unified Image Generation').name).toBe('OmniGen');
    expect(labelFromTitle('Ferret: Federated Full-Parameter Tuning at Scale').name).toBe('Ferret');
    expect(labelFromTitle('V^3: Viewing Volumetric Videos on Mobiles').name).toBe('V3');
    expect(labelFromTitle('Single-Layer Learnable Activation for Implicit Neural Representation (SL$^{2}$A-INR)').name).toBe('SL2A-INR');
    expect(labelFromTitle('Qwen2.5-Coder Technical Report').name).toBe('Qwen2.5-Coder');
    expect(labelFromTitle('Molmo and PixMo: Open Weights and Open Data')).toEqual({ name: 'Molmo', aliases: ['PixMo'] });
    expect(labelFromTitle('Oryx MLLM: On-Demand Spatial-Temporal Understanding')).toEqual({ name: 'Oryx', aliases: ['Oryx MLLM'] });
    expect(labelFromTitle('Prithvi WxC: Foundation Model for Weather and Climate').name).toBe('Prithvi WxC');
    expect(labelFromTitle('Imagine yourself: Tuning-Free Personalized Image Generation').name).toBeNull();
    expect(labelFromTitle('Scaling Smart: Accelerating Large Language Model Pre-training').name).toBeNull();
    expect(labelFromTitle('LLM-Powered Grapheme-to-Phoneme Conversion: Benchmark and Case Study').name).toBeNull();
    expect(labelFromTitle('Position: Agents Need Memory').name).toBeNull();
    expect(labelFromTitle('Breaking reCAPTCHAv2').name).toBeNull();
    expect(labelFromTitle('Robust Dual Gaussian Splatting for Immersive Human-centric Volumetric Videos').name).toBeNull();
  });

  it('GIVEN an entry that never mentions the title name THEN null; one that mentions only the alias THEN the alias', () => {
    expect(ruleLabelForEntry({ name: 'OSV' }, 'Статья описывает одношаговую генерацию видео.').name).toBeNull();
    expect(ruleLabelForEntry({ name: 'Molmo', aliases: ['PixMo'] }, 'Датасет PixMo ...').name).toBe('PixMo');
    expect(ruleLabelForEntry({ name: 'SOTOPIA-π' }, 'метод sotopia π ...').name).toBe('SOTOPIA-π');
  });

  it('GIVEN the hand-labelled tuning days THEN every entry the rule names agrees with the hand label', () => {
    const c = checkTitleRule();
    console.log(`title rule: ${c.named.agree}/${c.named.n} agree; open ${c.open.n} (${c.open.handNamed} named by hand)`);
    expect(c.named.n).toBeGreaterThanOrEqual(80);
    expect(c.disagreements).toEqual([]);
  });
});
