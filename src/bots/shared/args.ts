/**
 * Argument parsing for the platform-neutral commands. Expected failures are values
 * ({@link ArgResult}); one table ({@link argErrorText}) turns each code into a user-facing sentence.
 * @module
 */
import { findTopic, levenshtein, shorten, suggestTopics } from '../../core/index.ts';
import { isValidTimeZone, maxDigestSize, minDigestSize, parseTime } from '../../schedule/index.ts';
import { translator, type Translate } from './i18n/index.ts';
import { cleanInput } from './text.ts';

export type ArgError =
  | { code: 'EMPTY_QUERY' }
  | { code: 'QUERY_TOO_LONG'; max: number }
  | { code: 'NO_TARGETS'; command: 'subscribe' | 'unsubscribe' }
  | { code: 'UNKNOWN_TOPIC'; input: string; suggestions: string[] }
  | { code: 'BAD_KEYWORD'; input: string }
  | { code: 'TOO_MANY'; max: number }
  | { code: 'BAD_TIME'; input: string }
  | { code: 'BAD_ZONE'; input: string; suggestions: string[] }
  | { code: 'BAD_SIZE'; input: string }
  | { code: 'BAD_SCHEDULE'; input: string };

export type ArgResult<T> = { ok: true; value: T } | { ok: false; error: ArgError };

/** Longest accepted search query, in characters. */
export const maxQueryLength = 200;
/** Most topics + keywords one chat may follow. */
export const maxFollows = 25;

/** Longest piece of a user's input quoted back in an error, in characters. */
export const maxEcho = 60;

/** A user's input as an error quotes it: on one line and short (it may be a 4,000-character message). */
const echo = (input: string): string => shorten(input.replace(/\s+/g, ' '), maxEcho);

/**
 * One table from error code to the sentences a user sees (plain text; adapters escape them), in the
 * language of `t` (English by default).
 *
 * ```ts
 * argErrorText({ code: 'BAD_TIME', input: '25:00' }, translator('ru')); // { title: '«25:00» — не время', lines: [...] }
 * ```
 */
export function argErrorText(e: ArgError, t: Translate = translator('en')): { title: string; lines: string[] } {
  const sizes = { min: minDigestSize, max: maxDigestSize };
  switch (e.code) {
    case 'EMPTY_QUERY':
      return { title: t('args.emptyQueryTitle'), lines: [t('args.emptyQueryHint')] };
    case 'QUERY_TOO_LONG':
      return { title: t('args.queryTooLongTitle'), lines: [t('args.queryTooLongHint', { max: e.max })] };
    case 'NO_TARGETS':
      return e.command === 'subscribe'
        ? { title: t('args.subscribeWhatTitle'), lines: [t('args.subscribeWhatHint'), t('args.seeTopics')] }
        : { title: t('args.unsubscribeWhatTitle'), lines: [t('args.unsubscribeWhatHint')] };
    case 'UNKNOWN_TOPIC':
      return {
        title: t('args.unknownTopicTitle', { input: echo(e.input) }),
        lines: [t('args.didYouMean', { suggestions: e.suggestions.join(', ') }), t('args.quoteKeyword', { input: echo(e.input) })],
      };
    case 'BAD_KEYWORD':
      return { title: t('args.badKeywordTitle', { input: echo(e.input) }), lines: [t('args.badKeywordHint')] };
    case 'TOO_MANY':
      return { title: t('args.tooManyTitle'), lines: [t('args.tooManyHint', { max: e.max })] };
    case 'BAD_TIME':
      return { title: t('args.badTimeTitle', { input: echo(e.input) }), lines: [t('args.badTimeHint')] };
    case 'BAD_ZONE':
      return {
        title: t('args.badZoneTitle', { input: echo(e.input) }),
        lines: [e.suggestions.length ? t('args.didYouMean', { suggestions: e.suggestions.join(', ') }) : t('args.badZoneHint'), t('args.scheduleExample')],
      };
    case 'BAD_SIZE':
      return { title: t('args.badSizeTitle', { input: echo(e.input) }), lines: [t('args.badSizeHint', sizes)] };
    case 'BAD_SCHEDULE':
      return {
        title: t('args.badScheduleTitle', { input: echo(e.input) }),
        lines: [t('args.examples'), t('args.exampleTime'), t('args.exampleOff'), t('args.exampleSize', sizes), t('args.exampleQuiet')],
      };
  }
}

// === Queries

/** Normalises a search query: control characters and escape sequences out, spaces collapsed; rejects empty and over-long input. */
export function parseQuery(args: string): ArgResult<string> {
  const query = cleanInput(args).replace(/\s+/g, ' ').trim();
  if (!query) return { ok: false, error: { code: 'EMPTY_QUERY' } };
  if (Array.from(query).length > maxQueryLength) return { ok: false, error: { code: 'QUERY_TOO_LONG', max: maxQueryLength } };
  return { ok: true, value: query };
}

// === Subscribe / unsubscribe targets

export interface Targets {
  topics: string[];
  keywords: string[];
  all: boolean;
}

/**
 * Splits `/subscribe` arguments into catalog topics and free keywords. Tokens are separated by
 * spaces or commas; "double quotes" (or «», “”) keep a multi-word keyword and force keyword meaning.
 * An unquoted word close to a catalog id is treated as a typo, not a keyword. Terminal escape
 * sequences and control characters are removed first (`\x1b[31mred` was typed as red text, so the
 * keyword is `red`, not `[31mred`), then invisible characters inside a token.
 */
export function parseTargets(args: string, command: 'subscribe' | 'unsubscribe'): ArgResult<Targets> {
  const tokens: { text: string; quoted: boolean }[] = [];
  const re = /["«“]([^"»”]*)["»”]|([^\s,;"«“]+)/g;
  for (const m of cleanInput(args).matchAll(re)) {
    const quoted = m[1] !== undefined;
    const text = (m[1] ?? m[2] ?? '').trim();
    if (text) tokens.push({ text, quoted });
  }
  if (tokens.length === 0) return { ok: false, error: { code: 'NO_TARGETS', command } };
  const out: Targets = { topics: [], keywords: [], all: false };
  for (const { text, quoted } of tokens) {
    if (!quoted && command === 'unsubscribe' && text.toLowerCase() === 'all') {
      out.all = true;
      continue;
    }
    const topic = quoted ? undefined : findTopic(text);
    if (topic) {
      if (!out.topics.includes(topic.id)) out.topics.push(topic.id);
      continue;
    }
    if (!quoted && command === 'subscribe') {
      const close = suggestTopics(text, 3).filter((id) => isTypo(text.toLowerCase(), id));
      if (close.length) return { ok: false, error: { code: 'UNKNOWN_TOPIC', input: text, suggestions: close } };
    }
    // Invisible characters (zero-width, controls) neither count towards the length nor stay in the keyword.
    const keyword = text.replace(/[\p{Cf}\p{Cc}]/gu, '').trim().toLowerCase();
    const length = Array.from(keyword).length;
    if (length < 2 || length > 40) return { ok: false, error: { code: 'BAD_KEYWORD', input: text } };
    if (!out.keywords.includes(keyword)) out.keywords.push(keyword);
  }
  return { ok: true, value: out };
}

/** True when `input` is within a small edit distance of `id` (scaled with length). */
function isTypo(input: string, id: string): boolean {
  if (input === id) return false;
  const budget = input.length <= 4 ? 1 : 2;
  return levenshtein(input, id) <= budget;
}

// === Schedule

/** A validated `/schedule` change. */
export type ScheduleChange =
  | { kind: 'time'; time: string; timeZone?: string }
  | { kind: 'off' }
  | { kind: 'on' }
  | { kind: 'size'; size: number }
  | { kind: 'quiet'; quiet: boolean }
  | { kind: 'reset-taste' }
  | { kind: 'show' };

/**
 * `/schedule` as typed fields, not yet validated: what Discord's subcommands give directly and what
 * {@link parseSchedule} reads out of text. {@link checkSchedule} validates both the same way (the
 * time, the zone, and a size of plain decimal digits).
 */
export type ScheduleInput = Exclude<ScheduleChange, { kind: 'size' }> | { kind: 'size'; size: string };

const zoneNames = new Map<string, string>(
  [...Intl.supportedValuesOf('timeZone'), 'UTC'].map((z) => [z.toLowerCase(), z]),
);

/** Resolves a time-zone name case-insensitively (`europe/moscow` -> `Europe/Moscow`). */
export function resolveTimeZone(input: string): ArgResult<string> {
  const exact = zoneNames.get(input.toLowerCase());
  if (exact) return { ok: true, value: exact };
  if (isValidTimeZone(input)) return { ok: true, value: input };
  const needle = input.toLowerCase().replace(/\s+/g, '_');
  const suggestions = [...zoneNames.values()].filter((z) => z.toLowerCase().includes(needle)).slice(0, 3);
  return { ok: false, error: { code: 'BAD_ZONE', input, suggestions } };
}

/** Parses `/schedule` arguments: `HH:MM [zone]`, `off`, `on`, `size N`, `quiet on|off`, or nothing. */
export function parseSchedule(args: string): ArgResult<ScheduleChange> {
  const input = scheduleInput(cleanInput(args));
  return input.ok ? checkSchedule(input.value) : input;
}

/** Splits `/schedule` text into its typed fields. */
function scheduleInput(args: string): ArgResult<ScheduleInput> {
  const parts = args.trim().split(/\s+/).filter(Boolean);
  const [first, second, third] = parts;
  if (!first) return { ok: true, value: { kind: 'show' } };
  const word = first.toLowerCase();
  if ((word === 'off' || word === 'pause') && parts.length === 1) return { ok: true, value: { kind: 'off' } };
  if ((word === 'on' || word === 'resume') && parts.length === 1) return { ok: true, value: { kind: 'on' } };
  if (word === 'size' && parts.length === 2) return { ok: true, value: { kind: 'size', size: second! } };
  if ((word === 'reset-taste' && parts.length === 1) || (word === 'reset' && second?.toLowerCase() === 'taste' && parts.length === 2)) return { ok: true, value: { kind: 'reset-taste' } };
  if (word === 'quiet' && parts.length === 2 && /^(on|off)$/i.test(second ?? '')) {
    return { ok: true, value: { kind: 'quiet', quiet: second!.toLowerCase() === 'on' } };
  }
  if (/^\d/.test(first)) {
    if (third !== undefined) return { ok: false, error: normaliseTime(first) ? { code: 'BAD_SCHEDULE', input: args.trim() } : { code: 'BAD_TIME', input: first } };
    return { ok: true, value: { kind: 'time', time: first, ...(second === undefined ? {} : { timeZone: second }) } };
  }
  return { ok: false, error: { code: 'BAD_SCHEDULE', input: args.trim() } };
}

/**
 * Validates a typed `/schedule` change: a 24-hour time (`9:00`, `09.00`, `9h00` -> `09:00`), a known
 * time zone (case-insensitive), a size of plain decimal digits within the digest size range (`1e1`
 * and `0x5` are numbers to JavaScript, not to a user).
 */
export function checkSchedule(input: ScheduleInput): ArgResult<ScheduleChange> {
  switch (input.kind) {
    case 'size': {
      const size = /^\d{1,3}$/.test(input.size) ? Number(input.size) : NaN;
      if (!(size >= minDigestSize && size <= maxDigestSize)) return { ok: false, error: { code: 'BAD_SIZE', input: input.size } };
      return { ok: true, value: { kind: 'size', size } };
    }
    case 'time': {
      const time = normaliseTime(input.time);
      if (!time) return { ok: false, error: { code: 'BAD_TIME', input: input.time } };
      if (input.timeZone === undefined) return { ok: true, value: { kind: 'time', time } };
      const zone = resolveTimeZone(input.timeZone);
      return zone.ok ? { ok: true, value: { kind: 'time', time, timeZone: zone.value } } : zone;
    }
    default:
      return { ok: true, value: input };
  }
}

/** `9:00`, `09.00`, `9h00` -> `09:00`; null when not a valid 24-hour time. */
function normaliseTime(input: string): string | null {
  const m = /^(\d{1,2})[:.h](\d{2})$/.exec(input.trim());
  if (!m) return null;
  const time = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return parseTime(time).ok ? time : null;
}
