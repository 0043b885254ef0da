/** Paper records as stored text (`core/search/records.ts`): texts kept once, read back exactly. */
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord } from '../../src/core/search/records.ts';
import { starterCorpus } from '../relevance/corpus.ts';

describe('encodeRecord / decodeRecord', () => {
  const papers = starterCorpus().papers;

  it('GIVEN every starter paper THEN it reads back deep-equal, with its keys in the same order', () => {
    for (const paper of papers) expect(JSON.stringify(decodeRecord(encodeRecord(paper)))).toBe(JSON.stringify(paper));
  });

  it('GIVEN a paper whose texts repeat its summary and abstract THEN each is stored once', () => {
    const paper = { ...papers[0]!, lang: 'ru' as const, summary: 'Русское резюме статьи.', abstract: 'An English abstract.', texts: { en: { summary: 'An English abstract.' }, ru: { summary: 'Русское резюме статьи.' } } };
    const text = encodeRecord(paper);
    expect(text.split('Русское резюме статьи.')).toHaveLength(2);
    expect(text.split('An English abstract.')).toHaveLength(2);
    expect(decodeRecord(text)).toEqual(paper);
  });
});
