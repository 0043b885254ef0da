/**
 * The day split of the cross-lingual evaluation, fixed before any search result was looked at.
 *
 * - **tune** (ranking knobs, lexicon additions, tagging thresholds may be chosen by looking at these):
 *   the first five HFday days 2024-09-16 .. 2024-09-20 (70 papers) and the two older-shape feed days
 *   2024-10-03 and 2024-10-04 (27 papers; Russian only, so they take part in the Russian-only runs).
 * - **report** (the quality figures; never tuned on): the last five HFday days 2024-09-23 .. 2024-09-27
 *   (68 papers).
 *
 * A time split: report days come after the tune days of the same feed, as new digests would.
 * @module
 */
export const tuneDays: readonly string[] = ['2024-09-16', '2024-09-17', '2024-09-18', '2024-09-19', '2024-09-20', '2024-10-03', '2024-10-04'];
export const reportDays: readonly string[] = ['2024-09-23', '2024-09-24', '2024-09-25', '2024-09-26', '2024-09-27'];

export type Split = 'tune' | 'report';

export function daysOf(split: Split): readonly string[] {
  return split === 'tune' ? tuneDays : reportDays;
}
