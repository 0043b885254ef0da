/**
 * Starting and stopping the bot's small HTTP servers (the Telegram webhook, the health and metrics
 * routes) the same way: listening resolves once the port is bound (or rejects with the bind error),
 * and closing also drops keep-alive connections so shutdown never waits on an idle client.
 * @module
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A listening server: its address (the port when 0 was asked for) and an idempotent close. */
export interface Listening {
  address(): AddressInfo;
  close(): Promise<void>;
}

/** Binds `server` to `port` on `host` (default all interfaces). */
export async function listen(server: Server, port: number, host = '0.0.0.0'): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    address: () => server.address() as AddressInfo,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
