import { dateOf, monthYear } from './dates';
import { labelsFor } from './labels';
import { type RenderModel, shortHash } from './model';

/** "Antagen 2027-03-01 · version 2 · nästa översyn mars 2028" (or the draft's state). */
export function statusLine({ meta }: RenderModel): string {
  const l = labelsFor(meta.lang);
  const parts: string[] = [];
  if (meta.status === 'adopted' && meta.adoptedAt) parts.push(l.adoptedOn(dateOf(meta.adoptedAt)));
  else parts.push(l.status[meta.status]);
  if (meta.versionNumber !== null) parts.push(l.version(meta.versionNumber));
  if (meta.nextReviewDate && meta.status !== 'superseded' && meta.status !== 'archived') {
    parts.push(l.nextReview(monthYear(meta.nextReviewDate, meta.lang)));
  }
  return parts.join(' · ');
}

/** "Version 2" or "Utkast – inte antagen": what every page of a file carries. */
export function versionLabel({ meta }: RenderModel): string {
  const l = labelsFor(meta.lang);
  if (meta.versionNumber === null) return l.status.draft;
  const v = l.version(meta.versionNumber);
  const capitalised = v.charAt(0).toUpperCase() + v.slice(1);
  return meta.status === 'adopted' ? capitalised : `${capitalised} · ${l.status[meta.status]}`;
}

/** Footer: version, short hash, adoption date. */
export function footerLine(model: RenderModel): string {
  const { meta } = model;
  return labelsFor(meta.lang).footer({
    version: versionLabel(model),
    hash: shortHash(meta.hash),
    date: meta.adoptedAt ? dateOf(meta.adoptedAt) : null,
  });
}

/** Is this the adopted routine in force? (Everything else carries a warning.) */
export const isInForce = ({ meta }: RenderModel): boolean => meta.status === 'adopted';
