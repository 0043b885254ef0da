/**
 * The id table of the incremental corpus: buckets of records by base id, and the cases where ids
 * cannot follow the buckets (a salted id equal to another record's id), which make the corpus walk
 * every record as `mergePapers` does. Real hash collisions cannot be produced on demand, so they are
 * written here as rows.
 */
import { describe, expect, test } from 'vitest';
import { RecordIds } from '../../src/core/record-ids.ts';

describe('RecordIds.of', () => {
  test('GIVEN a base held by its first record and the others salted THEN regular, each bucket lists its holder first', () => {
    const ids = RecordIds.of([
      { id: 'h:b', sig: '3,4', base: 'h:b' },
      { id: 'h:a', sig: '1', base: 'h:a' },
      { id: 'h:s', sig: '2', base: 'h:a' },
    ]);
    expect(ids.irregular).toBe(false);
    expect(ids.size).toBe(3);
    expect(ids.bucket('h:a')).toEqual(['1', '2']);
    expect(ids.idOf('2')).toBe('h:s');
    expect(ids.saltedOf('1')).toBeUndefined();
  });

  test('GIVEN a salted id that took another record\'s base THEN irregular', () => {
    // Record 1's salted id is `h:b`: the first record of base `h:b` was salted for it.
    const ids = RecordIds.of([
      { id: 'h:a', sig: '0', base: 'h:a' },
      { id: 'h:b', sig: '1', base: 'h:a' },
      { id: 'h:t', sig: '2', base: 'h:b' },
    ]);
    expect(ids.irregular).toBe(true);
  });

  test('GIVEN two records given one id THEN irregular', () => {
    const ids = RecordIds.of([
      { id: 'h:a', sig: '0', base: 'h:a' },
      { id: 'h:s', sig: '1', base: 'h:a' },
      { id: 'h:s', sig: '2', base: 'h:a' },
    ]);
    expect(ids.irregular).toBe(true);
  });
});

describe('RecordIds.of, told irregular', () => {
  test('GIVEN rows that look regular but a saved table that was irregular (a record hidden by another of its id is not saved) THEN irregular', () => {
    const rows = [
      { id: 'h:a', sig: '1', base: 'h:a' },
      { id: 'h:s', sig: '3', base: 'h:a' },
    ];
    expect(RecordIds.of(rows).irregular).toBe(false);
    expect(RecordIds.of(rows, true).irregular).toBe(true);
  });
});

describe('RecordIds.replace', () => {
  const table = () =>
    RecordIds.of([
      { id: 'h:a', sig: '1', base: 'h:a' },
      { id: 'h:s', sig: '2', base: 'h:a' },
      { id: 'h:c', sig: '5', base: 'h:c' },
    ]);

  test('GIVEN the holder of a base gone THEN the next record of the bucket holds it and the salted id is free', () => {
    const ids = table();
    expect(ids.replace(new Map([['1', 'h:a'], ['2', 'h:s']]), new Map([['2', { id: 'h:a', base: 'h:a' }]]))).toBe(true);
    expect(ids.sigOf('h:a')).toBe('2');
    expect(ids.sigOf('h:s')).toBeUndefined();
    expect(ids.bucket('h:a')).toEqual(['2']);
    expect(ids.size).toBe(2);
  });

  test('GIVEN a new id held by a record outside the replaced ones THEN false and the table unchanged', () => {
    const ids = table();
    expect(ids.replace(new Map([['2', 'h:s']]), new Map([['2', { id: 'h:c', base: 'h:a' }]]))).toBe(false);
    expect([...ids.entries()]).toEqual([...table().entries()]);
  });

  test('GIVEN one id given twice THEN false', () => {
    const ids = table();
    const after = new Map([
      ['1', { id: 'h:a', base: 'h:a' }],
      ['2', { id: 'h:a', base: 'h:a' }],
    ]);
    expect(ids.replace(new Map([['1', 'h:a'], ['2', 'h:s']]), after)).toBe(false);
    expect(ids.sigOf('h:s')).toBe('2');
  });
});
