/**
 * What every feature composer receives.
 * @module
 */
import type { ChatRef } from '../../schedule/types.ts';
import type { CommandHandler } from '../shared/types.ts';
import type { AdminCache } from './context.ts';
import type { KeyValue } from './keyboard.ts';
import type { LoggerPort } from './types.ts';

/** Dependencies shared by the feature composers (commands, paging, migration). */
export interface FeatureDeps {
  handler: CommandHandler;
  kv: KeyValue;
  logger: LoggerPort;
  admins: AdminCache;
  onMigrate: (from: ChatRef, to: ChatRef) => Promise<void>;
}
