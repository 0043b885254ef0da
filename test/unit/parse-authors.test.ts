import { describe, expect, it } from 'vitest';
import { parseAuthors } from '../../src/core/parse/index.ts';
import { parseStarter } from '../fixtures/digests/load.ts';

describe('parseAuthors', () => {
  it('GIVEN a "By ... et al." line THEN the names without By and et al.', () => {
    expect(parseAuthors('By Greg Yang, Edward J. Hu et al.')).toEqual(['Greg Yang', 'Edward J. Hu']);
    expect(parseAuthors('By Paul Barham et al.')).toEqual(['Paul Barham']);
    expect(parseAuthors('By Jordan Hoffmann, Sebastian Borgeaud, Arthur Mensch, et al.')).toEqual(['Jordan Hoffmann', 'Sebastian Borgeaud', 'Arthur Mensch']);
  });

  it('GIVEN "and" before the last name and a final full stop THEN they are removed', () => {
    expect(parseAuthors('By Eric Zelikman, Yuhuai Wu, and Noah D. Goodman.')).toEqual(['Eric Zelikman', 'Yuhuai Wu', 'Noah D. Goodman']);
    expect(parseAuthors('Yang Song, Prafulla Dhariwal, Mark Chen, Ilya Sutskever.')).toEqual(['Yang Song', 'Prafulla Dhariwal', 'Mark Chen', 'Ilya Sutskever']);
  });

  it('GIVEN accented names, initials and hyphens THEN they are kept whole', () => {
    expect(parseAuthors('Grégoire Mialon, Roberto Dessì, Jane Dwivedi-Yu, Mehdi S. M. Sajjadi, Quoc V. Le.')).toEqual([
      'Grégoire Mialon', 'Roberto Dessì', 'Jane Dwivedi-Yu', 'Mehdi S. M. Sajjadi', 'Quoc V. Le',
    ]);
  });

  it('GIVEN Chinese text, a URL or a single phrase without By THEN null', () => {
    expect(parseAuthors('超参数调优是创建 SOTA 模型的重要因素。')).toBeNull();
    expect(parseAuthors('https://arxiv.org/abs/2302.14691')).toBeNull();
    expect(parseAuthors('Prismer')).toBeNull();
    expect(parseAuthors('the model is good, and fast')).toBeNull();
  });
});

describe('parseDigest authors (starter corpus)', () => {
  it('GIVEN zh monthly 2022-04 THEN the By lines', () => {
    expect(parseStarter('2022-04-zh-monthly-top10.txt').papers.map((p) => p.authors)).toEqual([
      ['Greg Yang', 'Edward J. Hu'],
      ['Menglin Jia', 'Luming Tang'],
      ['Paul Barham'],
      ['Eric Zelikman', 'Yuhuai Wu', 'Noah D. Goodman'],
      ['Michael Ahn'],
      ['Yaohui Wang', 'Di Yang', 'Francois Bremond', 'Antitza Dantcheva'],
      ['Ping Yu'],
      ['Klaus Greff'],
      ['Jordan Hoffmann', 'Sebastian Borgeaud', 'Arthur Mensch'],
      ['Oran Gafni'],
    ]);
  });

  it('GIVEN zh monthly 2023-03 THEN plain author lists, first and last names exact', () => {
    const authors = parseStarter('2023-03-zh-monthly-top10.txt').papers.map((p) => p.authors);
    expect(authors.map((a) => a.length)).toEqual([14, 4, 22, 6, 9, 6, 6, 13, 12, 6]);
    expect(authors[0]![5]).toBe('Timothée Lacroix');
    expect(authors[4]!.at(-1)).toBe('Hany Hassan Awadalla');
    expect(authors[8]!.at(-1)).toBe('Quoc V. Le');
  });

  it('GIVEN digests without author lines THEN empty author lists', () => {
    for (const file of ['2024-05-ru-daily.txt', '2024-11-zh-reading-notes.txt', '2024-10-03-hfday.json']) {
      expect(parseStarter(file).papers.every((p) => p.authors.length === 0)).toBe(true);
    }
  });
});
