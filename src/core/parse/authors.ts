/**
 * Author lines of zh-monthly entries: `By Greg Yang, Edward J. Hu et al.`, a plain comma list
 * `Yang Song, Prafulla Dhariwal, Mark Chen, Ilya Sutskever.`, `作者：A, B`, `Authors: A; B`, `A、B、C`
 * @module
 */

/** One personal name: 1-6 words of letters (any script with diacritics), dots, apostrophes, hyphens. */
const personPattern = /^\p{Lu}[\p{L}\p{M}.'’-]*(?: [\p{L}\p{M}][\p{L}\p{M}.'’-]*){0,5}$/u;

/**
 * Parses an author line into names, without `By`, `and`, `et al.` or the final full stop.
 * Returns null when the line is not an author list (so the caller can treat it as text).
 * ```ts
 * parseAuthors('By Eric Zelikman, Yuhuai Wu, and Noah D. Goodman.')
 * // ['Eric Zelikman', 'Yuhuai Wu', 'Noah D. Goodman']
 * ```
 */
export function parseAuthors(line: string): string[] | null {
  // A label (`By`, `Authors:`, `作者：`) or `et al.` says it is an author line even for one name.
  const label = /^(?:by\s+|authors?\s*[:：]\s*|作者\s*[:：]\s*)/i;
  const hasBy = label.test(line) || /\bet al\.?\s*$/i.test(line);
  let body = line.replace(label, '').trim();
  if (body.length > 2000 || /\p{Script=Han}|https?:\/\//u.test(body.replace(/、/g, ','))) return null;
  body = body.replace(/,?\s*(?:et al\.?|等人?|and others)\s*\.?$/i, '').replace(/\.$/, '').trim();
  if (!body) return null;
  const parts = body
    .split(/\s*[,，、]\s*|\s*;\s*|\s+&\s+/)
    .map((p) => p.replace(/^and\s+/i, '').replace(/\s+/g, ' ').trim())
    .flatMap((p) => p.split(/\s+and\s+/i))
    .filter(Boolean);
  if (!parts.length || !parts.every((p) => personPattern.test(p))) return null;
  // Without `By`, one lone capitalised phrase is more likely a sentence fragment than an author.
  if (!hasBy && parts.length < 2) return null;
  return parts;
}
