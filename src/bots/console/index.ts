/**
 * The console chat: every command works in a terminal with no tokens, and scheduled digests print
 * there too. Works interactively (a prompt) and non-interactively (commands piped on stdin: each line
 * is answered in order and the chat ends at end of input).
 * @module
 */
import { createInterface, type Interface } from 'node:readline';
import type { Reply } from '../../core/index.ts';
import type { ChatRef, DigestSender } from '../../schedule/index.ts';
import { commandNames, type Adapter, type CommandHandler, type CommandName } from '../shared/types.ts';
import { renderReplyText } from './render.ts';
import { defaultLocale, translator, type Locale } from '../shared/i18n/index.ts';

/** The one chat the console talks in. */
export const consoleChat: ChatRef = { platform: 'console', chatId: 'local' };

export interface ConsoleChatOptions {
  handler: CommandHandler;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Show a prompt (interactive terminal). */
  prompt?: boolean;
  /** Called for a handler failure (after the user got an apology). */
  onError?: (error: unknown) => void;
}

export interface ConsoleChat extends Adapter {
  /** Prints scheduled digests. */
  sender: DigestSender;
  /** Resolves when input ends (after {@link ConsoleChat.start}) and every pending command has been answered. */
  done: Promise<void>;
  /** Stops reading input (same as {@link ConsoleChat.stop}, synchronous). */
  close(): void;
}

/**
 * Parses a console line into a command: `/paper diffusion`, `paper diffusion`, or bare words (a search).
 * `/next` and `/prev` page through the last search.
 */
export function parseConsoleLine(line: string): { command: CommandName | 'next' | 'prev'; args: string } | null {
  const text = line.trim();
  if (!text || text.startsWith('#')) return null;
  const m = /^\/?([a-z]+)(?:@\S+)?(?:\s+([\s\S]*))?$/i.exec(text);
  const word = m?.[1]?.toLowerCase();
  if (word === 'next' || word === 'prev') return { command: word, args: '' };
  if (word && (commandNames as readonly string[]).includes(word)) {
    return { command: word as CommandName, args: m?.[2] ?? '' };
  }
  if (text.startsWith('/')) return { command: 'help', args: '' };
  return { command: 'paper', args: text };
}

/**
 * Creates the console chat on the given streams; nothing is read until `start()`.
 *
 * ```ts
 * const chat = createConsoleChat({ handler, input: process.stdin, output: process.stdout });
 * scheduler.addSender(chat.sender);
 * await chat.start();
 * await chat.done; // end of input
 * ```
 */
export function createConsoleChat(options: ConsoleChatOptions): ConsoleChat {
  const { handler, output } = options;
  const write = (text: string) => output.write(`${text}\n\n`);
  let rl: Interface | undefined;
  let closed = false;
  let ended!: () => void;
  const inputEnded = new Promise<void>((resolve) => (ended = resolve));
  let last: { query: string; page: number; pages: number } | null = null;
  // The console has no platform language: its own messages follow the chat's (the last reply's).
  let locale: Locale = defaultLocale;
  let queue = Promise.resolve();

  const run = async (line: string): Promise<void> => {
    const parsed = parseConsoleLine(line);
    if (!parsed) return;
    let { command, args } = parsed;
    let page = 0;
    if (command === 'next' || command === 'prev') {
      if (!last) {
        write(`! ${translator(locale)('ui.nothingToPage')}`);
        return;
      }
      page = Math.min(Math.max(0, last.page + (command === 'next' ? 1 : -1)), last.pages - 1);
      command = 'paper';
      args = last.query;
    }
    let reply: Reply;
    try {
      reply = await handler.handle({
        chat: consoleChat,
        chatType: 'private',
        user: { id: 'console', name: 'you' },
        command,
        args,
        page,
        isAdmin: async () => true,
      });
    } catch (e) {
      options.onError?.(e);
      write(`! ${translator(locale)('ui.apologyText')}`);
      return;
    }
    if (reply.pager) last = { query: reply.pager.query, page: reply.pager.page, pages: reply.pager.pages };
    locale = reply.locale ?? defaultLocale;
    write(renderReplyText(reply));
  };

  const prompt = () => {
    if (options.prompt) output.write('> ');
  };
  const close = () => {
    closed = true;
    if (rl) rl.close();
    else ended();
  };

  const sender: DigestSender = {
    platform: 'console',
    async send(_chat, reply) {
      write(renderReplyText(reply));
      return { ok: true };
    },
  };
  return {
    sender,
    done: inputEnded.then(() => queue),
    async start() {
      if (rl || closed) return;
      rl = createInterface({ input: options.input, terminal: false });
      prompt();
      rl.on('line', (line) => {
        queue = queue.then(() => run(line)).then(prompt);
      });
      rl.once('close', ended);
    },
    async stop() {
      close();
    },
    close,
  };
}

/** {@link createConsoleChat} and `start()` at once (tests and scripts). */
export function startConsoleChat(options: ConsoleChatOptions): ConsoleChat {
  const chat = createConsoleChat(options);
  void chat.start();
  return chat;
}
