/**
 * The platform-neutral command handlers: written once, driven by the Telegram, Discord and console
 * adapters. Each takes a typed {@link CommandRequest} and returns a {@link Reply}; the permission
 * rule for changing a chat's settings lives here and nowhere else.
 * @module
 */
import { type DigestIndex, errorReply, infoReply, type Reply, topicCatalog } from '../../core/index.ts';
import { applyPatch, chatKey, defaultSubscription, followsAnything, formatLocal, maxDigestSize, minDigestSize, nextRunFor, type ChatRef, type Clock, type DigestService, type Subscription, type SubscriptionPatch, type SubscriptionRepo } from '../../schedule/index.ts';
import { argErrorText, checkSchedule, maxFollows, parseQuery, parseSchedule, parseTargets, type ArgError, type ScheduleChange } from './args.ts';
import type { CommandHandler, CommandName, CommandRequest } from './types.ts';

/** Search results per page (`/paper`). */
export const pageSize = 5;

export interface CommandDeps {
  /** The live index (replaced/extended when new digests arrive). */
  index: () => DigestIndex;
  subscriptions: SubscriptionRepo;
  digests: DigestService;
  defaults: { timeZone: string; time: string; size: number };
  clock: Clock;
}

type Handler = (req: CommandRequest, deps: CommandDeps) => Promise<Reply>;

/** Commands that change a chat's settings; in groups/channels only admins may run them. */
const settingCommands: ReadonlySet<CommandName> = new Set(['subscribe', 'unsubscribe', 'schedule']);

/**
 * Creates the handler every adapter calls.
 *
 * ```ts
 * const handler = createCommandHandler({ index: () => index, subscriptions, digests, defaults, clock });
 * const reply = await handler.handle({ command: 'paper', args: 'diffusion', ... });
 * ```
 */
export function createCommandHandler(deps: CommandDeps): CommandHandler {
  return {
    async handle(req) {
      const denied = await checkPermission(req);
      if (denied) return denied;
      return handlers[req.command](req, deps);
    },
  };
}

/**
 * The permission rule, in one place: anyone may search or read; in a group or channel only an admin
 * (Telegram) or a member with Manage Channels (Discord) changes subscriptions or schedules. Viewing
 * the schedule (`/schedule` with no arguments) is allowed to everyone.
 */
async function checkPermission(req: CommandRequest): Promise<Reply | null> {
  if (!settingCommands.has(req.command) || req.chatType === 'private') return null;
  if (req.command === 'schedule' && (req.schedule ? req.schedule.kind === 'show' : req.args.trim() === '')) return null;
  if (await req.isAdmin()) return null;
  const who =
    req.chat.platform === 'discord' ? 'members with the Manage Channels permission' : 'chat administrators';
  return errorReply('Only admins can change this', [
    `In this ${req.chat.platform === 'discord' ? 'server' : 'chat'}, only ${who} can change subscriptions and the schedule.`,
    'Anyone can search with /paper or see the settings with /status.',
  ]);
}

const fail = (e: ArgError): Reply => {
  const { title, lines } = argErrorText(e);
  return errorReply(title, lines);
};

// === Handlers

const helpLines = [
  '/paper <query> — search papers in any language (diffusion, видео, 扩散模型, MoRA)',
  '/subscribe <topic or keyword> ... — follow topics (see /topics) or free keywords',
  '/unsubscribe <topic or keyword> ... | all — stop following them',
  '/topics — the topic catalog with paper counts',
  '/digest — today\'s digest for this chat, right now',
  '/schedule <HH:MM> [time zone] — daily delivery time, e.g. /schedule 09:00 Europe/Moscow',
  `/schedule off | on | size <${minDigestSize}-${maxDigestSize}> | quiet on|off — pause, resume, digest size, silence empty days`,
  '/status — what this chat follows and when the next digest comes',
];

const handlers: Record<CommandName, Handler> = {
  async start(req, deps) {
    // A private chat whose digests were paused because they could not be delivered (the user had
    // blocked the bot) is reachable again: /start after unblocking resumes them.
    const resumed = req.chatType === 'private' ? await resumeAfterFailures(req, deps) : undefined;
    return infoReply('Hi, I am Paperboy 📰', [
      ...(resumed ? [`Welcome back: daily digests resumed — ${describeSchedule(resumed, deps.clock.now())}.`, ''] : []),
      `I deliver daily AI-paper picks from Russian, Chinese and English digests (${deps.index().size} papers indexed).`,
      'Try /paper diffusion, then /subscribe diffusion llm and /schedule 09:00 Europe/Moscow.',
      '',
      ...helpLines,
    ]);
  },

  async help() {
    return infoReply('Paperboy commands', [
      ...helpLines,
      '',
      'In groups and channels only admins change subscriptions and the schedule; anyone can search.',
    ]);
  },

  async paper(req, deps) {
    const query = parseQuery(req.args);
    if (!query.ok) return fail(query.error);
    const page = Math.max(0, Math.floor(req.page ?? 0));
    const result = deps.index().search(query.value, { limit: pageSize, offset: page * pageSize });
    if (result.total === 0) {
      return infoReply(`No papers match "${query.value}"`, [
        'Try fewer or broader words, another language (видео, 视频), or a topic from /topics.',
      ]);
    }
    const pages = Math.ceil(result.total / pageSize);
    if (result.hits.length === 0) {
      return errorReply('That page is gone', [`"${query.value}" now has ${pages} page(s). Search again with /paper ${query.value}`]);
    }
    return {
      kind: 'papers',
      title: `Papers for "${query.value}"`,
      lines: [`${result.total} match${result.total === 1 ? '' : 'es'} — page ${page + 1} of ${pages}`, ...(result.relaxed ? [`Nothing matched "${query.value}" as typed; these are near matches (${result.relaxed === 'prefix' ? 'words that begin the same' : 'similar spellings'}).`] : [])],
      items: result.hits.map((h) => ({ paper: h.paper, why: h.why })),
      pager: { query: query.value, page, pageSize, pages, total: result.total },
    };
  },

  async subscribe(req, deps) {
    const parsed = parseTargets(req.args, 'subscribe');
    if (!parsed.ok) return fail(parsed.error);
    const now = deps.clock.now();
    const current = (await deps.subscriptions.get(req.chat)) ?? defaultSubscription(req.chat, deps.defaults, now);
    const topics = union(current.topics, parsed.value.topics);
    const keywords = union(current.keywords, parsed.value.keywords);
    if (topics.length + keywords.length > maxFollows) return fail({ code: 'TOO_MANY', max: maxFollows });
    const sub = applyPatch(current, { topics, keywords }, now);
    await deps.subscriptions.put(sub);
    const added = [...parsed.value.topics.map(topicName), ...parsed.value.keywords.map((k) => `"${k}"`)];
    return infoReply(`Subscribed: ${added.join(', ')}`, [
      `This chat follows ${describeFollows(sub)}.`,
      describeSchedule(sub, now),
    ]);
  },

  async unsubscribe(req, deps) {
    const parsed = parseTargets(req.args, 'unsubscribe');
    if (!parsed.ok) return fail(parsed.error);
    const current = await deps.subscriptions.get(req.chat);
    if (!current || !followsAnything(current)) {
      return errorReply('This chat has no subscriptions', ['Start with /subscribe diffusion, or see /topics.']);
    }
    const now = deps.clock.now();
    // Following nothing keeps the subscription's settings (time, zone, size, quiet) for the next /subscribe.
    if (parsed.value.all) {
      await deps.subscriptions.put(applyPatch(current, { topics: [], keywords: [] }, now));
      return infoReply('Unsubscribed from everything', ['No more daily digests here. /subscribe brings them back.']);
    }
    const { topics: dropTopics, keywords: dropKeywords } = parsed.value;
    const missing = [
      ...dropTopics.filter((t) => !current.topics.includes(t)),
      ...dropKeywords.filter((k) => !current.keywords.includes(k)),
    ];
    if (missing.length === dropTopics.length + dropKeywords.length) {
      return errorReply(`This chat doesn't follow ${missing.join(', ')}`, [`It follows ${describeFollows(current)}.`]);
    }
    const sub = applyPatch(
      current,
      { topics: current.topics.filter((t) => !dropTopics.includes(t)), keywords: current.keywords.filter((k) => !dropKeywords.includes(k)) },
      now,
    );
    await deps.subscriptions.put(sub);
    if (!followsAnything(sub)) {
      return infoReply('Unsubscribed', ['This chat follows nothing now, so daily digests stop. /subscribe brings them back.']);
    }
    return infoReply('Unsubscribed', [
      `This chat follows ${describeFollows(sub)}.`,
      ...(missing.length ? [`(It didn't follow ${missing.join(', ')}.)`] : []),
    ]);
  },

  async topics(_req, deps) {
    const counts = deps.index().topicCounts();
    return infoReply(
      'Topics',
      [
        ...topicCatalog.map((t) => `${t.id} — ${t.labels.en} / ${t.labels.ru} / ${t.labels.zh} (${counts.get(t.id) ?? 0})`),
        '',
        'Subscribe with /subscribe <id>, e.g. /subscribe diffusion video',
      ],
    );
  },

  async digest(req, deps) {
    const digest = await deps.digests.digestNow(req.chat);
    if (digest.ok) return digest.reply;
    return errorReply('No subscription here yet', ["Follow some topics first, e.g. /subscribe diffusion llm (see /topics), then /digest gives today's picks."]);
  },

  async schedule(req, deps) {
    const parsed = req.schedule ? checkSchedule(req.schedule) : parseSchedule(req.args);
    if (!parsed.ok) return fail(parsed.error);
    const now = deps.clock.now();
    const existing = await deps.subscriptions.get(req.chat);
    const change = parsed.value;
    if (change.kind === 'show') {
      if (!existing) return noSubscription();
      return infoReply('Schedule', [describeSchedule(existing, now), 'Change it with /schedule 09:00 Europe/Moscow']);
    }
    const sub = applyPatch(existing ?? defaultSubscription(req.chat, deps.defaults, now), schedulePatch(change), now);
    await deps.subscriptions.put(sub);
    const lines = [describeSchedule(sub, now)];
    if (!followsAnything(sub)) lines.push('This chat follows no topics yet: add some with /subscribe diffusion llm');
    return infoReply('Schedule updated', lines);
  },

  async status(req, deps) {
    const sub = await deps.subscriptions.get(req.chat);
    const others = await neighbours(req.chat, deps);
    if (!sub && others.length === 0) return noSubscription();
    const now = deps.clock.now();
    const lines: string[] = [];
    if (sub) {
      lines.push(`Follows: ${describeFollows(sub)}`, describeSchedule(sub, now));
      lines.push(
        sub.lastDelivery
          ? `Last digest: ${sub.lastDelivery.localDate} (${sub.lastDelivery.count} paper${sub.lastDelivery.count === 1 ? '' : 's'}), sent ${formatLocal(sub.lastDelivery.at, sub.timeZone)}`
          : 'Last digest: none yet (try /digest)',
      );
      if (sub.lastError) lines.push(`Last error: ${sub.lastError.message} (${formatLocal(sub.lastError.at, sub.timeZone)})`);
      if (sub.silentWhenEmpty) lines.push('Quiet: no message on days without new papers.');
    } else {
      lines.push(`This ${req.chat.guildId ? 'channel' : req.chat.threadId ? 'topic' : 'chat'} has no subscription.`);
    }
    if (others.length) {
      const where = req.chat.guildId ? 'server' : 'group';
      lines.push('', `Other ${req.chat.guildId ? 'channels' : 'topics'} of this ${where} with digests:`);
      for (const o of others.slice(0, maxNeighbours)) lines.push(`• ${neighbourName(o.chat)}: ${describeFollows(o)} — ${describeSchedule(o, now)}`);
      if (others.length > maxNeighbours) lines.push(`… and ${others.length - maxNeighbours} more.`);
    }
    return infoReply('Status', lines);
  },
};

// === Helpers

const maxNeighbours = 10;

/**
 * The other subscriptions of the same Discord server or the same Telegram group (its forum topics),
 * so /status shows them all: the only way to find one whose channel was deleted (Discord cannot pick
 * a deleted channel in a command option) and see why it is paused.
 */
async function neighbours(chat: ChatRef, deps: CommandDeps): Promise<Subscription[]> {
  if (!chat.guildId && chat.platform !== 'telegram') return [];
  const key = chatKey(chat);
  return (await deps.subscriptions.inGroup(chat))
    .filter((s) => followsAnything(s) && s.chat.platform === chat.platform && chatKey(s.chat) !== key && (chat.guildId ? s.chat.guildId === chat.guildId : s.chat.chatId === chat.chatId))
    .sort((a, b) => chatKey(a.chat).localeCompare(chatKey(b.chat)));
}

function neighbourName(chat: ChatRef): string {
  if (chat.guildId) return `channel ${chat.chatId}`;
  return chat.threadId ? `topic ${chat.threadId}` : 'the group itself';
}

/** What a `/schedule` change does to the subscription (applyPatch keeps `nextRunAt` right). */
function schedulePatch(change: Exclude<ScheduleChange, { kind: 'show' }>): SubscriptionPatch {
  switch (change.kind) {
    case 'time':
      return { time: change.time, ...(change.timeZone ? { timeZone: change.timeZone } : {}) };
    case 'off':
      return { paused: true, pauseReason: 'paused with /schedule off', failures: 0 };
    case 'on':
      return { paused: false, failures: 0 };
    case 'size':
      return { size: change.size };
    case 'quiet':
      return { silentWhenEmpty: change.quiet };
  }
}

/** Resumes a subscription paused by failed deliveries (not one paused with /schedule off). */
async function resumeAfterFailures(req: CommandRequest, deps: CommandDeps): Promise<Subscription | undefined> {
  const sub = await deps.subscriptions.get(req.chat);
  if (!sub?.paused || sub.failures === 0) return undefined;
  const resumed = applyPatch(sub, { paused: false }, deps.clock.now());
  await deps.subscriptions.put(resumed);
  return resumed;
}

function noSubscription(): Reply {
  return errorReply('No subscription here yet', ['Follow topics with /subscribe diffusion llm, then set a time with /schedule 09:00 Europe/Moscow']);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function topicName(id: string): string {
  const t = topicCatalog.find((x) => x.id === id);
  return t ? `${id} (${t.labels.en} / ${t.labels.ru} / ${t.labels.zh})` : id;
}

function describeFollows(sub: Subscription): string {
  const parts = [...sub.topics, ...sub.keywords.map((k) => `"${k}"`)];
  return parts.length ? parts.join(', ') : 'nothing yet';
}

/** "3 papers daily at 09:00 Europe/Moscow; next: 2026-11-24 09:00" or the pause reason. */
export function describeSchedule(sub: Subscription, now: number): string {
  const base = `${sub.size} paper${sub.size === 1 ? '' : 's'} daily at ${sub.time} ${sub.timeZone}`;
  if (sub.paused) return `${base} — paused (${sub.pauseReason ?? 'paused'}); resume with /schedule on`;
  const next = sub.nextRunAt ?? nextRunFor(sub, now);
  return `${base}; next digest ${formatLocal(next, sub.timeZone)}`;
}
