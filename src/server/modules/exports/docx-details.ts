import { type Paragraph, type Table, TextRun } from 'docx';
import { dateOf } from '../../../domain/render/dates';
import type { Labels } from '../../../domain/render/labels';
import { answeredQuestions, indexSnapshot, type RenderModel } from '../../../domain/render/model';
import { rightsChecklist } from '../../../domain/render/rights';
import { findStep } from '../../../domain/template';
import { bullet, heading, para, pathRun, table, textParagraphs } from './docx-parts';

type Block = Paragraph | Table;

/** The Word file after the steps: rights, contacts, goal, obstacles, follow-up, sign-offs. */

export function rightsBlocks(model: RenderModel, l: Labels): Block[] {
  return [
    heading(l.rights, 1),
    para(l.rightsIntro),
    ...rightsChecklist(model.snapshot).map((item) => {
      const r = l.right[item.key];
      const by = item.securedBy.length
        ? ` ${l.securedBy} ${item.securedBy.map((b) => `${b.actorName} (${l.stepShort(b.step).toLowerCase()})`).join(', ')}`
        : '';
      return para([
        new TextRun(`☐ `),
        new TextRun({ text: `${r.title}. `, bold: true }),
        new TextRun(r.detail),
        ...(by ? [new TextRun({ text: by, color: '4A4A4A' })] : []),
      ]);
    }),
  ];
}

export function contactBlocks(model: RenderModel, l: Labels): Block[] {
  const { snapshot: s, meta } = model;
  const rows = s.actors.flatMap((actor) =>
    (actor.contactPaths.length ? actor.contactPaths : [null]).map((p, i) => [
      i === 0 ? [para([new TextRun({ text: actor.name, bold: true })], 0)] : [],
      p
        ? [l.channel[p.channel], p.label, p.audience !== 'all' ? l.forAudience[p.audience] : null]
            .filter(Boolean)
            .join(' – ')
        : '',
      p ? [para([pathRun(p)], 0)] : [],
      p ? [p.always ? l.allHours : p.hours, p.notes].filter(Boolean).join(' · ') : '',
    ]),
  );
  const out: Block[] = [
    heading(l.contacts, 1),
    table([l.actor, l.contactPath, l.contactValue, l.hours], rows),
  ];
  if (s.knowledge.length) {
    out.push(heading(l.knowledge, 2));
    for (const k of s.knowledge) {
      const extra = [k.contact, k.url, k.notes, k.annotation].filter(Boolean).join(' · ');
      out.push(
        bullet([
          new TextRun({ text: k.title[meta.lang], bold: true }),
          new TextRun(extra ? ` – ${extra}` : ''),
        ]),
      );
    }
  }
  return out;
}

export function followUpBlocks(model: RenderModel, l: Labels): Block[] {
  const { snapshot: s, meta } = model;
  const ix = indexSnapshot(s);
  const out: Block[] = [];
  const goal = findStep(1);
  const goalAnswers = goal ? answeredQuestions(s, goal.questions) : [];
  if (goal && goalAnswers.length) {
    out.push(heading(l.goal, 1));
    for (const a of goalAnswers) {
      out.push(
        heading(goal.questions.find((x) => x.id === a.id)!.text[meta.lang], 2),
        ...textParagraphs(a.text),
      );
    }
  }
  if (s.obstacles.length) {
    out.push(
      heading(l.obstacles, 1),
      table(
        [l.step, l.obstacles, l.remedy, l.responsible],
        [...s.obstacles]
          .sort((a, b) => a.step - b.step || a.position - b.position)
          .map((o) => [
            String(o.step),
            o.description,
            o.remedy ?? l.noRemedy,
            ix.actor(o.ownerActorId)?.name ?? '',
          ]),
      ),
    );
  }
  const plan = s.evaluationPlan;
  const step6 = findStep(6);
  const step6Answers = step6 ? answeredQuestions(s, step6.questions) : [];
  if (plan || meta.nextReviewDate || step6Answers.length) {
    out.push(heading(l.followUp, 1));
    if (plan) {
      out.push(heading(l.method, 2), ...textParagraphs(plan.method));
      if (plan.indicators.length)
        out.push(heading(l.indicators, 2), ...plan.indicators.map((i) => bullet(i)));
      const responsible = ix.actor(plan.responsibleActorId)?.name;
      if (responsible)
        out.push(
          para([new TextRun({ text: `${l.responsible}: `, bold: true }), new TextRun(responsible)]),
        );
      out.push(
        para([
          new TextRun({ text: `${l.frequency}: `, bold: true }),
          new TextRun(l.everyMonths(plan.frequencyMonths)),
        ]),
      );
    }
    if (meta.nextReviewDate) {
      out.push(
        para([
          new TextRun({ text: `${l.nextReviewDate}: `, bold: true }),
          new TextRun(dateOf(meta.nextReviewDate)),
        ]),
      );
    }
    for (const a of step6Answers) out.push(...textParagraphs(a.text));
  }
  if (s.milestones.length) {
    out.push(
      heading(l.timeline, 1),
      table(
        [l.phaseHeading, l.what, l.planned, l.done],
        s.milestones.map((m) => [l.phase[m.phase], m.title, m.plannedDate, m.doneDate ?? '']),
      ),
    );
  }
  if (meta.versionNumber !== null) {
    out.push(heading(l.signOffs, 1));
    if (meta.signOffs.length === 0) out.push(para(l.noSignOffs));
    else
      out.push(
        table(
          [l.organisation, l.representative, l.date, l.decisionReference],
          meta.signOffs.map((so) => [
            so.actorName,
            `${so.representativeName}, ${so.representativeTitle}${
              so.onBehalf ? ` – ${l.registeredBy(so.registeredByName, so.actorName)}` : ''
            }`,
            so.signedDate,
            so.decisionReference,
          ]),
        ),
      );
  }
  return out;
}
