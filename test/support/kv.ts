/**
 * The adapters' key-value port for tests: a Map behind the schedule layer's `KeyValueStore`
 * (TTLs ignored: tests are short). `map` lets a test look inside or make the store forget.
 */
import type { KeyValueStore } from '../../src/schedule/index.ts';

export function memoryKv(map = new Map<string, unknown>()): KeyValueStore & { map: Map<string, unknown> } {
  return {
    map,
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, value),
    delete: async (key) => void map.delete(key),
  };
}
