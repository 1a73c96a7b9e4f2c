import type { AddressInfo } from 'node:net';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { documentNameOf, type ServerMessage } from '../../src/domain/collab';
import type { Client } from './app';

/** Listens on a free port; returns the /collab WebSocket URL and the matching Origin. */
export async function listenLive(app: FastifyInstance): Promise<{ url: string; origin: string }> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { url: `ws://127.0.0.1:${port}/collab`, origin: `http://127.0.0.1:${port}` };
}

export interface LiveClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  messages: ServerMessage[];
  closes: { code: number; reason: string }[];
  denied: string[];
  text(field: string): string;
  synced(): Promise<void>;
  destroy(): void;
}

/** A Node client that speaks the Hocuspocus protocol with a session cookie (no UI in between). */
export function liveClient(
  server: { url: string; origin: string },
  who: Client | { cookie: string },
  routineId: string,
  doc = new Y.Doc(),
  /** More socket options, e.g. a test CA and a host name for wss through a proxy. */
  socket: WebSocket.ClientOptions = {},
): LiveClient {
  const headers = { ...socket.headers, cookie: who.cookie, origin: server.origin };
  class CookieSocket extends WebSocket {
    constructor(address: string) {
      super(address, { ...socket, headers });
      this.on('close', (code, reason) => closes.push({ code, reason: reason.toString() }));
    }
  }
  const messages: ServerMessage[] = [];
  const closes: { code: number; reason: string }[] = [];
  const denied: string[] = [];
  const provider = new HocuspocusProvider({
    websocketProvider: new HocuspocusProviderWebsocket({
      url: server.url,
      WebSocketPolyfill: CookieSocket,
    }),
    // A full document name (`workshop:<id>`) as it is; a bare id is a routine's.
    name: routineId.includes(':') ? routineId : documentNameOf(routineId),
    document: doc,
    token: 'session-cookie',
    onStateless: ({ payload }) => messages.push(JSON.parse(payload) as ServerMessage),
    onAuthenticationFailed: ({ reason }) => denied.push(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    messages,
    closes,
    denied,
    text: (field) => doc.getText(field).toString(),
    synced: () => waitFor(() => provider.isSynced, 'synced'),
    destroy: () => {
      provider.destroy();
      provider.configuration.websocketProvider.destroy();
    },
  };
}

/** Polls until `check` is true; fails with `what` after the deadline (a bound, not a timing claim). */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
