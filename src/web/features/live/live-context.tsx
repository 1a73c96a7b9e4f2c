import {
  createContext,
  lazy,
  type ReactNode,
  Suspense,
  useContext,
  useEffect,
  useState,
} from 'react';
import type * as Y from 'yjs';
import { answerField } from '../../../domain/collab';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface Person {
  id: string;
  name: string;
  organisation: string | null;
  role: string;
  color: string;
}

/**
 * Where a person's caret is: the field, and the selection as Yjs relative positions (JSON), so it
 * stays on the same character while others type before it.
 */
export interface Cursor {
  field: string;
  anchor: unknown;
  head: unknown;
}

/** One person here now (several tabs of one person are one person). */
export interface Peer extends Person {
  step: number | null;
  field: string | null;
  cursor: Cursor | null;
  isMe: boolean;
}

export interface Live {
  /** Null while the live code (Yjs, Hocuspocus) loads; `ready` is false until the doc arrives. */
  doc: Y.Doc | null;
  state: ConnectionState;
  /** True once the document has arrived from the server at least once. */
  ready: boolean;
  me: Person | null;
  peers: Peer[];
  /** Changes of this browser the server has not confirmed yet. */
  unsynced: number;
  /** A sentence about the last refusal or closed connection, for the person to read. */
  notice: string | null;
  focusField(field: string | null): void;
  /** Shares this person's caret (and selection) in `field` with the others. */
  setCursor(field: string, anchor: number, head: number): void;
  /** The index a shared caret position (a peer's `cursor.head`) stands for now, or null. */
  locate(position: unknown): number | null;
  /**
   * Tells the server a suspected personal number in `field` is not one; resolves once the server
   * has taken the acknowledgement (send the text only then), rejects when it does not answer.
   */
  acknowledgePersonalData(field: string): Promise<void>;
}

/**
 * What the fields see while the live code loads: connecting, no document yet. They show the
 * stored text, locked, with "Hämtar den senaste texten…", as they do until the document arrives,
 * so a field never starts as a REST field and swaps.
 */
export const CONNECTING: Live = {
  doc: null,
  state: 'connecting',
  ready: false,
  me: null,
  peers: [],
  unsynced: 0,
  notice: null,
  focusField() {},
  setCursor() {},
  locate: () => null,
  acknowledgePersonalData: () => Promise.reject(new Error('No live connection yet.')),
};

const LiveContext = createContext<Live | null>(null);

// Yjs and Hocuspocus (~33 KB gzip) load after the workspace has rendered.
const LiveConnection = lazy(() =>
  import('./live-routine').then((module) => ({ default: module.LiveConnection })),
);

/**
 * The routine's live document for every page of the workspace. The page renders at once with
 * CONNECTING; the connection (live-routine.tsx, loaded on demand) reports its state here as it
 * changes. It is a sibling of the page, so the page stays mounted when it arrives.
 */
export function LiveRoutine({
  routineId,
  collaborationId,
  documentName,
  children,
}: {
  routineId: string;
  collaborationId: string;
  /** Another live document than the routine's (a workshop's: `workshop:<id>`). */
  documentName?: string;
  children: ReactNode;
}) {
  const [live, setLive] = useState<Live>(CONNECTING);
  return (
    <LiveContext.Provider value={live}>
      <Suspense fallback={null}>
        <LiveConnection
          routineId={routineId}
          collaborationId={collaborationId}
          documentName={documentName}
          onChange={setLive}
        />
      </Suspense>
      {children}
    </LiveContext.Provider>
  );
}

/** The routine's live document, or null outside a workspace. */
export const useLive = (): Live | null => useContext(LiveContext);

/**
 * Answered questions per step, counted in the live document as it changes (null until it has
 * arrived): the step navigation shows progress without waiting for the stored projection.
 */
export function useLiveProgress(
  live: Live | null,
  steps: { number: number; questions: { id: string }[] }[],
): Record<number, number> | null {
  const [progress, setProgress] = useState<Record<number, number> | null>(null);
  const doc = live?.ready ? live.doc : null;
  useEffect(() => {
    if (!doc) {
      setProgress(null);
      return;
    }
    const count = () => {
      const next: Record<number, number> = {};
      for (const step of steps) {
        next[step.number] = step.questions.filter(
          (q) => doc.getText(answerField(q.id)).toString().trim().length > 0,
        ).length;
      }
      setProgress((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
    };
    count();
    doc.on('update', count);
    return () => doc.off('update', count);
  }, [doc, steps]);
  return progress;
}
