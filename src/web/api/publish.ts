import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportResult } from '../../contracts/exports';
import { api } from './client';
import { queryKeys } from './queries';

const seg = encodeURIComponent;

/** The files of a routine, as the export endpoints name them (each answers an attachment). */
export const EXPORT_FILES = ['pdf', 'docx', 'md', 'json', 'card', 'diagram'] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

const FILE_PATH: Record<ExportFile, string> = {
  pdf: 'export.pdf',
  docx: 'export.docx',
  md: 'export.md',
  json: 'export.json',
  card: 'card.pdf',
  diagram: 'diagram.svg',
};

/**
 * Download address of one file in a language: of a frozen version when `version` is given,
 * else of the adopted version (or the draft while nothing is adopted).
 */
export const exportUrl = (rid: string, file: ExportFile, lang: 'sv' | 'en', version?: number) => {
  const query = new URLSearchParams();
  if (version !== undefined) query.set('version', String(version));
  if (lang === 'en') query.set('lang', 'en');
  const search = query.toString();
  return `/api/routines/${seg(rid)}/${FILE_PATH[file]}${search ? `?${search}` : ''}`;
};

/** The QR code (SVG) of the published page's address. */
export const qrUrl = (rid: string) => `/api/routines/${seg(rid)}/qr.svg`;

/** The published page, outside the app (server-rendered): a full page load, not a route. */
export const publishedPath = (
  slug: string,
  options: { draft?: boolean; version?: number; lang?: 'sv' | 'en' } = {},
) => {
  const query = new URLSearchParams();
  if (options.draft) query.set('version', 'draft');
  else if (options.version !== undefined) query.set('version', String(options.version));
  if (options.lang === 'en') query.set('lang', 'en');
  const search = query.toString();
  return `/r/${seg(slug)}${search ? `?${search}` : ''}`;
};

/** Recreates an export.json as a new draft routine of the collaboration (coordinators). */
export function useImportRoutine(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ document, acknowledge }: { document: unknown; acknowledge: boolean }) =>
      api<ImportResult>(
        `/api/collaborations/${seg(cid)}/routines/import${acknowledge ? '?acknowledgePersonalData=true' : ''}`,
        { method: 'POST', body: document },
      ),
    onSuccess: () =>
      Promise.all([
        // Its routines, and its actors (an import may add some).
        qc.invalidateQueries({ queryKey: queryKeys.collaboration(cid) }),
        qc.invalidateQueries({ queryKey: queryKeys.collaborations, exact: true }),
      ]),
  });
}
