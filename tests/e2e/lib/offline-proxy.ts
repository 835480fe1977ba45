/**
 * The browser's only way out: Chromium and Firefox are started with this as
 * their proxy (loopback bypasses it), so any request to a host other than the
 * local test server arrives here, is written down with the host it was for,
 * and is refused. A test then asserts the list is empty.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OfflineProxy {
  port: number;
  /** Hosts requested through the proxy, in order. */
  attempts: string[];
  close(): Promise<void>;
}

export async function startOfflineProxy(): Promise<OfflineProxy> {
  const attempts: string[] = [];
  const server: Server = createServer((request, response) => {
    attempts.push(hostOf(request.url ?? request.headers.host ?? '?'));
    response.writeHead(403, { connection: 'close' }).end('offline');
  });
  server.on('connect', (request, socket) => {
    attempts.push(hostOf(`https://${request.url ?? '?'}`));
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}
