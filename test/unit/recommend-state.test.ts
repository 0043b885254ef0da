/**
 * The state a chat's pick keeps across ticks (`chat-state.ts`: its votes as vector handles) never
 * changes a pick: over simulated days where chats get their picks delivered, vote (new votes,
 * changed votes, withdrawn votes, a vote on a paper the index learns of later), and the index gains
 * papers or has one replaced, every pick with the kept state equals the pick made without it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DigestIndex, type Paper } from '../../src/core/index.ts';
import { defaultSubscription, recommendDaily, type Subscription } from '../../src/schedule/index.ts';
import { chatStateStats, dropChatStates, setChatStateCap } from '../../src/schedule/recommend/chat-state.ts';
import { paper } from '../support/paper.ts';

const themes: Record<string, string[]> = {
  llm: ['language', 'model', 'token', 'reasoning', 'prompt', 'instruction', 'decoder', 'alignment'],
  vision: ['image', 'pixel', 'segmentation', 'detection', 'camera', 'diffusion', 'visual', 'render'],
  speech: ['audio', 'speech', 'spoken', 'acoustic', 'voice', 'phoneme', 'speaker', 'waveform'],
  robotics: ['robot', 'grasp', 'manipulation', 'policy', 'arm', 'navigation', 'control', 'sensor'],
};
const topics = Object.keys(themes);
const dateOf = (d: number) => `2024-10-${String(1 + d).padStart(2, '0')}`;

/**
 * Paper `k` (texts from its topics' words, varied by k), dated `d` days after 2024-10-01. Each test
 * numbers its papers apart (`from`): vectors are cached by paper id across indexes.
 */
function make(k: number, d: number, tag = '', from = 0): Paper {
  const own = [topics[k % 4]!, ...(k % 3 === 0 ? [topics[(k + 1) % 4]!] : [])];
  const words = own.flatMap((t) => themes[t]!.filter((_, j) => (j + k) % 3 !== 0));
  return paper({ id: `p${from + k}`, title: `${words.slice(0, 3).join(' ')} ${tag}`, summary: `${words.join(' ')} study ${k % 7} ${tag}`, topics: own, date: dateOf(d), file: `${dateOf(d)}.json`, format: 'hfday-json' });
}

const chats: Subscription[] = [['llm'], ['vision', 'speech'], ['robotics', 'llm', 'vision'], ['speech'], ['llm', 'vision']].map((t, i) => ({ ...defaultSubscription({ platform: 'telegram', chatId: String(i) }, { timeZone: 'UTC', time: '09:00', size: 3 }, 0), topics: t }));

afterEach(() => {
  dropChatStates();
});

describe('chat state across ticks', () => {
  it('GIVEN chats picked day after day with votes and deliveries changing and the index gaining and replacing papers THEN every pick equals the pick made without kept state', () => {
    const index = new DigestIndex();
    index.add(Array.from({ length: 80 }, (_, k) => make(k, k % 5)));
    let next = 80;
    const delivered = chats.map(() => new Set<string>());
    const votes = chats.map(() => new Map<string, number>());
    votes[4]!.set('p200', 1); // a paper the index learns of on day 4: the vote counts from then on
    const before = chatStateStats();
    for (let d = 0; d < 10; d++) {
      const date = dateOf(5 + d);
      // The index changes on some days: papers added (a lineage the kept handles follow), or a voted
      // paper's text replaced (its vector changes: kept handles must not be trusted).
      if (d % 3 === 1) index.add(Array.from({ length: 6 }, () => make(next++, 5 + d)));
      if (d === 4) index.add([make(200, 5 + d)]);
      if (d === 6) index.add([{ ...make(0, 0), summary: 'robot grasp arm policy control replaced text' }]);
      chats.forEach((sub, i) => {
        const without = recommendDaily(sub, index, new Set(delivered[i]), date, new Map(votes[i]!), { keepState: false }).papers;
        // A fresh Map each tick, as the store returns it.
        const kept = recommendDaily(sub, index, new Set(delivered[i]), date, new Map(votes[i]!)).papers;
        expect(kept).toEqual(without);
        for (const p of kept) delivered[i]!.add(p.paper.id);
        // Votes: a chat votes on a pick every other day or so (the days between, its votes are the
        // same); one changes its mind on day 5, another withdraws a vote on day 7.
        const v = votes[i]!;
        if (kept[0] && (d + i) % 3 === 0) v.set(kept[0].paper.id, (d + i) % 2 === 0 ? -1 : 1);
        if (d === 5 && i === 1 && v.size > 1) v.set([...v.keys()][0]!, -v.get([...v.keys()][0]!)!);
        if (d === 7 && i === 2 && v.size > 1) v.delete([...v.keys()][1]!);
      });
    }
    const after = chatStateStats();
    // Every path ran: reused in the same index generation, carried to a later one, made again.
    expect(after.same - before.same).toBeGreaterThan(10);
    expect(after.lineage - before.lineage).toBeGreaterThanOrEqual(3);
    expect(after.made - before.made).toBeGreaterThan(10);
    expect(after.chats).toBe(chats.length);
  });

  it('GIVEN the same votes ticks apart THEN the kept state is reused (same index) and carried over papers added, but made again when a vote changes, a voted paper is replaced, or a vote had no paper and the index gains it', () => {
    const index = new DigestIndex();
    const make2 = (k: number, d: number) => make(k, d, '', 1000);
    index.add(Array.from({ length: 40 }, (_, k) => make2(k, k % 5)));
    const sub = chats[0]!;
    const votes = new Map([['p1000', 1], ['p1004', -1], ['p1008', 1]]);
    const pick = () => recommendDaily(sub, index, new Set(), '2024-10-06', new Map(votes)).papers;
    const delta = (run: () => unknown) => {
      const a = chatStateStats();
      run();
      const b = chatStateStats();
      return { same: b.same - a.same, lineage: b.lineage - a.lineage, made: b.made - a.made };
    };
    expect(delta(pick)).toEqual({ same: 0, lineage: 0, made: 1 });
    expect(delta(pick)).toEqual({ same: 1, lineage: 0, made: 0 });
    index.add([make2(40, 4)]);
    expect(delta(pick)).toEqual({ same: 0, lineage: 1, made: 0 });
    votes.set('p1008', -1); // changed its mind
    expect(delta(pick)).toEqual({ same: 0, lineage: 0, made: 1 });
    index.add([{ ...make2(4, 0), summary: 'speech audio voice replaced' }]); // a voted paper replaced
    expect(delta(pick)).toEqual({ same: 0, lineage: 0, made: 1 });
    votes.set('p1041', 1); // not in the index yet
    expect(delta(pick)).toEqual({ same: 0, lineage: 0, made: 1 });
    index.add([make2(41, 4)]);
    expect(delta(pick)).toEqual({ same: 0, lineage: 0, made: 1 }); // the vote now has a vector
    expect(delta(pick)).toEqual({ same: 1, lineage: 0, made: 0 });
  });

  it('GIVEN a cap THEN at most that many chats are kept, the oldest made first out', () => {
    const index = new DigestIndex();
    index.add(Array.from({ length: 40 }, (_, k) => make(k, k % 5, '', 2000)));
    const before = setChatStateCap(3);
    try {
      chats.forEach((sub) => recommendDaily(sub, index, new Set(), '2024-10-06', new Map([['p2001', 1]])));
      expect(chatStateStats().chats).toBe(3);
      const made = chatStateStats().made;
      recommendDaily(chats[4]!, index, new Set(), '2024-10-06', new Map([['p2001', 1]])); // kept: the newest
      recommendDaily(chats[0]!, index, new Set(), '2024-10-06', new Map([['p2001', 1]])); // dropped: made again
      expect(chatStateStats().made - made).toBe(1);
      expect(chatStateStats().chats).toBe(3);
    } finally {
      setChatStateCap(before);
    }
  });
});
