/**
 * Writes the cross-lingual test digests: `npx tsx test/relevance/xling/generate.ts`.
 * Output: `test/fixtures/xling/{ru,zh}/*.txt` and `test/fixtures/xling/manifest.json` (see `digests.ts`).
 * `xling.test.ts` fails when the committed files differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestOf, testDigests } from './digests.ts';
import { sourcePapers } from './source.ts';

export const fixtureDir = fileURLToPath(new URL('../../fixtures/xling/', import.meta.url));

const digests = testDigests(sourcePapers());
for (const d of digests) {
  const path = join(fixtureDir, d.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, d.text);
}
writeFileSync(join(fixtureDir, 'manifest.json'), `${JSON.stringify(manifestOf(digests), null, 1)}\n`);
console.log(`wrote ${digests.length} digests (${digests.filter((d) => d.lang === 'ru').length} Russian, ${digests.filter((d) => d.lang === 'zh').length} Chinese) to ${fixtureDir}`);
