/**
 * Errors as log entries, for every adapter: what helps (type, message, the platform's method, code,
 * status and description, the message of a wrapped error) and nothing that leaks. Platform errors
 * carry request URLs, headers and bodies: grammY's `HttpError` wraps a fetch error whose message
 * holds the URL with the bot token, and a discord.js `DiscordAPIError` keeps the interaction URL
 * (with its token) in `url`. So errors are never logged as objects, only through
 * {@link describeError}.
 * @module
 */

/** A loggable, secret-free summary of an error. */
export type ErrorSummary = Record<string, string | number | undefined>;

// A Bot API URL names the token: `/bot123456:AA…/sendMessage`.
const botApiToken = /bot\d+:[A-Za-z0-9_-]+/g;

/** Removes every secret (and any Bot API URL token, even one the caller did not pass). */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  return secrets.reduce((acc, secret) => (secret ? acc.split(secret).join('[redacted]') : acc), text).replace(botApiToken, 'bot[redacted]');
}

/** Fields platform errors carry that are safe and useful (grammY: method, error_code, description; discord.js: method, code, status). */
const platformFields = ['method', 'status', 'description'] as const;

/**
 * Describes `err` for a log entry, with `secrets` removed from every string.
 *
 * ```ts
 * logger.warn({ error: describeError(err, [token]) }, 'telegram digest not delivered');
 * // { type: 'GrammyError', message: '…', method: 'sendMessage', code: 403, description: 'Forbidden: …' }
 * ```
 */
export function describeError(err: unknown, secrets: readonly string[] = []): ErrorSummary {
  const scrub = (s: string) => scrubSecrets(s, secrets);
  if (!(err instanceof Error)) return { type: typeof err, message: scrub(String(err)) };
  const fields = err as unknown as Record<string, unknown>;
  const out: ErrorSummary = { type: err.name, message: scrub(err.message) };
  const code = fields.error_code ?? fields.code;
  if (typeof code === 'number' || typeof code === 'string') out.code = typeof code === 'string' ? scrub(code) : code;
  for (const key of platformFields) {
    const value = fields[key];
    if (typeof value === 'number') out[key] = value;
    else if (typeof value === 'string') out[key] = scrub(value);
  }
  const inner = fields.error ?? err.cause;
  if (inner !== undefined) out.cause = scrub(inner instanceof Error ? inner.message : String(inner));
  // A stack helps with our own bugs; a platform's answer (it has a code or status) needs none.
  if (out.code === undefined && out.status === undefined && err.stack) out.stack = scrub(err.stack);
  return out;
}
