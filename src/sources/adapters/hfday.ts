/**
 * The `hfday` source: HFday's daily file (Russian and Chinese summaries of the day's Hugging Face
 * papers, with the English title and abstract), kept as `YYYY-MM-DD-hfday.json` and parsed by the
 * core `hfday-json` format.
 * @module
 */
import type { Source } from '../source.ts';
import { datedSource } from './dated.ts';

/** `hfday`: `GET {HFDAY_BASE}/d/YYYY-MM-DD.json`, kept as `YYYY-MM-DD-hfday.json`. */
export function hfdaySource(base: string): Source {
  return datedSource({
    id: 'hfday',
    kind: 'hfday',
    format: 'hfday-json',
    url: (day) => `${base}/d/${day}.json`,
    file: (day) => `${day}-hfday.json`,
  });
}
