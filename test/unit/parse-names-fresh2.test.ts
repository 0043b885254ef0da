/**
 * Regression floor on the second fresh name set (`test/fixtures/names-fresh/`, README there): its
 * held-out run gave 111/122 correct with no wrong name, so a rule change that loses names here, or
 * that names a paper wrongly, fails.
 */
import { describe, expect, it } from 'vitest';
import { evaluateFresh2 } from '../support/name-eval-fresh2.ts';

describe('names on the second fresh held-out set', () => {
  const rows = evaluateFresh2();

  it('finds every labelled entry and keeps accuracy (aliases counted) at least 0.9', () => {
    expect(rows).toHaveLength(122);
    expect(rows.filter((r) => r.got[0] === '(paper not found)')).toEqual([]);
    expect(rows.filter((r) => r.correct).length / rows.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives no wrong name: every miss is a name not found, and no entry labelled null is named', () => {
    const wrong = rows.filter((r) => !r.correct && r.got.length > 0);
    expect(wrong.map((r) => `${r.file}: ${r.anchor} -> ${r.got.join(' | ')} (expected ${r.expected})`)).toEqual([]);
  });
});
