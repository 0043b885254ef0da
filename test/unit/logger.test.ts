import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrub } from '../../src/logger.ts';

const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

describe('scrub', () => {
  it('GIVEN a line containing a secret THEN every occurrence is redacted', () => {
    expect(scrub(`GET /bot${token}/getMe and ${token}`, [token])).toBe('GET /bot[redacted]/getMe and [redacted]');
  });
});

describe('createLogger', () => {
  it('GIVEN a token inside a message, an object and an error THEN no output line contains it', async () => {
    const sink = new PassThrough();
    const chunks: string[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c.toString()));
    const log = createLogger({ level: 'info', secrets: [token], pretty: false, destination: sink });
    log.info(`calling https://api.telegram.org/bot${token}/getMe`);
    log.warn({ url: `https://api.telegram.org/bot${token}/sendMessage`, token }, 'failed');
    log.error({ err: new Error(`request to /bot${token}/x failed`) }, 'boom');
    await new Promise((r) => setImmediate(r));
    const out = chunks.join('');
    expect(out.split('\n').filter(Boolean)).toHaveLength(3);
    expect(out).not.toContain(token);
    expect(out).toContain('[redacted]');
  });

  it('GIVEN pretty output (a terminal; pino-pretty loaded on demand) THEN lines are human-readable, not JSON, and still scrubbed', async () => {
    const sink = new PassThrough();
    const chunks: string[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c.toString()));
    const log = createLogger({ level: 'info', secrets: [token], pretty: true, destination: sink });
    log.info({ papers: 12 }, `corpus loaded via /bot${token}/getMe`);
    await new Promise((r) => setImmediate(r));
    const out = chunks.join('').replace(/\u001b\[\d+m/g, ''); // colours off
    expect(out).toContain('corpus loaded via /bot[redacted]/getMe');
    expect(out).toContain('papers: 12');
    expect(out).toContain('INFO');
    expect(() => JSON.parse(out.split('\n')[0]!)).toThrow();
    expect(out).not.toContain(token);
  });
});
