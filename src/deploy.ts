/**
 * `npm run deploy`: publishes the command menus without starting the bot, for release pipelines:
 * Discord slash commands (idempotent: uploaded only when they differ from what Discord has; to
 * `DISCORD_GUILD_ID` when set, globally otherwise) and Telegram's `setMyCommands` in English, Russian
 * and Chinese. `npm start` does the same at start-up, so running this is optional.
 *
 * Exit 0 when every configured platform was updated, 1 on a configuration error or when no token is
 * set, 2 when a platform refused (the message names the platform, never the token).
 * @module
 */
import { REST, Routes } from 'discord.js';
import { Api } from 'grammy';
import { commandPayload } from './bots/discord/commands/index.ts';
import { registerCommands } from './bots/discord/register.ts';
import { registerCommandMenus } from './bots/telegram/commands-meta.ts';
import { configOrExit, isEntryPoint } from './app/entry.ts';
import type { Config } from './config.ts';
import { createLogger } from './logger.ts';

/** Registers the menus of every platform whose token `config` has; resolves to the failures, by platform. */
export async function deploy(config: Config, log = createLogger({ level: config.logLevel, secrets: [config.telegram?.token, config.discord?.token] })): Promise<string[]> {
  const failed: string[] = [];
  if (config.discord) {
    try {
      const rest = new REST({ api: config.discord.apiBase }).setToken(config.discord.token);
      const app = (await rest.get(Routes.currentApplication())) as { id: string };
      const result = await registerCommands({
        rest,
        applicationId: app.id,
        ...(config.discord.guildId ? { guildId: config.discord.guildId } : {}),
        commands: commandPayload(),
      });
      log.info({ ...result, applicationId: app.id }, 'discord commands deployed');
    } catch (err) {
      failed.push('discord');
      log.error({ err }, 'discord command deployment failed');
    }
  }
  if (config.telegram) {
    const menus = await registerCommandMenus(new Api(config.telegram.token, { apiRoot: config.telegram.apiRoot }));
    if (menus.ok) log.info({ languages: menus.languages }, 'telegram command menus deployed');
    else {
      failed.push('telegram');
      log.error({ error: menus.error }, 'setMyCommands failed; the command menus were not deployed');
    }
  }
  return failed;
}

if (isEntryPoint(import.meta.url)) {
  const config = configOrExit();
  if (!config.telegram && !config.discord) {
    process.stderr.write('deploy: set TELEGRAM_BOT_TOKEN and/or DISCORD_TOKEN (see .env.example); nothing to deploy.\n');
    process.exit(1);
  }
  const failed = await deploy(config);
  process.exit(failed.length ? 2 : 0);
}
