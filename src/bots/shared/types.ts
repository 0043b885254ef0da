/**
 * The platform-neutral command layer's contract, consumed by every adapter.
 *
 * An adapter parses a platform event into a {@link CommandRequest}, calls
 * {@link CommandHandler.handle}, and renders the returned {@link Reply}. It never decides
 * permissions itself: the handler asks `isAdmin()` only when a command changes chat settings.
 * @module
 */
import type { Reply } from '../../core/index.ts';
import type { ChatRef, DigestSender } from '../../schedule/index.ts';
import type { ScheduleInput } from './args.ts';

export const commandNames = ['start', 'help', 'paper', 'subscribe', 'unsubscribe', 'topics', 'digest', 'schedule', 'status', 'lang', 'like', 'dislike', 'saved'] as const;
export type CommandName = (typeof commandNames)[number];

/** private: a DM; group: Telegram group/supergroup or Discord server channel; channel: Telegram channel. */
export type ChatType = 'private' | 'group' | 'channel';

export interface CommandRequest {
  chat: ChatRef;
  chatType: ChatType;
  user: { id: string; name?: string };
  command: CommandName;
  /** Raw argument text after the command (already split from `/cmd@bot`). */
  args: string;
  /**
   * `/schedule` as typed fields, from a platform whose options are already typed (Discord's
   * subcommands); when set, `args` is not parsed. Validated like typed text.
   */
  schedule?: ScheduleInput;
  /** 0-based result page for `/paper` (Prev/Next buttons). */
  page?: number;
  /** The asking user's language: Telegram `language_code` / Discord user locale, e.g. `ru`, `zh-CN`, `en-US`. */
  locale?: string;
  /** The place's language when the platform has one: a Discord server's `guild_locale`. */
  chatLocale?: string;
  /**
   * Whether the user may change this chat's settings (Telegram admin / Discord Manage Channels).
   * Called lazily, only for commands that change subscriptions or schedules in non-private chats.
   */
  isAdmin: () => Promise<boolean>;
}

export interface CommandHandler {
  /** Never throws for bad user input (returns an error reply); may throw on bugs/infrastructure faults. */
  handle(request: CommandRequest): Promise<Reply>;
}

/**
 * What the wiring (`src/main.ts`) needs from every platform adapter (Telegram, Discord, console):
 * the sender it registers with the scheduler, and a lifecycle. An adapter is created with the
 * command handler it calls, so by the time `start()` lets the first update in, everything that
 * update needs already exists.
 */
export interface Adapter {
  /** Delivers scheduled digests; registered with `scheduler.addSender()` before `start()`. */
  readonly sender: DigestSender;
  /** Connects and starts receiving updates. */
  start(): Promise<void>;
  /** Stops receiving updates. Idempotent. */
  stop(): Promise<void>;
}
