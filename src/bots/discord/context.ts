/**
 * What every Discord command and interaction handler receives: the platform-neutral handler, the
 * key-value store for pager queries, a logger and the autocomplete sources.
 * @module
 */
import type { Topic } from '../../core/index.ts';
import type { KeyValueStore, LoggerPort } from '../../schedule/index.ts';
import type { CommandHandler } from '../shared/types.ts';

export interface BotContext {
  handler: CommandHandler;
  kv: KeyValueStore;
  logger: LoggerPort;
  /** Topic catalog for autocomplete (the real catalog in production). */
  topics: () => readonly Topic[];
  /** `/paper` autocomplete suggestions for a partial query; none when absent. */
  suggestPapers?: (query: string) => string[];
  /** Time zones for `/schedule` autocomplete. */
  timeZones: readonly string[];
  /** Defer the reply when the handler has not answered after this many ms (Discord's deadline is 3 s). */
  deferAfterMs: number;
}
