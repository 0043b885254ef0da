/**
 * The doctor at `npm start`: the same checks, on what the bot has open, logged as one block each
 * (never a stack trace), so an operator reads what is wrong and what to do in the start-up log.
 *
 * - {@link localStartupChecks}, before the scheduler is built: the configuration's well-formed
 *   mistakes, the store (the running one, probed: a write, a read, a delete) and the corpus already
 *   loaded. No network but the store's, bounded by `timeoutMs`.
 * - {@link platformStartupChecks}, once the adapters are up: the Telegram and Discord checks of
 *   `paperboy doctor` (the webhook and menus as the adapter left them; each subscribed Telegram
 *   group or channel and Discord channel: is the bot still there, may it post). `main.ts` runs them in the background: they never delay start-up, and
 *   each request is bounded.
 *
 * Live sources are not probed here: the fetch job runs at start-up anyway and logs a failing source.
 * @module
 */
import type { Config } from '../../config.ts';
import type { LoggerPort, Store, Subscription } from '../../schedule/index.ts';
import { cleanChecks, within, type Check } from './check.ts';
import { configMistakes, redactStoreUrl } from './config-check.ts';
import { checkCorpus, type CorpusCounts } from './corpus-check.ts';
import { startupBlock } from './render.ts';
import { checkStore } from './store-check.ts';

/** Time bound of each start-up check's I/O (the store probe; each platform request). */
export const startupTimeoutMs = 5_000;

/** The values the blocks must never show. */
function secretsOf(config: Config): string[] {
  return [config.telegram?.token, config.telegram?.webhook?.secret, config.discord?.token].filter((s): s is string => Boolean(s));
}

/**
 * The configuration, store and corpus checks on what `npm start` opened.
 *
 * ```ts
 * logChecks(log, await localStartupChecks(config, { store, corpus: live.status() }));
 * ```
 */
export async function localStartupChecks(config: Config, o: { store: Store; corpus: CorpusCounts; timeoutMs?: number }): Promise<Check[]> {
  const timeoutMs = o.timeoutMs ?? startupTimeoutMs;
  const checks = configMistakes(config, { console: false });
  checks.push(...(await checkStore({ label: redactStoreUrl(config.storeUrl), store: o.store, timeoutMs })).checks);
  checks.push(...checkCorpus(config, o.corpus));
  return cleanChecks(checks, secretsOf(config));
}

/** The Telegram and Discord checks (empty when no platform token is set). */
export async function platformStartupChecks(config: Config, o: { store: Store; timeoutMs?: number }): Promise<Check[]> {
  if (!config.telegram && !config.discord) return [];
  const timeoutMs = o.timeoutMs ?? startupTimeoutMs;
  const checks: Check[] = [];
  const subscriptions: Subscription[] | undefined = await within(timeoutMs, () => o.store.subscriptions.list()).catch(() => undefined);
  const known = subscriptions ? { subscriptions } : {};
  if (config.telegram) {
    // Loaded only when Telegram is on, as Discord's below: grammy is ~0.15-0.35 s of every start otherwise.
    const { checkTelegram } = await import('./telegram-check.ts');
    checks.push(...(await checkTelegram(config, { ...known, timeoutMs })).checks);
  }
  if (config.discord) {
    // Loaded only when Discord is on: discord.js is ~0.2-0.5 s of every start and ~10 MB otherwise.
    const { checkDiscord } = await import('./discord-check.ts');
    checks.push(...(await checkDiscord(config, { ...known, timeoutMs })).checks);
  }
  return cleanChecks(checks, secretsOf(config));
}

/** Logs `checks` as one block: `info` when all is well, `warn` with every warning and error and its fix otherwise. */
export function logChecks(log: Pick<LoggerPort, 'info' | 'warn'>, checks: readonly Check[], heading = 'start-up checks'): void {
  if (!checks.length) return;
  const block = startupBlock(checks, heading);
  log[block.level]({ checks: checks.length }, block.message);
}
