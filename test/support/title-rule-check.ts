/**
 * How the title rule ({@link labelFromTitle}) compares with the hand labels of the tuning days
 * (`test/fixtures/hfday-d`, labelled in the dev, heldout and fresh splits of `labels.json`): for each
 * labelled digest entry, the rule's label (a title name the entry's text does not contain becomes
 * null) against the hand label. `npx tsx test/support/title-rule-check.ts` prints the figures and
 * every disagreement.
 * @module
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDigest, type Paper } from '../../src/core/index.ts';
import { dateFromFileName, nameKey } from '../../src/core/parse/index.ts';
import { labelFromTitle, ruleLabelForEntry } from './title-rule.ts';
import type { NameLabel } from './name-eval.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface DayPaper {
  title: string;
  abstract?: string;
  data?: { ru?: { title?: string; desc?: string }; zh?: { title?: string; desc?: string } };
}

export interface RuleCheck {
  /** Entries whose title gives a name: the rule's label agrees with the hand label. */
  named: { n: number; agree: number };
  /** Entries whose title gives none (the rule leaves them open): how many the hand label names. */
  open: { n: number; handNamed: number };
  disagreements: string[];
}

const entryText = (p: Paper) => [p.title, p.localTitle, p.summary, p.abstract].filter(Boolean).join('\n');

export function checkTitleRule(): RuleCheck {
  const dir = `${root}test/fixtures/hfday-d/`;
  const days: DayPaper[] = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(dir + f, 'utf8')) as { papers: DayPaper[] }).papers);
  const dayText = (p: DayPaper) => [p.title, p.abstract, p.data?.ru?.title, p.data?.ru?.desc, p.data?.zh?.title, p.data?.zh?.desc].join('\n').normalize('NFKC');
  const files = (JSON.parse(readFileSync(`${root}test/fixtures/names/labels.json`, 'utf8')) as { files: Record<string, Record<string, NameLabel[]>> }).files;
  const out: RuleCheck = { named: { n: 0, agree: 0 }, open: { n: 0, handNamed: 0 }, disagreements: [] };
  for (const split of ['dev', 'heldout', 'fresh']) {
    for (const [path, labels] of Object.entries(files[split] ?? {})) {
      const file = path.slice(path.lastIndexOf('/') + 1);
      const parsed = parseDigest({ file, bytes: readFileSync(root + path), date: dateFromFileName(file) });
      const papers = parsed.ok ? parsed.value.papers : [];
      for (const label of labels) {
        const anchor = label.anchor.normalize('NFKC');
        const day = days.find((p) => dayText(p).includes(anchor));
        const entry = papers.find((p) => entryText(p).normalize('NFKC').includes(anchor));
        if (!day || !entry) throw new Error(`${file}: "${label.anchor}" not found`);
        const title = labelFromTitle(day.title);
        if (title.name === null) {
          out.open.n++;
          if (label.name !== null) out.open.handNamed++;
          continue;
        }
        const rule = ruleLabelForEntry(title, entryText(entry));
        const allowed = new Set([label.name, ...(label.aliases ?? []), ...(label.ok ?? [])].filter((x): x is string => !!x).map(nameKey));
        const agree = rule.name === null ? label.name === null : label.name !== null && allowed.has(nameKey(rule.name));
        out.named.n++;
        if (agree) out.named.agree++;
        else out.disagreements.push(`${split} ${file}: rule ${rule.name ?? 'null'}, hand ${label.name ?? 'null'} (${day.title})`);
      }
    }
  }
  return out;
}

if (process.argv[1] && /title-rule-check\.ts$/.test(process.argv[1])) {
  const c = checkTitleRule();
  console.log(`title gives a name: ${c.named.agree}/${c.named.n} entries agree with the hand label`);
  console.log(`title gives none (open): ${c.open.n} entries, ${c.open.handNamed} of them named by hand from the abstract`);
  for (const d of c.disagreements) console.log(`  ${d}`);
}
