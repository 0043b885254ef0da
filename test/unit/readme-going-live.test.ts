/**
 * The README names only what exists: every environment variable is in the config schema and in
 * `.env.example` (or is a bench/test knob that bench/ or test/ code reads), every `npm run X` is a
 * script, every `paperboy -- X` a CLI command, and every bot command in "Commands" and "Going live"
 * one the bot has (or @BotFather's own, on a line about @BotFather). The invite link it shows
 * carries the scopes and permission integer the code computes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { invitePermissions, inviteScopes } from '../../src/bots/discord/permissions.ts';
import { commandNames } from '../../src/bots/shared/types.ts';
import { cliCommands } from '../../src/cli.ts';
import { ConfigSchema } from '../../src/config.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** What exists, gathered from the code. */
interface Facts {
  configVars: Set<string>;
  envExample: Set<string>;
  /** Variables read by bench/ or test/ code (`env.NAME`; in bench/, also the name as a string literal). */
  knobs: Set<string>;
  scripts: Set<string>;
  cli: Set<string>;
  botCommands: Set<string>;
}

/** @BotFather's commands the walkthrough may name (they exist at @BotFather, not in this bot). */
const botFatherCommands = new Set(['newbot', 'mybots', 'setcommands', 'setjoingroups', 'setprivacy', 'revoke', 'token']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function facts(): Facts {
  const self = fileURLToPath(import.meta.url);
  const source = (d: string) => filesUnder(join(root, d)).filter((f) => f !== self).map((f) => readFileSync(f, 'utf8')).join('\n');
  const bench = source('bench');
  const knobs = [
    // `process.env.NAME` / `env.NAME` in bench/ and test/ code.
    ...`${bench}\n${source('test')}`.matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g),
    // bench/ reads some by name (`env[name]` with `name: 'BENCH_CHATS' | …`).
    ...bench.matchAll(/['"]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"]/g),
  ].map((m) => m[1]!);
  return {
    configVars: new Set(Object.keys(ConfigSchema.shape)),
    envExample: new Set([...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!)),
    knobs: new Set(knobs),
    scripts: new Set(Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts)),
    cli: new Set<string>(cliCommands),
    botCommands: new Set<string>(commandNames),
  };
}

/** The `## heading` sections (each up to the next `## `), joined; '' when there is none. */
function section(md: string, heading: string): string {
  const parts: string[] = [];
  for (let start = md.indexOf(`\n## ${heading}\n`); start >= 0; start = md.indexOf(`\n## ${heading}\n`, start + 1)) {
    const end = md.indexOf('\n## ', start + 1);
    parts.push(md.slice(start, end < 0 ? undefined : end));
  }
  return parts.join('\n');
}

/** Everything the README names that does not exist, one line each. */
export function readmeProblems(md: string, f: Facts): string[] {
  const problems: string[] = [];
  // Environment variables: any UPPER_SNAKE word, in code or prose.
  for (const name of new Set([...md.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)].map((m) => m[0]))) {
    if (f.configVars.has(name)) {
      if (!f.envExample.has(name)) problems.push(`variable ${name} is in the config schema but not in .env.example`);
    } else if (!f.knobs.has(name)) {
      problems.push(`variable ${name} is neither in the config schema nor read by bench/ or test/ code`);
    }
  }
  // npm scripts and the CLI.
  for (const m of md.matchAll(/\bnpm (?:run(?: -s)? ([\w:-]+)|(start|test)\b)/g)) {
    const script = (m[1] ?? m[2])!;
    if (!f.scripts.has(script)) problems.push(`npm script "${script}" does not exist`);
  }
  for (const m of md.matchAll(/\bpaperboy -- ([a-z][\w-]*)/g)) if (!f.cli.has(m[1]!)) problems.push(`CLI command "paperboy ${m[1]}" does not exist`);
  // Bot commands, in the sections that teach them: `/name` at the start of a code span or after a space in one.
  for (const heading of ['Commands', 'Going live']) {
    for (const line of section(md, heading).split('\n')) {
      const spans = [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      for (const span of spans) {
        for (const m of span.matchAll(/(?:^|\s)\/([a-z_]+)/g)) {
          const name = m[1]!;
          if (f.botCommands.has(name)) continue;
          if (botFatherCommands.has(name) && line.includes('@BotFather')) continue;
          problems.push(`bot command /${name} (in "${heading}") does not exist`);
        }
      }
    }
  }
  return problems;
}

describe('README', () => {
  const md = read('README.md');

  it('GIVEN the README THEN every variable, npm script, CLI command and bot command it names exists', () => {
    expect(readmeProblems(md, facts())).toEqual([]);
  });

  it('GIVEN the README with made-up names THEN each is reported', () => {
    const bad = `${md}\n## Going live\n\nSet \`TELEGRAM_TOKEN\`, run \`npm run doctor\` and \`npm run -s paperboy -- check\`, then \`/subscribe llm\` and \`/follow llm\`; in @BotFather \`/setprivacy\`, elsewhere \`/setprivacy\`.\n`;
    expect(readmeProblems(bad, facts())).toEqual([
      'variable TELEGRAM_TOKEN is neither in the config schema nor read by bench/ or test/ code',
      'npm script "doctor" does not exist',
      'CLI command "paperboy check" does not exist',
      'bot command /follow (in "Going live") does not exist',
    ]);
  });

  it('GIVEN "Going live" THEN it walks through both platforms, webhook mode and several instances, and its invite link is the one the code builds', () => {
    const live = section(md, 'Going live');
    for (const heading of ['### Telegram', '### Discord', '### Webhook mode', '### Several instances']) expect(live).toContain(heading);
    expect(live).toContain('[Scaling out](#scaling-out)');
    expect(md).toContain('\n## Scaling out\n');
    const link = /https:\/\/discord\.com\/oauth2\/authorize\?client_id=<application id>&scope=([\w.+]+)&permissions=(\d+)/.exec(live);
    expect(link?.[1]?.split('+')).toEqual([...inviteScopes]);
    expect(link?.[2]).toBe(invitePermissions.toString());
    for (const name of ['View Channel', 'Send Messages', 'Embed Links', 'Read Message History', 'Send Messages in Threads']) expect(live).toContain(`**${name}**`);
  });
});
