import { describe, expect, it } from 'vitest';
import { coalesce } from '../../src/schedule/store/coalesce.ts';

/** A fake statement: records each batch and answers after `ms`. */
function fakeStatement(ms = 5) {
  const batches: string[][] = [];
  const run = async (items: string[]) => {
    batches.push([...items]);
    await new Promise((r) => setTimeout(r, ms));
    if (items.includes('boom')) throw new Error('statement failed');
    return items.map((i) => i.toUpperCase());
  };
  return { batches, run };
}

describe('coalesce (group commit for network stores)', () => {
  it('GIVEN calls in the same turn THEN one batch, each caller gets its own result in order', async () => {
    const f = fakeStatement();
    const one = coalesce(f.run);
    expect(await Promise.all(['a', 'b', 'c'].map(one))).toEqual(['A', 'B', 'C']);
    expect(f.batches).toEqual([['a', 'b', 'c']]);
  });

  it('GIVEN calls while a batch is in flight THEN they wait and go together as the next batch (one in flight at a time)', async () => {
    const f = fakeStatement(20);
    const one = coalesce(f.run);
    const first = one('a');
    await new Promise((r) => setTimeout(r, 5)); // 'a' is at the server
    const later = ['b', 'c', 'd'].map(one);
    expect(await Promise.all([first, ...later])).toEqual(['A', 'B', 'C', 'D']);
    expect(f.batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('GIVEN the same key twice THEN never in one batch, and the order of calls is kept', async () => {
    const f = fakeStatement();
    const one = coalesce(f.run, { key: (s: string) => s[0]! });
    expect(await Promise.all(['x1', 'y1', 'x2', 'x3'].map(one))).toEqual(['X1', 'Y1', 'X2', 'X3']);
    expect(f.batches).toEqual([['x1', 'y1'], ['x2'], ['x3']]);
  });

  it('GIVEN more calls than max THEN batches of max', async () => {
    const f = fakeStatement(1);
    const one = coalesce(f.run, { max: 2 });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map(one));
    expect(f.batches.map((b) => b.length)).toEqual([2, 2, 1]);
  });

  it('GIVEN a failing statement THEN every call of that batch rejects, the next batch still runs', async () => {
    const f = fakeStatement();
    const one = coalesce(f.run);
    const results = await Promise.allSettled(['a', 'boom'].map(one));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await one('c')).toBe('C');
  });

  it('GIVEN a statement that answers the wrong number of rows THEN the calls reject (never a result for the wrong caller)', async () => {
    const one = coalesce(async (items: string[]) => items.slice(1));
    await expect(Promise.all(['a', 'b'].map(one))).rejects.toThrow(/1 results for 2 calls/);
  });
});
