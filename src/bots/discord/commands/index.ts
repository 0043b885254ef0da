/**
 * The command table: one module per slash command, looked up by name.
 * @module
 */
import type { Command } from './command.ts';
import digest from './digest.ts';
import dislike from './dislike.ts';
import help from './help.ts';
import lang from './lang.ts';
import like from './like.ts';
import paper from './paper.ts';
import saved from './saved.ts';
import schedule from './schedule.ts';
import status from './status.ts';
import subscribe from './subscribe.ts';
import topics from './topics.ts';
import unsubscribe from './unsubscribe.ts';

export type { Command } from './command.ts';

/** Every slash command, in the order Discord lists them. */
export const commands: readonly Command[] = [paper, subscribe, unsubscribe, topics, digest, like, dislike, saved, schedule, status, lang, help];

/** Command by its (English) name. */
export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));

/** The registration payload for `PUT /applications/:id/commands`. */
export function commandPayload() {
  return commands.map((c) => c.data.toJSON());
}
