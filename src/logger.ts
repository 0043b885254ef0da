/**
 * Logging with pino: pretty in a terminal, JSON lines otherwise. Secrets (bot tokens) are scrubbed
 * from every line before it is written, whatever object or error carried them.
 * @module
 */
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';

/**
 * pino-pretty, loaded (CommonJS, synchronously) only for a terminal: a service's stderr is not one,
 * and the module and its dependencies were ~0.05-0.15 s of every `npm start`.
 */
const loadPretty = (): typeof PinoPretty => createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Strings that must never appear in output (tokens, webhook secrets). */
  secrets?: readonly (string | undefined)[];
  /** Pretty output; default: when stderr is a TTY. */
  pretty?: boolean;
  /** Where lines go; default: stderr (stdout belongs to the console chat and the CLI's JSON). */
  destination?: NodeJS.WritableStream;
}

/** Replaces each secret with `[redacted]`. Short strings are ignored (they would mangle normal text). */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join('[redacted]');
  return out;
}

/**
 * Creates the process logger.
 *
 * ```ts
 * const log = createLogger({ level: 'info', secrets: [config.telegram?.token] });
 * ```
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const target = options.destination ?? process.stderr;
  const usePretty = options.pretty ?? Boolean((target as NodeJS.WriteStream).isTTY);
  const sink = usePretty ? loadPretty()({ destination: target, colorize: true, sync: true }) : target;
  const scrubber = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      sink.write(scrub(chunk.toString(), secrets));
      callback();
    },
  });
  return pino(
    {
      level: options.level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'config.telegram.token', 'config.discord.token'], censor: '[redacted]' },
    },
    scrubber,
  );
}

/** A logger that drops everything (tests, CLI). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
