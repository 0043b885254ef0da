/**
 * What every entry point (`src/main.ts`, `src/cli.ts`, `src/deploy.ts`) does the same way: decide
 * whether the module was run directly or imported, and read the configuration (`.env` plus the real
 * environment) or stop with one clear message.
 * @module
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { ConfigError, parseConfig, type Config } from '../config.ts';

/**
 * True when the module whose `import.meta.url` is given is the script Node was started with
 * (`tsx src/main.ts`, `node --import tsx src/cli.ts`), false when it was imported (tests, `cli.ts
 * start`). Paths are compared after resolving symlinks, so a linked checkout counts too.
 *
 * ```ts
 * if (isEntryPoint(import.meta.url)) await main();
 * ```
 */
export function isEntryPoint(moduleUrl: string, argv1: string | undefined = process.argv[1]): boolean {
  if (!argv1) return false;
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(fileURLToPath(moduleUrl)) === real(argv1);
}

/**
 * Loads `.env` (real environment variables win: dotenv never overrides them) and returns the
 * environment entry points read their configuration from.
 */
export function loadEnv(): NodeJS.ProcessEnv {
  dotenv.config({ quiet: true });
  return process.env;
}

/** The message an entry point prints for a bad configuration (names variables, never values). */
export function configErrorText(e: ConfigError): string {
  return `${e.message}\nSee .env.example for every variable and its default.`;
}

/**
 * The configuration of `npm start` / `npm run deploy`: `.env` plus the environment, parsed once with
 * zod. A bad value prints which variable is wrong and exits with code 1.
 */
export function configOrExit(): Config {
  try {
    return parseConfig(loadEnv());
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`${configErrorText(e)}\n`);
    process.exit(1);
  }
}
