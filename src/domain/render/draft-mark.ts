import { labelsFor } from './labels';
import type { RenderModel } from './model';

/**
 * The mark a printed routine or card carries on every page while it is not adopted (the live
 * draft or a version under decision): "UTKAST – inte antagen", "UNDER BESLUT – inte antagen".
 * Null for an adopted, superseded or archived version (their status line says what they are).
 */
export function draftMarkOf(model: RenderModel): string | null {
  const { status, lang } = model.meta;
  if (status !== 'draft' && status !== 'in_review') return null;
  const [state, ...rest] = labelsFor(lang).status[status].split(' – ');
  return [state?.toLocaleUpperCase(lang), ...rest].join(' – ');
}

/** pdfmake's watermark (drawn large and diagonally on every page) for the draft mark. */
export function draftWatermarkOf(model: RenderModel, fontSize: number) {
  const text = draftMarkOf(model);
  if (!text) return {};
  return {
    watermark: { text, color: '#b3261e', opacity: 0.16, bold: true, fontSize, angle: -45 },
  };
}
