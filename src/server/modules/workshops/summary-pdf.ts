import type { Content } from 'pdfmake/interfaces';
import {
  questionOutcome,
  summaryMeta,
  WORKSHOP_SUMMARY_LABELS,
  type WorkshopSummaryModel,
} from '../../../domain/render/workshop-summary';
import { renderPdf } from '../exports/fonts';
import { STYLES } from '../exports/pdf-parts';

/** The workshop summary as a PDF: the same model and words as the Markdown file. */
export async function buildWorkshopSummaryPdf(m: WorkshopSummaryModel): Promise<Buffer> {
  const x = WORKSHOP_SUMMARY_LABELS[m.lang];
  const content: Content[] = [
    { text: `${x.title}: ${m.routineTitle}`, style: 'h1' },
    { text: summaryMeta(m), style: 'meta' },
    { text: x.questions, style: 'h2' },
  ];
  for (const q of m.questions) {
    const o = questionOutcome(q, m.lang);
    content.push(
      { text: o.heading, bold: true, margin: [0, 10, 0, 2] },
      { text: o.status },
      ...(o.agreedText !== null
        ? [{ text: o.agreedText, margin: [12, 2, 0, 2] as [number, number, number, number] }]
        : []),
      { text: o.votes, style: 'meta' },
      ...(o.blocks.length > 0 ? [{ text: x.blocks }, { ul: o.blocks }] : []),
    );
  }
  content.push({ text: x.proposals, style: 'h2' });
  content.push(
    m.proposals.length === 0
      ? { text: x.noProposals }
      : {
          ul: m.proposals.map(
            (p) =>
              `${x.proposalStep} ${p.step}${p.organisation ? `, ${p.organisation}` : ''}: ${p.what} (${x.status[p.status] ?? p.status})`,
          ),
        },
  );
  content.push({ text: x.organisations, style: 'h2' });
  content.push(
    m.organisations.length === 0 ? { text: x.noOrganisations } : { ul: m.organisations },
  );
  if (m.guestCount > 0) content.push({ text: x.guests(m.guestCount), margin: [0, 6, 0, 0] });
  const { buffer } = await renderPdf({
    info: { title: `${x.title}: ${m.routineTitle}`, creator: 'Samrutin' },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 48],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
    styles: STYLES,
    content,
  });
  return buffer;
}
