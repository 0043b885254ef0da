/**
 * Layering rules (SPEC section 1, STYLE 1): bots -> schedule -> core, bots -> core; core is pure.
 * Run with `npm run check`.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-core-to-outer-layers',
      comment: 'core is the domain: it never depends on schedule, bots, sources, app wiring, config or main.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(schedule|bots|sources|app)/|^src/(config|main|cli|logger)\\.ts$' },
    },
    {
      name: 'no-core-to-infra-deps',
      comment: 'core is pure: no platform SDKs, cron, storage, logging or file system.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['npm', 'core'], path: 'discord\\.js|grammy|node-cron|keyv|sqlite|pino|^fs$|^node:fs|^(node:)?(fs|child_process|net|http|https)$' },
    },
    {
      name: 'no-schedule-to-bots',
      comment: 'schedule knows platforms only through the DigestSender port, and papers only through the index it is given.',
      severity: 'error',
      from: { path: '^src/schedule/' },
      to: { path: '^src/(bots|sources|app)/|discord\\.js|grammy' },
    },
    {
      name: 'sources-use-core-only',
      comment: 'live sources fetch and store documents; parsing is core\'s. They never reach into bots, the schedule layer or the wiring: the key-value store and the lease come in as ports.',
      severity: 'error',
      from: { path: '^src/sources/' },
      to: { path: '^src/(bots|schedule|app)/|^src/(config|main|cli|deploy|logger)\\.ts$|discord\\.js|grammy' },
    },
    {
      name: 'adapters-stay-apart',
      comment: 'one adapter never imports another; shared code lives in bots/shared.',
      severity: 'error',
      from: { path: '^src/bots/(telegram|discord|console)/' },
      to: { path: '^src/bots/(telegram|discord|console)/', pathNot: '^src/bots/$1/' },
    },
    {
      name: 'core-through-its-index',
      comment: 'outside core, import core only from src/core/index.ts: its deliberate public surface (STYLE 14).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/core/' },
      to: { path: '^src/core/', pathNot: '^src/core/index\\.ts$' },
    },
    {
      name: 'schedule-through-its-index',
      comment: 'outside the schedule layer, import it only from src/schedule/index.ts: its deliberate public surface (STYLE 14), so its parts (tick, timers, store) can change without touching bots or the wiring.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/schedule/' },
      to: { path: '^src/schedule/', pathNot: '^src/schedule/index\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
