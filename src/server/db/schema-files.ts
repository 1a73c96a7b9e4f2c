/** Rendered files of frozen versions, a cache (see modules/exports/export-files.repository.ts). */
export interface ExportFilesTable {
  versionHash: string;
  lang: string;
  format: string;
  variant: string;
  routineId: string;
  body: Uint8Array;
  createdAt: string;
}
