import { describe, expect, it } from 'vitest';
import { DigestIndex, mergePapers, nameKey, type Paper } from '../../src/core/index.ts';
import { nameKey as parseNameKey } from '../../src/core/parse/index.ts';
import { nameKey as searchNameKey } from '../../src/core/search-index.ts';
import { paper } from '../support/paper.ts';

const named = (name: string, file: string) => paper({ name, summary: `text of ${name}`, lang: 'ru', file });

describe('nameKey', () => {
  it('GIVEN spellings of one name THEN one key (width, case, punctuation, Greek letters spelt out)', () => {
    for (const s of ['SOTOPIA-π', 'Sotopia pi', 'sotopia-pi', 'ＳＯＴＯＰＩＡ－π']) expect(nameKey(s)).toBe('sotopiapi');
    expect(nameKey('μTransfer')).toBe(nameKey('muTransfer'));
    expect(nameKey('µTransfer')).toBe('mutransfer'); // the micro sign folds to μ under NFKC
    expect(nameKey('SL²A-INR')).toBe(nameKey('SL^{2}A-INR'));
    expect(nameKey('一致性模型')).toBe('一致性模型');
  });

  it('GIVEN the parse and search surfaces THEN they export the same function', () => {
    expect(parseNameKey).toBe(nameKey);
    expect(searchNameKey).toBe(nameKey);
  });

  it('GIVEN SOTOPIA-π in one digest and SOTOPIA-pi in another THEN merging and exact-name search agree', () => {
    const merged = mergePapers([named('SOTOPIA-π', 'a.txt'), named('SOTOPIA-pi', 'b.txt')]);
    expect(merged).toHaveLength(1);
    const index = new DigestIndex();
    index.add([...merged, named('Other', 'c.txt')]);
    for (const query of ['sotopia-pi', 'SOTOPIA-π', 'Sotopia pi']) {
      const [hit] = index.search(query).hits;
      expect(hit?.paper.id).toBe(merged[0]!.id);
      expect(hit?.why[0]).toBe('name');
    }
  });
});

describe('aliases in search', () => {
  it('GIVEN a paper named SLAB with the alias PRepBN THEN either name finds it first, by name', () => {
    const base: Paper = { id: 'h:1', title: null, name: 'SLAB', aliases: ['PRepBN'], summary: 'трансформер', lang: 'ru', urls: [], arxivId: null, authors: [], topics: [], sources: [{ file: 'a.txt', format: 'ru-daily', date: null, index: 0 }] };
    const other: Paper = { ...base, id: 'h:2', name: 'Other', aliases: undefined, summary: 'PRepBN упоминается здесь тоже' };
    const index = new DigestIndex();
    index.add([other, base]);
    for (const query of ['SLAB', 'prepbn', 'PRepBN']) {
      const [hit] = index.search(query).hits;
      expect(hit?.paper.id, query).toBe('h:1');
      expect(hit?.why[0]).toBe('name');
    }
  });
});
