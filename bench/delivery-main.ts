/**
 * Child-process entry for the delivery section: `npm run bench` runs delivery in its own process
 * alongside the 100k index build (the build is CPU-bound on one core, delivery waits on a 30 msg/s
 * limit), which keeps the whole suite under 5 minutes on 2 cores. Reads {@link DeliveryOptions} as
 * JSON from argv[2] (one or several runs, run one after another) and prints the {@link DeliveryRunResult}s
 * as a JSON array on stdout.
 * @module
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchDelivery, type DeliveryOptions, type DeliveryRunResult } from './delivery.ts';

/** Runs the delivery section in a child Node process (same loader flags as this one). */
export function runDeliveryChild(runs: DeliveryOptions[]): Promise<DeliveryRunResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), JSON.stringify(runs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('[')) resolve(JSON.parse(line) as DeliveryRunResult[]);
      else reject(new Error(`delivery child exited with ${code}: ${err.trim().split('\n').slice(-3).join(' | ') || out.slice(-300)}`));
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = JSON.parse(process.argv[2] ?? '[]') as DeliveryOptions[];
  const results: DeliveryRunResult[] = [];
  for (const options of runs) results.push({ ...(await benchDelivery(options)), alongside: 'index build' });
  process.stdout.write(JSON.stringify(results) + '\n');
}
