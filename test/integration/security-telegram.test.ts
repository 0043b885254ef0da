/**
 * Adversarial tests of the Telegram adapter: the real grammY client against the fake Bot API, driving
 * the REAL command handler (test/support/app.ts). What hostile user text does to the replies.
 */
import { describe, expect, it } from 'vitest';
import type { CommandHandler } from '../../src/bots/shared/types.ts';
import { errorReply } from '../../src/core/index.ts';
import { createTestApp } from '../support/app.ts';
import { telegramHarness } from '../support/bots.ts';
import { chats, digestReply, FakeTelegramApi, stubPaper, users } from '../fakes/telegram-api.ts';

const setup = telegramHarness({ throttle: false });

const rejected = (f: FakeTelegramApi) => f.calls.filter((c) => c.status >= 400 && c.method !== 'getUpdates');

describe('Telegram: hostile arguments echoed back', () => {
  it('GIVEN /subscribe with a huge multi-line quoted keyword full of markup THEN one short, clear error that Telegram accepts', async () => {
    const { fake } = await setup();
    // Quoted, so it is a keyword; far over 40 characters, so it is refused and quoted back.
    fake.say(chats.dm(users.alice), users.alice, `/subscribe "${'<b>&\n'.repeat(700)}"`);
    const reply = await fake.waitFor(() => fake.messagesIn(users.alice.id).find((m) => m.text.includes('Keywords are')), 10_000, 'the error');
    expect(rejected(fake)).toEqual([]);
    expect(fake.messagesIn(users.alice.id)).toHaveLength(1);
    expect(reply.text).toMatch(/^⚠️ "<b>& <b>& .*…" can't be a keyword\nKeywords are 2 to 40 characters long\.$/);
    expect(reply.text.length).toBeLessThan(200);
  });

  it('GIVEN /schedule with 3,000 characters of junk THEN the error quotes a short, one-line excerpt', async () => {
    const { fake } = await setup();
    fake.say(chats.dm(users.alice), users.alice, `/schedule ${'xy\n'.repeat(1000)}`);
    const reply = await fake.waitFor(() => fake.messagesIn(users.alice.id)[0], 10_000, 'the error');
    expect(reply.text.split('\n')[0]).toMatch(/^⚠️ I don't understand "\/schedule xy xy .*…"$/);
    expect(reply.text.length).toBeLessThan(600);
    expect(rejected(fake)).toEqual([]);
  });
});

describe('Telegram: the error boundary', () => {
  it('GIVEN Telegram rejects a reply for its content (400 can\'t parse entities) THEN the user still gets the plain apology', async () => {
    const { fake } = await setup();
    fake.onSend = (p) => (p.parse_mode === 'HTML' ? { code: 400, description: "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0" } : undefined);
    fake.say(chats.dm(users.alice), users.alice, '/help');
    const apology = await fake.waitFor(() => fake.messagesIn(users.alice.id)[0], 10_000, 'an apology');
    expect(apology.text).toMatch(/^Sorry, something went wrong/);
  });

  it('GIVEN the bot was blocked (403) THEN no apology is attempted', async () => {
    const { fake } = await setup();
    fake.block(users.alice.id);
    fake.say(chats.dm(users.alice), users.alice, '/help');
    // Updates are handled in order: once Boris has his answer, Alice's update is done.
    fake.say(chats.dm(users.boris), users.boris, '/help');
    await fake.waitFor(() => fake.messagesIn(users.boris.id)[0], 10_000, "Boris's answer");
    expect(fake.callsOf('sendMessage').filter((c) => c.payload.chat_id === users.alice.id)).toHaveLength(1);
  });
});

describe('Telegram: no message mentions (pings) a user', () => {
  it('GIVEN /paper @username and /subscribe "@username" in a group THEN the echoes mention nobody', async () => {
    const { fake } = await setup();
    const group = chats.supergroup(-1007001);
    fake.setMember(group.id, users.alice.id, 'administrator');
    fake.say(group, users.boris, '/paper @durov_ceo');
    fake.say(group, users.alice, '/subscribe "@durov_ceo"');
    const [search, subscribed] = await fake.waitFor(() => (fake.messagesIn(group.id).length >= 2 ? fake.messagesIn(group.id) : null), 10_000, 'two replies');
    expect(search!.text).toMatch(/durov_ceo/);
    expect(subscribed!.text).toMatch(/^Subscribed: "@.durov_ceo"/);
    expect(fake.messagesIn(group.id).flatMap((m) => m.mentions)).toEqual([]);
    expect(rejected(fake)).toEqual([]);
  });

  it('GIVEN a digest whose paper text names @handles THEN nobody is mentioned, while URLs and e-mails stay intact', async () => {
    const { fake, tg } = await setup();
    const base = stubPaper(2);
    const paper = {
      ...base,
      name: '@karpathy-Net',
      localTitle: 'by @ylecun',
      summary: 'Thanks to @karpathy and (@sama)! Code: https://medium.com/@someone/post, mail me at team@lab.org.',
    };
    const outcome = await tg.sender.send({ platform: 'telegram', chatId: String(-1007002) }, { ...digestReply(0), items: [{ paper, why: ['@ylecun'] }] });
    expect(outcome).toEqual({ ok: true });
    const [m] = fake.messagesIn(-1007002);
    expect(m!.mentions).toEqual([]);
    expect(m!.text).toContain('https://medium.com/@someone/post');
    expect(m!.text).toContain('team@lab.org');
    expect(m!.text.replace(/\u2060/g, '')).toContain('Thanks to @karpathy and (@sama)!');
  });
});

describe('Telegram: button toasts', () => {
  it('GIVEN a page that is gone and an answer whose 200th character falls inside an emoji THEN the toast is cut between characters and shown', async () => {
    // Page 0 has results and a Next button; page 1 is gone, with a long explanation.
    const handler: CommandHandler = {
      async handle(req) {
        if (req.page) return errorReply('Gone', ['😀'.repeat(150)]);
        return { ...(await createTestApp().handler.handle(req)), pager: { query: req.args, page: 0, pageSize: 5, pages: 3, total: 15 } };
      },
    };
    const { fake: f } = await setup({ handler });
    f.say(chats.dm(users.alice), users.alice, '/paper diffusion');
    const msg = await f.waitFor(() => f.messagesIn(users.alice.id)[0], 10_000, 'results');
    const next = (msg.replyMarkup.inline_keyboard[0] as { text: string; callback_data: string }[]).find((b) => b.text.startsWith('Next'))!;
    const id = f.press(msg, users.alice, next.callback_data);
    const toast = await f.waitFor(() => f.callbackAnswers.get(id), 10_000, 'a toast');
    expect(toast.text).toMatch(/^Gone\n😀/);
    expect(toast.text!.length).toBeLessThanOrEqual(200);
    expect(f.calls.filter((c) => c.method === 'answerCallbackQuery' && c.status >= 400)).toEqual([]);
  });
});

describe('Telegram: who counts as a group admin', () => {
  it('GIVEN /subscribe sent on behalf of another channel THEN refused; sent by the anonymous group admin THEN allowed', async () => {
    const { fake, app } = await setup();
    const group = chats.supergroup(-1007003);
    const channelBot = { id: 136817688, is_bot: true, first_name: 'Channel' } as typeof users.alice;
    const anonymousAdmin = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' } as typeof users.alice;
    // Telegram answers getChatMember for these service accounts as plain members; they must not be asked at all.
    fake.say(group, channelBot, '/subscribe diffusion', { senderChat: chats.channel(-1009990001, 'Some channel') });
    const refusal = await fake.waitFor(() => fake.messagesIn(group.id)[0], 10_000, 'refusal');
    expect(refusal.text).toContain('Only admins can change this');
    expect(await app.store.subscriptions.get({ platform: 'telegram', chatId: String(group.id) })).toBeUndefined();

    fake.say(group, anonymousAdmin, '/subscribe diffusion', { senderChat: group });
    const ok = await fake.waitFor(() => fake.messagesIn(group.id)[1], 10_000, 'subscribed');
    expect(ok.text).toMatch(/^Subscribed: diffusion/);
    expect(fake.callsOf('getChatMember')).toEqual([]);
  });
});
