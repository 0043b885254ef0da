/**
 * The live corpus's memory when idle (issue 14): the merge state is read only when a change needs
 * it, and the worker stops once its state is saved, starting again on the next change. Each way
 * must leave the index equal to a full rebuild; a merge state damaged meanwhile is ignored with one
 * event and the index is built from the files.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCorpus, loadCorpusDir } from '../../src/app/corpus-dir.ts';
import { CorpusFiles, CorpusStateError } from '../../src/app/corpus-files.ts';
import { openLiveCorpus, type SnapshotEvent } from '../../src/app/live-corpus.ts';
import type { DigestIndex } from '../../src/core/index.ts';
import { starterDir } from '../support/app.ts';
import { liveCorpusScratch } from '../support/live-corpus-scratch.ts';

const queries = ['diffusion', 'видео', '视频生成', 'MoRA', 'Octo', 'LLaMA', 'robot policy'];

const { tempDir, track, releaseAll } = liveCorpusScratch();

const starter = (name: string) => join(starterDir, name);

function expectRebuildEqual(index: DigestIndex, dir: string): void {
  const rebuilt = indexCorpus(loadCorpusDir(dir));
  const byId = (ix: DigestIndex) => new Map(ix.papers().map((p) => [p.id, JSON.parse(JSON.stringify(p))]));
  expect(byId(index)).toEqual(byId(rebuilt));
  const answers = (ix: DigestIndex) => queries.map((q) => ix.search(q, { limit: 100 }).hits.map((h) => [h.paper.id, h.score]));
  expect(answers(index)).toEqual(answers(rebuilt));
}

// Waits for a worker to start or stop, which takes seconds on a loaded machine (tsx, parsers and lexicon per worker).
const until = async (what: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('CorpusFiles: the merge state is read when needed', () => {
  it('GIVEN a saved state WHEN nothing changed THEN a sync does not read the merge state; WHEN a file is added THEN it does, and the records equal a fresh load', () => {
    const dir = tempDir('paperboy-files-');
    const state = tempDir('paperboy-state-');
    copyFileSync(starter('2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    copyFileSync(starter('2024-10-03-hfday.json'), join(dir, '2024-10-03-hfday.json'));
    const first = CorpusFiles.create([dir], { stateDir: state, code: 'x' });
    first.sync();
    const status = first.status();
    first.save('s1');
    first.close();

    const restored = CorpusFiles.restore([dir], { stateDir: state, code: 'x' }, 's1');
    if (!(restored instanceof CorpusFiles)) throw new Error(restored.reason);
    const quiet = restored.sync();
    expect(quiet).toMatchObject({ parsed: 0, removed: 0, delta: { removed: [], upserted: [] } });
    expect(restored.mergeStateLoaded).toBe(false);
    expect(restored.status()).toEqual(status);
    // Saved again without ever reading it: the next restore finds it under the new id.
    restored.save('s2');
    restored.close();

    const again = CorpusFiles.restore([dir], { stateDir: state, code: 'x' }, 's2');
    if (!(again instanceof CorpusFiles)) throw new Error(again.reason);
    copyFileSync(starter('2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    const added = again.sync();
    expect(again.mergeStateLoaded).toBe(true);
    expect(added.parsed).toBe(1);
    const fresh = CorpusFiles.create([dir]);
    fresh.sync();
    const ids = (papers: { id: string }[]) => papers.map((p) => p.id).sort();
    expect(ids(again.papers())).toEqual(ids(fresh.papers()));
    expect(JSON.parse(JSON.stringify(again.papers()))).toEqual(JSON.parse(JSON.stringify(fresh.papers())));
    again.close();
  });

  it('GIVEN papers.blob damaged WHEN a change needs a record from it THEN the sync throws a CorpusStateError (the caller builds from the files), and so does every later one', () => {
    const dir = tempDir('paperboy-files-');
    const state = tempDir('paperboy-state-');
    // The same papers in two files: they merge, so a change to the second reads the first's back.
    copyFileSync(starter('2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    copyFileSync(starter('2024-03-ru-daily.txt'), join(dir, '2024-04-ru-daily.txt'));
    const first = CorpusFiles.create([dir], { stateDir: state });
    first.sync();
    first.save('s1');
    first.close();
    const blob = join(state, 'papers.blob');
    writeFileSync(blob, ' '.repeat(statSync(blob).size));
    const files = CorpusFiles.restore([dir], { stateDir: state }, 's1') as CorpusFiles;
    writeFileSync(join(dir, '2024-04-ru-daily.txt'), `${readFileSync(join(dir, '2024-04-ru-daily.txt'), 'utf8')}\n`);
    // Before: a SyntaxError, and the merge state left half applied for the next sync to merge from.
    expect(() => files.sync()).toThrow(CorpusStateError);
    writeFileSync(join(dir, '2024-05-ru-daily.txt'), readFileSync(starter('2024-05-ru-daily.txt')));
    expect(() => files.sync()).toThrow(CorpusStateError);
    files.close();
  });

  it('GIVEN a merge state of another save THEN the restore is refused with the reason', () => {
    const dir = tempDir('paperboy-files-');
    const state = tempDir('paperboy-state-');
    copyFileSync(starter('2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    const first = CorpusFiles.create([dir], { stateDir: state });
    first.sync();
    first.save('s1');
    first.close();
    const path = join(state, 'merge.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"stateId":"s1"', '"stateId":"s0"'));
    expect(CorpusFiles.restore([dir], { stateDir: state }, 's1')).toEqual({ reason: expect.stringMatching(/merge\.json is of another save/) });
  });
});

describe('CorpusFiles: papers.blob compaction', () => {
  it('GIVEN a file rewritten several times THEN a save compacts papers.blob to the papers held, and a restore from it reads every paper', () => {
    const dir = tempDir('paperboy-files-');
    const run = (slack: number) => {
      const state = tempDir('paperboy-state-');
      const files = CorpusFiles.create([dir], { stateDir: state, compactSlackBytes: slack });
      return { state, files };
    };
    copyFileSync(starter('2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    copyFileSync(starter('2024-10-03-hfday.json'), join(dir, '2024-10-03-hfday.json'));
    const kept = run(Number.POSITIVE_INFINITY);
    const compacted = run(0);
    for (let i = 0; i < 4; i++) {
      // Other bytes, the same papers: parsed again, its papers appended again.
      writeFileSync(join(dir, '2024-10-03-hfday.json'), `${readFileSync(starter('2024-10-03-hfday.json'), 'utf8')}${' '.repeat(i + 1)}`);
      kept.files.sync();
      compacted.files.sync();
    }
    kept.files.save('s1');
    compacted.files.save('s1');
    const fresh = run(0);
    fresh.files.sync();
    fresh.files.save('s1');
    const blobFiles = (state: string) => readdirSync(state).filter((f) => /^papers.*\.blob/.test(f));
    // The compacted one under a new name, the old one removed once corpus.json names the new one.
    expect(blobFiles(compacted.state)).toEqual([expect.stringMatching(/^papers-[a-z0-9]+\.blob$/)]);
    const size = (state: string) => statSync(join(state, blobFiles(state)[0]!)).size;
    expect(size(compacted.state)).toBe(size(fresh.state));
    expect(size(kept.state)).toBeGreaterThan(2 * size(fresh.state));
    for (const x of [kept, compacted, fresh]) x.files.close();

    const restored = CorpusFiles.restore([dir], { stateDir: compacted.state }, 's1');
    if (!(restored instanceof CorpusFiles)) throw new Error(restored.reason);
    copyFileSync(starter('2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    restored.sync();
    const check = CorpusFiles.create([dir]);
    check.sync();
    expect(JSON.parse(JSON.stringify(restored.papers()))).toEqual(JSON.parse(JSON.stringify(check.papers())));
    restored.close();
  });

  it('GIVEN a stop after a compaction wrote its blob file but before corpus.json was written THEN a restore of the last saved state reads exactly its papers', () => {
    const dir = tempDir('paperboy-files-');
    const state = tempDir('paperboy-state-');
    copyFileSync(starter('2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    const files = CorpusFiles.create([dir], { stateDir: state, compactSlackBytes: 0 });
    files.sync();
    files.save('s1');
    const savedPapers = JSON.parse(JSON.stringify(files.papers())) as unknown;
    const before = new Map(readdirSync(state).map((f) => [f, readFileSync(join(state, f))]));
    // A file ordered before the saved one (its papers come first in a compacted file), and more papers
    // appended several times: the next save compacts into a file longer than the first save's blob
    // length, where the first save's offsets still "fit" but hold other papers.
    copyFileSync(starter('2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    for (let i = 0; i < 4; i++) {
      writeFileSync(join(dir, '2024-10-03-hfday.json'), `${readFileSync(starter('2024-10-03-hfday.json'), 'utf8')}${' '.repeat(i + 1)}`);
      files.sync();
    }
    files.save('s2');
    files.close();
    // The stop: what the first save left, plus the blob files the compaction wrote (new or replaced);
    // corpus.json and merge.json are still the first save's.
    const crashed = tempDir('paperboy-crashed-');
    for (const [f, bytes] of before) writeFileSync(join(crashed, f), bytes);
    for (const f of readdirSync(state)) {
      if (!/^papers.*\.blob/.test(f)) continue;
      const bytes = readFileSync(join(state, f));
      if (!before.get(f)?.equals(bytes)) writeFileSync(join(crashed, f), bytes);
    }
    const restored = CorpusFiles.restore([dir], { stateDir: crashed }, 's1');
    if (!(restored instanceof CorpusFiles)) throw new Error(restored.reason);
    expect(JSON.parse(JSON.stringify(restored.papers()))).toEqual(savedPapers);
    restored.close();
  });

  it('GIVEN papers.blob cut short THEN the saved state is ignored with one event and the index is built from the files', async () => {
    const dir = tempDir('paperboy-live-');
    const state = tempDir('paperboy-state-');
    copyFileSync(starter('2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    await (await openLiveCorpus(dir, { watch: false, stateDir: state })).close();
    writeFileSync(join(state, 'papers.blob'), readFileSync(join(state, 'papers.blob')).subarray(0, 10));
    copyFileSync(starter('2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    const events: SnapshotEvent[] = [];
    const live = await openLiveCorpus(dir, { watch: false, stateDir: state, onSnapshot: (e) => events.push(e) });
    track(live);
    await live.reload();
    expect(events).toEqual([expect.objectContaining({ kind: 'loaded' }), { kind: 'ignored', reason: expect.stringMatching(/papers\.blob has 10 bytes/) }]);
    expectRebuildEqual(live.index(), dir);
  });
});

describe('openLiveCorpus: records.blob compaction', () => {
  it('GIVEN a file rewritten several times THEN a save moves the records into a new file of the records held, removes the old one, and a start from it equals a full rebuild', async () => {
    const dir = tempDir('paperboy-live-');
    const state = tempDir('paperboy-state-');
    copyFileSync(starter('2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    copyFileSync(starter('2024-10-03-hfday.json'), join(dir, '2024-10-03-hfday.json'));
    const records = () => readdirSync(state).filter((f) => /^records.*\.blob$/.test(f));
    const bytes = () => records().reduce((n, f) => n + statSync(join(state, f)).size, 0);
    const live = await openLiveCorpus(dir, { watch: false, stateDir: state, recordsSlackBytes: 0, idleMs: Infinity });
    track(live);
    await live.save();
    const fresh = bytes();
    expect(records()).toEqual(['records.blob']);
    for (let i = 0; i < 4; i++) {
      // The same papers in other bytes: every record of the file is written again.
      writeFileSync(join(dir, '2024-10-03-hfday.json'), `${readFileSync(starter('2024-10-03-hfday.json'), 'utf8')}${' '.repeat(i + 1)}`);
      const update = await live.reload();
      expect(update.files.parsed).toBe(1);
    }
    const before = live.index().search('diffusion', { limit: 100 }).hits.map((h) => [h.paper.id, h.score, h.paper.summary]);
    // Five versions of the hfday file's records were appended (buffered, not all on disk yet): the save compacts.
    await live.save();
    expect(records()).toEqual([expect.stringMatching(/^records-.+\.blob$/)]);
    expect(bytes()).toBeLessThanOrEqual(fresh * 1.1);
    // Records read after the move come from the new file.
    expect(live.index().search('diffusion', { limit: 100 }).hits.map((h) => [h.paper.id, h.score, h.paper.summary])).toEqual(before);
    expectRebuildEqual(live.index(), dir);
    await live.close();
    releaseAll();

    const events: SnapshotEvent[] = [];
    const again = await openLiveCorpus(dir, { watch: false, stateDir: state, onSnapshot: (e) => events.push(e) });
    track(again);
    expect(events[0]).toEqual(expect.objectContaining({ kind: 'loaded' }));
    expectRebuildEqual(again.index(), dir);
  }, 120_000);
});

describe('openLiveCorpus: the worker stops when idle', () => {
  it('GIVEN the worker stopped after a save WHEN files change THEN a new worker takes them and the index equals a full rebuild', async () => {
    const dir = tempDir('paperboy-live-');
    const state = tempDir('paperboy-state-');
    copyFileSync(starter('2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    const workers: string[] = [];
    const live = await openLiveCorpus(dir, { watch: false, stateDir: state, idleMs: 0, saveDelayMs: 0, onWorker: (e) => workers.push(e) });
    track(live);
    await until(() => workers.at(-1) === 'stopped');
    expect(workers).toEqual(['started', 'stopped']);

    copyFileSync(starter('2024-10-03-hfday.json'), join(dir, '2024-10-03-hfday.json'));
    const added = await live.reload();
    expect(added.files).toEqual({ parsed: 1, removed: 0 });
    expectRebuildEqual(live.index(), dir);
    await until(() => workers.length === 4);
    expect(workers).toEqual(['started', 'stopped', 'started', 'stopped']);

    // A reload with nothing changed starts a worker that never reads the merge state, and stops again.
    const quiet = await live.reload();
    expect(quiet).toMatchObject({ upserted: 0, removed: 0, files: { parsed: 0, removed: 0 } });
    rmSync(join(dir, '2024-03-ru-daily.txt'));
    expect((await live.reload()).files).toEqual({ parsed: 0, removed: 1 });
    expectRebuildEqual(live.index(), dir);
  });

  it('GIVEN the merge state damaged while the worker was stopped WHEN a file changes THEN it is ignored with one event and the index is built from the files', async () => {
    const dir = tempDir('paperboy-live-');
    const state = tempDir('paperboy-state-');
    copyFileSync(starter('2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    const workers: string[] = [];
    const events: SnapshotEvent[] = [];
    const live = await openLiveCorpus(dir, { watch: false, stateDir: state, idleMs: 0, saveDelayMs: 0, onWorker: (e) => workers.push(e), onSnapshot: (e) => events.push(e) });
    track(live);
    await until(() => workers.at(-1) === 'stopped');
    const path = join(state, 'merge.json');
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 200));
    events.length = 0;

    copyFileSync(starter('2024-10-03-hfday.json'), join(dir, '2024-10-03-hfday.json'));
    await live.reload();
    expect(events.filter((e) => e.kind === 'ignored')).toEqual([{ kind: 'ignored', reason: expect.stringMatching(/^merge\.json: /) }]);
    expectRebuildEqual(live.index(), dir);
    // And the rebuilt state is saved and used from then on.
    await until(() => workers.at(-1) === 'stopped');
    copyFileSync(starter('2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    expect((await live.reload()).files).toEqual({ parsed: 1, removed: 0 });
    expectRebuildEqual(live.index(), dir);
    // Four corpus workers start in turn (each loads tsx, the parsers and the lexicon): 35-38 s at load 13-15 on 2 cores.
  }, 120_000);
});

describe('openLiveCorpus: a deferred catch-up', () => {
  it('GIVEN a snapshot and deferCatchUp WHEN started THEN no worker starts until the first reload, which catches up with what changed while stopped', async () => {
    const dir = tempDir('paperboy-live-');
    const state = tempDir('paperboy-state-');
    copyFileSync(starter('2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    await (await openLiveCorpus(dir, { watch: false, stateDir: state })).close();
    copyFileSync(starter('2024-10-03-hfday.json'), join(dir, '2024-10-03-hfday.json'));

    const workers: string[] = [];
    const live = await openLiveCorpus(dir, { watch: false, stateDir: state, deferCatchUp: true, onWorker: (e) => workers.push(e) });
    track(live);
    expect(live.loadedFrom).toBe('snapshot');
    await new Promise((r) => setTimeout(r, 200));
    expect(workers).toEqual([]);
    const before = live.index().size;
    const update = await live.reload();
    expect(workers).toEqual(['started']);
    expect(update.files).toEqual({ parsed: 1, removed: 0 });
    expect(live.index().size).toBeGreaterThan(before);
    expectRebuildEqual(live.index(), dir);
  });
});
