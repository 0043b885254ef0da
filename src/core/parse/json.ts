/**
 * Helpers shared by the structured digest formats (hfday-json, hf-daily, feed): locating a JSON
 * syntax error, bounding field sizes.
 * @module
 */
import type { DigestProblem } from './entry.ts';
import { maxLineChars } from './text.ts';

/** Longest title read: a title is a line of text; a longer one is not a title. */
export const maxTitleChars = 1_000;
/** Longest text field read (an abstract, a summary): the text formats' line bound. */
export const maxTextChars = maxLineChars;

/**
 * The text formats skip lines over `maxLineChars`; structured documents have no lines, so their
 * fields get the same bound (and titles a tighter one). Returns why the first field over its bound
 * is refused (`title is 2,000 characters (at most 1,000)`), or null.
 */
export function oversized(fields: readonly (readonly [name: string, value: string | null | undefined, max: number])[]): string | null {
  for (const [name, value, max] of fields) {
    if (value && value.length > max) return `${name} is ${value.length.toLocaleString('en-US')} characters (at most ${max.toLocaleString('en-US')})`;
  }
  return null;
}

/** The problem for text that `JSON.parse` refused, with the line of the error when V8 names it. */
export function invalidJson(file: string, text: string, e: unknown): DigestProblem {
  const message = (e as Error).message;
  const at = /position (\d+)/.exec(message);
  const lineNo = /line (\d+)/.exec(message);
  const line = at ? lineAt(text, Number(at[1])) : lineNo ? Number(lineNo[1]) : null;
  return { file, line, reason: `invalid JSON${line ? ` at line ${line}` : ''}: ${message.split('\n')[0]}` };
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
