/**
 * Operability behind a load balancer: `GET /healthz` (the process is up), `GET /readyz` (the store
 * answers, the index is loaded, and what this instance is in the lease) and `GET /metrics`
 * (Prometheus). Served on `PORT` next to the Telegram webhook in webhook mode, else on
 * `METRICS_PORT` when set.
 *
 * ```ts
 * const routes = healthRoutes({ ready, metrics });
 * const server = await startHealthServer(routes, { port: 9464 });
 * ```
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import { listen, type Listening } from '../bots/shared/http.ts';

/** What `/readyz` reports. `ok` decides the status code (200 / 503). */
export interface Readiness {
  ok: boolean;
  store: { ok: boolean; backend: string; error?: string };
  index: { loaded: boolean; papers: number };
  /** `single`: no lease (one process); `leader` / `follower` with the holder the store names. */
  lease: { role: 'single' | 'leader' | 'follower'; holder?: string | null };
}

/** Answers the three paths; returns false for any other request (the caller answers it). */
export type Routes = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The routes over a readiness probe and a metrics registry. */
export function healthRoutes(o: { ready: () => Promise<Readiness>; registry: Registry }): Routes {
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
  };
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz') {
      json(res, 200, { status: 'ok' });
      return true;
    }
    if (path === '/readyz') {
      o.ready().then(
        (r) => json(res, r.ok ? 200 : 503, r),
        (e: unknown) => json(res, 503, { ok: false, error: (e as Error)?.message ?? String(e) }),
      );
      return true;
    }
    if (path === '/metrics') {
      o.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': o.registry.contentType }).end(text),
        (e: unknown) => res.writeHead(500).end(String((e as Error)?.message ?? e)),
      );
      return true;
    }
    return false;
  };
}

/** A server of its own for the routes (`METRICS_PORT`); other paths get 404. */
export async function startHealthServer(routes: Routes, options: { port: number; host?: string }): Promise<Listening> {
  const server: Server = createServer((req, res) => {
    if (!routes(req, res)) res.writeHead(404).end();
  });
  return listen(server, options.port, options.host);
}

/** Runs `op` with a deadline (a readiness probe must answer even when the store does not). */
export function within<T>(ms: number, op: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    op().then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e)),
    );
  });
}
