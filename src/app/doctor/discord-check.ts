/**
 * Doctor: Discord. The token (`GET /users/@me`), the application (`GET /applications/@me`: its id
 * and the invite link), the slash commands against the ones this version registers, and for each
 * channel with a subscription whether the bot may View Channel, Send Messages and Embed Links there
 * (computed from the server's roles, the bot's roles and the channel's overwrites, over REST: no
 * gateway connection, so the doctor never competes with the running bot's session).
 * @module
 */
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { commandPayload } from '../../bots/discord/commands/index.ts';
import { channelPermissions, discordInviteUrl, missingForDigests, type Overwrite } from '../../bots/discord/permissions.ts';
import { sameCommands } from '../../bots/discord/register.ts';
import type { Config } from '../../config.ts';
import type { Subscription } from '../../schedule/index.ts';
import { error, ok, reasonOf, skipped, warning, within, type Check } from './check.ts';
import { networkReason } from './telegram-check.ts';

/** A REST call's time bound. */
export const discordTimeoutMs = 10_000;
/** Channels looked at, at most (each costs a request; a large deployment gets a sample and a note). */
export const maxChannels = 50;

/** Thread channel types (announcement, public and private threads): their overwrites are the parent's. */
const threadTypes = new Set([10, 11, 12]);
/** DM and group DM channels: no permissions to compute. */
const dmTypes = new Set([1, 3]);

export interface DiscordCheckOptions {
  /** The subscriptions in the store; undefined when the store could not be read. */
  subscriptions?: readonly Subscription[];
  timeoutMs?: number;
}

type Json = Record<string, any>;
/** What a channel check needs of its server, read once per server. */
type GuildFacts = { guild: Json; roles: { id: string; permissions: string }[]; member: Json };

/** The checks, and the invite link when the application was read. */
export async function checkDiscord(config: Config, o: DiscordCheckOptions = {}): Promise<{ checks: Check[]; invite?: string }> {
  const discord = config.discord;
  if (!discord) return { checks: [] }; // the configuration check says which platforms are on
  const timeoutMs = o.timeoutMs ?? discordTimeoutMs;
  const rest = new REST({ api: discord.apiBase, retries: 0, timeout: timeoutMs }).setToken(discord.token);
  const get = (route: `/${string}`, query?: URLSearchParams) => within(timeoutMs, (signal) => rest.get(route, { signal, ...(query ? { query } : {}) })) as Promise<any>;
  const checks: Check[] = [];

  // === Token
  let user: Json;
  try {
    user = await get(Routes.user());
  } catch (e) {
    checks.push(tokenFailure(e, discord.apiBase));
    const after = 'not checked: the token check failed';
    checks.push(skipped('discord', 'discord.application', 'Discord application', after), skipped('discord', 'discord.commands', 'Discord commands', after), skipped('discord', 'discord.channels', 'Discord channels', after));
    return { checks };
  }
  checks.push(ok('discord', 'discord.token', 'Discord token', `valid: ${user.username}${user.discriminator && user.discriminator !== '0' ? `#${user.discriminator}` : ''} (id ${user.id})`));

  // === Application
  let application: Json;
  try {
    application = await get(Routes.currentApplication());
  } catch (e) {
    checks.push(error('discord', 'discord.application', 'Discord application', `GET /applications/@me failed: ${describe(e)}`, 'run the doctor again; if it persists, check DISCORD_API_BASE'));
    return { checks };
  }
  const invite = discordInviteUrl(application.id);
  checks.push(
    application.bot_require_code_grant
      ? warning('discord', 'discord.application', 'Discord application', `id ${application.id}; "Requires OAuth2 Code Grant" is on, so the invite link fails`, 'Developer Portal -> your application -> Bot -> turn "Requires OAuth2 Code Grant" off')
      : ok('discord', 'discord.application', 'Discord application', `id ${application.id} (${application.name ?? 'unnamed'}); invite link below`),
  );

  // === Commands
  const scope = discord.guildId ? `guild ${discord.guildId} (DISCORD_GUILD_ID)` : 'global';
  try {
    const route = discord.guildId ? Routes.applicationGuildCommands(application.id, discord.guildId) : Routes.applicationCommands(application.id);
    const existing = (await get(route, new URLSearchParams({ with_localizations: 'true' }))) as Json[];
    const wanted = commandPayload() as unknown as Json[];
    if (existing.length === 0) {
      checks.push(warning('discord', 'discord.commands', 'Discord commands', `no slash commands registered (${scope})`, 'npm start registers them at start-up; or run npm run deploy now (global commands may take a while to appear in clients)'));
    } else if (!sameCommands(existing, wanted)) {
      checks.push(warning('discord', 'discord.commands', 'Discord commands', `${existing.length} registered (${scope}), different from this version's ${wanted.length}`, 'npm start updates them at start-up; or run npm run deploy now'));
    } else {
      checks.push(ok('discord', 'discord.commands', 'Discord commands', `${existing.length} registered (${scope}), the same as this version's`));
    }
  } catch (e) {
    const missingAccess = e instanceof DiscordAPIError && e.code === 50001;
    checks.push(
      missingAccess
        ? error('discord', 'discord.commands', 'Discord commands', `cannot read the commands of ${scope}: the bot is not in that server, or was added without applications.commands`, 'invite the bot to that server with the link below, or unset DISCORD_GUILD_ID')
        : error('discord', 'discord.commands', 'Discord commands', `cannot read the commands (${scope}): ${describe(e)}`, 'run the doctor again; if it persists, check DISCORD_API_BASE'),
    );
  }

  // === Channels with a subscription
  checks.push(...(await channelChecks(o.subscriptions, user.id, get, invite)));
  return { checks, invite };
}

/** One check per Discord channel (or thread) with a subscription. */
async function channelChecks(subscriptions: readonly Subscription[] | undefined, userId: string, get: (route: `/${string}`) => Promise<any>, invite: string): Promise<Check[]> {
  if (!subscriptions) return [skipped('discord', 'discord.channels', 'Discord channels', 'the store could not be read: subscribed channels unknown')];
  const channelIds = [...new Set(subscriptions.filter((s) => s.chat.platform === 'discord').map((s) => s.chat.threadId ?? s.chat.chatId))];
  if (channelIds.length === 0) return [ok('discord', 'discord.channels', 'Discord channels', 'no channel subscribes yet (a /subscribe in a channel adds one)')];
  const checks: Check[] = [];
  const guilds = new Map<string, Promise<GuildFacts>>();
  const guildOf = (guildId: string) => {
    let g = guilds.get(guildId);
    if (!g) {
      // Each guild is read once, whatever number of channels it has.
      g = Promise.all([get(Routes.guild(guildId)), get(Routes.guildRoles(guildId)), get(Routes.guildMember(guildId, userId))]).then(([guild, roles, member]) => ({ guild, roles, member }));
      g.catch(() => undefined);
      guilds.set(guildId, g);
    }
    return g;
  };
  for (const id of channelIds.slice(0, maxChannels)) checks.push(await channelCheck(id, userId, get, guildOf, invite));
  if (channelIds.length > maxChannels) {
    checks.push(skipped('discord', 'discord.channels', 'Discord channels', `${channelIds.length - maxChannels} more subscribed channels not checked (the first ${maxChannels} were)`));
  }
  return checks;
}

async function channelCheck(
  channelId: string,
  userId: string,
  get: (route: `/${string}`) => Promise<any>,
  guildOf: (guildId: string) => Promise<GuildFacts>,
  invite: string,
): Promise<Check> {
  const id = `discord.channel:${channelId}`;
  let channel: Json;
  try {
    channel = await get(Routes.channel(channelId));
  } catch (e) {
    if (e instanceof DiscordAPIError && e.code === 10003) {
      return error('discord', id, `Discord channel ${channelId}`, 'deleted (Unknown Channel): its digests cannot be delivered', 'nothing to keep: its subscription pauses at the next delivery; or recreate the channel and /subscribe there');
    }
    if (e instanceof DiscordAPIError && (e.code === 50001 || e.status === 403)) {
      return error('discord', id, `Discord channel ${channelId}`, 'the bot cannot see it (Missing Access: no View Channel, or the bot left the server)', `give the bot's role View Channel in that channel (Edit Channel -> Permissions), or invite it again: ${invite}`);
    }
    return error('discord', id, `Discord channel ${channelId}`, `cannot read it: ${describe(e)}`, 'run the doctor again; if it persists, check DISCORD_API_BASE');
  }
  const title = `Discord channel #${channel.name ?? channelId}`;
  if (dmTypes.has(channel.type)) return ok('discord', id, title.replace(/#.*/, `${channelId}`), 'a direct message: no permissions to check');
  const thread = threadTypes.has(channel.type);
  try {
    let overwrites: Overwrite[] = channel.permission_overwrites ?? [];
    if (thread && channel.parent_id) overwrites = ((await get(Routes.channel(channel.parent_id))) as Json).permission_overwrites ?? [];
    const { guild, roles, member } = await guildOf(channel.guild_id);
    const perms = channelPermissions({ guildId: guild.id, ownerId: guild.owner_id, userId, roles, memberRoles: member.roles ?? [], overwrites });
    const missing = missingForDigests(perms, thread);
    if (missing.length === 0) return ok('discord', id, title, `the bot may View Channel, Send Messages${thread ? ' in Threads' : ''} and Embed Links there`);
    return error(
      'discord',
      id,
      title,
      `the bot lacks ${missing.join(', ')} there: digests ${missing.includes('Embed Links') && missing.length === 1 ? 'are refused (they are embeds)' : 'cannot be delivered'}`,
      `allow ${missing.join(', ')} for the bot's role in #${channel.name ?? channelId} (Edit Channel -> Permissions) or server-wide (Server Settings -> Roles)`,
    );
  } catch (e) {
    return error('discord', id, title, `cannot read the server's roles: ${describe(e)}`, 'run the doctor again; if it persists, invite the bot again with the link below');
  }
}

/** What a failed `GET /users/@me` means. */
function tokenFailure(e: unknown, apiBase: string): Check {
  if (e instanceof DiscordAPIError && e.status === 401) {
    return error('discord', 'discord.token', 'Discord token', 'DISCORD_TOKEN was refused (401 Unauthorized)', 'Developer Portal -> your application -> Bot -> Reset Token, and copy that token into DISCORD_TOKEN (not the client secret, no "Bot " in front)');
  }
  if (e instanceof DiscordAPIError) return error('discord', 'discord.token', 'Discord token', `GET /users/@me failed: ${describe(e)}`, 'run the doctor again; if it persists, check DISCORD_API_BASE');
  return error('discord', 'discord.token', 'Discord token', `cannot reach the Discord API at ${apiBase}: ${networkReason(e)}`, 'check that this machine reaches DISCORD_API_BASE (outbound HTTPS, proxy, firewall); unset it to use https://discord.com/api');
}

/** A REST failure in a few words: `403 Missing Access (50001)`. */
function describe(e: unknown): string {
  if (e instanceof DiscordAPIError) return `${e.status} ${e.message} (${e.code})`;
  return networkReason(e) || reasonOf(e);
}
