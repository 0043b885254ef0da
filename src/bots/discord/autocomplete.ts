/**
 * Autocomplete sources: topics from the catalog, IANA time zones, and `/paper` query suggestions.
 * Pure functions over the given lists; Discord allows at most 25 choices of at most 100 characters.
 * @module
 */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { Topic } from '../../core/index.ts';
import { cleanText } from '../shared/text.ts';
import { defaultLocale, locales, translator, type Locale } from '../shared/i18n/index.ts';

export const maxChoices = 25;
const maxChoiceLength = 100;

type Choice = ApplicationCommandOptionChoiceData<string>;

/** The first `max` UTF-16 units of `s`, cut between characters (half an emoji is not a valid string). */
const clip = (s: string, max: number): string => {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s[max - 1]!) ? max - 1 : max;
  return s.slice(0, end);
};
/** A choice's name: cleaned (`cleanText`; it may be a paper's name from a digest) and cut to Discord's 100 characters. */
const cut = (raw: string): string => {
  const s = cleanText(raw);
  return s.length <= maxChoiceLength ? s : `${clip(s, maxChoiceLength - 1)}…`;
};
const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

/**
 * Topics whose id or any label contains `input` (ids that start with it first), labelled in the
 * member's language first. A non-empty input that matches no topic is offered as a free keyword,
 * which `/subscribe` also accepts.
 */
export function topicChoices(catalog: readonly Topic[], input: string, extra: readonly string[] = [], locale: Locale = defaultLocale): Choice[] {
  const order = [locale, ...locales.filter((l) => l !== locale)];
  const q = fold(input.trim());
  const scored: { t: Topic; score: number }[] = [];
  for (const t of catalog) {
    const id = fold(t.id);
    const labels = [t.labels.en, t.labels.ru, t.labels.zh].map(fold);
    const score = !q ? 2 : id.startsWith(q) ? 0 : id.includes(q) || labels.some((l) => l.includes(q)) ? 1 : -1;
    if (score >= 0) scored.push({ t, score });
  }
  scored.sort((a, b) => a.score - b.score);
  const choices: Choice[] = [];
  for (const value of extra) if (!q || fold(value).startsWith(q)) choices.push({ name: value, value });
  for (const { t } of scored) choices.push({ name: cut(`${t.id} — ${order.map((l) => t.labels[l]).join(' / ')}`), value: t.id });
  if (q && choices.length === 0) choices.push({ name: cut(translator(locale)('ui.keywordChoice', { input: input.trim() })), value: clip(input.trim(), maxChoiceLength) });
  return choices.slice(0, maxChoices);
}

/** Time zones containing `input` (spaces count as `_`), those whose city starts with it first. */
export function timeZoneChoices(zones: readonly string[], input: string): Choice[] {
  const q = fold(input.trim()).replace(/\s+/g, '_');
  const hits = zones
    .map((z) => {
      const f = fold(z);
      const city = f.slice(f.lastIndexOf('/') + 1);
      const score = !q ? 1 : city.startsWith(q) || f.startsWith(q) ? 0 : f.includes(q) ? 1 : -1;
      return { z, score };
    })
    .filter((x) => x.score >= 0)
    .sort((a, b) => a.score - b.score || a.z.localeCompare(b.z));
  return hits.slice(0, maxChoices).map(({ z }) => ({ name: z, value: z }));
}

/** The time zones offered by `/schedule`: the runtime's IANA list plus `UTC`. */
export function supportedTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** `/paper` suggestions: what was typed, then the suggester's completions, de-duplicated. */
export function queryChoices(input: string, suggestions: readonly string[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const s of [input.trim(), ...suggestions]) {
    const v = clip(s.trim(), maxChoiceLength);
    if (!v || seen.has(v)) continue;
    seen.add(v);
    out.push({ name: cut(v), value: v });
    if (out.length === maxChoices) break;
  }
  return out;
}
