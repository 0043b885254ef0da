/**
 * The `SOURCES` list (SPEC section 9): `hf-daily`, `hfday`, `arxiv:<cat>[+<cat>…]`, feed URLs,
 * comma-separated; `none` turns fetching off. Parsed once by the configuration.
 * @module
 */
import { err, ok, type Result } from '../core/index.ts';

/** One configured source. `id` names it in logs, state and `paperboy sources`. */
export type SourceSpec =
  | { kind: 'hf-daily'; id: 'hf-daily' }
  | { kind: 'hfday'; id: 'hfday' }
  | { kind: 'arxiv'; id: string; categories: string[] }
  | { kind: 'feed'; id: string; url: string };

export type SourceKind = SourceSpec['kind'];

/** The default `SOURCES`. */
export const defaultSources = 'hf-daily,hfday';

/** An arXiv category: `cs.CL`, `stat.ML`, `math.OC`, `hep-th`, `q-bio.NC`. */
const categoryPattern = /^[a-z][a-z-]*(\.[A-Za-z]{2,})?$/;

/**
 * Parses a `SOURCES` value. Duplicates are dropped; an unknown entry is an error naming it.
 * ```ts
 * parseSources('hf-daily, arxiv:cs.CL+cs.LG') // ok: [{ kind: 'hf-daily', … }, { kind: 'arxiv', categories: ['cs.CL', 'cs.LG'], … }]
 * parseSources('none') // ok: []
 * ```
 */
export function parseSources(value: string): Result<SourceSpec[], string> {
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 1 && entries[0]!.toLowerCase() === 'none') return ok([]);
  const specs: SourceSpec[] = [];
  for (const entry of entries) {
    const spec = parseEntry(entry);
    if (!spec.ok) return spec;
    if (!specs.some((s) => s.id === spec.value.id)) specs.push(spec.value);
  }
  return ok(specs);
}

function parseEntry(entry: string): Result<SourceSpec, string> {
  const lower = entry.toLowerCase();
  if (lower === 'hf-daily') return ok({ kind: 'hf-daily', id: 'hf-daily' });
  if (lower === 'hfday') return ok({ kind: 'hfday', id: 'hfday' });
  if (lower === 'none') return err('"none" cannot be combined with other sources');
  if (lower.startsWith('arxiv:')) {
    const categories = entry.slice('arxiv:'.length).split('+').map((c) => c.trim());
    const bad = categories.find((c) => !categoryPattern.test(c));
    if (bad !== undefined) return err(`"${entry}": "${bad || '(empty)'}" is not an arXiv category (expected e.g. arxiv:cs.CL+cs.LG)`);
    return ok({ kind: 'arxiv', id: `arxiv:${categories.join('+')}`, categories });
  }
  if (/^https?:\/\//i.test(entry)) {
    try {
      const url = new URL(entry);
      return ok({ kind: 'feed', id: url.href, url: url.href });
    } catch {
      return err(`"${entry}" is not a valid URL`);
    }
  }
  return err(`unknown source "${entry}" (expected hf-daily, hfday, arxiv:<cat>[+<cat>], a feed URL, or none)`);
}
