/**
 * The day split of the cross-lingual evaluation.
 *
 * Since round 4 (issue 10, lead's decision) every one of the 12 committed days is a **tune** day: the
 * five days 2024-09-23 .. 09-27 were the report split of rounds 1-3, were looked at once at the end of
 * each round, and are spent. They stay nameable as **old-report** (a subset of tune) only to compare
 * with the figures of earlier rounds and as regression floors (`quality.test.ts`); a figure on them is
 * not a held-out figure any more.
 *
 * Held-out figures come from days that are not committed here: `report.ts --days-dir <dir>` evaluates
 * a folder of HFday day files with the same queries, rules and digest generation.
 * @module
 */
export const oldReportDays: readonly string[] = ['2024-09-23', '2024-09-24', '2024-09-25', '2024-09-26', '2024-09-27'];
export const tuneDays: readonly string[] = ['2024-09-16', '2024-09-17', '2024-09-18', '2024-09-19', '2024-09-20', ...oldReportDays, '2024-10-03', '2024-10-04'];

export type Split = 'tune' | 'old-report';

export function daysOf(split: Split): readonly string[] {
  return split === 'tune' ? tuneDays : oldReportDays;
}
