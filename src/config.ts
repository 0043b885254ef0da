/**
 * Configuration: parsed once from the environment with zod, so a bad value stops start-up with a
 * clear message instead of failing later. Every variable is documented in `.env.example`.
 * @module
 */
import { z } from 'zod';
import { isValidTimeZone, maxDigestSize, minDigestSize, parseTime } from './schedule/index.ts';
import { defaultSources, parseSources, type SourceSpec } from './sources/index.ts';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** Strips one trailing slash: grammY and discord.js append their own paths. */
const baseUrl = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .transform((v) => v.replace(/\/+$/, ''))
    .pipe(z.url({ protocol: /^https?$/ }));

export const ConfigSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: optionalString.pipe(
      z.string().regex(/^\d+:[\w-]{20,}$/, 'expected the form 123456:ABC-DEF… from @BotFather').optional(),
    ),
    TELEGRAM_API_ROOT: baseUrl('https://api.telegram.org'),
    TELEGRAM_WEBHOOK_URL: optionalString.pipe(z.url({ protocol: /^https$/ }).optional()),
    TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(
      z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'only A-Z, a-z, 0-9, _ and - are allowed (Telegram rule)').optional(),
    ),
    PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    DISCORD_TOKEN: optionalString,
    DISCORD_API_BASE: baseUrl('https://discord.com/api'),
    DISCORD_GUILD_ID: optionalString.pipe(z.string().regex(/^\d{15,22}$/, 'expected a numeric guild id').optional()),
    STORE_URL: z.string().trim().min(1).default('sqlite://data/paperboy.sqlite'),
    STORE_PREFIX: optionalString.pipe(z.string().regex(/^[a-z_][a-z0-9_:]{0,62}$/, 'lower-case letters, digits, _ and : (a Redis key prefix; a PostgreSQL schema without :)').optional()),
    DIGESTS_DIR: z.string().trim().min(1).default('data/digests'),
    DEFAULT_TIMEZONE: z
      .string()
      .trim()
      .default('UTC')
      .refine(isValidTimeZone, 'expected an IANA time zone such as Europe/Moscow')
      // `europe/berlin` works but would show as typed: use the canonical name.
      .transform((tz) => new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone),
    DEFAULT_DIGEST_TIME: z
      .string()
      .trim()
      .default('09:00')
      .refine((v) => parseTime(v).ok, 'expected HH:MM, e.g. 09:00')
      .transform((v) => { const t = parseTime(v); return t.ok ? t.value.text : v; }), // 9:00 -> 09:00
    DIGEST_SIZE: z.coerce.number().int().min(minDigestSize).max(maxDigestSize).default(3),
    CATCH_UP_HOURS: z.coerce.number().min(0).max(48).default(6),
    LEASE_TTL_SECONDS: z.coerce.number().min(1).max(600).default(15),
    SOURCES: z
      .string()
      .trim()
      .default(defaultSources)
      .transform((v, ctx) => {
        const parsed = parseSources(v);
        if (parsed.ok) return parsed.value;
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }),
    HF_API_BASE: baseUrl('https://huggingface.co'),
    HFDAY_BASE: baseUrl('https://hfday.ru'),
    ARXIV_API_BASE: baseUrl('https://export.arxiv.org'),
    FETCH_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
    BACKFILL_DAYS: z.coerce.number().int().min(1).max(60).default(7),
    FEEDS_DIR: z.string().trim().min(1).default('data/feeds'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TELEGRAM_WEBHOOK_SECRET'],
        message: 'required when TELEGRAM_WEBHOOK_URL is set (every webhook request is verified with it)',
      });
    }
  });

export type RawConfig = z.infer<typeof ConfigSchema>;

/** Typed configuration used by `main.ts` and the CLI. */
export interface Config {
  telegram: { token: string; apiRoot: string; webhook?: { url: string; secret: string; port: number } } | null;
  discord: { token: string; apiBase: string; guildId?: string } | null;
  storeUrl: string;
  /** Where the data lives on a shared server: Redis key prefix / PostgreSQL schema (defaults `paperboy:` / `paperboy`). */
  storePrefix?: string;
  digestsDir: string;
  defaults: { timeZone: string; time: string; size: number };
  catchUpWindowMs: number;
  /** Several instances: the scheduler lease's TTL (renewed every third of it). */
  leaseTtlMs: number;
  /**
   * Where `/healthz`, `/readyz` and `/metrics` are served: `PORT` in webhook mode (next to the
   * webhook), else `METRICS_PORT` when set (0: a free port, for tests); null: not served.
   */
  httpPort: number | null;
  logLevel: RawConfig['LOG_LEVEL'];
  /** Live sources (SPEC section 9); `specs` is empty when `SOURCES=none`. */
  sources: {
    specs: SourceSpec[];
    bases: { hfApi: string; hfday: string; arxivApi: string };
    intervalMinutes: number;
    backfillDays: number;
    feedsDir: string;
  };
}

/** Thrown when the environment is invalid; the message lists every bad variable (never its value). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'BAD_CONFIG';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/**
 * Parses the environment into a {@link Config}.
 *
 * ```ts
 * const config = parseConfig(process.env); // throws ConfigError on bad input
 * ```
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable (`FOO=` in .env) means "use the default", as in .env.example.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    // Messages name the variable and the rule, never the value: values may be tokens.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`));
  }
  const c = parsed.data;
  return {
    telegram: c.TELEGRAM_BOT_TOKEN
      ? {
          token: c.TELEGRAM_BOT_TOKEN,
          apiRoot: c.TELEGRAM_API_ROOT,
          ...(c.TELEGRAM_WEBHOOK_URL && c.TELEGRAM_WEBHOOK_SECRET
            ? { webhook: { url: c.TELEGRAM_WEBHOOK_URL, secret: c.TELEGRAM_WEBHOOK_SECRET, port: c.PORT } }
            : {}),
        }
      : null,
    discord: c.DISCORD_TOKEN
      ? { token: c.DISCORD_TOKEN, apiBase: c.DISCORD_API_BASE, ...(c.DISCORD_GUILD_ID ? { guildId: c.DISCORD_GUILD_ID } : {}) }
      : null,
    storeUrl: c.STORE_URL,
    ...(c.STORE_PREFIX ? { storePrefix: c.STORE_PREFIX } : {}),
    digestsDir: c.DIGESTS_DIR,
    defaults: { timeZone: c.DEFAULT_TIMEZONE, time: c.DEFAULT_DIGEST_TIME, size: c.DIGEST_SIZE },
    catchUpWindowMs: c.CATCH_UP_HOURS * 3_600_000,
    leaseTtlMs: c.LEASE_TTL_SECONDS * 1_000,
    httpPort: c.TELEGRAM_BOT_TOKEN && c.TELEGRAM_WEBHOOK_URL ? c.PORT : (c.METRICS_PORT ?? null),
    logLevel: c.LOG_LEVEL,
    sources: {
      specs: c.SOURCES,
      bases: { hfApi: c.HF_API_BASE, hfday: c.HFDAY_BASE, arxivApi: c.ARXIV_API_BASE },
      intervalMinutes: c.FETCH_INTERVAL_MINUTES,
      backfillDays: c.BACKFILL_DAYS,
      feedsDir: c.FEEDS_DIR,
    },
  };
}
