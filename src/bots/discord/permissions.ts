/**
 * What the bot needs in a Discord server, in one place: the permissions of its invite link, the
 * invite link itself, and the permissions it has in a channel, computed from the server's roles and
 * the channel's overwrites as Discord computes them (for `paperboy doctor`, which reads them over
 * REST, so it needs no gateway cache).
 * @module
 */
import { OAuth2Scopes, OverwriteType, PermissionFlagsBits } from 'discord.js';

// === What the bot asks for

/**
 * The permissions the bot needs and its invite asks for, with their names as Discord's settings show
 * them. View Channel, Send Messages and Embed Links make a digest arrive; Read Message History lets
 * the bot's replies quote the command; Send Messages in Threads serves commands and digests in threads.
 * Nothing more: no Administrator, no Manage anything, no privileged intents.
 */
export const botPermissions = [
  { flag: PermissionFlagsBits.ViewChannel, name: 'View Channel' },
  { flag: PermissionFlagsBits.SendMessages, name: 'Send Messages' },
  { flag: PermissionFlagsBits.EmbedLinks, name: 'Embed Links' },
  { flag: PermissionFlagsBits.ReadMessageHistory, name: 'Read Message History' },
  { flag: PermissionFlagsBits.SendMessagesInThreads, name: 'Send Messages in Threads' },
] as const;

/** The permission integer of the invite link: the sum of {@link botPermissions} (274877991936). */
export const invitePermissions: bigint = botPermissions.reduce((sum, p) => sum | p.flag, 0n);

/** The OAuth2 scopes of the invite: the bot user, and its slash commands. */
export const inviteScopes = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands] as const;

/**
 * The link that adds the bot to a server with exactly {@link inviteScopes} and {@link invitePermissions}.
 * Always discord.com: people open it in a browser, whatever `DISCORD_API_BASE` the bot talks to.
 *
 * ```ts
 * discordInviteUrl('1234567890123456789');
 * // https://discord.com/oauth2/authorize?client_id=1234567890123456789&scope=bot+applications.commands&permissions=274877991936
 * ```
 */
export function discordInviteUrl(applicationId: string): string {
  const params = new URLSearchParams({ client_id: applicationId, scope: inviteScopes.join(' '), permissions: invitePermissions.toString() });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}

// === What the bot has in a channel

/** A channel's permission overwrite as the REST API returns it (`type` 0: a role, 1: a member). */
export interface Overwrite {
  id: string;
  type: number;
  allow: string;
  deny: string;
}

/** What {@link channelPermissions} needs, all from REST: the guild, its roles, the bot's member, the channel's overwrites. */
export interface PermissionInput {
  guildId: string;
  ownerId: string;
  userId: string;
  /** Every role of the guild (the `@everyone` role has the guild's id). */
  roles: readonly { id: string; permissions: string }[];
  /** The bot member's role ids (`@everyone` not included, as Discord returns them). */
  memberRoles: readonly string[];
  /** The channel's overwrites (a thread's: its parent's). */
  overwrites: readonly Overwrite[];
}

const all = (1n << 64n) - 1n;

/**
 * The bot's permissions in a channel, by Discord's algorithm: the `@everyone` role and the member's
 * roles; everything for the owner or an Administrator; then the channel's `@everyone` overwrite, the
 * role overwrites together, the member's own overwrite (each deny, then allow). Without View
 * Channel nothing else counts.
 */
export function channelPermissions(input: PermissionInput): bigint {
  const roles = new Map(input.roles.map((r) => [r.id, BigInt(r.permissions)]));
  let base = roles.get(input.guildId) ?? 0n;
  for (const id of input.memberRoles) base |= roles.get(id) ?? 0n;
  if (input.ownerId === input.userId || (base & PermissionFlagsBits.Administrator) !== 0n) return all;
  let perms = base;
  const apply = (allow: bigint, deny: bigint) => {
    perms = (perms & ~deny) | allow;
  };
  const everyone = input.overwrites.find((o) => o.id === input.guildId);
  if (everyone) apply(BigInt(everyone.allow), BigInt(everyone.deny));
  let allow = 0n;
  let deny = 0n;
  for (const o of input.overwrites) {
    if (o.type === OverwriteType.Role && o.id !== input.guildId && input.memberRoles.includes(o.id)) {
      allow |= BigInt(o.allow);
      deny |= BigInt(o.deny);
    }
  }
  apply(allow, deny);
  const member = input.overwrites.find((o) => o.type === OverwriteType.Member && o.id === input.userId);
  if (member) apply(BigInt(member.allow), BigInt(member.deny));
  return (perms & PermissionFlagsBits.ViewChannel) === 0n ? 0n : perms;
}

/**
 * The permissions a digest needs in a channel that `perms` lacks, by name (empty: it can be
 * delivered). A thread needs Send Messages in Threads instead of Send Messages; Embed Links counts
 * only where the bot may send at all (Discord ignores it otherwise).
 */
export function missingForDigests(perms: bigint, thread: boolean): string[] {
  const send = thread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
  const needed = [PermissionFlagsBits.ViewChannel, send, PermissionFlagsBits.EmbedLinks];
  return needed.filter((flag) => (perms & flag) === 0n).map((flag) => botPermissions.find((p) => p.flag === flag)!.name);
}
