import { describe, expect, it } from 'vitest';
import { createTestApp, request } from '../support/app.ts';

const group = (isAdmin: boolean) => ({
  chat: { platform: 'telegram' as const, chatId: '-100200' },
  chatType: 'group' as const,
  isAdmin: async () => isAdmin,
});

describe('createCommandHandler', () => {
  it('GIVEN /paper with no words THEN it replies with usage', async () => {
    const { handler } = createTestApp();
    const reply = await handler.handle(request('paper', '   '));
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe('What should I search for?');
  });

  it('GIVEN /paper diffusion THEN 5 results a page with a pager, and page 2 continues the list', async () => {
    const { handler } = createTestApp();
    const first = await handler.handle(request('paper', 'diffusion'));
    expect(first.kind).toBe('papers');
    expect(first.items).toHaveLength(5);
    expect(first.pager).toMatchObject({ query: 'diffusion', page: 0 });
    expect(first.pager!.pages).toBeGreaterThan(1);
    const second = await handler.handle(request('paper', 'diffusion', { page: 1 }));
    expect(second.pager!.page).toBe(1);
    const ids = new Set(first.items.map((i) => i.paper.id));
    for (const item of second.items) expect(ids.has(item.paper.id)).toBe(false);
  });

  it('GIVEN a query nothing matches THEN it says so and suggests what to try', async () => {
    const { handler } = createTestApp();
    const reply = await handler.handle(request('paper', 'qwxzvb'));
    expect(reply.title).toBe('No papers match "qwxzvb"');
    expect(reply.items).toEqual([]);
  });

  it('GIVEN a misspelt query THEN near matches, and the reply says they are near matches', async () => {
    const { handler } = createTestApp();
    const reply = await handler.handle(request('paper', 'difusion'));
    expect(reply.kind).toBe('papers');
    expect(reply.items.length).toBeGreaterThan(0);
    expect(reply.lines).toContain('Nothing matched "difusion" as typed; these are near matches (similar spellings).');
  });

  it('GIVEN a misspelt topic THEN /subscribe suggests the closest catalog id and changes nothing', async () => {
    const { handler, store } = createTestApp();
    const reply = await handler.handle(request('subscribe', 'diffusoin'));
    expect(reply.kind).toBe('error');
    expect(reply.lines[0]).toBe('Did you mean diffusion?');
    expect(await store.subscriptions.list()).toEqual([]);
  });

  it('GIVEN topics and a quoted keyword THEN /subscribe stores them with the defaults', async () => {
    const { handler, store } = createTestApp();
    const reply = await handler.handle(request('subscribe', 'diffusion, LLM "world model"'));
    expect(reply.title).toMatch(/^Subscribed: diffusion \(/);
    const sub = await store.subscriptions.get({ platform: 'console', chatId: 'test' });
    expect(sub).toMatchObject({ topics: ['diffusion', 'llm'], keywords: ['world model'], time: '09:00', timeZone: 'UTC', size: 3 });
    expect(sub!.nextRunAt).toBe(Date.UTC(2026, 10, 23, 9, 0));
  });

  it('GIVEN a group member who is not an admin THEN subscription and schedule changes are refused, search is not', async () => {
    const { handler, store } = createTestApp();
    const refused = await handler.handle(request('subscribe', 'diffusion', group(false)));
    expect(refused.kind).toBe('error');
    expect(refused.lines[0]).toBe('In this chat, only chat administrators can change subscriptions, the schedule and the language.');
    expect((await handler.handle(request('schedule', '10:00', group(false)))).kind).toBe('error');
    expect((await handler.handle(request('paper', 'MoRA', group(false)))).kind).toBe('papers');
    expect(await store.subscriptions.list()).toEqual([]);
    const accepted = await handler.handle(request('subscribe', 'diffusion', group(true)));
    expect(accepted.kind).toBe('info');
  });

  it('GIVEN a Discord member without Manage Channels THEN the refusal names that permission', async () => {
    const { handler } = createTestApp();
    const reply = await handler.handle(
      request('unsubscribe', 'all', { chat: { platform: 'discord', chatId: '42', guildId: '7' }, chatType: 'group', isAdmin: async () => false }),
    );
    expect(reply.lines[0]).toContain('members with the Manage Channels permission');
  });

  it('GIVEN a private chat THEN isAdmin is never consulted', async () => {
    const { handler } = createTestApp();
    let asked = 0;
    await handler.handle(request('subscribe', 'llm', { isAdmin: async () => (asked++, false) }));
    expect(asked).toBe(0);
  });

  it('GIVEN /schedule with a time and zone THEN the next run is computed in that zone', async () => {
    const { handler, store } = createTestApp();
    await handler.handle(request('subscribe', 'video'));
    const reply = await handler.handle(request('schedule', '9:30 europe/moscow'));
    expect(reply.title).toBe('Schedule updated');
    const sub = await store.subscriptions.get({ platform: 'console', chatId: 'test' });
    expect(sub).toMatchObject({ time: '09:30', timeZone: 'Europe/Moscow' });
    // Fake clock: 2026-11-23 08:00 UTC = 11:00 Moscow, so the next 09:30 Moscow is tomorrow 06:30 UTC.
    expect(sub!.nextRunAt).toBe(Date.UTC(2026, 10, 24, 6, 30));
  });

  it('GIVEN bad /schedule arguments THEN each gets an example of the right form', async () => {
    const { handler } = createTestApp();
    expect((await handler.handle(request('schedule', '25:00'))).title).toBe('"25:00" is not a time');
    const zone = await handler.handle(request('schedule', '09:00 Mars/Olympus'));
    expect(zone.title).toBe('Unknown time zone "Mars/Olympus"');
    expect(zone.lines).toContain('Example: /schedule 09:00 Europe/Moscow');
    expect((await handler.handle(request('schedule', 'size 11'))).title).toBe('"11" is not a digest size');
    expect((await handler.handle(request('schedule', 'tomorrow please'))).title).toBe("I don't understand \"/schedule tomorrow please\"");
  });

  it('GIVEN /schedule off then on THEN the subscription pauses with a reason and resumes', async () => {
    const { handler, store } = createTestApp();
    await handler.handle(request('subscribe', 'llm'));
    await handler.handle(request('schedule', 'off'));
    let sub = await store.subscriptions.get({ platform: 'console', chatId: 'test' });
    expect(sub).toMatchObject({ paused: true, pauseReason: { code: 'BY_COMMAND' }, nextRunAt: null });
    const status = await handler.handle(request('status'));
    expect(status.lines.join('\n')).toContain('paused (paused with /schedule off)');
    await handler.handle(request('schedule', 'on'));
    sub = await store.subscriptions.get({ platform: 'console', chatId: 'test' });
    expect(sub).toMatchObject({ paused: false, pauseReason: null });
  });

  it('GIVEN digests paused after failed deliveries (the user blocked the bot) THEN /start in that private chat resumes them, but not a /schedule off', async () => {
    const { handler, store } = createTestApp();
    const chat = { platform: 'console' as const, chatId: 'test' };
    await handler.handle(request('subscribe', 'llm'));
    const sub = (await store.subscriptions.get(chat))!;
    await store.subscriptions.put({ ...sub, paused: true, failures: 3, nextRunAt: null, pauseReason: 'delivery failed 3 times in a row: Forbidden: bot was blocked by the user' });
    const hello = await handler.handle(request('start'));
    expect(hello.lines[0]).toMatch(/^Welcome back: daily digests resumed — 3 papers daily at 09:00 UTC/);
    expect(await store.subscriptions.get(chat)).toMatchObject({ paused: false, failures: 0, pauseReason: null, nextRunAt: expect.any(Number) });

    // In a group, /start changes nothing (an admin resumes with /schedule on).
    const groupChat = { platform: 'telegram' as const, chatId: '-100200' };
    await store.subscriptions.put({ ...sub, chat: groupChat, paused: true, failures: 3, nextRunAt: null });
    await handler.handle(request('start', '', group(true)));
    expect(await store.subscriptions.get(groupChat)).toMatchObject({ paused: true });

    await handler.handle(request('schedule', 'off'));
    const again = await handler.handle(request('start'));
    expect(again.lines.join('\n')).not.toContain('Welcome back');
    expect(await store.subscriptions.get(chat)).toMatchObject({ paused: true, pauseReason: { code: 'BY_COMMAND' } });
  });

  it('GIVEN today\'s digest already went out THEN /schedule to a later hour today announces tomorrow, and the scheduler agrees', async () => {
    const { handler, store, clock, scheduler } = createTestApp(); // clock: 2026-11-23 08:00 UTC
    await handler.handle(request('subscribe', 'llm'));
    await handler.handle(request('digest'));
    const reply = await handler.handle(request('schedule', '11:00 UTC'));
    expect(reply.lines[0]).toContain('next digest 2026-11-24 11:00');
    const sub = await store.subscriptions.get({ platform: 'console', chatId: 'test' });
    expect(sub!.nextRunAt).toBe(Date.UTC(2026, 10, 24, 11, 0));
    clock.advance(4 * 3_600_000); // 12:00: nothing is due today
    expect(await scheduler.tick()).toMatchObject({ due: 0, created: 0 });
  });

  it('GIVEN /unsubscribe of one topic and then all THEN topics shrink to none (the settings stay: #16)', async () => {
    const { handler, store } = createTestApp();
    const chat = { platform: 'console' as const, chatId: 'test' };
    await handler.handle(request('subscribe', 'llm diffusion'));
    await handler.handle(request('unsubscribe', 'llm'));
    expect((await store.subscriptions.get(chat))!.topics).toEqual(['diffusion']);
    const notFollowed = await handler.handle(request('unsubscribe', 'robotics'));
    expect(notFollowed.title).toBe("This chat doesn't follow robotics");
    await handler.handle(request('unsubscribe', 'all'));
    expect(await store.subscriptions.get(chat)).toMatchObject({ topics: [], keywords: [] });
    expect((await handler.handle(request('unsubscribe', 'all'))).title).toBe('This chat has no subscriptions');
  });

  it.each([
    ['the last topic', 'llm'],
    ['all', 'all'],
  ])('GIVEN a schedule, a size and quiet WHEN /unsubscribe %s and /subscribe again THEN the chat keeps its time, zone, size and quiet (#16)', async (_what, args) => {
    const { handler, store, clock } = createTestApp();
    const chat = { platform: 'console' as const, chatId: 'test' };
    await handler.handle(request('schedule', '07:30 Asia/Kathmandu'));
    await handler.handle(request('schedule', 'size 7'));
    await handler.handle(request('schedule', 'quiet on'));
    await handler.handle(request('subscribe', 'llm'));
    const unsubscribed = await handler.handle(request('unsubscribe', args));
    expect(unsubscribed.lines.join(' ')).toContain('/subscribe brings them back');
    const status = await handler.handle(request('status'));
    expect(status.lines).toContain('Follows: nothing yet');
    clock.advance(3_600_000);
    await handler.handle(request('subscribe', 'diffusion'));
    expect(await store.subscriptions.get(chat)).toMatchObject({ topics: ['diffusion'], time: '07:30', timeZone: 'Asia/Kathmandu', size: 7, silentWhenEmpty: true, paused: false });
  });

  it('GIVEN /topics THEN every catalog topic is listed with three labels and a count', async () => {
    const { handler } = createTestApp();
    const reply = await handler.handle(request('topics'));
    const diffusion = reply.lines.find((l) => l.startsWith('diffusion — '));
    expect(diffusion).toMatch(/^diffusion — .+ \/ .+ \/ .+ \((\d+)\)$/);
    expect(Number(/\((\d+)\)$/.exec(diffusion!)![1])).toBeGreaterThan(3);
  });

  it('GIVEN subscriptions in other forum topics of a group THEN /status lists them, also where this topic has none', async () => {
    const { handler } = createTestApp();
    const topic = (threadId: string) => ({ chat: { platform: 'telegram' as const, chatId: '-100300', threadId }, chatType: 'group' as const, isAdmin: async () => true });
    await handler.handle(request('subscribe', 'llm', topic('7')));
    await handler.handle(request('subscribe', 'robotics', topic('9')));
    const here = await handler.handle(request('status', '', topic('7')));
    expect(here.lines[0]).toBe('Follows: llm');
    expect(here.lines).toContain('Other topics of this group with digests:');
    expect(here.lines.some((l) => l.startsWith('• topic 9: robotics — 3 papers daily at 09:00 UTC'))).toBe(true);
    const elsewhere = await handler.handle(request('status', '', topic('11')));
    expect(elsewhere.lines[0]).toBe('This topic has no subscription.');
    expect(elsewhere.lines.filter((l) => l.startsWith('• topic '))).toHaveLength(2);
    // A private chat never sees anyone else's.
    const dm = await handler.handle(request('status'));
    expect(dm.kind).toBe('error');
  });

  it('GIVEN /status without a subscription THEN it explains how to start', async () => {
    const { handler } = createTestApp();
    const reply = await handler.handle(request('status'));
    expect(reply.title).toBe('No subscription here yet');
  });
});
