/**
 * Doctor: the corpus on disk. `DIGESTS_DIR` readable (npm start stops without it), `FEEDS_DIR`
 * readable and, while live sources are on, writable (the fetch job writes there), and the papers
 * the two hold: how many loaded, and the files that reported problems.
 * @module
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DigestProblem } from '../../core/index.ts';
import type { Config } from '../../config.ts';
import { loadCorpusDir } from '../corpus-dir.ts';
import { error, ok, reasonOf, skipped, warning, type Check } from './check.ts';

/** Whether `dir` is a directory this process may read (and, with `write`, write). Null when yes; the reason otherwise. */
export function dirProblem(dir: string, write: boolean): string | null {
  try {
    if (!statSync(dir).isDirectory()) return 'is not a directory';
    accessSync(dir, constants.R_OK | constants.X_OK | (write ? constants.W_OK : 0));
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? `is not ${write ? 'writable' : 'readable'} by this user` : reasonOf(e);
  }
}

/** The nearest existing ancestor of `dir`, for "could it be created?". */
export function existingAncestor(dir: string): string {
  let at = resolve(dir);
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}

/** What the corpus check reads of a corpus: merged papers, files that gave papers, problems (the live corpus's `status()`). */
export interface CorpusCounts {
  papers: number;
  files: number;
  problems: readonly DigestProblem[];
}

/**
 * Checks the directories and the papers in them. `corpus` is the running bot's (start-up checks);
 * without it the directories are read here, as npm start would read them.
 */
export function checkCorpus(config: Config, corpus?: CorpusCounts): Check[] {
  const checks: Check[] = [];
  const digests = config.digestsDir;
  const feeds = config.sources.feedsDir;
  const fetching = config.sources.specs.length > 0;

  const digestsProblem = dirProblem(digests, false);
  checks.push(
    digestsProblem
      ? error('corpus', 'corpus.digests-dir', 'Digests directory', `DIGESTS_DIR ${digests} ${digestsProblem}; npm start stops without it`, `create ${digests} (it may be empty) or set DIGESTS_DIR to the directory of your digests`)
      : ok('corpus', 'corpus.digests-dir', 'Digests directory', `DIGESTS_DIR ${digests} is readable`),
  );

  let feedsReadable = false;
  if (existsSync(feeds)) {
    const feedsProblem = dirProblem(feeds, fetching);
    feedsReadable = feedsProblem === null || (fetching && dirProblem(feeds, false) === null);
    checks.push(
      feedsProblem
        ? error('corpus', 'corpus.feeds-dir', 'Feeds directory', `FEEDS_DIR ${feeds} ${feedsProblem}`, fetching ? `let the bot write ${feeds}, or set FEEDS_DIR to a writable directory (the live sources save what they fetch there)` : `let the bot read ${feeds}, or remove it`)
        : ok('corpus', 'corpus.feeds-dir', 'Feeds directory', `FEEDS_DIR ${feeds} is ${fetching ? 'readable and writable' : 'readable (live sources are off: read, not written)'}`),
    );
  } else if (fetching) {
    const ancestor = existingAncestor(feeds);
    const problem = dirProblem(ancestor, true);
    checks.push(
      problem
        ? error('corpus', 'corpus.feeds-dir', 'Feeds directory', `FEEDS_DIR ${feeds} does not exist and cannot be created: ${ancestor} ${problem}`, 'set FEEDS_DIR to a directory the bot may create or write')
        : ok('corpus', 'corpus.feeds-dir', 'Feeds directory', `FEEDS_DIR ${feeds} does not exist yet; npm start creates it`),
    );
  } else {
    checks.push(skipped('corpus', 'corpus.feeds-dir', 'Feeds directory', `FEEDS_DIR ${feeds} does not exist and live sources are off (SOURCES=none)`));
  }

  if (!corpus) {
    if (digestsProblem) {
      checks.push(skipped('corpus', 'corpus.papers', 'Papers', 'not loaded: DIGESTS_DIR cannot be read'));
      return checks;
    }
    const dirs = feedsReadable && resolve(feeds) !== resolve(digests) ? [digests, feeds] : [digests];
    try {
      const loaded = loadCorpusDir(dirs);
      corpus = { papers: loaded.papers.length, files: loaded.digests.length, problems: loaded.problems };
    } catch (e) {
      checks.push(error('corpus', 'corpus.papers', 'Papers', `the corpus did not load: ${reasonOf(e)}`, 'check the files in DIGESTS_DIR and FEEDS_DIR with npm run -s paperboy -- parse <file>'));
      return checks;
    }
  }
  const { papers, files, problems } = corpus;
  if (papers === 0) {
    checks.push(warning('corpus', 'corpus.papers', 'Papers', `no papers loaded (${files} digest file${files === 1 ? '' : 's'})`, fetching ? 'wait for the first fetch (see the Sources checks) or add digests to DIGESTS_DIR' : 'add digest files to DIGESTS_DIR or turn live sources on (SOURCES)'));
  } else if (problems.length) {
    const first = problems[0]!;
    checks.push(warning('corpus', 'corpus.papers', 'Papers', `${papers} papers from ${files} files; ${problems.length} problem${problems.length === 1 ? '' : 's'}, first: ${first.file}${first.line ? `:${first.line}` : ''}: ${first.reason}`, 'see every problem with npm run -s paperboy -- parse <file>; the other files load'));
  } else {
    checks.push(ok('corpus', 'corpus.papers', 'Papers', `${papers} papers from ${files} files`));
  }
  return checks;
}
