import type { Content, TableCell } from 'pdfmake/interfaces';
import { dateOf } from '../../../domain/render/dates';
import { draftWatermarkOf } from '../../../domain/render/draft-mark';
import { groupEntryPoints } from '../../../domain/render/entry-points';
import { isInForce, statusLine } from '../../../domain/render/headline';
import { type Labels, labelsFor } from '../../../domain/render/labels';
import {
  ACTION_STEPS,
  actorsInFlow,
  answeredQuestions,
  indexSnapshot,
  nationalSupportLine,
  type RenderModel,
  responsibilitiesOf,
} from '../../../domain/render/model';
import { rightsChecklist } from '../../../domain/render/rights';
import { findStep } from '../../../domain/template';
import { renderPdf } from './fonts';
import { diagramCanvas } from './pdf-diagram';
import {
  BOXES,
  DANGER,
  entryBoxCell,
  keepHeadingsWithContent,
  MUTED,
  pageFrame,
  paragraphs,
  pathText,
  STYLES,
  simpleTable,
} from './pdf-parts';

/**
 * The routine as a PDF (pdfmake, Roboto): headings, the entry-points box, a who-does-what
 * table per step, the swimlane diagram on a landscape page, rights, contacts, follow-up and
 * sign-offs; version, state and date in every page's header and footer, "Sida 1 av 3".
 */
export async function buildRoutinePdf(model: RenderModel): Promise<Buffer> {
  const l = labelsFor(model.meta.lang);
  const { buffer } = await renderPdf({
    info: { title: model.snapshot.routine.title, subject: statusLine(model), creator: 'Samrutin' },
    pageSize: 'A4',
    pageMargins: [40, 44, 40, 40],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: STYLES,
    ...pageFrame(model, l),
    ...draftWatermarkOf(model, 54),
    pageBreakBefore: keepHeadingsWithContent,
    content: [
      ...titlePart(model, l),
      ...entryPart(model, l),
      ...stepsPart(model, l),
      ...diagramPart(model, l),
      ...rightsPart(model, l),
      ...contactsPart(model, l),
      ...followUpPart(model, l),
      ...signOffsPart(model, l),
    ],
  });
  return buffer;
}

function titlePart(model: RenderModel, l: Labels): Content[] {
  const s = model.snapshot;
  const out: Content[] = [
    {
      text: [s.collaboration.name, s.collaboration.area].filter(Boolean).join(' · '),
      style: 'meta',
    },
    { text: s.routine.title, style: 'h1' },
    { text: statusLine(model), bold: true, margin: [0, 0, 0, 8] },
  ];
  if (!isInForce(model)) {
    out.push({
      table: {
        widths: ['*'],
        body: [
          [{ text: `${l.status[model.meta.status]}. ${l.notAdoptedWarning}`, style: 'warning' }],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 8],
    });
  }
  return out;
}

function entryPart(model: RenderModel, l: Labels): Content[] {
  const s = model.snapshot;
  const entries = groupEntryPoints(s);
  const size = { heading: 12, number: 14, text: 9.5 };
  const support = nationalSupportLine(s, model.meta.lang);
  const out: Content[] = [
    { text: l.suspect, style: 'h2' },
    {
      table: {
        widths: ['*', '*'],
        dontBreakRows: true,
        body: [
          [
            entryBoxCell(entries.children, l.childBox, l, size),
            entryBoxCell(entries.adults, l.adultBox, l, size),
          ],
        ],
      },
      layout: BOXES,
    },
    {
      text: [
        { text: `${l.emergency} `, bold: true, color: DANGER },
        { text: l.emergencyLink, bold: true, color: DANGER, link: 'tel:112' },
      ],
      fontSize: 13,
      margin: [0, 8, 0, 2],
    },
  ];
  if (support) {
    out.push({
      text: [
        `${l.supportLine} ${support.name}, `,
        { text: support.display, bold: true, ...(support.href ? { link: support.href } : {}) },
        support.hours ? ` (${support.hours})` : '',
      ],
    });
  }
  const rule = s.routine.mainRule;
  if (rule?.trim()) {
    out.push(
      { text: l.mainRule, style: 'h2' },
      {
        table: { widths: ['*'], body: [[{ stack: paragraphs(rule), bold: true, fontSize: 11.5 }]] },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (i: number) => (i === 0 ? 5 : 0),
          vLineColor: () => '#0b4f8a',
          fillColor: () => '#e8f0f8',
          paddingLeft: () => 10,
          paddingTop: () => 8,
          paddingBottom: () => 8,
        },
      },
    );
  }
  return out;
}

function stepsPart(model: RenderModel, l: Labels): Content[] {
  const { snapshot: s, meta } = model;
  const out: Content[] = [];
  for (const n of ACTION_STEPS) {
    const step = findStep(n);
    if (!step) continue;
    out.push({ text: l.stepHeading(n, step.title[meta.lang]), style: 'h2' });
    out.push({ text: l.responsibilities, style: 'h3' });
    const groups = responsibilitiesOf(s, n);
    if (groups.length === 0) out.push({ text: l.noResponsibilities, margin: [0, 0, 0, 6] });
    else {
      const rows: TableCell[][] = groups.flatMap((g) =>
        g.items.map((item, i) => {
          const a = item.action;
          const details = [
            a.audience !== 'all' ? l.forAudience[a.audience] : null,
            a.when ? `${l.when}: ${a.when}` : null,
          ].filter(Boolean);
          return [
            i === 0 ? { text: g.actor.name, bold: true } : '',
            {
              stack: [
                { text: `${a.isEntryPoint ? `${l.entryPoint}: ` : ''}${a.what}` },
                ...(details.length ? [{ text: details.join(', '), color: MUTED }] : []),
              ],
            },
            item.contact ? pathText(item.contact) : '',
            {
              stack: item.handoffs.map((h) => ({
                text: [`» ${h.actor?.name ?? ''}`, h.contact ? `, ${h.contact.display}` : ''],
              })),
            },
          ];
        }),
      );
      out.push(
        simpleTable([l.actor, l.what, l.contact, l.handsOverToHeading], rows, [90, '*', 80, 110]),
      );
    }
    const answers = answeredQuestions(s, step.questions);
    if (answers.length) {
      out.push({ text: l.answersHeading, style: 'h3' });
      for (const a of answers) {
        const q = step.questions.find((x) => x.id === a.id)!;
        out.push({ text: `${q.number}. ${q.text[meta.lang]}`, style: 'h4' }, ...paragraphs(a.text));
      }
    }
  }
  return out;
}

function diagramPart(model: RenderModel, l: Labels): Content[] {
  if (actorsInFlow(model.snapshot).length === 0) return [];
  return [
    {
      text: l.diagramHeading,
      style: 'h2',
      pageBreak: 'before',
      pageOrientation: 'landscape',
    },
    diagramCanvas(model.snapshot, model.meta.lang, [762, 430]),
    { text: l.rights, style: 'h2', pageBreak: 'before', pageOrientation: 'portrait' },
  ];
}

function rightsPart(model: RenderModel, l: Labels): Content[] {
  const hasHeading = actorsInFlow(model.snapshot).length > 0;
  const items: Content[] = rightsChecklist(model.snapshot).map((item) => {
    const r = l.right[item.key];
    const by = item.securedBy.length
      ? `${l.securedBy} ${item.securedBy.map((b) => `${b.actorName} (${l.stepShort(b.step).toLowerCase()})`).join(', ')}`
      : '';
    return {
      columns: [
        { canvas: [{ type: 'rect', x: 0, y: 1, w: 9, h: 9, lineWidth: 1 }], width: 16 },
        {
          width: '*',
          text: [
            { text: `${r.title}. `, bold: true },
            r.detail,
            by ? { text: `\n${by}`, color: MUTED } : '',
          ],
        },
      ],
      margin: [0, 2, 0, 4],
    };
  });
  return [
    ...(hasHeading ? [] : [{ text: l.rights, style: 'h2' }]),
    { text: l.rightsIntro, margin: [0, 0, 0, 4] },
    ...items,
  ];
}

function contactsPart(model: RenderModel, l: Labels): Content[] {
  const { snapshot: s, meta } = model;
  const rows: TableCell[][] = s.actors.flatMap((actor) =>
    actor.contactPaths.length === 0
      ? [[{ text: actor.name, bold: true }, '', '', '']]
      : actor.contactPaths.map((p, i) => [
          i === 0 ? { text: actor.name, bold: true } : '',
          [l.channel[p.channel], p.label, p.audience !== 'all' ? l.forAudience[p.audience] : null]
            .filter(Boolean)
            .join(' – '),
          pathText(p),
          [p.always ? l.allHours : p.hours, p.notes].filter(Boolean).join('\n'),
        ]),
  );
  const out: Content[] = [{ text: l.contacts, style: 'h2' }];
  out.push(
    simpleTable([l.actor, l.contactPath, l.contactValue, l.hours], rows, [100, 110, '*', 110]),
  );
  if (s.knowledge.length) {
    out.push({ text: l.knowledge, style: 'h3' });
    out.push({
      ul: s.knowledge.map((k) => ({
        text: [
          { text: k.title[meta.lang], ...(k.url ? { link: k.url } : {}) },
          [k.contact, k.notes, k.annotation].filter(Boolean).length
            ? ` – ${[k.contact, k.notes, k.annotation].filter(Boolean).join(' · ')}`
            : '',
        ],
      })),
    });
  }
  return out;
}

function followUpPart(model: RenderModel, l: Labels): Content[] {
  const { snapshot: s, meta } = model;
  const ix = indexSnapshot(s);
  const out: Content[] = [];
  const goal = findStep(1);
  const goalAnswers = goal ? answeredQuestions(s, goal.questions) : [];
  if (goal && goalAnswers.length) {
    out.push({ text: l.goal, style: 'h2' });
    for (const a of goalAnswers) {
      const q = goal.questions.find((x) => x.id === a.id)!;
      out.push({ text: q.text[meta.lang], style: 'h4' }, ...paragraphs(a.text));
    }
  }
  if (s.obstacles.length) {
    out.push({ text: l.obstacles, style: 'h2' });
    const rows = [...s.obstacles]
      .sort((a, b) => a.step - b.step || a.position - b.position)
      .map((o) => [
        l.stepShort(o.step),
        o.description,
        o.remedy ?? l.noRemedy,
        ix.actor(o.ownerActorId)?.name ?? '',
      ]);
    out.push(simpleTable([l.step, l.obstacles, l.remedy, l.responsible], rows, [40, '*', '*', 90]));
  }
  const plan = s.evaluationPlan;
  const step6 = findStep(6);
  const step6Answers = step6 ? answeredQuestions(s, step6.questions) : [];
  if (plan || meta.nextReviewDate || step6Answers.length) {
    out.push({ text: l.followUp, style: 'h2' });
    if (plan) {
      out.push({ text: l.method, style: 'h4' }, ...paragraphs(plan.method));
      if (plan.indicators.length)
        // A copy: pdfmake rewrites list items in place, and the snapshot must stay as it is.
        out.push({ text: l.indicators, style: 'h4' }, { ul: [...plan.indicators] });
      const responsible = ix.actor(plan.responsibleActorId)?.name;
      if (responsible)
        out.push({ text: [{ text: `${l.responsible}: `, bold: true }, responsible] });
      out.push({
        text: [{ text: `${l.frequency}: `, bold: true }, l.everyMonths(plan.frequencyMonths)],
      });
    }
    if (meta.nextReviewDate) {
      out.push({
        text: [{ text: `${l.nextReviewDate}: `, bold: true }, dateOf(meta.nextReviewDate)],
      });
    }
    for (const a of step6Answers) out.push(...paragraphs(a.text));
  }
  if (s.milestones.length) {
    out.push({ text: l.timeline, style: 'h2' });
    out.push(
      simpleTable(
        [l.phaseHeading, l.what, l.planned, l.done],
        s.milestones.map((m) => [l.phase[m.phase], m.title, m.plannedDate, m.doneDate ?? '']),
        [70, '*', 65, 65],
      ),
    );
  }
  return out;
}

function signOffsPart(model: RenderModel, l: Labels): Content[] {
  const { meta } = model;
  if (meta.versionNumber === null) return [];
  const out: Content[] = [{ text: l.signOffs, style: 'h2' }];
  if (meta.signOffs.length === 0) out.push({ text: l.noSignOffs });
  else
    out.push(
      simpleTable(
        [l.organisation, l.representative, l.date, l.decisionReference],
        meta.signOffs.map((so) => [
          so.actorName,
          `${so.representativeName}, ${so.representativeTitle}${
            so.onBehalf ? `\n${l.registeredBy(so.registeredByName, so.actorName)}` : ''
          }`,
          so.signedDate,
          so.decisionReference,
        ]),
        ['*', '*', 65, '*'],
      ),
    );
  return out;
}
