import {
  type ComponentProps,
  type ComponentType,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useBlocker } from 'react-router';
import { useTranslation } from '../i18n';
import type { ConfirmDialog as ConfirmDialogType } from './confirm-dialog';

type ConfirmProps = ComponentProps<typeof ConfirmDialogType> & { text: string };

/** The browser's own question, when the dialog's code cannot be fetched (offline). */
function NativeConfirm({ title, text, onConfirm, onCancel }: ConfirmProps) {
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    if (window.confirm(`${title}\n\n${text}`)) onConfirm();
    else onCancel();
  }, [title, text, onConfirm, onCancel]);
  return null;
}

// The dialog library is not part of the first load: the dialog's code is fetched as soon as a
// form holds unsaved changes, well before anyone can try to leave the page.
const loadConfirmDialog = () => import('./confirm-dialog');
const ConfirmDialog = lazy<ComponentType<ConfirmProps>>(() =>
  loadConfirmDialog().then(
    (module) => ({
      default: ({ text: _text, ...props }: ConfirmProps) => <module.ConfirmDialog {...props} />,
    }),
    () => ({ default: NativeConfirm }),
  ),
);

/**
 * Nothing typed is lost by leaving a page: every form with an explicit save (and every open
 * dialog with typed text) registers here while it holds unsaved changes. One guard in the app
 * shell asks before an in-app navigation, and the browser's own `beforeunload` asks before a
 * reload or closing the tab. One registry, because the router supports only one blocker.
 */
const dirtyForms = new Set<string>();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function setDirty(id: string, dirty: boolean) {
  if (dirtyForms.has(id) === dirty) return;
  if (dirty) dirtyForms.add(id);
  else dirtyForms.delete(id);
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const hasUnsaved = () => dirtyForms.size > 0;

/**
 * Tracks one form: spread `formProps` on the `<form>` (any typing marks it dirty), call
 * `markSaved()` once the server accepted it (before navigating away on success).
 */
export function useUnsavedChanges() {
  const id = useId();
  const [isDirty, setLocalDirty] = useState(false);
  useEffect(() => () => setDirty(id, false), [id]);
  const markDirty = useCallback(() => {
    setDirty(id, true);
    setLocalDirty(true);
  }, [id]);
  const markSaved = useCallback(() => {
    setDirty(id, false);
    setLocalDirty(false);
  }, [id]);
  return { isDirty, markDirty, markSaved, formProps: { onInput: markDirty } };
}

/** The one guard, rendered by the app shell: the router's blocker and `beforeunload`. */
export function UnsavedChangesGuard() {
  const { t } = useTranslation();
  const anyDirty = useSyncExternalStore(subscribe, hasUnsaved, () => false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      hasUnsaved() && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!anyDirty) return;
    // Offline: the lazy dialog retries when it is needed.
    loadConfirmDialog().catch(() => {});
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [anyDirty]);
  if (blocker.state !== 'blocked') return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialog
        isOpen
        title={t('unsaved.leaveTitle')}
        confirmLabel={t('unsaved.leave')}
        cancelLabel={t('unsaved.stay')}
        isDestructive
        onConfirm={() => {
          dirtyForms.clear();
          notify();
          blocker.proceed?.();
        }}
        onCancel={() => blocker.reset?.()}
        text={t('unsaved.leaveBody')}
      >
        <p>{t('unsaved.leaveBody')}</p>
      </ConfirmDialog>
    </Suspense>
  );
}
