/**
 * Duplicate merging: the same paper found in several digests becomes one record with all sources.
 *
 * Links, strongest first:
 * 1. the same arXiv id;
 * 2. the same normalised English title (NFKC, lower case, punctuation-insensitive);
 * 3. the same primary name by {@link nameKey} (aliases are not links: they may name a component);
 * 4. the Chinese-term link: a zh paper whose name is a Chinese term (a reading note titled
 *    `一致性模型`) joins the one English-titled zh entry from another file whose commentary uses that
 *    exact term (the monthly list's `Consistency Models`, whose note says `...训练独立一致性模型...`).
 *    The term must have at least {@link minTermChars} characters and exactly one such entry may
 *    exist, otherwise nothing is merged. Neither digest gives an arXiv id or a shared Latin name for
 *    this paper, so the shared Chinese term is the only link both texts contain.
 *
 * Guards: groups with different arXiv ids never merge; name and term links never join two papers
 * of the same digest file (a digest lists distinct papers, so a repeated name there is a different
 * work or an extraction slip). Title and arXiv links may (the same paper listed twice).
 * @module
 */
import { paperTexts, unionTexts, type Paper } from './model.ts';
import { nameKey, paperId, titleKey } from './parse/ids.ts';

/** Shortest Chinese term (in characters) used for the Chinese-term link. */
export const minTermChars = 3;
/** Shortest normalised title used as a key: shorter titles are too generic to identify a paper. */
const minTitleKeyChars = 8;

interface Group {
  members: number[];
  arxivIds: Set<string>;
  files: Set<string>;
}

/**
 * Merges papers that are the same work into one record with all sources, keeping first-seen order.
 * The merged record keeps the first paper's summary and language, prefers the first non-null title,
 * name and arXiv id, unions urls, topics, authors, sources and per-language texts (each language's
 * title and summary from the first paper that has it), and gets its id recomputed (so a known
 * arXiv id wins).
 * ```ts
 * mergePapers([a, b]).length // 1 when a and b share an arXiv id
 * ```
 */
export function mergePapers(papers: readonly Paper[]): Paper[] {
  const parent = papers.map((_, i) => i);
  const groups = papers.map<Group>((p, i) => ({
    members: [i],
    arxivIds: new Set(p.arxivId ? [p.arxivId] : []),
    files: new Set(p.sources.map((s) => s.file)),
  }));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number, sameFileAllowed: boolean): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const ga = groups[ra]!;
    const gb = groups[rb]!;
    if (ga.arxivIds.size && gb.arxivIds.size && ![...ga.arxivIds].some((id) => gb.arxivIds.has(id))) return;
    if (!sameFileAllowed && [...ga.files].some((f) => gb.files.has(f))) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    const gk = groups[keep]!;
    const gd = groups[drop]!;
    gk.members.push(...gd.members);
    for (const id of gd.arxivIds) gk.arxivIds.add(id);
    for (const f of gd.files) gk.files.add(f);
  };

  // === Key links (arXiv id, title, name), in document order
  const owners = new Map<string, number>();
  papers.forEach((paper, i) => {
    for (const { key, sameFileAllowed } of keysOf(paper)) {
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, i);
      else union(owner, i, sameFileAllowed);
    }
  });

  // === Chinese-term link
  const terms = new Map<string, number[]>();
  papers.forEach((paper, i) => {
    const term = chineseTerm(paper);
    if (term) terms.set(term, [...(terms.get(term) ?? []), i]);
  });
  if (terms.size) {
    // Which English-titled zh entries use each term: enumerate the Han substrings of each summary
    // of the lengths terms have, instead of testing every term against every summary.
    const lengths = new Set([...terms.keys()].map((t) => t.length));
    const usedBy = new Map<string, Set<number>>();
    papers.forEach((other, j) => {
      if (other.lang !== 'zh' || !other.title) return;
      for (const run of other.summary.match(/\p{Script=Han}{3,}/gu) ?? []) {
        for (const length of lengths) {
          for (let k = 0; k + length <= run.length; k++) {
            const sub = run.slice(k, k + length);
            if (terms.has(sub)) usedBy.set(sub, (usedBy.get(sub) ?? new Set()).add(j));
          }
        }
      }
    });
    for (const [term, owners] of terms) {
      for (const i of owners) {
        const root = find(i);
        const files = groups[root]!.files;
        const targets = new Set<number>();
        for (const j of usedBy.get(term) ?? []) {
          if (find(j) === root || papers[j]!.sources.some((s) => files.has(s.file))) continue;
          targets.add(find(j));
        }
        if (targets.size === 1) union(i, [...targets][0]!, false);
      }
    }
  }

  // === Build merged records in first-seen order
  const out: Paper[] = [];
  const usedIds = new Set<string>();
  papers.forEach((_, i) => {
    if (find(i) !== i) return;
    const members = groups[i]!.members.sort((a, b) => a - b).map((m) => papers[m]!);
    const merged = combine(members);
    let id = paperId(merged);
    // Two distinct records can only share a hash id when they share a name within one file;
    // salt with the first source so ids stay unique and stable.
    if (usedIds.has(id)) id = saltedPaperId(merged);
    usedIds.add(id);
    out.push({ ...merged, id });
  });
  return out;
}

/**
 * The id of a merged record whose own id an earlier record already has: salted with its first
 * source, so ids stay unique and stable.
 */
export function saltedPaperId(merged: Paper): string {
  return paperId({ ...merged, arxivId: null, title: `${merged.title ?? merged.name ?? ''}|${merged.sources[0]!.file}#${merged.sources[0]!.index}` });
}

/** The keys a paper is linked by, and whether a link may join papers of the same file (exported for `incremental-corpus.ts`). */
export function keysOf(paper: Paper): { key: string; sameFileAllowed: boolean }[] {
  const keys: { key: string; sameFileAllowed: boolean }[] = [];
  if (paper.arxivId) keys.push({ key: `a:${paper.arxivId}`, sameFileAllowed: true });
  if (paper.title) {
    const t = titleKey(paper.title);
    if (t.length >= minTitleKeyChars) keys.push({ key: `t:${t}`, sameFileAllowed: true });
  }
  // The primary name only: an alias may be a component or another paper of a combined entry
  // (`PaLM` in the Pathways entry) and must not pull a different paper in.
  if (paper.name) {
    const key = nameKey(paper.name);
    if (key.length >= 2) keys.push({ key: `n:${key}`, sameFileAllowed: false });
  }
  return keys;
}

/** A zh paper's name when it is a Chinese term (Han characters only, long enough), else null. */
export function chineseTerm(paper: Paper): string | null {
  const name = paper.name?.trim();
  if (paper.lang !== 'zh' || !name || paper.arxivId) return null;
  return /^\p{Script=Han}+$/u.test(name) && Array.from(name).length >= minTermChars ? name : null;
}

/** One record from the members of a group, in corpus order (its id is the caller's: `paperId`, or salted). */
export function combine(members: readonly Paper[]): Paper {
  const first = members[0]!;
  const pick = <K extends keyof Paper>(key: K): Paper[K] | undefined => members.find((m) => m[key] != null)?.[key];
  const unionOf = (values: string[], keyOf: (v: string) => string = (v) => v) => {
    const seen = new Set<string>();
    return values.filter((v) => {
      const k = keyOf(v);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const sources = members.flatMap((m) => m.sources);
  const name = pick('name') ?? null;
  // Every other name the members give (their aliases, and other digests' primary names) stays
  // findable as an alias of the merged paper.
  const aliasKeys = new Set(name ? [nameKey(name)] : []);
  const aliases = members.flatMap((m) => [m.name, ...(m.aliases ?? [])]).filter((a): a is string => {
    if (!a || aliasKeys.has(nameKey(a))) return false;
    aliasKeys.add(nameKey(a));
    return true;
  });
  const abstract = pick('abstract');
  const localTitle = pick('localTitle');
  // The highest count any source gave (a later day's listing has more votes than the first).
  const votes = members.flatMap((m) => (m.upvotes !== undefined ? [m.upvotes] : []));
  // The first member's own aliases are replaced by the union (and no `aliases` key when there is none).
  const base: Paper = { ...first };
  delete base.aliases;
  return {
    ...base,
    title: pick('title') ?? null,
    name,
    ...(aliases.length ? { aliases } : {}),
    arxivId: pick('arxivId') ?? null,
    urls: unionOf(members.flatMap((m) => m.urls)),
    topics: unionOf(members.flatMap((m) => m.topics)),
    authors: unionOf(members.flatMap((m) => m.authors), (a) => a.toLowerCase().replace(/[^\p{L}]+/gu, '')),
    sources: sources.filter((s, k) => sources.findIndex((o) => o.file === s.file && o.index === s.index) === k),
    ...(abstract !== undefined ? { abstract } : {}),
    ...(localTitle !== undefined ? { localTitle } : {}),
    // Every language any member gave (SPEC section 2): English title and abstract from one digest,
    // Russian and Chinese summaries from others.
    texts: unionTexts(members.map(paperTexts)),
    ...(votes.length ? { upvotes: Math.max(...votes) } : {}),
  };
}
