/**
 * The doctor's report as text (for a terminal, and the start-up log block) and as JSON (`--json`).
 * Pure: checks in, lines or an object out.
 * @module
 */
import { exitCodeOf, summarize, summaryLine, type Check, type CheckGroup, type Summary } from './check.ts';

/** Where to send people so they add the bot (printed by the doctor, logged by the adapters at start). */
export interface InviteLinks {
  /** The Discord OAuth2 URL with the `bot` and `applications.commands` scopes and the permission integer. */
  discord?: string;
  /** The Telegram bot's links: its chat, "add to a group", "add to a channel as an admin who may post". */
  telegram?: { chat: string; group: string; channel: string };
}

/** Everything one doctor run found. */
export interface DoctorReport {
  checks: Check[];
  links: InviteLinks;
}

/** `--json`: stable field names for scripts. */
export interface DoctorJson {
  /** True when no check is an error (the exit code is 0). */
  ok: boolean;
  exitCode: 0 | 1;
  summary: Summary;
  checks: Check[];
  links: InviteLinks;
}

export function reportJson(report: DoctorReport): DoctorJson {
  const exitCode = exitCodeOf(report.checks);
  return { ok: exitCode === 0, exitCode, summary: summarize(report.checks), checks: report.checks, links: report.links };
}

/** Headings in the order groups are printed. */
export const groupTitles: Record<CheckGroup, string> = {
  config: 'Configuration',
  store: 'Store',
  corpus: 'Corpus',
  sources: 'Live sources',
  telegram: 'Telegram',
  discord: 'Discord',
};

const statusWidth = 'warning'.length;

/** One check as one or two lines: status, title, what was found; then what to do. */
export function checkLines(c: Check, indent = '  '): string[] {
  const head = `${indent}${c.status.padEnd(statusWidth)}  ${c.title}: ${c.message}`;
  return c.fix ? [head, `${indent}${' '.repeat(statusWidth)}  -> ${c.fix}`] : [head];
}

/** The report for a terminal: checks by group, the invite links, a summary line. */
export function reportText(report: DoctorReport): string[] {
  const lines: string[] = [];
  for (const group of Object.keys(groupTitles) as CheckGroup[]) {
    const checks = report.checks.filter((c) => c.group === group);
    if (!checks.length) continue;
    lines.push(groupTitles[group]);
    for (const c of checks) lines.push(...checkLines(c));
    lines.push('');
  }
  const { discord, telegram } = report.links;
  if (discord || telegram) {
    lines.push('Invite links');
    if (discord) lines.push(`  Discord (add to a server): ${discord}`);
    if (telegram) {
      lines.push(`  Telegram chat:             ${telegram.chat}`);
      lines.push(`  Telegram, add to a group:  ${telegram.group}`);
      lines.push(`  Telegram, add to a channel: ${telegram.channel}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(report.checks));
  return lines;
}

/**
 * The start-up block: one message listing only what needs attention (every warning and error with
 * its fix), or one line when all is well. `heading` names the block (`start-up checks`, `platform checks`).
 */
export function startupBlock(checks: readonly Check[], heading = 'start-up checks'): { level: 'info' | 'warn'; message: string } {
  const attention = checks.filter((c) => c.status === 'warning' || c.status === 'error');
  if (!attention.length) return { level: 'info', message: `${heading}: ${summaryLine(checks)}` };
  return { level: 'warn', message: [`${heading}: ${summaryLine(checks)}`, ...attention.flatMap((c) => checkLines(c))].join('\n') };
}
