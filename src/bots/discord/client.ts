/**
 * The discord.js client factory: REST pointed at `DISCORD_API_BASE` (discord.js appends `/v10`), the
 * Guilds intent only (interactions need no privileged intents), and no mentions by default.
 * @module
 */
import { Client, GatewayIntentBits } from 'discord.js';

export interface ClientOptions {
  /** REST base without version, e.g. `https://discord.com/api` or a proxy; no trailing slash needed. */
  apiBase: string;
  /** How long discord.js waits for guilds announced in READY before declaring itself ready. */
  waitGuildTimeoutMs?: number;
}

/**
 * Creates an unconnected client.
 *
 * ```ts
 * const client = createDiscordClient({ apiBase: 'https://discord.com/api' });
 * ```
 */
export function createDiscordClient(options: ClientOptions): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: options.apiBase.replace(/\/+$/, '') },
    // A default for every message this client sends; each message also sets it explicitly.
    allowedMentions: { parse: [] },
    waitGuildTimeout: options.waitGuildTimeoutMs ?? 15_000,
  });
}
