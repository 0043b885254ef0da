/**
 * `/lang [language:] [channel:]` — the language of replies and digests in a channel: `en`, `ru`,
 * `zh` or `auto` (the server's language, or the member's in a DM). Without `language:` it shows the
 * current one.
 */
import { requestOf, runCommand } from '../respond.ts';
import { channelOption, localised, slashCommand, targetChat, type Command } from './command.ts';
import { names } from './locales.ts';

const data = slashCommand('lang', { admin: true })
  .addStringOption((o) =>
    localised(o, 'language').addChoices(
      { name: 'English', value: 'en' },
      { name: 'Русский', value: 'ru' },
      { name: '中文', value: 'zh' },
      { name: 'auto', value: 'auto', name_localizations: { ru: 'авто', 'zh-CN': '自动', 'zh-TW': '自动' } },
    ),
  )
  .addChannelOption(channelOption);

export default {
  data,
  async execute(interaction, ctx) {
    const language = interaction.options.getString(names.language.en) ?? '';
    await runCommand(interaction, ctx, requestOf(interaction, 'lang', language, { chat: targetChat(interaction) }));
  },
} satisfies Command;
