import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/corpus.ts';
import { feedbackRepo, memoryStore } from '../../src/schedule/index.ts';
import { runCli } from '../../src/cli.ts';
import { memoryKv } from '../support/kv.ts';

const chat = { platform: 'telegram' as const, chatId: '-100' };
const other = { platform: 'telegram' as const, chatId: '-200' };

describe('feedbackRepo', () => {
  it('GIVEN two members THEN one vote each per paper, changeable and withdrawable; the chat sees the net', async () => {
    const f = feedbackRepo(memoryKv());
    expect(await f.vote(chat, 'u1', 'p1', 1, 10)).toEqual({ previous: 0, net: 1 });
    expect(await f.vote(chat, 'u1', 'p1', 1, 11)).toEqual({ previous: 1, net: 1 }); // a second 👍 changes nothing
    expect(await f.vote(chat, 'u2', 'p1', 1, 12)).toEqual({ previous: 0, net: 2 });
    expect(await f.vote(chat, 'u2', 'p1', -1, 13)).toEqual({ previous: 1, net: 0 }); // changed mind
    expect(await f.vote(chat, 'u2', 'p2', -1, 14)).toEqual({ previous: 0, net: -1 });
    expect([...(await f.votes(chat))]).toEqual([['p2', -1]]); // p1 nets 0: no opinion
    expect(await f.summary(chat)).toEqual({ papers: 1, liked: 0, disliked: 1, votes: 3 });
    expect(await f.vote(chat, 'u2', 'p1', 0, 15)).toEqual({ previous: -1, net: 1 });
    expect(await f.saved(chat)).toEqual([{ paperId: 'p1', net: 1, at: 11 }]);
    expect(await f.votes(other)).toEqual(new Map());
  });

  it('GIVEN many concurrent votes THEN none is lost (writes are serialised per chat)', async () => {
    const f = feedbackRepo(memoryKv());
    await Promise.all(Array.from({ length: 50 }, (_, i) => f.vote(chat, `u${i}`, 'p', 1, i)));
    expect((await f.votes(chat)).get('p')).toBe(50);
  });

  it('GIVEN more papers than the cap THEN the least recently voted are dropped', async () => {
    const f = feedbackRepo(memoryKv(), { maxPapers: 3 });
    for (let i = 0; i < 5; i++) await f.vote(chat, 'u', `p${i}`, 1, i);
    expect((await f.saved(chat)).map((s) => s.paperId)).toEqual(['p4', 'p3', 'p2']);
  });

  it('GIVEN reset THEN the chat forgets every vote, other chats keep theirs', async () => {
    const kv = memoryKv();
    const f = feedbackRepo(kv);
    await f.vote(chat, 'u', 'a', 1, 1);
    await f.vote(chat, 'u', 'b', -1, 2);
    await f.vote(other, 'u', 'a', 1, 3);
    expect(await f.reset(chat)).toBe(2);
    expect(await f.summary(chat)).toEqual({ papers: 0, liked: 0, disliked: 0, votes: 0 });
    expect(kv.map.has('taste:telegram:-100')).toBe(false);
    expect((await f.votes(other)).get('a')).toBe(1);
  });

  it('GIVEN a group that became a supergroup THEN its votes move, merged with any the new id has', async () => {
    const f = feedbackRepo(memoryKv());
    const to = { platform: 'telegram' as const, chatId: '-1009' };
    await f.vote(chat, 'u1', 'a', 1, 1);
    await f.vote(chat, 'u2', 'b', -1, 2);
    await f.vote(to, 'u1', 'a', -1, 3); // already voted in the new chat: that vote wins
    await f.move(chat, to);
    await f.move(chat, to); // idempotent
    expect([...(await f.votes(to))].sort()).toEqual([['a', -1], ['b', -1]]);
    expect(await f.votes(chat)).toEqual(new Map());
  });

  it('GIVEN the store port (memory store kv) THEN the same record round-trips as JSON', async () => {
    const store = memoryStore();
    const f = feedbackRepo(store.kv);
    await f.vote({ ...chat, threadId: '7' }, 'u', 'arxiv:2409.12186', 1, 5);
    expect(await store.kv.get('taste:telegram:-100:7')).toEqual({ v: 1, papers: { 'arxiv:2409.12186': { u: [1, 5] } } });
  });
});

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

describe('upvotes (popularity)', () => {
  it('GIVEN hf-daily and HFday files of the same day THEN a merged paper keeps the upvotes', () => {
    const files = [
      { file: '2024-09-16-hf-daily.json', bytes: readFileSync(`${fixtures}sources/hf-daily/2024-09-16.json`) },
      { file: '2024-09-16.json', bytes: readFileSync(`${fixtures}hfday-d/2024-09-16.json`) },
    ];
    const { papers } = buildCorpus(files);
    const instant = papers.find((p) => p.arxivId === '2409.08857')!;
    expect(instant.upvotes).toBe(30);
    expect(instant.sources.map((s) => s.format).sort()).toEqual(['hf-daily', 'hfday-json']);
    expect(papers.every((p) => typeof p.upvotes === 'number')).toBe(true);
  });

  it('GIVEN the same paper listed with different counts THEN the highest wins; a bad count is ignored', () => {
    const item = (upvotes: unknown) => JSON.stringify([{ paper: { id: '2409.00001', title: 'Some Paper Title', summary: 'x', upvotes } }]);
    const { papers } = buildCorpus([
      { file: '2024-09-01-hf-daily.json', bytes: Buffer.from(item(4)) },
      { file: '2024-09-02-hf-daily.json', bytes: Buffer.from(item(9)) },
      { file: '2024-09-03-hf-daily.json', bytes: Buffer.from(item('many')) },
    ]);
    expect(papers.map((p) => p.upvotes)).toEqual([9]);
  });
});

describe('paperboy recommend', () => {
  const run = async (...argv: string[]) => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runCli(argv, { stdout: (s) => stdout.push(s), stderr: (s) => stderr.push(s) });
    return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  };
  const dir = `${fixtures}hfday-d`;

  it('GIVEN topics and votes THEN the picks in order, in the search result shape with arxivId, never an excluded or voted paper', async () => {
    const base = ['recommend', '--dir', dir, '--topics', 'llm', '--date', '2024-09-27', '--size', '5', '--json'];
    const plain = await run(...base);
    expect(plain.code).toBe(0);
    const rows = JSON.parse(plain.stdout) as { id: string; arxivId: string; score: number; why: string[]; explore: boolean }[];
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'score', 'name', 'title', 'lang', 'topics', 'urls', 'arxivId', 'sources', 'why', 'explore']);
    const [liked, disliked, excluded] = rows.map((r) => r.arxivId);
    const voted = await run(...base, '--liked', liked!, '--disliked', `arxiv:${disliked}`, '--exclude', excluded!);
    const again = (JSON.parse(voted.stdout) as { arxivId: string }[]).map((r) => r.arxivId);
    expect(again).not.toContain(liked);
    expect(again).not.toContain(disliked);
    expect(again).not.toContain(excluded);
    expect((await run(...base, '--liked', liked!, '--disliked', `arxiv:${disliked}`, '--exclude', excluded!)).stdout).toBe(voted.stdout); // deterministic
  });

  it('GIVEN bad input THEN exit 1 with one line', async () => {
    expect((await run('recommend', '--dir', dir)).code).toBe(1);
    expect((await run('recommend', '--dir', dir, '--topics', 'nonsense-topic')).code).toBe(1);
    expect((await run('recommend', '--dir', dir, '--topics', 'llm', '--date', 'soon')).stderr).toContain('--date must be YYYY-MM-DD');
  });
});
