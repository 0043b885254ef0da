/**
 * Feature: a group upgraded to a supergroup gets a new chat id. Telegram announces it with a
 * `migrate_to_chat_id` service message in the old group; the subscription moves with it. (Sending
 * into the old id later fails with the same information, which the sender and the error boundary
 * handle too.)
 * @module
 */
import { Composer, type Context } from 'grammy';
import type { ChatRef } from '../../schedule/index.ts';
import type { FeatureDeps } from './features.ts';

/** The migration composer. */
export function migrationFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('message:migrate_to_chat_id', async (ctx) => {
    const from: ChatRef = { platform: 'telegram', chatId: String(ctx.chat.id) };
    const to: ChatRef = { platform: 'telegram', chatId: String(ctx.msg.migrate_to_chat_id) };
    await deps.onMigrate(from, to);
    deps.logger.info({ from: from.chatId, to: to.chatId }, 'group migrated to a supergroup; subscription moved');
  });
  return composer;
}
