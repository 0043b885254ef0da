/**
 * Doctor: the configuration. The environment (and `.env`) parsed by `config.ts` exactly as
 * `npm start` parses it, plus the mistakes zod cannot see because the value is well-formed: no
 * platform token at all, a Discord token that is really the client secret or has `Bot ` in front
 * (warnings: the Discord check's 401 is the error; these say which mistake it probably is), a
 * webhook URL on a port Telegram does not call.
 * @module
 */
import { ConfigError, parseConfig, type Config } from '../../config.ts';
import { error, ok, warning, type Check } from './check.ts';

/** Ports Telegram delivers webhooks to (Bot API `setWebhook`: "Ports currently supported for webhooks: 443, 80, 88, 8443"). */
export const telegramWebhookPorts = [443, 80, 88, 8443] as const;

/** A Discord bot token: three base64url parts separated by dots (id, timestamp, HMAC). */
const discordTokenShape = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** The values a report must never show, from the environment itself (also when it does not parse). */
export function secretsOf(env: Record<string, string | undefined>): string[] {
  return [env.TELEGRAM_BOT_TOKEN, env.TELEGRAM_WEBHOOK_SECRET, env.DISCORD_TOKEN].map((v) => v?.trim() ?? '').filter((v) => v.length >= 8);
}

/** A store URL with its credentials hidden (`redis://user:pw@host` -> `redis://***@host`). */
export function redactStoreUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

/**
 * Parses the configuration and looks for well-formed mistakes. `config` is undefined when it does
 * not parse: every other check needs it.
 *
 * ```ts
 * const { config, checks } = checkConfig(loadEnv());
 * ```
 */
export function checkConfig(env: Record<string, string | undefined>): { config?: Config; checks: Check[] } {
  let config: Config;
  try {
    config = parseConfig(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return {
      checks: [error('config', 'config', 'Configuration', `invalid: ${e.problems.join('; ')}`, 'fix the variables named (see .env.example for each one and its default); the other checks need a valid configuration')],
    };
  }
  return { config, checks: [ok('config', 'config', 'Configuration', describe(config)), ...configMistakes(config)] };
}

/**
 * The well-formed mistakes of a parsed configuration (the part of {@link checkConfig} that `npm
 * start` also runs: it has its configuration parsed already). `console: false` leaves out the
 * "no platform token" warning, which is no mistake for a bot that means to run the console chat.
 */
export function configMistakes(config: Config, o: { console?: boolean } = {}): Check[] {
  const checks: Check[] = [];
  if (!config.telegram && !config.discord && o.console !== false) {
    checks.push(warning('config', 'config.platforms', 'Platforms', 'no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN: npm start opens the console chat only', 'to go live, set TELEGRAM_BOT_TOKEN and/or DISCORD_TOKEN (README "Going live")'));
  }
  const discordToken = config.discord?.token;
  if (discordToken && !discordTokenShape.test(discordToken)) {
    checks.push(
      /^bot\s/i.test(discordToken)
        ? warning('config', 'config.discord-token', 'Discord token', 'DISCORD_TOKEN starts with "Bot ": the library adds that prefix itself', 'set DISCORD_TOKEN to the token alone, without "Bot "')
        : warning('config', 'config.discord-token', 'Discord token', 'DISCORD_TOKEN is not shaped like a bot token (three parts separated by dots); the client secret and the public key are not bot tokens', 'Developer Portal -> your application -> Bot -> Reset Token, and copy that token into DISCORD_TOKEN'),
    );
  }
  const webhook = config.telegram?.webhook;
  if (webhook && config.telegram && new URL(config.telegram.apiRoot).hostname === 'api.telegram.org') {
    const url = new URL(webhook.url);
    const port = url.port ? Number(url.port) : 443;
    if (!(telegramWebhookPorts as readonly number[]).includes(port)) {
      checks.push(error('config', 'config.webhook-port', 'Telegram webhook URL', `TELEGRAM_WEBHOOK_URL uses port ${port}; Telegram delivers webhooks only to ports 443, 80, 88 and 8443`, 'publish the HTTPS endpoint on 443 (or 80, 88, 8443) and forward it to PORT; PORT itself may be any port'));
    }
  }
  return checks;
}

/** One line: which platforms, in which mode, which store, which sources. */
function describe(c: Config): string {
  const platforms = [
    c.telegram ? `Telegram (${c.telegram.webhook ? 'webhook' : 'long polling'})` : '',
    c.discord ? `Discord${c.discord.guildId ? ' (commands in one guild)' : ''}` : '',
  ].filter(Boolean);
  const sources = c.sources.specs.length ? c.sources.specs.map((s) => s.id).join(', ') : 'none';
  return `valid: ${platforms.join(' + ') || 'console chat'}; store ${redactStoreUrl(c.storeUrl)}; sources ${sources}`;
}
