/**
 * The links that bring people to the bot, from its username (`getMe`): its chat, "add to a group",
 * and "add to a channel as an admin who may post" (Telegram's deep links, core.telegram.org/api/links).
 * @module
 */

/** The bot's three links. */
export interface TelegramLinks {
  /** `https://t.me/<username>`: the private chat. */
  chat: string;
  /** `…?startgroup=true`: pick a group to add the bot to. */
  group: string;
  /** `…?startchannel&admin=post_messages`: pick a channel; the bot joins as an admin that may post. */
  channel: string;
}

/**
 * ```ts
 * telegramLinks('PaperboyBot').group; // https://t.me/PaperboyBot?startgroup=true
 * ```
 */
export function telegramLinks(username: string): TelegramLinks {
  const chat = `https://t.me/${encodeURIComponent(username)}`;
  return { chat, group: `${chat}?startgroup=true`, channel: `${chat}?startchannel&admin=post_messages` };
}
