import { describe, expect, it } from 'vitest';
import { evaluateNames, scoreLabel } from '../support/name-eval.ts';
import { evaluateDays } from '../support/name-days.ts';
import type { Paper } from '../../src/core/index.ts';

const paper = (name: string | null, aliases: string[] = []) => ({ name, aliases }) as unknown as Paper;

describe('scoreLabel', () => {
  it('GIVEN the labelled name as primary or alias THEN correct; a wrong alias THEN a miss', () => {
    expect(scoreLabel({ anchor: '', name: 'SLAB', aliases: ['PRepBN'] }, paper('SLAB', ['PRepBN'])).correct).toBe(true);
    expect(scoreLabel({ anchor: '', name: 'SLAB', aliases: ['PRepBN'] }, paper('PRepBN', ['SLAB'])).correct).toBe(true);
    expect(scoreLabel({ anchor: '', name: 'SLAB', aliases: ['PRepBN'] }, paper('PRepBN', ['SLAB'])).primary).toBe(false);
    expect(scoreLabel({ anchor: '', name: 'SLAB' }, paper('SLAB', ['LayerNorm'])).correct).toBe(false);
    expect(scoreLabel({ anchor: '', name: 'SOTOPIA-π' }, paper('sotopia-pi')).correct).toBe(true);
    // An alias spelling out the labelled acronym is that name in full; another phrase is not.
    expect(scoreLabel({ anchor: '', name: 'DAC' }, paper('DAC', ['Diffusion-based Audio Captioning'])).correct).toBe(true);
    expect(scoreLabel({ anchor: '', name: 'DAC' }, paper('DAC', ['Diffusion Audio'])).correct).toBe(false);
  });

  it('GIVEN a paper labelled null THEN only no name (or an ok name) is correct', () => {
    expect(scoreLabel({ anchor: '', name: null }, paper(null)).correct).toBe(true);
    expect(scoreLabel({ anchor: '', name: null }, paper('Splatting')).correct).toBe(false);
    expect(scoreLabel({ anchor: '', name: null, ok: ['sMLP'] }, paper('sMLP')).correct).toBe(true);
    expect(scoreLabel({ anchor: '', name: 'X' }, undefined).correct).toBe(false);
  });
});

describe('name accuracy on the labelled set', () => {
  // Figures are printed so a run shows where the parsers stand; the floors only catch regressions.
  it('GIVEN the tuned split (starter corpus) THEN accuracy holds', () => {
    const s = evaluateNames('tuned');
    console.log(`names, tuned: ${s.correct}/${s.papers} (${s.accuracy}), primary ${s.primaryAccuracy}`);
    expect(s.papers).toBeGreaterThanOrEqual(60);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('GIVEN the dev split (fresh files, second round of rules) THEN accuracy holds', () => {
    const s = evaluateNames('dev');
    console.log(`names, dev: ${s.correct}/${s.papers} (${s.accuracy}), primary ${s.primaryAccuracy}`);
    // 0.935 after round 3; 0.968 after round 4 (tuned on all splits).
    expect(s.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('GIVEN the first held-out split (evaluated once in round 2, its misses then read: tuned on since) THEN accuracy holds', () => {
    const s = evaluateNames('heldout');
    console.log(`names, first held-out: ${s.correct}/${s.papers} (${s.accuracy}), primary ${s.primaryAccuracy}`);
    expect(s.papers).toBeGreaterThanOrEqual(50);
    // 0.789 when first evaluated; 0.947 after the round-3 rules, which were written from its misses; 1.0 after round 4.
    expect(s.accuracy).toBeGreaterThanOrEqual(0.96);
  });

  it('GIVEN the fresh split (held out for round 3, its misses drove round 4: tuned on since) THEN accuracy holds', () => {
    const s = evaluateNames('fresh');
    console.log(`names, fresh split: ${s.correct}/${s.papers} (${s.accuracy}), primary ${s.primaryAccuracy}`);
    expect(s.papers).toBe(38);
    // Measured once on 2026-12-07 after the round-3 rules: 31/38 = 0.816; 37/38 after round 4, written from its misses.
    expect(s.accuracy).toBeGreaterThanOrEqual(0.94);
  });
});

describe('names on every labelled tuning day, in Russian and in Chinese (tuning material, not held out)', () => {
  it('GIVEN the ru-daily and zh-reading files of the 10 labelled HFday days THEN accuracy holds in both languages', () => {
    for (const lang of ['ru', 'zh'] as const) {
      const s = evaluateDays(lang);
      console.log(`names, tuning days ${lang}: ${s.correct}/${s.n} (${(s.correct / s.n).toFixed(3)})`);
      expect(s.n).toBe(138);
      // Round 3: ru 108/138, zh 115/138; round 4: ru 136, zh 133.
      expect(s.correct / s.n).toBeGreaterThanOrEqual(0.94);
    }
  });
});
