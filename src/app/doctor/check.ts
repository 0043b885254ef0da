/**
 * The doctor's result model: one {@link Check} per thing looked at, each `ok`, `warning`, `error`
 * or `skipped`, with one line of what was found and, when it is not ok, one line of what to do.
 * Pure: the check groups (one file each) produce checks, `render.ts` prints them, and nothing here
 * touches the network or the disk.
 *
 * ```ts
 * const checks = [ok('store', 'Store', 'sqlite://data/paperboy.sqlite: read and written')];
 * exitCodeOf(checks); // 0
 * ```
 * @module
 */

// === Model

/** `skipped`: not applicable here, or not possible because an earlier check failed (the message says which). */
export type CheckStatus = 'ok' | 'warning' | 'error' | 'skipped';

/** The part of the deployment a check belongs to (its heading in the text output). */
export type CheckGroup = 'config' | 'store' | 'corpus' | 'sources' | 'telegram' | 'discord';

/** One result. */
export interface Check {
  /** Stable id for scripts: `store`, `telegram.webhook`, `source:hf-daily`, `discord.channel:123`. */
  id: string;
  group: CheckGroup;
  /** What was checked, a few words: `Telegram webhook`. */
  title: string;
  status: CheckStatus;
  /** What was found: one line, no secrets. */
  message: string;
  /** What to do about it: one line; present when the status is `warning` or `error`. */
  fix?: string;
}

/** Builds a check; `fix` is required for warnings and errors (the type says so). */
export function ok(group: CheckGroup, id: string, title: string, message: string): Check {
  return { id, group, title, status: 'ok', message };
}
export function warning(group: CheckGroup, id: string, title: string, message: string, fix: string): Check {
  return { id, group, title, status: 'warning', message, fix };
}
export function error(group: CheckGroup, id: string, title: string, message: string, fix: string): Check {
  return { id, group, title, status: 'error', message, fix };
}
export function skipped(group: CheckGroup, id: string, title: string, message: string): Check {
  return { id, group, title, status: 'skipped', message };
}

// === Summaries

/** How many checks ended in each status. */
export type Summary = Record<CheckStatus, number>;

export function summarize(checks: readonly Check[]): Summary {
  const summary: Summary = { ok: 0, warning: 0, error: 0, skipped: 0 };
  for (const c of checks) summary[c.status]++;
  return summary;
}

/** 0 when nothing is an error, 1 otherwise (warnings do not fail the doctor). */
export function exitCodeOf(checks: readonly Check[]): 0 | 1 {
  return checks.some((c) => c.status === 'error') ? 1 : 0;
}

/** `1 error, 2 warnings`, `all 9 checks ok`. */
export function summaryLine(checks: readonly Check[]): string {
  const s = summarize(checks);
  if (s.error === 0 && s.warning === 0) return `${s.ok === 1 ? '1 check' : `all ${s.ok} checks`} ok${s.skipped ? ` (${s.skipped} skipped)` : ''}`;
  const parts = [s.error ? `${s.error} error${s.error === 1 ? '' : 's'}` : '', s.warning ? `${s.warning} warning${s.warning === 1 ? '' : 's'}` : ''];
  return `${parts.filter(Boolean).join(', ')} (${s.ok} ok${s.skipped ? `, ${s.skipped} skipped` : ''})`;
}

// === Hygiene

// A Bot API URL names the token (`/bot123456:AA…/getMe`), whoever built the message.
const botApiToken = /bot\d+:[A-Za-z0-9_-]+/g;
// Controls (ESC starts terminal sequences) and bidi overrides: a channel name is anyone's text.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line of text as the doctor may print it: every secret replaced by `[redacted]` (and any Bot
 * API token in a URL), control and bidi characters as `\uXXXX`, line breaks folded, at most 300
 * characters. Secrets shorter than 8 characters are not searched for (they would mangle words).
 */
export function clean(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= 8 && out.includes(s)) out = out.split(s).join('[redacted]');
  out = out
    .replace(botApiToken, 'bot[redacted]')
    .replace(/\r?\n/g, ' ')
    .replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const chars = Array.from(out);
  return chars.length <= 300 ? out : `${chars.slice(0, 299).join('')}…`;
}

/** Every check with {@link clean} applied to its message and fix. */
export function cleanChecks(checks: readonly Check[], secrets: readonly string[]): Check[] {
  return checks.map((c) => ({ ...c, message: clean(c.message, secrets), ...(c.fix === undefined ? {} : { fix: clean(c.fix, secrets) }) }));
}

/** The first line of an error's message (or the value as text). */
export function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] || String(e);
}

// === Time bounds

/** Thrown by {@link within} when the work did not finish in time. */
export class CheckTimeout extends Error {
  override readonly name = 'CheckTimeout';
  readonly code = 'CHECK_TIMEOUT';
  readonly ms: number;
  constructor(ms: number) {
    super(`no answer within ${ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`}`);
    this.ms = ms;
  }
}

/**
 * `work`, or a {@link CheckTimeout} after `ms`: a check never hangs the doctor (an unreachable
 * Redis, a platform that accepts the connection and never answers). The work itself is left to
 * settle unobserved; its `signal` is aborted so well-behaved work stops.
 */
export async function within<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const e = new CheckTimeout(ms);
      controller.abort(e);
      reject(e);
    }, ms);
  });
  const running = work(controller.signal);
  running.catch(() => undefined);
  try {
    return await Promise.race([running, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
