/**
 * The `hf-daily` source: Hugging Face Daily Papers (English titles and abstracts), one JSON array per
 * day, kept as `YYYY-MM-DD-hf-daily.json` and parsed by the core `hf-daily` format.
 * @module
 */
import type { Source } from '../source.ts';
import { datedSource } from './dated.ts';

/** `hf-daily`: `GET {HF_API_BASE}/api/daily_papers?date=YYYY-MM-DD`, kept as `YYYY-MM-DD-hf-daily.json`. */
export function hfDailySource(base: string): Source {
  return datedSource({
    id: 'hf-daily',
    kind: 'hf-daily',
    format: 'hf-daily',
    url: (day) => `${base}/api/daily_papers?date=${day}`,
    file: (day) => `${day}-hf-daily.json`,
  });
}
