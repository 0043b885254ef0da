import { describe, expect, it } from 'vitest';
import { evaluateNames, scoreLabel } from '../support/name-eval.ts';
import type { Paper } from '../../src/core/index.ts';

const paper = (name: string | null, aliases: string[] = []) => ({ name, aliases }) as unknown as Paper;

describe('scoreLabel', () => {
  it('GIVEN the labelled name as primary or alias THEN correct; a wrong alias THEN a miss', () => {
    expect(scoreLabel({ anchor: '', name: 'SLAB', aliases: ['PRepBN'] }, paper('SLAB', ['PRepBN'])).correct).toBe(true);
    expect(scoreLabel({ anchor: '', name: 'SLAB', aliases: ['PRepBN'] }, paper('PRepBN', ['SLAB'])).correct).toBe(true);
    expect(scoreLabel({ anchor: '', name: 'SLAB', aliases: ['PRepBN'] }, paper('PRepBN', ['SLAB'])).primary).toBe(false);
    expect(scoreLabel({ anchor: '', name: 'SLAB' }, paper('SLAB', ['LayerNorm'])).correct).toBe(false);
    expect(scoreLabel({ anchor: '', name: 'SOTOPIA-π' }, paper('sotopia-pi')).correct).toBe(true);
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
    expect(s.accuracy).toBeGreaterThanOrEqual(0.93);
  });

  it('GIVEN the first held-out split (evaluated once in round 2, its misses then read: tuned on since) THEN accuracy holds', () => {
    const s = evaluateNames('heldout');
    console.log(`names, first held-out: ${s.correct}/${s.papers} (${s.accuracy}), primary ${s.primaryAccuracy}`);
    expect(s.papers).toBeGreaterThanOrEqual(50);
    // 0.789 when first evaluated; 0.947 after the round-3 rules, which were written from its misses.
    expect(s.accuracy).toBeGreaterThanOrEqual(0.94);
  });

  it('GIVEN the fresh held-out split (labelled before any parser run, evaluated once) THEN accuracy holds', () => {
    const s = evaluateNames('fresh');
    console.log(`names, fresh held-out: ${s.correct}/${s.papers} (${s.accuracy}), primary ${s.primaryAccuracy}`);
    expect(s.papers).toBe(38);
    // Measured once on 2026-12-07 after the round-3 rules: 31/38 = 0.816 (target 0.9: not met).
    expect(s.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
