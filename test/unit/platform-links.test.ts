/**
 * What the bot asks for and where people add it: the Discord invite link (scopes and the permission
 * integer), the Telegram links, and the permissions the bot has in a channel (Discord's algorithm:
 * roles, then the @everyone, role and member overwrites; owner and Administrator see everything).
 */
import { PermissionFlagsBits as P, PermissionsBitField } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelPermissions, discordInviteUrl, invitePermissions, missingForDigests, type PermissionInput } from '../../src/bots/discord/permissions.ts';
import { telegramLinks } from '../../src/bots/telegram/links.ts';

describe('discordInviteUrl', () => {
  it('GIVEN an application id THEN the bot + applications.commands scopes and exactly the five permissions', () => {
    const url = new URL(discordInviteUrl('1234567890123456789'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('1234567890123456789');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe('274877991936');
    expect(new PermissionsBitField(BigInt(url.searchParams.get('permissions')!)).toArray().sort()).toEqual(
      ['EmbedLinks', 'ReadMessageHistory', 'SendMessages', 'SendMessagesInThreads', 'ViewChannel'],
    );
    expect(invitePermissions & P.Administrator).toBe(0n);
  });
});

describe('telegramLinks', () => {
  it('GIVEN a username THEN the chat, startgroup and startchannel links', () => {
    expect(telegramLinks('PaperboyBot')).toEqual({
      chat: 'https://t.me/PaperboyBot',
      group: 'https://t.me/PaperboyBot?startgroup=true',
      channel: 'https://t.me/PaperboyBot?startchannel&admin=post_messages',
    });
  });
});

describe('channelPermissions / missingForDigests', () => {
  const guildId = '100';
  const botRole = '200';
  const otherRole = '300';
  const userId = '900';
  const input = (over: Partial<PermissionInput> = {}): PermissionInput => ({
    guildId, ownerId: '1', userId,
    roles: [{ id: guildId, permissions: String(P.ViewChannel) }, { id: botRole, permissions: String(invitePermissions) }, { id: otherRole, permissions: String(P.EmbedLinks) }],
    memberRoles: [botRole],
    overwrites: [],
    ...over,
  });

  it('GIVEN the invite\'s role and no overwrites THEN nothing is missing', () => {
    expect(missingForDigests(channelPermissions(input()), false)).toEqual([]);
  });

  it('GIVEN Embed Links denied to the bot\'s role in the channel THEN Embed Links is missing', () => {
    const perms = channelPermissions(input({ overwrites: [{ id: botRole, type: 0, allow: '0', deny: String(P.EmbedLinks) }] }));
    expect(missingForDigests(perms, false)).toEqual(['Embed Links']);
  });

  it('GIVEN a role overwrite allowing what @everyone\'s overwrite denies THEN allowed (roles come after @everyone)', () => {
    const perms = channelPermissions(input({
      overwrites: [{ id: guildId, type: 0, allow: '0', deny: String(P.SendMessages) }, { id: botRole, type: 0, allow: String(P.SendMessages), deny: '0' }],
    }));
    expect(missingForDigests(perms, false)).toEqual([]);
  });

  it('GIVEN one role allowing and another denying THEN allowed (role allows win over role denies)', () => {
    const perms = channelPermissions(input({
      memberRoles: [botRole, otherRole],
      overwrites: [{ id: botRole, type: 0, allow: String(P.EmbedLinks), deny: '0' }, { id: otherRole, type: 0, allow: '0', deny: String(P.EmbedLinks) }],
    }));
    expect(perms & P.EmbedLinks).toBe(P.EmbedLinks);
  });

  it('GIVEN a member overwrite denying THEN denied, whatever the roles allow; without View Channel nothing counts', () => {
    const perms = channelPermissions(input({ overwrites: [{ id: userId, type: 1, allow: '0', deny: String(P.ViewChannel) }] }));
    expect(perms).toBe(0n);
    expect(missingForDigests(perms, false)).toEqual(['View Channel', 'Send Messages', 'Embed Links']);
  });

  it('GIVEN a thread THEN Send Messages in Threads is what counts', () => {
    const perms = channelPermissions(input({ overwrites: [{ id: botRole, type: 0, allow: '0', deny: String(P.SendMessages) }] }));
    expect(missingForDigests(perms, true)).toEqual([]);
    expect(missingForDigests(perms, false)).toEqual(['Send Messages']);
  });

  it('GIVEN Administrator or the owner THEN every overwrite is ignored (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 50n) - 1n }), fc.boolean(), (deny, owner) => {
        const over = { overwrites: [{ id: botRole, type: 0, allow: '0', deny: String(deny) }, { id: userId, type: 1, allow: '0', deny: String(deny) }] };
        const perms = owner
          ? channelPermissions(input({ ...over, ownerId: userId }))
          : channelPermissions(input({ ...over, roles: [{ id: guildId, permissions: '0' }, { id: botRole, permissions: String(P.Administrator) }] }));
        expect(missingForDigests(perms, false)).toEqual([]);
      }),
    );
  });
});
