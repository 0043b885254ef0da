/**
 * The Discord adapter (discord.js): slash commands driven through the platform-neutral
 * {@link CommandHandler}, embeds rendered from replies, and a {@link DigestSender} for scheduled
 * digests. No business logic lives here.
 * @module
 */
import { once } from 'node:events';
import { DiscordAPIError, Events, REST, RESTEvents, Routes, type Client } from 'discord.js';
import { type Topic, topicCatalog } from '../../core/index.ts';
import type { DigestSender, KeyValueStore, LoggerPort } from '../../schedule/index.ts';
import { connectWithRetry, type ConnectBackoff } from '../shared/connect.ts';
import { describeError } from '../shared/errors.ts';
import type { CommandHandler } from '../shared/types.ts';
import { supportedTimeZones } from './autocomplete.ts';
import { createDiscordClient } from './client.ts';
import { commandPayload } from './commands/index.ts';
import type { BotContext } from './context.ts';
import { handleInteraction } from './interactions.ts';
import { discordInviteUrl } from './permissions.ts';
import { registerCommands, type RegisterResult } from './register.ts';
import { createDiscordSender } from './sender.ts';

export { renderReply, escapeText } from './render.ts';
export { createDiscordSender, outcomeOf } from './sender.ts';
export { registerCommands } from './register.ts';
export { commandPayload } from './commands/index.ts';
export { botPermissions, channelPermissions, discordInviteUrl, invitePermissions, missingForDigests, type Overwrite } from './permissions.ts';

export interface DiscordBotOptions {
  /** `DISCORD_TOKEN`. Never logged. */
  token: string;
  /** `DISCORD_API_BASE`, e.g. `https://discord.com/api` (discord.js appends `/v10`). */
  apiBase: string;
  /** `DISCORD_GUILD_ID`: register commands to this guild only (development). */
  guildId?: string;
  handler: CommandHandler;
  /** Keeps long `/paper` queries behind the pager buttons' short keys (30 days). */
  kv: KeyValueStore;
  logger: LoggerPort;
  /** Completions for `/paper` autocomplete; without it only the typed text is offered. */
  suggestPapers?: (query: string) => string[];
  /** Topic catalog for autocomplete; default: the core catalog. */
  topics?: () => readonly Topic[];
  /** Defer the reply after this many ms without an answer; default 1500 (Discord allows 3000). */
  deferAfterMs?: number;
  /** How long `start()` waits for the gateway to become ready; default 30 s. */
  readyTimeoutMs?: number;
  /** Backoff while the Discord API cannot be reached at start-up. Default 1 s doubling to 60 s, 15 s per attempt. */
  connectBackoff?: Partial<ConnectBackoff>;
}

export interface DiscordBot {
  client: Client;
  sender: DigestSender;
  /** Logs in, waits for READY, registers the commands (idempotently). */
  start(): Promise<void>;
  /** Disconnects; safe to call twice. */
  stop(): Promise<void>;
  /** `rateLimited`: discord.js REST queue waits; `responses429`: 429 answers received. */
  stats: { rateLimited: number; responses429: number };
  /** The last registration result (after `start`). */
  registration: RegisterResult | null;
}

/** Documented defaults of {@link DiscordBotOptions}. */
export const defaultDiscordOptions = { deferAfterMs: 1500, readyTimeoutMs: 30_000 } as const;

/**
 * Creates the Discord adapter; nothing connects until `start()`.
 *
 * ```ts
 * const discord = createDiscordBot({ token, apiBase: 'https://discord.com/api', handler, kv, logger });
 * scheduler.addSender(discord.sender);
 * await discord.start();
 * ```
 */
export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  if (!options.token?.trim()) throw new Error('createDiscordBot: token is empty; set DISCORD_TOKEN');
  if (!/^https?:\/\//.test(options.apiBase)) {
    throw new Error(`createDiscordBot: apiBase must be an http(s) URL such as https://discord.com/api (got "${options.apiBase}")`);
  }
  const { logger } = options;
  const client = createDiscordClient({ apiBase: options.apiBase });
  // The sender may be used before start() finishes (the scheduler starts independently).
  client.rest.setToken(options.token);

  const ctx: BotContext = {
    handler: options.handler,
    kv: options.kv,
    logger,
    topics: options.topics ?? (() => topicCatalog),
    ...(options.suggestPapers ? { suggestPapers: options.suggestPapers } : {}),
    timeZones: supportedTimeZones(),
    deferAfterMs: options.deferAfterMs ?? defaultDiscordOptions.deferAfterMs,
  };

  const stats = { rateLimited: 0, responses429: 0 };
  client.rest.on(RESTEvents.RateLimited, (info) => {
    stats.rateLimited += 1;
    logger.warn({ route: info.route, method: info.method, global: info.global, waitMs: info.timeToReset }, 'discord rate limited; queued');
  });
  client.rest.on(RESTEvents.Response, (_request, response) => {
    if (response.status === 429) stats.responses429 += 1;
  });
  // Without an 'error' listener an EventEmitter error would crash the process.
  client.on(Events.Error, (err) => logger.error({ err: describeError(err) }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardError, (err, shardId) => logger.error({ err: describeError(err), shardId }, 'discord shard error'));
  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, ctx).catch((err: unknown) =>
      logger.error({ err: describeError(err), interactionId: interaction.id }, 'discord interaction crashed'),
    );
  });

  let stopped = false;
  const stopping = new AbortController();
  let starting: Promise<void> | undefined;
  const bot: DiscordBot = {
    client,
    sender: createDiscordSender({ rest: client.rest, logger, kv: options.kv }),
    stats,
    registration: null,
    start() {
      starting ??= login();
      return starting;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      stopping.abort(new Error('discord: stopped'));
      // discord.js cannot destroy a shard that is waiting for READY (the destroy makes the shard
      // reconnect, and the destroy itself never resolves), so a login in progress finishes or fails
      // (readyTimeoutMs at most) before the client is destroyed.
      await starting?.catch(() => undefined);
      await client.destroy();
    },
  };

  /** Logs in, waits for READY, registers the commands (idempotently). */
  async function login(): Promise<void> {
    // Reach Discord's API first: unreachable is retried with a logged backoff, a refused token stops
    // start-up (bots/shared/connect.ts). discord.js's own login would give up after its REST retries.
    const probe = new REST({ api: options.apiBase.replace(/\/+$/, ''), retries: 0 }).setToken(options.token);
    try {
      await connectWithRetry({
        platform: 'discord',
        target: `the Discord API at ${options.apiBase} (DISCORD_API_BASE)`,
        attempt: (signal) => probe.get(Routes.currentApplication(), { signal }),
        isFatal: (err) => err instanceof DiscordAPIError && (err.status === 401 || err.status === 404),
        logger,
        signal: stopping.signal,
        secrets: [options.token],
        ...(options.connectBackoff ? { backoff: options.connectBackoff } : {}),
      });
    } catch (err) {
      if (stopping.signal.aborted) throw err;
      throw new Error(`discord: login failed: ${describeError(err).message}`);
    }
    const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(options.readyTimeoutMs ?? defaultDiscordOptions.readyTimeoutMs) });
    try {
      await client.login(options.token);
      if (!client.isReady()) await ready;
    } catch (err) {
      // discord.js errors never carry the token; describeError keeps URLs out as well.
      throw new Error(`discord: login failed: ${describeError(err).message}`);
    } finally {
      ready.catch(() => undefined);
    }
    const applicationId = client.application?.id;
    if (!applicationId) throw new Error('discord: READY carried no application id');
    const invite = discordInviteUrl(applicationId);
    logger.info({ invite }, `discord: add the bot to a server with ${invite}`);
    try {
      bot.registration = await registerCommands({
        rest: client.rest,
        applicationId,
        ...(options.guildId ? { guildId: options.guildId } : {}),
        commands: commandPayload(),
      });
      logger.info({ ...bot.registration, applicationId, user: client.user?.tag }, 'discord ready; commands registered');
    } catch (err) {
      // Commands registered earlier keep working; a failed update is not worth refusing to serve.
      logger.error({ err: describeError(err) }, 'discord command registration failed');
    }
  }
  return bot;
}
