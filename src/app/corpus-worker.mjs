// Starts the corpus worker (`corpus-worker.ts`) in a worker thread. A worker does not inherit the
// TypeScript loader `tsx` gave the main thread (nor vitest's), so it registers tsx itself first.
import { register } from 'tsx/esm/api';

register();
await import('./corpus-worker.ts');
