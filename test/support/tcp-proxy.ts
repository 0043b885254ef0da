/**
 * A TCP proxy on 127.0.0.1 in front of a real server, for outage tests: `cut()` drops every
 * connection and refuses new ones (as a server that stopped does), `restore()` lets them through
 * again (the server "restarted", its data intact); `pause()` makes it hang instead (nothing answers).
 * The real server is never touched.
 *
 * ```ts
 * const proxy = await startProxy(6379);
 * const url = `redis://127.0.0.1:${proxy.port}`;
 * proxy.cut(); ...; proxy.restore();
 * await proxy.close();
 * ```
 */
import { createServer, connect, type Socket } from 'node:net';

export interface Proxy {
  port: number;
  /** Drops all connections; new ones are reset at once until {@link Proxy.restore}. */
  cut(): void;
  /**
   * A server that hangs: connections stay open but nothing goes through in either direction (bytes
   * are dropped), and new connections are accepted and never answered, until {@link Proxy.restore}.
   */
  pause(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<Proxy> {
  const sockets = new Set<Socket>();
  let down = false;
  let paused = false;
  const server = createServer((client) => {
    if (down) {
      client.resetAndDestroy();
      return;
    }
    if (paused) {
      sockets.add(client);
      client.on('error', () => client.destroy());
      client.resume(); // swallow whatever it sends
      return;
    }
    const upstream = connect(targetPort, targetHost);
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (d: Buffer) => void (!paused && upstream.write(d)));
    upstream.on('data', (d: Buffer) => void (!paused && client.write(d)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    cut() {
      down = true;
      for (const s of sockets) s.resetAndDestroy();
      sockets.clear();
    },
    pause() {
      paused = true;
    },
    restore() {
      down = false;
      paused = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The URL with its port replaced by the proxy's. */
export function viaProxy(url: string, proxy: Proxy): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(proxy.port);
  return u.toString();
}
