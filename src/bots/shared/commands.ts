/**
 * The platform-neutral command handlers: written once, driven by the Telegram, Discord and console
 * adapters. Each takes a typed {@link CommandRequest} and returns a {@link Reply} in the chat's
 * language (`i18n/`); the permission rule for changing a chat's settings lives here and nowhere else.
 * @module
 */
import { type DigestIndex, errorReply, infoReply, paperLabel, type Reply, shorten, topicCatalog } from '../../core/index.ts';
import { applyPatch, chatKey, defaultSubscription, type FeedbackRepo, followsAnything, maxDigestSize, minDigestSize, type ChatRef, type Clock, type DigestService, type Subscription, type SubscriptionPatch, type SubscriptionRepo, type Vote } from '../../schedule/index.ts';
import { argErrorText, checkSchedule, maxFollows, parseQuery, parseSchedule, parseTargets, type ArgError, type ScheduleChange } from './args.ts';
import { formatDay, formatWhen, ownerLocaleOf, parseLanguageSetting, replyLocale, subscriptionLocale, translator, type Asker, type Locale, type Translate } from './i18n/index.ts';
import { describeFollows, describeSchedule, digestMessage, lastErrorText } from './present.ts';
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
  /** Members' 👍/👎 (the chat's taste); without it the vote commands say they are unavailable. */
  feedback?: FeedbackRepo;
}

/** What every handler gets besides the request: the reply's language and the chat's subscription. */
interface Turn {
  locale: Locale;
  t: Translate;
  /** The chat's subscription as it was when the command arrived. */
  sub: Subscription | undefined;
  asker: Asker;
}

type Handler = (req: CommandRequest, deps: CommandDeps, turn: Turn) => Promise<Reply>;

/** Commands that change a chat's settings; in groups/channels only admins may run them. */
const settingCommands: ReadonlySet<CommandName> = new Set(['subscribe', 'unsubscribe', 'schedule', 'lang']);

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
      const sub = await deps.subscriptions.get(req.chat);
      const asker: Asker = { private: req.chatType === 'private', userLocale: req.locale, chatLocale: req.chatLocale };
      const locale = replyLocale(sub, asker);
      const turn: Turn = { locale, t: translator(locale), sub, asker };
      const denied = await checkPermission(req, turn);
      const reply = denied ?? (await handlers[req.command](req, deps, turn));
      // The cards' numbers, so /like <n> names one of them (the page's first card is n = offset + 1).
      if (!denied && deps.feedback && reply.items.length && reply.kind !== 'error') {
        const first = reply.pager ? reply.pager.page * reply.pager.pageSize + 1 : 1;
        await deps.feedback.remember(req.chat, reply.items.map((i) => i.paper.id), first);
      }
      return reply.locale ? reply : { ...reply, locale };
    },
  };
}

/**
 * The permission rule, in one place: anyone may search or read; in a group or channel only an admin
 * (Telegram) or a member with Manage Channels (Discord) changes subscriptions, schedules or the
 * language. Viewing the schedule (`/schedule`) or the language (`/lang`) with no arguments is
 * allowed to everyone.
 */
async function checkPermission(req: CommandRequest, { t }: Turn): Promise<Reply | null> {
  if (!settingCommands.has(req.command) || req.chatType === 'private') return null;
  if (req.command === 'schedule' && (req.schedule ? req.schedule.kind === 'show' : req.args.trim() === '')) return null;
  if (req.command === 'lang' && req.args.trim() === '') return null;
  if (await req.isAdmin()) return null;
  return errorReply(t('denied.title'), [req.chat.platform === 'discord' ? t('denied.discord') : t('denied.telegram'), t('denied.anyone')]);
}

const fail = (e: ArgError, t: Translate): Reply => {
  const { title, lines } = argErrorText(e, t);
  return errorReply(title, lines);
};

// === Handlers

function helpLines(t: Translate): string[] {
  return [
    t('help.paper'),
    t('help.subscribe'),
    t('help.unsubscribe'),
    t('help.topics'),
    t('help.digest'),
    t('help.schedule'),
    t('help.scheduleMore', { min: minDigestSize, max: maxDigestSize }),
    t('help.status'),
    t('help.lang'),
    t('votes.help'),
    t('votes.helpSaved'),
  ];
}

const handlers: Record<CommandName, Handler> = {
  async start(req, deps, { locale, t }) {
    // A private chat whose digests were paused because they could not be delivered (the user had
    // blocked the bot) is reachable again: /start after unblocking resumes them.
    const resumed = req.chatType === 'private' ? await resumeAfterFailures(req, deps) : undefined;
    return infoReply(t('start.title'), [
      ...(resumed ? [t('start.welcomeBack', { schedule: describeSchedule(resumed, deps.clock.now(), locale) }), ''] : []),
      t('start.intro', { count: deps.index().size }),
      t('start.try'),
      '',
      ...helpLines(t),
    ]);
  },

  async help(_req, _deps, { t }) {
    return infoReply(t('help.title'), [...helpLines(t), '', t('help.admins')]);
  },

  async paper(req, deps, { t }) {
    const query = parseQuery(req.args);
    if (!query.ok) return fail(query.error, t);
    const page = Math.max(0, Math.floor(req.page ?? 0));
    const result = deps.index().search(query.value, { limit: pageSize, offset: page * pageSize });
    if (result.total === 0) return infoReply(t('paper.noneTitle', { query: query.value }), [t('paper.noneHint')]);
    const pages = Math.ceil(result.total / pageSize);
    if (result.hits.length === 0) {
      return errorReply(t('paper.goneTitle'), [t('paper.goneHint', { query: query.value, count: pages })]);
    }
    const relaxed = result.relaxed ? [t(result.relaxed === 'prefix' ? 'paper.relaxedPrefix' : 'paper.relaxedFuzzy', { query: query.value })] : [];
    return {
      kind: 'papers',
      title: t('paper.title', { query: query.value }),
      lines: [t('paper.total', { count: result.total, page: page + 1, pages }), ...relaxed],
      items: result.hits.map((h) => ({ paper: h.paper, why: h.why })),
      pager: { query: query.value, page, pageSize, pages, total: result.total },
    };
  },

  async subscribe(req, deps, turn) {
    const { locale, t } = turn;
    const parsed = parseTargets(req.args, 'subscribe');
    if (!parsed.ok) return fail(parsed.error, t);
    const now = deps.clock.now();
    const current = currentOrNew(req, deps, turn, now);
    const topics = union(current.topics, parsed.value.topics);
    const keywords = union(current.keywords, parsed.value.keywords);
    if (topics.length + keywords.length > maxFollows) return fail({ code: 'TOO_MANY', max: maxFollows }, t);
    const sub = applyPatch(current, { topics, keywords }, now);
    await deps.subscriptions.put(sub);
    const added = [...parsed.value.topics.map((id) => topicName(id, locale)), ...parsed.value.keywords.map((k) => `"${k}"`)];
    return infoReply(t('subscribe.title', { added: added.join(', ') }), [
      t('subscribe.follows', { follows: describeFollows(sub, locale) }),
      describeSchedule(sub, now, locale),
    ]);
  },

  async unsubscribe(req, deps, { locale, t, sub: current }) {
    const parsed = parseTargets(req.args, 'unsubscribe');
    if (!parsed.ok) return fail(parsed.error, t);
    if (!current || !followsAnything(current)) return errorReply(t('unsubscribe.noneTitle'), [t('unsubscribe.noneHint')]);
    const now = deps.clock.now();
    // Following nothing keeps the subscription's settings (time, zone, size, quiet, language) for the next /subscribe.
    if (parsed.value.all) {
      await deps.subscriptions.put(applyPatch(current, { topics: [], keywords: [] }, now));
      return infoReply(t('unsubscribe.allTitle'), [t('unsubscribe.allHint')]);
    }
    const { topics: dropTopics, keywords: dropKeywords } = parsed.value;
    const missing = [
      ...dropTopics.filter((id) => !current.topics.includes(id)),
      ...dropKeywords.filter((k) => !current.keywords.includes(k)),
    ];
    if (missing.length === dropTopics.length + dropKeywords.length) {
      return errorReply(t('unsubscribe.notFollowedTitle', { items: missing.join(', ') }), [t('unsubscribe.followsInstead', { follows: describeFollows(current, locale) })]);
    }
    const sub = applyPatch(
      current,
      { topics: current.topics.filter((id) => !dropTopics.includes(id)), keywords: current.keywords.filter((k) => !dropKeywords.includes(k)) },
      now,
    );
    await deps.subscriptions.put(sub);
    if (!followsAnything(sub)) return infoReply(t('unsubscribe.title'), [t('unsubscribe.nothingLeft')]);
    return infoReply(t('unsubscribe.title'), [
      t('subscribe.follows', { follows: describeFollows(sub, locale) }),
      ...(missing.length ? [t('unsubscribe.notFollowed', { items: missing.join(', ') })] : []),
    ]);
  },

  async topics(_req, deps, { locale, t }) {
    const counts = deps.index().topicCounts();
    // The chat's language first, then the other two (the catalog is trilingual on purpose: a
    // Russian digest's paper is tagged the same as a Chinese one).
    const order = [locale, ...(['en', 'ru', 'zh'] as const).filter((l) => l !== locale)];
    return infoReply(t('topics.title'), [
      ...topicCatalog.map((tp) => `${tp.id} — ${order.map((l) => tp.labels[l]).join(' / ')} (${counts.get(tp.id) ?? 0})`),
      '',
      t('topics.hint'),
    ]);
  },

  async digest(req, deps, { locale, t }) {
    const digest = await deps.digests.digestNow(req.chat);
    if (digest.ok) return digestMessage(digest.digest, locale);
    return errorReply(t('digest.notSubscribedTitle'), [t('digest.notSubscribedHint')]);
  },

  async schedule(req, deps, turn) {
    const { locale, t, sub: existing } = turn;
    const parsed = req.schedule ? checkSchedule(req.schedule) : parseSchedule(req.args);
    if (!parsed.ok) return fail(parsed.error, t);
    const now = deps.clock.now();
    const change = parsed.value;
    if (change.kind === 'show') {
      if (!existing) return noSubscription(t);
      return infoReply(t('schedule.title'), [describeSchedule(existing, now, locale), t('schedule.changeHint')]);
    }
    if (change.kind === 'reset-taste') {
      if (!deps.feedback) return votesUnavailable(turn.t);
      const forgotten = await deps.feedback.reset(req.chat);
      return infoReply(turn.t('votes.resetTitle'), [forgotten ? turn.t('votes.reset', { count: forgotten }) : turn.t('votes.resetNone'), turn.t('votes.resetHint')]);
    }
    const sub = applyPatch(currentOrNew(req, deps, turn, now), schedulePatch(change), now);
    await deps.subscriptions.put(sub);
    const lines = [describeSchedule(sub, now, locale)];
    if (!followsAnything(sub)) lines.push(t('schedule.noTopics'));
    return infoReply(t('schedule.updated'), lines);
  },

  like: (req, deps, { t }) => vote(req, deps, 1, t),
  dislike: (req, deps, { t }) => vote(req, deps, -1, t),

  async saved(req, deps, { t }) {
    if (!deps.feedback) return votesUnavailable(t);
    const page = Math.max(1, Number(/^\s*(\d{1,4})\s*$/.exec(req.args)?.[1] ?? 1));
    const index = deps.index();
    const saved = (await deps.feedback.saved(req.chat)).map((s) => index.get(s.paperId)).filter((p): p is NonNullable<typeof p> => p !== undefined);
    if (saved.length === 0) return infoReply(t('votes.savedNoneTitle'), [t('votes.savedNoneHint')]);
    const pages = Math.ceil(saved.length / pageSize);
    if (page > pages) return errorReply(t('paper.goneTitle'), [t('votes.savedGone', { count: saved.length, pages })]);
    const items = saved.slice((page - 1) * pageSize, page * pageSize).map((paper) => ({ paper, why: [] }));
    return {
      kind: 'papers',
      title: t('votes.savedTitle'),
      lines: [t('votes.savedTotal', { count: saved.length, page, pages }), ...(page < pages ? [t('votes.savedMore', { next: page + 1 })] : [])],
      items,
    };
  },


  async status(req, deps, { locale, t, sub }) {
    const others = await neighbours(req.chat, deps);
    if (!sub && others.length === 0) return noSubscription(t);
    const now = deps.clock.now();
    const lines: string[] = [];
    if (sub) {
      lines.push(t('status.follows', { follows: describeFollows(sub, locale) }), describeSchedule(sub, now, locale));
      lines.push(
        sub.lastDelivery
          ? t('status.lastDigest', { date: formatDay(sub.lastDelivery.localDate, locale), count: sub.lastDelivery.count, when: formatWhen(sub.lastDelivery.at, sub.timeZone, locale) })
          : t('status.lastDigestNone'),
      );
      if (sub.lastError) lines.push(t('status.lastError', { error: lastErrorText(sub.lastError, locale), when: formatWhen(sub.lastError.at, sub.timeZone, locale) }));
      if (sub.silentWhenEmpty) lines.push(t('status.quiet'));
      const language = t(`lang.${subscriptionLocale(sub)}`);
      lines.push(sub.language && sub.language !== 'auto' ? t('status.language', { language }) : t('status.languageAuto', { language }));
      if (deps.feedback) lines.push(await tasteLine(req, deps.feedback, t));
    } else {
      lines.push(t(req.chat.guildId ? 'status.noSubChannel' : req.chat.threadId ? 'status.noSubTopic' : 'status.noSubChat'));
    }
    if (others.length) {
      lines.push('', t(req.chat.guildId ? 'status.othersServer' : 'status.othersGroup'));
      for (const o of others.slice(0, maxNeighbours)) {
        lines.push(t('status.neighbour', { name: neighbourName(o.chat, t), follows: describeFollows(o, locale), schedule: describeSchedule(o, now, locale) }));
      }
      if (others.length > maxNeighbours) lines.push(t('status.more', { count: others.length - maxNeighbours }));
    }
    return infoReply(t('status.title'), lines);
  },

  async lang(req, deps, turn) {
    const { locale, t, sub: existing } = turn;
    const input = req.args.trim();
    if (!input) {
      const shown = existing ? subscriptionLocale(existing) : locale;
      const language = t(`lang.${shown}`);
      const auto = !existing?.language || existing.language === 'auto';
      return infoReply(t('lang.title'), [auto ? t('lang.currentAuto', { language }) : t('lang.current', { language }), t('lang.usage')]);
    }
    const setting = parseLanguageSetting(input);
    if (!setting) return errorReply(t('lang.badTitle', { input: shortInput(input) }), [t('lang.badHint')]);
    const now = deps.clock.now();
    // `auto` follows whoever set the chat up; the person choosing it now is that person.
    const owner = ownerLocaleOf(turn.asker);
    const patch: SubscriptionPatch = setting === 'auto' ? { language: 'auto', ...(owner ? { ownerLocale: owner } : {}) } : { language: setting };
    const sub = applyPatch(currentOrNew(req, deps, turn, now), patch, now);
    await deps.subscriptions.put(sub);
    const next = replyLocale(sub, turn.asker);
    const nt = translator(next);
    return { ...infoReply(nt('lang.title'), [setting === 'auto' ? nt('lang.setAuto', { language: nt(`lang.${subscriptionLocale(sub)}`) }) : nt('lang.set')]), locale: next };
  },
};

// === Helpers

/**
 * `/like` and `/dislike`: `<n>` (a card of the chat's last digest or result page), a paper id or
 * arXiv id, or `button:<paper id>` from a 👍/👎 button (which toggles: the same button again
 * withdraws the vote; `button:` alone is a button whose paper id expired). One vote per member per paper; the chat's picks read the sum.
 */
async function vote(req: CommandRequest, deps: CommandDeps, value: Vote, t: Translate): Promise<Reply> {
  if (!deps.feedback) return votesUnavailable(t);
  const command = value > 0 ? '/like' : '/dislike';
  const arg = req.args.trim();
  const button = arg.startsWith('button:');
  let paperId: string | undefined;
  if (/^\d{1,4}$/.test(arg)) {
    paperId = await deps.feedback.shown(req.chat, Number(arg));
    if (!paperId) return errorReply(t('votes.noCardTitle', { n: arg }), [t('votes.noCardHint', { command })]);
  } else if (arg === 'button:') {
    // A button whose paper id expired from the store (the adapters pass no id): said in the chat's language.
    return errorReply(t('votes.expiredTitle'), [t('votes.expiredHint')]);
  } else if (arg) {
    const raw = button ? arg.slice('button:'.length) : arg;
    paperId = /^\d{4}\.\d{4,5}(v\d+)?$/.test(raw) ? `arxiv:${raw.replace(/v\d+$/, '')}` : raw;
  } else {
    return errorReply(t('votes.whichTitle', { command }), [t('votes.whichHint', { command })]);
  }
  const paper = deps.index().get(paperId);
  if (!paper) return errorReply(t('votes.goneTitle'), [t('votes.goneHint')]);
  const member = `${req.chat.platform}:${req.user.id}`;
  const now = deps.clock.now();
  let result = await deps.feedback.vote(req.chat, member, paperId, value, now);
  const withdrawn = button && result.previous === value;
  if (withdrawn) result = await deps.feedback.vote(req.chat, member, paperId, 0, now);
  const label = shorten(paperLabel(paper), 80);
  const summary = await deps.feedback.summary(req.chat);
  const shaping = t('votes.shaping', { count: summary.papers });
  if (withdrawn) return infoReply(t('votes.withdrawn', { label }), [shaping]);
  return infoReply(t(value > 0 ? 'votes.liked' : 'votes.disliked', { label }), [
    result.previous === -value ? t('votes.changed', { from: value > 0 ? '👎' : '👍', shaping }) : shaping,
    ...(value > 0 ? [t('votes.savedHint')] : []),
  ]);
}

function votesUnavailable(t: Translate): Reply {
  return errorReply(t('votes.unavailableTitle'), [t('votes.unavailableHint')]);
}

/** The /status line about votes, in the chat's language. */
async function tasteLine(req: CommandRequest, feedback: FeedbackRepo, t: Translate): Promise<string> {
  const s = await feedback.summary(req.chat);
  return s.papers === 0 ? t('votes.tasteNone') : t('votes.taste', { count: s.papers, liked: s.liked, disliked: s.disliked, votes: s.votes });
}

const maxNeighbours = 10;

/**
 * The chat's subscription, or a new one with the defaults. Either way it records the language of
 * whoever is setting it up when it has none yet (a new chat, or one stored by an older version), so
 * `auto` has a language for the scheduled digests.
 */
function currentOrNew(req: CommandRequest, deps: CommandDeps, turn: Turn, now: number): Subscription {
  const sub = turn.sub ?? defaultSubscription(req.chat, deps.defaults, now);
  if (sub.ownerLocale) return sub;
  const owner = ownerLocaleOf(turn.asker);
  return owner ? { ...sub, ownerLocale: owner } : sub;
}

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

function neighbourName(chat: ChatRef, t: Translate): string {
  if (chat.guildId) return t('status.neighbourChannel', { id: chat.chatId });
  return chat.threadId ? t('status.neighbourTopic', { id: chat.threadId }) : t('status.neighbourGroup');
}

/** What a `/schedule` change does to the subscription (applyPatch keeps `nextRunAt` right). */
function schedulePatch(change: Exclude<ScheduleChange, { kind: 'show' | 'reset-taste' }>): SubscriptionPatch {
  switch (change.kind) {
    case 'time':
      return { time: change.time, ...(change.timeZone ? { timeZone: change.timeZone } : {}) };
    case 'off':
      return { paused: true, pauseReason: { code: 'BY_COMMAND' }, failures: 0 };
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

function noSubscription(t: Translate): Reply {
  return errorReply(t('schedule.noSubscriptionTitle'), [t('schedule.noSubscriptionHint')]);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** `diffusion (Диффузионные модели)`: the topic id and its label in the chat's language. */
function topicName(id: string, locale: Locale): string {
  const topic = topicCatalog.find((x) => x.id === id);
  return topic ? `${id} (${topic.labels[locale]})` : id;
}

/** A user's input quoted back: one line, at most 32 characters. */
function shortInput(input: string): string {
  const flat = input.replace(/\s+/g, ' ');
  return Array.from(flat).length > 32 ? `${Array.from(flat).slice(0, 31).join('')}…` : flat;
}
