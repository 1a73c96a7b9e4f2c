import '../../i18n/areas/live';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import * as Y from 'yjs';
import { type CollabRefusal, documentNameOf, type ServerMessage } from '../../../domain/collab';
import { useAnnounce } from '../../components/announcer';
import { useTranslation } from '../../i18n';
import {
  CONNECTING,
  type ConnectionState,
  type Cursor,
  type Live,
  type Peer,
  type Person,
} from './live-context';

/** How long an acknowledgement may wait for the server's answer (offline, reconnecting). */
const ACKNOWLEDGE_TIMEOUT_MS = 10_000;

interface AcknowledgeWaiter {
  field: string;
  resolve: () => void;
  reject: (error: Error) => void;
  timer: number;
}

/** Colours with at least 4.5:1 contrast against white (names are written on them). */
const COLORS = [
  '#1d4ed8',
  '#047857',
  '#b91c1c',
  '#6d28d9',
  '#9a3412',
  '#be185d',
  '#0f766e',
  '#4338ca',
];

function colorOf(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return COLORS[h % COLORS.length]!;
}

function collabUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/collab`;
}

const stepOfPath = (path: string): number | null => {
  const m = path.match(/\/steg\/(\d+)/);
  return m ? Number(m[1]) : null;
};

/**
 * The routine's live connection (loaded on demand by LiveRoutine, live-context.tsx): one
 * WebSocket to /collab, the Y.Doc its answers and main rule are bound to, who is here, and the
 * connection state, reported to LiveRoutine through `onChange` whenever it changes.
 */
export function LiveConnection({
  routineId,
  collaborationId,
  documentName,
  onChange,
}: {
  routineId: string;
  collaborationId: string;
  /** Another live document than the routine's (a workshop's: `workshop:<id>`). */
  documentName?: string;
  onChange: (live: Live) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const location = useLocation();
  // A new generation starts a fresh copy (after the server refused a change of ours).
  const [generation, setGeneration] = useState(0);
  const doc = useMemo(() => {
    void generation;
    return new Y.Doc();
  }, [generation]);
  const providerRef = useRef<HocuspocusProvider | null>(null);
  const [state, setState] = useState<ConnectionState>('connecting');
  const [ready, setReady] = useState(false);
  const [me, setMe] = useState<Person | null>(null);
  const [peers, setPeers] = useState<Peer[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [unsynced, setUnsynced] = useState(0);
  const everConnected = useRef(false);
  const acknowledgeWaiters = useRef(new Set<AcknowledgeWaiter>());

  useEffect(() => {
    let disposed = false;
    let refetchTimer: number | undefined;
    let offlineTimer: number | undefined;
    const provider = new HocuspocusProvider({
      url: collabUrl(),
      name: documentName ?? documentNameOf(routineId),
      document: doc,
      token: 'session-cookie',
      onUnsyncedChanges: ({ number }) => setUnsynced(number),
      onSynced: () => {
        setReady(true);
        setState('connected');
      },
      onStatus: ({ status }) => {
        window.clearTimeout(offlineTimer);
        if (status === 'connected') {
          everConnected.current = true;
          setState('connected');
        } else if (!everConnected.current) {
          setState(navigator.onLine ? 'connecting' : 'offline');
        } else {
          setState(navigator.onLine ? 'reconnecting' : 'offline');
          // Still away after a while: the calm offline sentence, edits are kept here.
          offlineTimer = window.setTimeout(() => !disposed && setState('offline'), 8000);
        }
      },
      onClose: ({ event }) => {
        const reason = event?.reason ?? '';
        if (
          reason === 'member-removed' ||
          reason === 'role-changed' ||
          reason === 'too-many-connections'
        ) {
          setNotice(t(`live.closed.${reason}`));
        }
      },
      onAuthenticationFailed: () => {
        setNotice(t('live.closed.member-removed'));
        provider.configuration.websocketProvider.disconnect();
      },
      onStateless: ({ payload }) => {
        let message: ServerMessage;
        try {
          message = JSON.parse(payload) as ServerMessage;
        } catch {
          return;
        }
        if (message.type === 'hello') {
          const person = { ...message.user, color: colorOf(message.user.id) };
          setMe(person);
          provider.setAwarenessField('user', person);
        } else if (message.type === 'changed') {
          // Structured records stay REST: refetch what this routine shows, once per burst.
          window.clearTimeout(refetchTimer);
          refetchTimer = window.setTimeout(
            () => {
              void queryClient.invalidateQueries({
                predicate: (q) =>
                  q.queryKey.includes(routineId) || q.queryKey.includes(collaborationId),
              });
            },
            message.path.endsWith('/answers') ? 300 : 200,
          );
        } else if (message.type === 'acknowledged') {
          for (const waiter of acknowledgeWaiters.current) {
            if (waiter.field !== message.field) continue;
            window.clearTimeout(waiter.timer);
            acknowledgeWaiters.current.delete(waiter);
            waiter.resolve();
          }
        } else if (message.type === 'refused') {
          setNotice(t(`live.refused.${message.code satisfies CollabRefusal}`));
          if (
            message.code === 'PERSONAL_DATA_SUSPECTED' ||
            message.code === 'TEXT_TOO_LONG' ||
            message.code === 'FORBIDDEN_CHARACTER'
          ) {
            // Our copy holds a change the server will not take: start again from the server's.
            provider.destroy();
            setReady(false);
            setGeneration((g) => g + 1);
          }
        }
      },
    });
    providerRef.current = provider;
    const awareness = provider.awareness;
    let known = new Map<string, string>();
    const onAwareness = () => {
      if (!awareness) return;
      const byId = new Map<string, Peer>();
      for (const [clientId, s] of awareness.getStates()) {
        const user = s.user as Person | undefined;
        if (!user?.id) continue;
        const isMe = clientId === awareness.clientID;
        const prior = byId.get(user.id);
        const field = (s.field as string | null) ?? null;
        const cursor = s.cursor as Cursor | null | undefined;
        const peer: Peer = {
          ...user,
          step: (s.step as number | null) ?? prior?.step ?? null,
          field: field ?? prior?.field ?? null,
          // Only a caret in the field this tab is in: a tab that left a field leaves no caret.
          cursor: (field && cursor?.field === field ? cursor : null) ?? prior?.cursor ?? null,
          isMe: isMe || (prior?.isMe ?? false),
        };
        byId.set(user.id, peer);
      }
      const next = [...byId.values()].sort((a, b) =>
        a.isMe === b.isMe ? a.name.localeCompare(b.name) : a.isMe ? -1 : 1,
      );
      setPeers(next);
      // Announce arrivals and departures, never keystrokes or caret moves.
      const now = new Map(next.filter((p) => !p.isMe).map((p) => [p.id, p.name] as const));
      for (const [id, name] of now) if (!known.has(id)) announce(t('live.joined', { name }));
      for (const [id, name] of known) if (!now.has(id)) announce(t('live.left', { name }));
      known = now;
    };
    awareness?.on('change', onAwareness);
    const waiters = acknowledgeWaiters.current;
    return () => {
      disposed = true;
      // An acknowledgement belongs to this connection: a new copy must ask again.
      for (const waiter of waiters) {
        window.clearTimeout(waiter.timer);
        waiter.reject(new Error('The live connection was replaced.'));
      }
      waiters.clear();
      window.clearTimeout(refetchTimer);
      window.clearTimeout(offlineTimer);
      awareness?.off('change', onAwareness);
      provider.destroy();
      providerRef.current = null;
    };
  }, [doc, routineId, collaborationId, documentName, queryClient, announce, t]);

  const step = stepOfPath(location.pathname);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new document needs it again
  useEffect(() => {
    providerRef.current?.setAwarenessField('step', step);
  }, [step, doc]);

  const focusField = useCallback((field: string | null) => {
    providerRef.current?.setAwarenessField('field', field);
    if (field === null) providerRef.current?.setAwarenessField('cursor', null);
  }, []);
  const setCursor = useCallback(
    (field: string, anchor: number, head: number) => {
      const text = doc.getText(field);
      const cursor: Cursor = {
        field,
        anchor: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, anchor)),
        head: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, head)),
      };
      providerRef.current?.setAwarenessField('cursor', cursor);
    },
    [doc],
  );
  const locate = useCallback(
    (position: unknown) => {
      try {
        const absolute = Y.createAbsolutePositionFromRelativePosition(
          Y.createRelativePositionFromJSON(position),
          doc,
        );
        return absolute ? absolute.index : null;
      } catch {
        return null;
      }
    },
    [doc],
  );
  const acknowledgePersonalData = useCallback(
    (field: string) =>
      new Promise<void>((resolve, reject) => {
        const provider = providerRef.current;
        if (!provider) {
          reject(new Error('No live connection.'));
          return;
        }
        const waiters = acknowledgeWaiters.current;
        const waiter: AcknowledgeWaiter = { field, resolve, reject, timer: 0 };
        waiter.timer = window.setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error('The server did not answer the acknowledgement.'));
        }, ACKNOWLEDGE_TIMEOUT_MS);
        waiters.add(waiter);
        provider.sendStateless(JSON.stringify({ type: 'acknowledge-personal-data', field }));
      }),
    [],
  );

  const value = useMemo<Live>(
    () => ({
      doc,
      state,
      ready,
      me,
      peers,
      unsynced,
      notice,
      focusField,
      setCursor,
      locate,
      acknowledgePersonalData,
    }),
    [
      doc,
      state,
      ready,
      me,
      peers,
      unsynced,
      notice,
      focusField,
      setCursor,
      locate,
      acknowledgePersonalData,
    ],
  );
  useEffect(() => onChange(value), [onChange, value]);
  // Gone (the workspace left): the fields are no longer connected.
  useEffect(() => () => onChange(CONNECTING), [onChange]);
  return null;
}
