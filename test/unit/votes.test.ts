/**
 * The vote commands through the real handler and scheduler (starter corpus, memory store): /like and
 * /dislike by card number or id, buttons' toggling, /saved, /status, /schedule reset-taste, and the
 * votes reaching the daily pick.
 */
import { describe, expect, it } from 'vitest';
import { createTestApp, request } from '../support/app.ts';

const group = { platform: 'telegram' as const, chatId: '-100200' };
const inGroup = (user: string, isAdmin = false) => ({ chat: group, chatType: 'group' as const, user: { id: user }, isAdmin: async () => isAdmin });

describe('vote commands', () => {
  it('GIVEN a result page THEN /like <n> votes on card n; /dislike changes it; /saved and /status reflect it', async () => {
    const { handler, feedback } = createTestApp();
    const page = await handler.handle(request('paper', 'diffusion', { page: 1 }));
    const seventh = page.items[1]!.paper; // page 2 starts at card 6
    const liked = await handler.handle(request('like', '7'));
    expect(liked.title).toMatch(/^👍 Liked: /);
    expect(liked.lines[0]).toBe("1 vote now shapes this chat's picks.");
    expect((await feedback.votes(request('like').chat)).get(seventh.id)).toBe(1);
    const saved = await handler.handle(request('saved'));
    expect(saved.items.map((i) => i.paper.id)).toEqual([seventh.id]);
    // /saved is now the chat's last list: its card 1 is that paper.
    const changed = await handler.handle(request('dislike', '1'));
    expect(changed.lines[0]).toBe("Changed from 👍. 1 vote now shapes this chat's picks.");
    expect((await handler.handle(request('saved'))).title).toBe('No saved papers yet');
    await handler.handle(request('subscribe', 'diffusion'));
    const status = await handler.handle(request('status'));
    expect(status.lines).toContain('Taste: 1 vote shapes the picks (0 👍, 1 👎, member votes: 1); /schedule reset-taste forgets it.');
  });

  it('GIVEN bad numbers or nothing shown THEN a usage error, nothing stored', async () => {
    const { handler, feedback } = createTestApp();
    expect((await handler.handle(request('like', '1'))).title).toBe('There is no card 1 to vote on');
    await handler.handle(request('paper', 'diffusion'));
    expect((await handler.handle(request('like', '99'))).title).toBe('There is no card 99 to vote on');
    expect((await handler.handle(request('dislike', ''))).title).toBe('Which paper? /dislike <n>');
    expect((await handler.handle(request('like', 'arxiv:0000.00000'))).title).toBe('That paper is no longer in the index');
    expect((await feedback.summary(request('like').chat)).votes).toBe(0);
  });

  it('GIVEN a group THEN every member votes once per paper, a button press again withdraws, and only admins reset the taste', async () => {
    const { handler, feedback, index } = createTestApp();
    const id = index.papers()[0]!.id;
    await handler.handle({ ...request('like', `button:${id}`), ...inGroup('alice') });
    await handler.handle({ ...request('like', `button:${id}`), ...inGroup('boris') });
    expect((await feedback.votes(group)).get(id)).toBe(2);
    const withdrawn = await handler.handle({ ...request('like', `button:${id}`), ...inGroup('boris') });
    expect(withdrawn.title).toMatch(/^Vote withdrawn: /);
    expect((await feedback.votes(group)).get(id)).toBe(1);
    const refused = await handler.handle({ ...request('schedule', 'reset-taste'), ...inGroup('boris') });
    expect(refused.title).toBe('Only admins can change this');
    const reset = await handler.handle({ ...request('schedule', 'reset taste'), ...inGroup('carol', true) });
    expect(reset).toMatchObject({ title: 'Taste forgotten', lines: ["The votes on 1 paper no longer shape this chat's picks.", expect.any(String)] });
    expect(await feedback.votes(group)).toEqual(new Map());
  });

  it('GIVEN votes THEN /digest (the same ranking as the scheduled digest) never picks a voted paper, and /like 1 names its first card', async () => {
    const { handler, feedback, index } = createTestApp();
    await handler.handle(request('subscribe', 'llm'));
    const llm = index.papers().filter((p) => p.topics.includes('llm'));
    for (const p of llm.slice(0, 10)) await feedback.vote(request('like').chat, 'u1', p.id, -1, 0);
    const digest = await handler.handle(request('digest'));
    expect(digest.items.length).toBe(3);
    const voted = new Set(llm.slice(0, 10).map((p) => p.id));
    for (const item of digest.items) expect(voted.has(item.paper.id)).toBe(false);
    await handler.handle(request('like', '1'));
    expect((await feedback.votes(request('like').chat)).get(digest.items[0]!.paper.id)).toBe(1);
  });
});
