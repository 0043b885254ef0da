/**
 * The paper record factory every test shares: a complete, valid `Paper` with neutral defaults (an
 * English paper from one ru-daily digest), so a test states only what it is about. Without an `id`,
 * the id is derived as the parsers derive it (`paperId`).
 *
 * ```ts
 * paper({ name: 'MoRA', lang: 'ru', topics: ['llm'] });
 * paper({ id: 'd01', file: '2026-01-01.txt', date: '2026-01-01' });
 * ```
 */
import type { Paper, PaperSource } from '../../src/core/model.ts';
import { paperId } from '../../src/core/parse/index.ts';

/** Fields of a paper, plus its single source's `file`, `index`, `date` and `format` (ignored when `sources` is given). */
export type PaperInit = Partial<Paper> & { file?: string; index?: number; date?: string | null; format?: PaperSource['format'] };

export function paper(init: PaperInit = {}): Paper {
  const { file = 'a.txt', index = 0, date = null, format = 'ru-daily', ...fields } = init;
  const base: Paper = {
    id: '',
    title: null,
    name: null,
    summary: 'text',
    lang: 'en',
    urls: [],
    arxivId: null,
    authors: [],
    topics: [],
    sources: [{ file, format, date, index }],
    ...fields,
  };
  return fields.id ? base : { ...base, id: paperId(base) };
}

/** FIFO-Diffusion, a Russian paper with a name, a title, an arXiv id and two topics: the card the render tests draw. */
export function fifoDiffusion(init: PaperInit = {}): Paper {
  return paper({
    id: 'arxiv:2405.11473',
    title: 'FIFO-Diffusion: Generating Infinite Videos from Text without Training',
    name: 'FIFO-Diffusion',
    summary: 'Мы предлагаем FIFO-Diffusion, новый метод генерации бесконечно длинных видео на основе диффузионных моделей.',
    lang: 'ru',
    urls: ['https://arxiv.org/abs/2405.11473'],
    arxivId: '2405.11473',
    topics: ['diffusion', 'video'],
    file: '2024-05-ru-daily.txt',
    ...init,
  });
}
