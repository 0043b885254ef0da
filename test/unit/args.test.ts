import { describe, expect, it } from 'vitest';
import { argErrorText, checkSchedule, parseQuery, parseSchedule, parseTargets, resolveTimeZone } from '../../src/bots/shared/args.ts';

describe('parseQuery', () => {
  it('GIVEN spaces around and inside THEN they collapse', () => {
    expect(parseQuery('  diffusion   models ')).toEqual({ ok: true, value: 'diffusion models' });
  });
  it('GIVEN nothing THEN EMPTY_QUERY', () => {
    expect(parseQuery(' \n ')).toEqual({ ok: false, error: { code: 'EMPTY_QUERY' } });
  });
  it('GIVEN 201 characters THEN QUERY_TOO_LONG', () => {
    expect(parseQuery('я'.repeat(201))).toEqual({ ok: false, error: { code: 'QUERY_TOO_LONG', max: 200 } });
  });
});

describe('parseTargets', () => {
  it('GIVEN ids, labels, commas and quotes THEN topics and keywords are split', () => {
    expect(parseTargets('diffusion,LLM  "World Model" «mixture of experts»', 'subscribe')).toEqual({
      ok: true,
      value: { topics: ['diffusion', 'llm'], keywords: ['world model', 'mixture of experts'], all: false },
    });
  });
  it('GIVEN a typo of a topic id THEN UNKNOWN_TOPIC with the suggestion', () => {
    expect(parseTargets('robotcs', 'subscribe')).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_TOPIC', input: 'robotcs', suggestions: ['robotics'] },
    });
  });
  it('GIVEN an unknown word far from every topic THEN it is a keyword', () => {
    expect(parseTargets('gaussian', 'subscribe')).toMatchObject({ ok: true, value: { keywords: ['gaussian'] } });
  });
  it('GIVEN "all" for unsubscribe THEN all is set', () => {
    expect(parseTargets('all', 'unsubscribe')).toMatchObject({ ok: true, value: { all: true } });
  });
  it('GIVEN nothing THEN NO_TARGETS with usage', () => {
    const r = parseTargets('  ', 'subscribe');
    expect(r).toEqual({ ok: false, error: { code: 'NO_TARGETS', command: 'subscribe' } });
    if (!r.ok) expect(argErrorText(r.error).lines[0]).toMatch(/^Usage: \/subscribe/);
  });
  it('GIVEN a keyword of invisible characters THEN BAD_KEYWORD; invisible characters inside one are dropped', () => {
    expect(parseTargets('"\u200b\u200b\u200b"', 'subscribe')).toMatchObject({ ok: false, error: { code: 'BAD_KEYWORD' } });
    expect(parseTargets('"wor\u200bld"', 'subscribe')).toMatchObject({ ok: true, value: { keywords: ['world'] } });
  });

  it('GIVEN a one-letter keyword THEN BAD_KEYWORD', () => {
    expect(parseTargets('"x"', 'subscribe')).toEqual({ ok: false, error: { code: 'BAD_KEYWORD', input: 'x' } });
  });
});

describe('parseSchedule', () => {
  it('GIVEN HH:MM and a zone in any case THEN the canonical zone name', () => {
    expect(parseSchedule('7:05 asia/shanghai')).toEqual({ ok: true, value: { kind: 'time', time: '07:05', timeZone: 'Asia/Shanghai' } });
  });
  it('GIVEN only a time THEN the zone is kept', () => {
    expect(parseSchedule('23.59')).toEqual({ ok: true, value: { kind: 'time', time: '23:59' } });
  });
  it.each([
    ['off', { kind: 'off' }],
    ['ON', { kind: 'on' }],
    ['pause', { kind: 'off' }],
    ['size 5', { kind: 'size', size: 5 }],
    ['quiet on', { kind: 'quiet', quiet: true }],
    ['quiet OFF', { kind: 'quiet', quiet: false }],
    ['', { kind: 'show' }],
  ])('GIVEN "%s" THEN the matching change', (args, change) => {
    expect(parseSchedule(args)).toEqual({ ok: true, value: change });
  });
  it.each(['1e1', '0x5', '5.0', '+5', '-1', '0', '11', '５', 'five'])('GIVEN size %s THEN BAD_SIZE: plain decimal digits from 1 to 10 only (#16)', (size) => {
    expect(parseSchedule(`size ${size}`)).toEqual({ ok: false, error: { code: 'BAD_SIZE', input: size } });
  });
  it.each([
    ['1', 1],
    ['05', 5],
    ['10', 10],
  ])('GIVEN size %s THEN %i', (size, n) => {
    expect(parseSchedule(`size ${size}`)).toEqual({ ok: true, value: { kind: 'size', size: n } });
  });
  it('GIVEN typed fields (Discord subcommands) THEN they are validated as text is', () => {
    expect(checkSchedule({ kind: 'time', time: '7:30', timeZone: 'europe/berlin' })).toEqual({ ok: true, value: { kind: 'time', time: '07:30', timeZone: 'Europe/Berlin' } });
    expect(checkSchedule({ kind: 'time', time: '25:00' })).toEqual({ ok: false, error: { code: 'BAD_TIME', input: '25:00' } });
    expect(checkSchedule({ kind: 'size', size: '12' })).toEqual({ ok: false, error: { code: 'BAD_SIZE', input: '12' } });
    expect(checkSchedule({ kind: 'quiet', quiet: false })).toEqual({ ok: true, value: { kind: 'quiet', quiet: false } });
  });
  it('GIVEN 24:00, 9, and a bad zone THEN specific errors', () => {
    expect(parseSchedule('24:00')).toEqual({ ok: false, error: { code: 'BAD_TIME', input: '24:00' } });
    expect(parseSchedule('9')).toEqual({ ok: false, error: { code: 'BAD_TIME', input: '9' } });
    expect(parseSchedule('09:00 Moscow')).toEqual({ ok: false, error: { code: 'BAD_ZONE', input: 'Moscow', suggestions: ['Europe/Moscow'] } });
  });
});

describe('resolveTimeZone', () => {
  it('GIVEN utc THEN UTC', () => {
    expect(resolveTimeZone('utc')).toEqual({ ok: true, value: 'UTC' });
  });
});
