import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  contactWho,
  type EntryBox,
  type EntryContact,
  groupEntryPoints,
} from '../../../domain/render/entry-points';
import { isInForce, statusLine } from '../../../domain/render/headline';
import { type Labels, labelsFor } from '../../../domain/render/labels';
import {
  ACTION_STEPS,
  answeredQuestions,
  nationalSupportLine,
  type RenderModel,
  responsibilitiesOf,
} from '../../../domain/render/model';
import { findStep } from '../../../domain/template';
import { contactBlocks, followUpBlocks, rightsBlocks } from './docx-details';
import { DIAGRAM_PAGE, diagramTableBlocks } from './docx-diagram';
import { box, headerFooter, heading, para, pathRun, table, textParagraphs } from './docx-parts';

type Block = Paragraph | Table;

/**
 * The routine as a Word file: real Heading 1/2/3 styles (the navigation pane lists the
 * steps), tables for who does what and the contacts, the swimlane diagram as a table on a
 * landscape page (docx-diagram.ts); version, state and date in every page's header and footer.
 */
export async function buildRoutineDocx(model: RenderModel): Promise<Buffer> {
  const l = labelsFor(model.meta.lang);
  const frame = headerFooter(model, l);
  const language = model.meta.lang === 'sv' ? 'sv-SE' : 'en-GB';
  const sections = [
    {
      ...frame,
      children: [...titleBlocks(model, l), ...entryBlocks(model, l), ...stepBlocks(model, l)],
    },
  ];
  const diagram = diagramTableBlocks(model.snapshot, model.meta.lang, l);
  if (diagram.length) {
    sections.push({
      ...frame,
      properties: { page: DIAGRAM_PAGE },
      children: diagram,
    } as (typeof sections)[number]);
  }
  sections.push({
    ...frame,
    children: [...rightsBlocks(model, l), ...contactBlocks(model, l), ...followUpBlocks(model, l)],
  });
  const doc = new Document({
    title: model.snapshot.routine.title,
    subject: statusLine(model),
    creator: 'Samrutin',
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: language } } } },
    },
    sections,
  });
  return Packer.toBuffer(doc);
}

function titleBlocks(model: RenderModel, l: Labels): Block[] {
  const s = model.snapshot;
  const out: Block[] = [
    para([
      new TextRun({
        text: [s.collaboration.name, s.collaboration.area].filter(Boolean).join(' · '),
        color: '4A4A4A',
      }),
    ]),
    new Paragraph({ text: s.routine.title, heading: HeadingLevel.TITLE }),
    para([new TextRun({ text: statusLine(model), bold: true })], 200),
  ];
  if (!isInForce(model)) {
    out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            children: [
              box(
                [
                  para([
                    new TextRun({
                      text: `${l.status[model.meta.status]}. ${l.notAdoptedWarning}`,
                      bold: true,
                    }),
                  ]),
                ],
                'FFF4D6',
              ),
            ],
          }),
        ],
      }),
    );
  }
  return out;
}

function contactParagraphs(c: EntryContact, l: Labels): Paragraph[] {
  const who = contactWho(c);
  const hours = c.path?.always ? l.allHours : c.path?.hours;
  return [
    para([new TextRun({ text: who, bold: true })], 0),
    ...(c.path ? [para([pathRun(c.path, { bold: true, size: 32 })], 0)] : []),
    ...(hours ? [para([new TextRun({ text: hours, color: '4A4A4A' })], 120)] : []),
  ];
}

function entryCell(b: EntryBox, title: string, l: Labels) {
  const children: Paragraph[] = [heading(title, 2)];
  if (b.officeHours.length) {
    children.push(para([new TextRun({ text: l.officeHours, bold: true, color: '4A4A4A' })], 40));
    for (const c of b.officeHours) children.push(...contactParagraphs(c, l));
  }
  if (b.afterHours.length) {
    children.push(
      para(
        [
          new TextRun({
            text: b.officeHours.length ? l.afterHours : l.allHours,
            bold: true,
            color: '4A4A4A',
          }),
        ],
        40,
      ),
    );
    for (const c of b.afterHours) children.push(...contactParagraphs(c, l));
  } else children.push(para(b.officeHours.length ? l.noAfterHours : l.noEntryPoints));
  return box(children);
}

function entryBlocks(model: RenderModel, l: Labels): Block[] {
  const s = model.snapshot;
  const entries = groupEntryPoints(s);
  const support = nationalSupportLine(s, model.meta.lang);
  const out: Block[] = [
    heading(l.suspect, 1),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          children: [
            entryCell(entries.children, l.childBox, l),
            entryCell(entries.adults, l.adultBox, l),
          ],
        }),
      ],
    }),
    para([
      new TextRun({
        text: `${l.emergency} ${l.emergencyLink}`,
        bold: true,
        color: 'A4161A',
        size: 28,
      }),
    ]),
  ];
  if (support) {
    out.push(
      para([
        new TextRun(`${l.supportLine} ${support.name}, `),
        new TextRun({ text: support.display, bold: true }),
        new TextRun(support.hours ? ` (${support.hours})` : ''),
      ]),
    );
  }
  const rule = s.routine.mainRule;
  if (rule?.trim()) {
    out.push(
      heading(l.mainRule, 1),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [new TableRow({ children: [box(textParagraphs(rule, { bold: true }), 'E8F0F8')] })],
      }),
    );
  }
  return out;
}

function stepBlocks(model: RenderModel, l: Labels): Block[] {
  const { snapshot: s, meta } = model;
  const out: Block[] = [];
  for (const n of ACTION_STEPS) {
    const step = findStep(n);
    if (!step) continue;
    out.push(heading(l.stepHeading(n, step.title[meta.lang]), 1), heading(l.responsibilities, 2));
    const groups = responsibilitiesOf(s, n);
    if (groups.length === 0) out.push(para(l.noResponsibilities));
    else
      out.push(
        table(
          [l.actor, l.what, l.contact, l.handsOverToHeading],
          groups.flatMap((g) =>
            g.items.map((item, i) => {
              const a = item.action;
              const details = [
                a.audience !== 'all' ? l.forAudience[a.audience] : null,
                a.when ? `${l.when}: ${a.when}` : null,
              ].filter(Boolean);
              return [
                i === 0 ? [para([new TextRun({ text: g.actor.name, bold: true })], 0)] : [],
                [
                  para(`${a.isEntryPoint ? `${l.entryPoint}: ` : ''}${a.what}`, 0),
                  ...(details.length
                    ? [para([new TextRun({ text: details.join(', '), color: '4A4A4A' })], 0)]
                    : []),
                ],
                item.contact ? [para([pathRun(item.contact)], 0)] : [],
                item.handoffs.map((h) =>
                  para(
                    [
                      new TextRun(`→ ${h.actor?.name ?? ''}${h.contact ? ', ' : ''}`),
                      ...(h.contact ? [pathRun(h.contact)] : []),
                    ],
                    0,
                  ),
                ),
              ];
            }),
          ),
        ),
      );
    const answers = answeredQuestions(s, step.questions);
    if (answers.length) {
      out.push(heading(l.answersHeading, 2));
      for (const a of answers) {
        const q = step.questions.find((x) => x.id === a.id)!;
        out.push(heading(`${q.number}. ${q.text[meta.lang]}`, 3), ...textParagraphs(a.text));
      }
    }
  }
  return out;
}
