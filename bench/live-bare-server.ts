/**
 * A bare Hocuspocus 3.4.4 server (no auth, no guard, no persistence) in its own process, the
 * baseline of the live latency benchmark: Samrutin runs in the bench's process, each server
 * alone in its own. Tells its port over IPC; `close` stops it.
 */
import type { AddressInfo } from 'node:net';
import { Server } from '@hocuspocus/server';

const server = new Server({ port: 0, quiet: true, address: '127.0.0.1' });
await server.listen();
process.send?.({ type: 'listening', port: (server.httpServer.address() as AddressInfo).port });
process.on('message', (message: { type: string }) => {
  if (message.type !== 'close') return;
  void server.destroy().finally(() => process.exit(0));
});
