/**
 * What every feature composer receives.
 * @module
 */
import type { ChatRef, KeyValueStore, LoggerPort } from '../../schedule/index.ts';
import type { CommandHandler } from '../shared/types.ts';
import type { AdminCache } from './context.ts';

/** Dependencies shared by the feature composers (commands, paging, migration). */
export interface FeatureDeps {
  handler: CommandHandler;
  kv: KeyValueStore;
  logger: LoggerPort;
  admins: AdminCache;
  onMigrate: (from: ChatRef, to: ChatRef) => Promise<void>;
}
