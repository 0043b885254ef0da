/**
 * Review test of the console chat: digest text and echoed input reach a terminal, where control
 * characters are escape sequences (colours, cursor moves, window title, OSC 52 clipboard writes).
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startConsoleChat } from '../../src/bots/console/index.ts';
import type { DigestSender } from '../../src/schedule/types.ts';
import { createTestApp } from '../support/app.ts';
import { digestReply, stubPaper } from '../fakes/telegram-api.ts';

const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function chat() {
  const { handler } = createTestApp();
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d: Buffer) => (printed += d.toString()));
  const session = startConsoleChat({ handler, input, output });
  return { input, session, printed: () => printed };
}

describe('console chat: no terminal escape sequences from text', () => {
  it('GIVEN a search with an OSC 52 clipboard write and a screen clear in it THEN the echo prints no control character', async () => {
    const { input, session, printed } = chat();
    input.end('/paper zzqx \u001b]52;c;ZXZpbA==\u0007 \u001b[2J\u009b31m\r\n');
    await session.done;
    expect(printed()).toContain('zzqx');
    expect(printed()).not.toMatch(controls);
  });

  it('GIVEN a scheduled digest whose paper text carries escape sequences THEN it prints without them', async () => {
    const { input, session, printed } = chat();
    const paper = { ...stubPaper(0), name: '\u001b[31mRED', summary: 'text\u001b]0;owned\u0007 more\rhidden' };
    const sender: DigestSender = session.sender;
    await sender.send({ platform: 'console', chatId: 'local' }, { ...digestReply(0), items: [{ paper, why: ['\u001b[5m'] }] });
    input.end();
    await session.done;
    expect(printed()).toContain('RED');
    expect(printed()).not.toMatch(controls);
  });
});
