import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { CheckResult } from '../../contracts/check';
import { useLanguage } from '../i18n';
import { api } from './client';

/**
 * The quality check sits under the routine's own key (['routines', rid]), so every save that
 * invalidates the routine (an answer, the main rule) refetches it as well.
 */
export const checkKey = (rid: string) => ['routines', rid, 'check'] as const;

export const getCheck = (rid: string, lang: 'sv' | 'en') =>
  api<CheckResult>(`/api/routines/${encodeURIComponent(rid)}/check?lang=${lang}`);

/** The routine's findings, with messages and sources in the UI language. */
export function useCheck(rid: string) {
  const lang = useLanguage();
  return useQuery({
    queryKey: [...checkKey(rid), lang],
    queryFn: () => getCheck(rid, lang),
    // Someone else's save changes it too: look again when the user comes back to the tab.
    staleTime: 10_000,
  });
}

/**
 * Marks the quality check as out of date after a save: of one routine, or (for changes of the
 * collaboration: actors, the knowledge bank) of every routine.
 */
export function invalidateChecks(qc: QueryClient, rid?: string): Promise<void> {
  if (rid) return qc.invalidateQueries({ queryKey: checkKey(rid) });
  return qc.invalidateQueries({
    predicate: (query) => query.queryKey[0] === 'routines' && query.queryKey[2] === 'check',
  });
}
