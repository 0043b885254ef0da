/**
 * Tagging knobs against the topic gold on the TUNE days only (RULES.md):
 * `npx tsx test/relevance/xling/tune-tagging.ts`. (A separate, higher threshold for broad topics —
 * llm, dataset, architecture, efficiency — was tried: precision up, recall down more, F1 lower.)
 */
import { defaultTaggingOptions, type TaggingOptions } from '../../../src/core/topics.ts';
import { evalTagging } from './tagging.ts';

const rows: { o: TaggingOptions; line: string; f1: number }[] = [];
for (const titleWeight of [2, 3])
  for (const leadWeight of [1, 1.5, 2])
    for (const threshold of [2, 2.5, 3]) {
      const o = { ...defaultTaggingOptions, titleWeight, leadWeight, threshold };
      const ru = evalTagging('tune', 'ru', o).micro;
      const zh = evalTagging('tune', 'zh', o).micro;
      const f1 = (ru.f1 + zh.f1) / 2;
      rows.push({ o, f1, line: `title=${titleWeight} lead=${leadWeight} thr=${threshold}  ru P=${ru.precision.toFixed(3)} R=${ru.recall.toFixed(3)} F1=${ru.f1.toFixed(3)}  zh P=${zh.precision.toFixed(3)} R=${zh.recall.toFixed(3)} F1=${zh.f1.toFixed(3)}` });
    }
rows.sort((a, b) => b.f1 - a.f1);
for (const r of rows) console.log(r.line);
