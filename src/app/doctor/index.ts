/**
 * `paperboy doctor`: checks a deployment the way `npm start` would use it and says, for each thing
 * that is wrong, one line of what to do. One file per check group (`config-check.ts`,
 * `store-check.ts`, `corpus-check.ts`, `sources-check.ts`, `telegram-check.ts`, `discord-check.ts`), a pure result model (`check.ts`) and
 * its renderings (`render.ts`).
 *
 * ```ts
 * const report = await runDoctor(loadEnv());
 * for (const line of reportText(report)) console.log(line);
 * process.exitCode = exitCodeOf(report.checks);
 * ```
 * @module
 */
import { openStore, sqlitePath, type Store } from '../../schedule/index.ts';
import { cleanChecks } from './check.ts';
import { checkConfig, redactStoreUrl, secretsOf } from './config-check.ts';
import { checkCorpus } from './corpus-check.ts';
import type { DoctorReport, InviteLinks } from './render.ts';
import { checkDiscord } from './discord-check.ts';
import { checkSources } from './sources-check.ts';
import { checkStore } from './store-check.ts';
import { checkTelegram } from './telegram-check.ts';
import { within } from './check.ts';
import type { Subscription } from '../../schedule/index.ts';

export { exitCodeOf, summaryLine, type Check, type CheckStatus } from './check.ts';
export { reportJson, reportText, startupBlock, type DoctorJson, type DoctorReport, type InviteLinks } from './render.ts';

/** Options of {@link runDoctor} (tests shorten the time bounds). */
export interface DoctorOptions {
  /** Time bound of each network check (store, each source, each platform request). Defaults: 10 s for the store and each platform request, 15 s per source. */
  timeoutMs?: number;
  now?: () => Date;
}

/**
 * Runs every check on the configuration `env` describes (the environment plus `.env`, as `npm
 * start` reads it) and closes what it opened. Never throws for what it finds; never prints a token
 * (every message passes {@link cleanChecks} with the tokens from `env`).
 */
export async function runDoctor(env: Record<string, string | undefined>, options: DoctorOptions = {}): Promise<DoctorReport> {
  const secrets = secretsOf(env);
  const links: InviteLinks = {};
  const { config, checks } = checkConfig(env);
  if (!config) return { checks: cleanChecks(checks, secrets), links };

  const label = redactStoreUrl(config.storeUrl);
  const shared = !/^sqlite:/i.test(config.storeUrl);
  const opened = await checkStore({
    label,
    open: () => openStore(config.storeUrl, { shared }),
    ...(shared ? {} : { sqliteFile: sqliteFile(config.storeUrl) }),
    ...timeout(options),
  });
  const store: Store | undefined = opened.store;
  try {
    checks.push(...opened.checks);
    checks.push(...checkCorpus(config));
    checks.push(...(await checkSources(config, { ...(store ? { kv: store.kv } : {}), ...timeout(options), ...(options.now ? { now: options.now } : {}) })));
    // The platform checks look at the chats and channels with a subscription.
    let subscriptions: Subscription[] | undefined;
    if (store && (config.telegram || config.discord)) subscriptions = await within(options.timeoutMs ?? 10_000, () => store.subscriptions.list()).catch(() => undefined);
    // A SQLite file that does not exist yet (a first start) was not opened: it holds no subscriptions.
    else if (!store && opened.checks.every((c) => c.status === 'ok')) subscriptions = [];
    const telegram = await checkTelegram(config, { ...(subscriptions ? { subscriptions } : {}), ...timeout(options), ...(options.now ? { now: options.now } : {}) });
    checks.push(...telegram.checks);
    if (telegram.links) links.telegram = telegram.links;
    const discord = await checkDiscord(config, { ...(subscriptions ? { subscriptions } : {}), ...timeout(options) });
    checks.push(...discord.checks);
    if (discord.invite) links.discord = discord.invite;
  } finally {
    await store?.close().catch(() => undefined);
  }
  return { checks: cleanChecks(checks, secrets), links };
}

/** The SQLite file of a `sqlite://` URL (undefined when the URL names none: opening it reports that). */
function sqliteFile(url: string): string | undefined {
  try {
    return sqlitePath(url);
  } catch {
    return undefined;
  }
}

const timeout = (o: DoctorOptions) => (o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs });
