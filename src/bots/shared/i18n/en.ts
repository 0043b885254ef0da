/**
 * English messages: the reference catalog. Every other locale has exactly these keys (plural forms
 * aside) with the same `{{placeholders}}`; `test/unit/i18n-catalog.test.ts` checks it in CI.
 *
 * How to add a message:
 * 1. Add the key here, in the section of the feature that says it (a new feature gets a new section).
 *    A count goes in `{{count}}` and the key gets plural forms: `_one`/`_other` here, `_one`/`_few`/
 *    `_many`/`_other` in `ru.ts`, only `_other` in `zh.ts` (i18next picks the form with
 *    `Intl.PluralRules`). Callers name the key without the suffix: `t('status.papers', { count })`.
 * 2. Add the same key to `ru.ts` and `zh.ts`: written as a native speaker would say it, short, with
 *    the glossary's terms (see `glossary` below), not word for word.
 * 3. Call it with `translator(locale)('section.key', { ...params })` from `bots/shared`.
 *
 * Texts are plain: adapters escape them for their markup. Command names (`/paper`), topic ids,
 * time-zone names and examples of what to type stay as they are in every language.
 * @module
 */
export const en = {
  // === Words used in several places (and the glossary translators follow)
  common: {
    nothingYet: 'nothing yet',
    paused: 'paused',
  },

  // === /start and /help
  help: {
    title: 'Paperboy commands',
    paper: '/paper <query> — search papers in any language (diffusion, видео, 扩散模型, MoRA)',
    subscribe: '/subscribe <topic or keyword> ... — follow topics (see /topics) or free keywords',
    unsubscribe: '/unsubscribe <topic or keyword> ... | all — stop following them',
    topics: '/topics — the topic catalog with paper counts',
    digest: "/digest — today's digest for this chat, right now",
    schedule: '/schedule <HH:MM> [time zone] — daily delivery time, e.g. /schedule 09:00 Europe/Moscow',
    scheduleMore: '/schedule off | on | size <{{min}}-{{max}}> | quiet on|off — pause, resume, digest size, silence empty days',
    status: '/status — what this chat follows and when the next digest comes',
    lang: '/lang en | ru | zh | auto — the language of replies and digests here',
    admins: 'In groups and channels only admins change subscriptions and the schedule; anyone can search.',
  },
  start: {
    title: 'Hi, I am Paperboy 📰',
    welcomeBack: 'Welcome back: daily digests resumed — {{schedule}}.',
    intro_one: 'I deliver daily AI-paper picks from Russian, Chinese and English digests ({{count}} paper indexed).',
    intro_other: 'I deliver daily AI-paper picks from Russian, Chinese and English digests ({{count}} papers indexed).',
    try: 'Try /paper diffusion, then /subscribe diffusion llm and /schedule 09:00 Europe/Moscow.',
  },

  // === Permission
  denied: {
    title: 'Only admins can change this',
    discord: 'In this server, only members with the Manage Channels permission can change subscriptions, the schedule and the language.',
    telegram: 'In this chat, only chat administrators can change subscriptions, the schedule and the language.',
    anyone: 'Anyone can search with /paper or see the settings with /status.',
  },

  // === /paper
  paper: {
    noneTitle: 'No papers match "{{query}}"',
    noneHint: 'Try fewer or broader words, another language (видео, 视频), or a topic from /topics.',
    goneTitle: 'That page is gone',
    goneHint_one: '"{{query}}" now has {{count}} page. Search again with /paper {{query}}',
    goneHint_other: '"{{query}}" now has {{count}} pages. Search again with /paper {{query}}',
    title: 'Papers for "{{query}}"',
    total_one: '{{count}} match — page {{page}} of {{pages}}',
    total_other: '{{count}} matches — page {{page}} of {{pages}}',
    relaxedPrefix: 'Nothing matched "{{query}}" as typed; these are near matches (words that begin the same).',
    relaxedFuzzy: 'Nothing matched "{{query}}" as typed; these are near matches (similar spellings).',
  },

  // === /subscribe, /unsubscribe
  subscribe: {
    title: 'Subscribed: {{added}}',
    follows: 'This chat follows {{follows}}.',
  },
  unsubscribe: {
    noneTitle: 'This chat has no subscriptions',
    noneHint: 'Start with /subscribe diffusion, or see /topics.',
    allTitle: 'Unsubscribed from everything',
    allHint: 'No more daily digests here. /subscribe brings them back.',
    notFollowedTitle: "This chat doesn't follow {{items}}",
    followsInstead: 'It follows {{follows}}.',
    title: 'Unsubscribed',
    nothingLeft: 'This chat follows nothing now, so daily digests stop. /subscribe brings them back.',
    notFollowed: "(It didn't follow {{items}}.)",
  },

  // === /topics
  topics: {
    title: 'Topics',
    hint: 'Subscribe with /subscribe <id>, e.g. /subscribe diffusion video',
  },

  // === /digest and scheduled digests
  digest: {
    title: 'Your digest for {{date}}',
    noNew: 'No new papers on your topics today. More tomorrow — or widen them with /subscribe.',
    count_one: '{{count}} new paper',
    count_other: '{{count}} new papers',
    countOn_one: '{{count}} new paper on {{follows}}',
    countOn_other: '{{count}} new papers on {{follows}}',
    notSubscribedTitle: 'No subscription here yet',
    notSubscribedHint: "Follow some topics first, e.g. /subscribe diffusion llm (see /topics), then /digest gives today's picks.",
  },

  // === /schedule
  schedule: {
    title: 'Schedule',
    changeHint: 'Change it with /schedule 09:00 Europe/Moscow',
    updated: 'Schedule updated',
    noTopics: 'This chat follows no topics yet: add some with /subscribe diffusion llm',
    noSubscriptionTitle: 'No subscription here yet',
    noSubscriptionHint: 'Follow topics with /subscribe diffusion llm, then set a time with /schedule 09:00 Europe/Moscow',
    daily_one: '{{count}} paper daily at {{time}} {{zone}}',
    daily_other: '{{count}} papers daily at {{time}} {{zone}}',
    next: '{{daily}}; next digest {{when}}',
    paused: '{{daily}} — paused ({{reason}}); resume with /schedule on',
  },

  // === Why a subscription is paused (stored as codes; older subscriptions keep an English sentence)
  pause: {
    byCommand: 'paused with /schedule off',
    failed_one: 'delivery failed {{count}} time in a row: {{error}}',
    failed_other: 'delivery failed {{count}} times in a row: {{error}}',
  },

  // === /status
  status: {
    title: 'Status',
    follows: 'Follows: {{follows}}',
    lastDigest_one: 'Last digest: {{date}} ({{count}} paper), sent {{when}}',
    lastDigest_other: 'Last digest: {{date}} ({{count}} papers), sent {{when}}',
    lastDigestNone: 'Last digest: none yet (try /digest)',
    lastError: 'Last error: {{error}} ({{when}})',
    gaveUp_one: 'gave up after {{count}} attempt: {{error}}',
    gaveUp_other: 'gave up after {{count}} attempts: {{error}}',
    quiet: 'Quiet: no message on days without new papers.',
    language: 'Language: {{language}}',
    languageAuto: 'Language: {{language}} (auto)',
    noSubChannel: 'This channel has no subscription.',
    noSubTopic: 'This topic has no subscription.',
    noSubChat: 'This chat has no subscription.',
    othersServer: 'Other channels of this server with digests:',
    othersGroup: 'Other topics of this group with digests:',
    neighbourChannel: 'channel {{id}}',
    neighbourTopic: 'topic {{id}}',
    neighbourGroup: 'the group itself',
    neighbour: '• {{name}}: {{follows}} — {{schedule}}',
    more_one: '… and {{count}} more.',
    more_other: '… and {{count}} more.',
  },

  // === /lang
  lang: {
    title: 'Language',
    current: 'Replies and digests here are in {{language}}.',
    currentAuto: 'Replies and digests here are in {{language}}: it follows the language of whoever set up the subscription (auto).',
    usage: 'Change it with /lang en, /lang ru, /lang zh or /lang auto.',
    set: 'From now on replies and digests here are in English.',
    setAuto: 'Language set to auto: replies and digests follow the language of whoever set up the subscription (now {{language}}).',
    badTitle: 'Unknown language "{{input}}"',
    badHint: 'Use /lang en, /lang ru, /lang zh or /lang auto.',
    en: 'English',
    ru: 'Russian',
    zh: 'Chinese',
  },

  // === Argument errors (bots/shared/args.ts codes)
  args: {
    emptyQueryTitle: 'What should I search for?',
    emptyQueryHint: 'Usage: /paper <words>, e.g. /paper diffusion, /paper видео, /paper 扩散模型, /paper MoRA',
    queryTooLongTitle: 'That query is too long',
    queryTooLongHint: 'Please keep it under {{max}} characters.',
    subscribeWhatTitle: 'Subscribe to what?',
    subscribeWhatHint: 'Usage: /subscribe <topic or keyword> ..., e.g. /subscribe diffusion llm "world model"',
    seeTopics: 'See /topics for the catalog.',
    unsubscribeWhatTitle: 'Unsubscribe from what?',
    unsubscribeWhatHint: 'Usage: /unsubscribe <topic or keyword> ... or /unsubscribe all',
    unknownTopicTitle: 'Unknown topic "{{input}}"',
    didYouMean: 'Did you mean {{suggestions}}?',
    quoteKeyword: 'To follow it as a free keyword instead, quote it: /subscribe "{{input}}"',
    badKeywordTitle: '"{{input}}" can\'t be a keyword',
    badKeywordHint: 'Keywords are 2 to 40 characters long.',
    tooManyTitle: 'Too many subscriptions',
    tooManyHint: 'A chat can follow at most {{max}} topics and keywords. Remove some with /unsubscribe.',
    badTimeTitle: '"{{input}}" is not a time',
    badTimeHint: 'Use 24-hour HH:MM, e.g. /schedule 09:00 Europe/Moscow',
    badZoneTitle: 'Unknown time zone "{{input}}"',
    badZoneHint: 'Use an IANA time zone name, e.g. Europe/Moscow, Asia/Shanghai, America/New_York, UTC.',
    scheduleExample: 'Example: /schedule 09:00 Europe/Moscow',
    badSizeTitle: '"{{input}}" is not a digest size',
    badSizeHint: 'Use a whole number from {{min}} to {{max}}, e.g. /schedule size 5',
    badScheduleTitle: 'I don\'t understand "/schedule {{input}}"',
    examples: 'Examples:',
    exampleTime: '/schedule 09:00 Europe/Moscow — daily at 09:00 Moscow time',
    exampleOff: '/schedule off — pause deliveries, /schedule on — resume',
    exampleSize: '/schedule size 5 — papers per digest ({{min}}-{{max}})',
    exampleQuiet: '/schedule quiet on — no message on days without new papers',
  },

  // === Votes and saved papers (#17): /like, /dislike, /saved, /schedule reset-taste
  votes: {
    help: '/like <n>, /dislike <n> — vote on card n of the last digest or results (or tap 👍/👎 under it): the picks learn',
    helpSaved: '/saved [page] — the papers this chat liked',
    exampleResetTaste: '/schedule reset-taste — forget the 👍/👎 votes that shape the picks',
    resetTitle: 'Taste forgotten',
    reset_one: "The votes on {{count}} paper no longer shape this chat's picks.",
    reset_other: "The votes on {{count}} papers no longer shape this chat's picks.",
    resetNone: 'This chat had no votes.',
    resetHint: 'Picks now follow topics, freshness and popularity until new 👍/👎 come in.',
    savedNoneTitle: 'No saved papers yet',
    savedNoneHint: 'Tap 👍 under a digest card or a /paper result (or /like <n>) to keep it here.',
    savedGone_one: 'This chat has {{count}} saved paper on {{pages}} page(s): /saved {{pages}}',
    savedGone_other: 'This chat has {{count}} saved papers on {{pages}} page(s): /saved {{pages}}',
    savedTitle: 'Saved papers',
    savedTotal_one: '{{count}} liked paper, newest vote first — page {{page}} of {{pages}}',
    savedTotal_other: '{{count}} liked papers, newest vote first — page {{page}} of {{pages}}',
    savedMore: '/saved {{next}} for more',
    noCardTitle: 'There is no card {{n}} to vote on',
    noCardHint: "{{command}} <n> takes the number of a card in this chat's last digest or /paper results (1, 2, …).",
    whichTitle: 'Which paper? {{command}} <n>',
    whichHint: "n is the number of a card in this chat's last digest or /paper results, e.g. {{command}} 2. Or tap 👍/👎 under the card.",
    goneTitle: 'That paper is no longer in the index',
    goneHint: 'Search for it again with /paper.',
    expiredTitle: 'This button has expired',
    expiredHint: 'Vote with /like <n> or /dislike <n> on a newer digest or /paper results.',
    withdrawn: 'Vote withdrawn: {{label}}',
    liked: '👍 Liked: {{label}}',
    disliked: '👎 Disliked: {{label}}',
    changed: 'Changed from {{from}}. {{shaping}}',
    shaping_one: "{{count}} vote now shapes this chat's picks.",
    shaping_other: "{{count}} votes now shape this chat's picks.",
    savedHint: '/saved lists the papers this chat liked.',
    unavailableTitle: 'Votes are not available here',
    unavailableHint: 'This instance keeps no feedback store.',
    tasteNone: 'Taste: no votes yet — 👍/👎 under the papers teach the picks.',
    taste_one: 'Taste: {{count}} vote shapes the picks ({{liked}} 👍, {{disliked}} 👎, member votes: {{votes}}); /schedule reset-taste forgets it.',
    taste_other: 'Taste: {{count}} votes shape the picks ({{liked}} 👍, {{disliked}} 👎, member votes: {{votes}}); /schedule reset-taste forgets them.',
  },

  // === Paper cards (every adapter)
  card: {
    matched: 'matched: {{why}}',
    moreSources_one: '+{{count}} more',
    moreSources_other: '+{{count}} more',
    moreDigests_one: '+{{count}} more digest',
    moreDigests_other: '+{{count}} more digests',
    topics: 'Topics',
    language: 'Language',
    source: 'Source',
    links: 'Links',
    englishTitle: 'English title: {{title}}',
    digestOf: 'Digest {{date}}',
  },

  // === Adapters: buttons, expired pages, the error boundary
  ui: {
    prev: '◀ Prev',
    next: 'Next ▶',
    moreHint: '({{hints}} for more)',
    or: ' or ',
    notOurs: "Sorry, I don't recognise this button. Search again with /paper <query>.",
    searchExpired: 'This search has expired. Send /paper <query> again.',
    searchExpiredTitle: 'This search has expired',
    searchExpiredHint: 'Run /paper again to get fresh results.',
    tooOld: 'This message is too old to update. Send /paper <query> again.',
    unknownButtonTitle: 'Unknown button',
    unknownButtonHint: 'This button is not from Paperboy, or from an older version.',
    unknownCommandTitle: 'Unknown command',
    unknownCommandHint: 'Try /help.',
    apologyTitle: 'Something went wrong',
    apology: 'Sorry, that did not work. Please try again in a minute.',
    apologyText: 'Sorry, something went wrong on my side. Please try again in a minute.',
    nothingToPage: 'Nothing to page through: search first, e.g. /paper diffusion',
    keywordChoice: 'keyword: {{input}}',
    emptyReply: '(empty reply)',
  },
} as const;
