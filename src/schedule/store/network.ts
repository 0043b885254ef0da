/**
 * Options shared by the networked stores (Redis, PostgreSQL).
 * @module
 */
import type { LoggerPort } from '../types.ts';

export interface NetworkStoreOptions {
  /**
   * Where this store's data lives on the server: a key prefix on Redis (default `paperboy:`), a
   * schema on PostgreSQL (default `paperboy`). Tests give each file its own.
   */
  prefix?: string;
  /** Deadline of one call. Default 5 s (`defaultCallTimeoutMs`). */
  callTimeoutMs?: number;
  /** Deadline of connecting at open. Default 10 s. */
  openTimeoutMs?: number;
  /** How long a terminal outbox entry is kept. Default 3 days. */
  outboxRetentionMs?: number;
  /** Connection lost / restored (one line each per outage). */
  logger?: Pick<LoggerPort, 'warn' | 'info'>;
}
