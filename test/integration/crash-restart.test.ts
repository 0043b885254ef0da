/**
 * Crash-restart: the scheduler runs in a child process over a SQLite file, fanning out 200 due
 * digests to a fake platform that logs every accepted digest. The process is SIGKILLed several times
 * in the middle of the fan-out, at different steps, and restarted; in the end every due chat must
 * have exactly one digest, and the stored history must be exactly the papers it received.
 *
 * Kill points (each run continues from the previous one's state):
 * 1. by the parent, while 8 sends are in flight and not yet accepted (the platform stalls after 60);
 * 2. by the child itself right after its 100th outbox write (pending / sending / sent / recorded);
 * 3. right after its 77th subscription write (schedule advanced / last delivery recorded);
 * 4. right after its 20th history write (sent, history written, subscription and `recorded` not);
 * 5. a last run to completion.
 * Not covered on purpose: a kill between the platform accepting a digest and the `sent` write
 * (a sub-millisecond window, documented in src/schedule/outbox.ts), where a re-send is unavoidable
 * without an idempotent platform API; test/unit/schedule-delivery.test.ts pins that behaviour.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/schedule/store/index.ts';

const worker = fileURLToPath(new URL('../fixtures/schedule/crash-worker.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'paperboy-crash-'));
const storeFile = join(dir, 'store.sqlite');
const sentLog = join(dir, 'sent.log');
const now = Date.UTC(2026, 10, 23, 9, 0);
const chats = 200;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  recorded: number;
  stderr: string;
}

/** Starts the worker; `killWhen(recordedCount)` lets the parent SIGKILL it. */
function run(env: Record<string, string>, killWhen?: (recorded: number) => boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker], {
      env: { ...process.env, STORE_FILE: storeFile, SENT_LOG: sentLog, NOW: String(now), CHATS: String(chats), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let recorded = 0;
    let stderr = '';
    let buffer = '';
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      recorded += lines.filter((l) => l.startsWith('recorded ')).length;
      if (killWhen?.(recorded)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, recorded, stderr }));
  });
}

const logLines = () => (existsSync(sentLog) ? readFileSync(sentLog, 'utf8').trim().split('\n').filter(Boolean) : []);

describe('crash and restart during a fan-out', () => {
  it('GIVEN 200 due chats and five SIGKILLs at different steps THEN every chat gets exactly one digest and history matches', async () => {
    const first = await run({ STALL_AFTER: '60' }, (recorded) => recorded >= 60);
    expect(first.signal).toBe('SIGKILL');
    expect(logLines()).toHaveLength(60); // 8 more were in flight, not accepted

    const crashes: Record<string, string>[] = [{ CRASH_AFTER_OUTBOX_PUT: '100' }, { CRASH_AFTER_SUB_PUT: '77' }, { CRASH_AFTER_HISTORY_ADD: '20' }];
    for (const env of crashes) {
      const before = logLines().length;
      const r = await run(env);
      expect(r.signal, `${JSON.stringify(env)} ${r.stderr}`).toBe('SIGKILL');
      expect(logLines().length).toBeGreaterThan(before); // progress was made, and it died mid-fan-out
      expect(logLines().length).toBeLessThan(chats);
    }

    const last = await run({});
    expect(last.code, last.stderr).toBe(0);

    // Exactly one digest per chat, all for the same local date, with 3 distinct papers.
    const lines = logLines().map((l) => {
      const [chat, , , , date, ids] = l.split(' '); // "telegram:c7 Your digest for 2026-11-23 p1,p2,p3"
      return { chat: chat!, date: date!, ids: ids!.split(',') };
    });
    const perChat = new Map<string, number>();
    for (const l of lines) perChat.set(l.chat, (perChat.get(l.chat) ?? 0) + 1);
    expect(perChat.size).toBe(chats);
    expect([...perChat].filter(([, n]) => n !== 1)).toEqual([]);
    expect(new Set(lines.map((l) => l.date))).toEqual(new Set(['2026-11-23']));
    expect(lines.filter((l) => l.ids.length !== 3 || new Set(l.ids).size !== 3)).toEqual([]);

    // The store agrees: history = what was sent, outbox closed, schedule moved to tomorrow.
    const store = await openStore(`sqlite://${storeFile}`);
    try {
      for (const l of lines) {
        const chat = { platform: 'telegram' as const, chatId: l.chat.slice('telegram:'.length) };
        expect([...(await store.history.delivered(chat))].sort()).toEqual([...l.ids].sort());
        const entry = await store.outbox.get(`${l.chat}:2026-11-23`);
        expect(entry).toMatchObject({ state: 'sent', recorded: true, paperIds: l.ids });
        const sub = await store.subscriptions.get(chat);
        expect(sub).toMatchObject({ nextRunAt: Date.UTC(2026, 10, 24, 9), lastDelivery: { localDate: '2026-11-23', count: 3 } });
      }
      expect(await store.outbox.open()).toEqual([]);
    } finally {
      await store.close();
    }
  }, 60_000);
});
