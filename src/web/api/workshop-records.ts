import { useQuery } from '@tanstack/react-query';
import type { WorkshopListItem, WorkshopOpenItem } from '../../contracts/workshop-records';
import { api } from './client';

const seg = encodeURIComponent;

export const workshopRecordKeys = {
  list: (rid: string) => ['workshops', rid, 'list'] as const,
  openItems: (rid: string) => ['workshops', rid, 'open-items'] as const,
};

/** The routine's workshops, newest first, with their outcome counts. */
export const useRoutineWorkshops = (rid: string) =>
  useQuery({
    queryKey: workshopRecordKeys.list(rid),
    queryFn: () => api<WorkshopListItem[]>(`/api/routines/${seg(rid)}/workshops`),
  });

/** Parked and blocked questions the routine's workshops left open (docs/adr/0020). */
export const useWorkshopOpenItems = (rid: string) =>
  useQuery({
    queryKey: workshopRecordKeys.openItems(rid),
    queryFn: () => api<WorkshopOpenItem[]>(`/api/routines/${seg(rid)}/workshop-open-items`),
  });

/** A workshop's summary to download, in the UI language. */
export const workshopSummaryUrl = (wid: string, format: 'pdf' | 'md', lang: 'sv' | 'en') =>
  `/api/workshops/${seg(wid)}/summary.${format}${lang === 'en' ? '?lang=en' : ''}`;

/** The web client's pages of a routine's workshops. */
export const workshopsPath = (rid: string, part = '') =>
  `/rutiner/${seg(rid)}/workshoppar${part ? `/${part}` : ''}`;
