/**
 * Renders benchmark results as readable plain-text tables.
 * @module
 */
import type { BenchResults } from './suite.ts';

/** Pads cells into aligned columns; numbers right-aligned, text left-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [headers.map(String), ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const right = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (r: readonly string[]) => r.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Thousands separators for big counts, two decimals at most for fractions. */
function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return n.toLocaleString('en-US', { maximumFractionDigits: Math.abs(n) < 10 ? 2 : 1 });
}

const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'MET' : 'MISSED');

/** The whole report: machine, one table per section, then the targets. */
export function renderReport(r: BenchResults): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Paperboy bench ${r.config.quick ? '(BENCH_QUICK)' : ''} — ${m.cores} cores, ${m.cpuModel}, ${Math.round(m.totalMemoryMB / 1024)} GB RAM, Node ${m.node}, ${m.date}, load avg ${m.loadAvg.start} → ${m.loadAvg.end}`);
  out.push(`total ${fmt(r.totalMs / 1000)} s`);

  out.push('', `== Parse (generated digests, formats auto-detected)${sectionNote(r.parse)}`);
  out.push(table(['format', 'files', 'MB', 'ms', 'MB/s', 'papers expected', 'papers parsed', 'failures'], r.parse.formats.map((f) => [f.format, f.files, f.bytes / 1e6, f.ms, f.mbPerSec, f.papersExpected, f.papersParsed, f.failures])));
  if (r.parse.starter.length) out.push('starter digests: ' + r.parse.starter.map((s) => `${s.file} ${s.papers}${s.error ? ` (${s.error})` : ''}`).join(', '));

  out.push('', '== Corpus (generated papers, tagged with tagPapers)');
  out.push(table(['papers', 'generate ms', 'tag ms', 'mean text bytes'], r.corpus.map((c) => [c.papers, c.genMs, c.tagMs, c.meanBytes])));

  out.push('', `== Index build (DigestIndex.add)${sectionNote(r.index)}`);
  out.push(table(['papers', 'build ms', 'heap Δ MB', 'typed arrays Δ MB', 'RSS Δ MB', 'heap after MB', 'RSS after MB'], r.index.runs.map((i) => [i.papers, i.buildMs, i.heapDeltaMB, i.arrayBuffersDeltaMB, i.rssDeltaMB, i.heapAfterMB, i.rssAfterMB])));

  out.push('', `== Search (${r.config.queries} mixed queries, limit 5, one at a time)${sectionNote(r.search)}`);
  out.push(table(['papers', 'queries', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'mean ms', 'zero-hit', 'distinct', 'mean total'], r.search.runs.map((s) => [s.papers, s.queries, s.latencyMs.p50, s.latencyMs.p95, s.latencyMs.p99, s.latencyMs.max, s.latencyMs.mean, s.zeroHit, s.distinct, s.meanTotal])));
  const last = r.search.runs.at(-1);
  if (last) {
    out.push(`by kind at ${fmt(last.papers)} papers:`);
    out.push(table(['kind', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'], Object.entries(last.byKind).map(([k, s]) => [k, s!.count, s!.p50, s!.p95, s!.p99, s!.max])));
    out.push('slowest: ' + last.slowest.map((s) => `"${s.q}" (${s.kind}) ${fmt(s.ms)} ms, ${fmt(s.total)} hits`).join('; '));
  }

  out.push('', `== Selection (selectDaily, ${r.config.historyDays} days of history per chat)${sectionNote(r.select)}`);
  out.push(
    table(
      ['subscriptions', 'index papers', 'ran', 'ms', 'projected ms', 'per sub p50 ms', 'p99 ms', 'picked mean', 'repeats'],
      r.select.runs.map((s) => [s.subscriptions, s.indexPapers, s.ran, s.ms, s.projectedMs, s.perSubMs.p50, s.perSubMs.p99, s.meanPicked, s.repeats]),
    ),
  );

  out.push('', `== Delivery (scheduler + SQLite outbox + real Telegram sender → fake Bot API, ${r.config.rate.global} msg/s overall, ${r.config.rate.perChat} msg/s per chat, 429 + retry_after)${sectionNote(r.delivery)}`);
  const runs = [r.delivery.run, r.delivery.saturation].filter((d) => d !== undefined);
  if (runs[0]?.alongside) out.push(`(ran in a child process alongside the ${runs[0].alongside})`);
  if (runs.length) {
    out.push(
      table(
        ['chats', 'adapter cap', 'seconds', 'msgs accepted', 'msg/s', '% of limit', '429s', 'lost', 'duplicated'],
        runs.map((d) => [d.chats, d.throttleGlobal ? `${d.throttleGlobal}/s` : '25/s (shipped)', d.seconds, d.messagesAccepted, d.messagesPerSec, d.percentOfLimit, d.rejected429, d.lost, d.duplicated]),
      ),
    );
  }

  out.push('', '== Targets (SPEC section 8)');
  out.push(table(['target', 'figure', 'verdict'], r.targets.map((t) => [t.name, t.figure, verdict(t.met)])));
  return out.join('\n');
}

function sectionNote(s: { status: string; reason?: string }): string {
  return s.status === 'ok' ? '' : ` — ${s.status.toUpperCase()}: ${s.reason ?? ''}`;
}
