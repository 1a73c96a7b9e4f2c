import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** Identifies one rendered file of a frozen version (see the export_files migration). */
export interface ExportFileKey {
  versionHash: string;
  lang: string;
  format: string;
  variant: string;
}

export async function findExportFile(db: Kysely<DB>, key: ExportFileKey) {
  const row = await db
    .selectFrom('exportFiles')
    .select('body')
    .where('versionHash', '=', key.versionHash)
    .where('lang', '=', key.lang)
    .where('format', '=', key.format)
    .where('variant', '=', key.variant)
    .executeTakeFirst();
  return row ? row.body : null;
}

/** Drops a file's other variants (another state, address or renderer): they are never read again. */
export async function deleteOtherExportFileVariants(db: Kysely<DB>, key: ExportFileKey) {
  await db
    .deleteFrom('exportFiles')
    .where('versionHash', '=', key.versionHash)
    .where('lang', '=', key.lang)
    .where('format', '=', key.format)
    .where('variant', '!=', key.variant)
    .execute();
}

/** Keeps a rendered file; a row another process wrote first wins (same key, same bytes). */
export async function insertExportFile(
  db: Kysely<DB>,
  row: ExportFileKey & { routineId: string; body: Uint8Array; createdAt: string },
) {
  await db
    .insertInto('exportFiles')
    .values(row)
    .onConflict((oc) => oc.columns(['versionHash', 'lang', 'format', 'variant']).doNothing())
    .execute();
}
