import type { SnapshotContactPath } from '../snapshot';
import { findStep } from '../template';
import { dateOf } from './dates';
import { contactWho, type EntryBox, type EntryContact, groupEntryPoints } from './entry-points';
import { footerLine, isInForce, statusLine } from './headline';
import { safeHref } from './html';
import { type Labels, labelsFor } from './labels';
import {
  ACTION_STEPS,
  actorsInFlow,
  answeredQuestions,
  indexSnapshot,
  nationalSupportLine,
  paragraphsOf,
  type RenderModel,
  responsibilitiesOf,
} from './model';
import { rightsChecklist } from './rights';

/** The routine as Markdown, in the published page's order. Pure and deterministic. */

/**
 * Escapes characters Markdown would read as formatting, and `&`, which would otherwise start
 * an entity reference ("&amp;" typed as text showed as "&"). For text inside one line (a
 * heading, a list item): a line break becomes a space, or the text after it could start a
 * list or a block of its own. Multi-line text goes through mdText instead.
 */
export function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~&])/g, '\\$1').replace(/[ \t]*(?:\r\n?|\n)\s*/g, ' ');
}

/**
 * A link target for `[text](<target>)`: only tel:, mailto: and http(s) (else null), with `<`,
 * `>`, parentheses, backslashes, quotes and every kind of whitespace percent-encoded, so no
 * target can close the link early or smuggle a second one in.
 */
export function mdHref(href: string | null | undefined): string | null {
  const safe = safeHref(href);
  if (!safe) return null;
  return safe.replace(/[<>()\\`"'\s]/gu, (c) =>
    c.charCodeAt(0) < 0x80
      ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
      : encodeURIComponent(c),
  );
}

const cell = (text: string) => mdEscape(text).replace(/\r?\n/g, ' ');

function mdText(text: string): string {
  return paragraphsOf(text)
    .map((lines) =>
      lines
        .map((line) =>
          mdEscape(line)
            .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3')
            .replace(/^(\s*)(\d+)\.(\s)/, '$1$2\\.$3'),
        )
        .join('  \n'),
    )
    .join('\n\n');
}

function mdPath(p: SnapshotContactPath): string {
  const href = mdHref(p.href);
  return href ? `[${mdEscape(p.display)}](<${href}>)` : mdEscape(p.display);
}

function entryLine(c: EntryContact, l: Labels): string {
  const who = contactWho(c);
  const hours = c.path?.always ? l.allHours : c.path?.hours;
  return `- **${mdEscape(who)}**${c.path ? `: ${mdPath(c.path)}` : ''}${hours ? ` (${mdEscape(hours)})` : ''}`;
}

function entryBox(box: EntryBox, heading: string, l: Labels): string[] {
  const out = [`### ${mdEscape(heading)}`, ''];
  if (box.officeHours.length) {
    out.push(`**${l.officeHours}**`, '', ...box.officeHours.map((c) => entryLine(c, l)), '');
  }
  if (box.afterHours.length) {
    out.push(
      `**${box.officeHours.length ? l.afterHours : l.allHours}**`,
      '',
      ...box.afterHours.map((c) => entryLine(c, l)),
      '',
    );
  } else {
    out.push(mdEscape(box.officeHours.length ? l.noAfterHours : l.noEntryPoints), '');
  }
  return out;
}

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

export function renderMarkdown(model: RenderModel): string {
  const { snapshot: s, meta } = model;
  const l = labelsFor(meta.lang);
  const ix = indexSnapshot(s);
  const out: string[] = [];
  out.push(`# ${mdEscape(s.routine.title)}`, '');
  out.push(
    mdEscape([s.collaboration.name, s.collaboration.area].filter(Boolean).join(' · ')),
    '',
    `**${mdEscape(statusLine(model))}**`,
    '',
  );
  if (!isInForce(model)) out.push(`> **${l.status[meta.status]}.** ${l.notAdoptedWarning}`, '');

  const entries = groupEntryPoints(s);
  out.push(`## ${l.suspect}`, '');
  out.push(
    ...entryBox(entries.children, l.childBox, l),
    ...entryBox(entries.adults, l.adultBox, l),
  );
  out.push(`**${l.emergency}** [${l.emergencyLink}](<tel:112>)`, '');
  const support = nationalSupportLine(s, meta.lang);
  if (support) {
    const supportHref = mdHref(support.href);
    const number = supportHref
      ? `[${mdEscape(support.display)}](<${supportHref}>)`
      : mdEscape(support.display);
    out.push(
      `${l.supportLine} ${mdEscape(support.name)}, ${number}${support.hours ? ` (${mdEscape(support.hours)})` : ''}`,
      '',
    );
  }
  if (s.routine.mainRule?.trim()) {
    out.push(
      `## ${l.mainRule}`,
      '',
      ...mdText(s.routine.mainRule)
        .split('\n')
        .map((x) => `> ${x}`),
      '',
    );
  }

  for (const n of ACTION_STEPS) {
    const step = findStep(n);
    if (!step) continue;
    out.push(
      `## ${mdEscape(l.stepHeading(n, step.title[meta.lang]))}`,
      '',
      `### ${l.responsibilities}`,
      '',
    );
    const groups = responsibilitiesOf(s, n);
    if (groups.length === 0) out.push(l.noResponsibilities, '');
    for (const g of groups) {
      out.push(`#### ${mdEscape(g.actor.name)}`, '');
      for (const item of g.items) {
        const a = item.action;
        const details = [
          a.audience !== 'all' ? l.forAudience[a.audience] : null,
          a.when ? `${l.when}: ${a.when}` : null,
        ]
          .filter(Boolean)
          .join(', ');
        out.push(
          `- ${a.isEntryPoint ? `**${l.entryPoint}:** ` : ''}${mdEscape(a.what)}${details ? ` – ${mdEscape(details)}` : ''}${
            item.contact ? ` (${l.via} ${mdPath(item.contact)})` : ''
          }`,
          ...item.handoffs.map(
            (h) =>
              `  - → ${l.handsOverTo} ${mdEscape(h.actor?.name ?? '')}${h.contact ? `, ${mdPath(h.contact)}` : ''}`,
          ),
        );
      }
      out.push('');
    }
    const answers = answeredQuestions(s, step.questions);
    if (answers.length) {
      out.push(`### ${l.answersHeading}`, '');
      for (const a of answers) {
        const q = step.questions.find((x) => x.id === a.id)!;
        out.push(`#### ${q.number}. ${mdEscape(q.text[meta.lang])}`, '', mdText(a.text), '');
      }
    }
  }

  const flow = actorsInFlow(s);
  if (flow.length) {
    out.push(`## ${l.whoDoesWhat}`, '');
    out.push(
      ...table(
        [l.actor, ...ACTION_STEPS.map((n) => l.stepShort(n))],
        flow.map((actor) => [
          cell(actor.name),
          ...ACTION_STEPS.map((n) =>
            s.actions
              .filter((a) => a.actorId === actor.id && a.step === n)
              .sort((a, b) => a.position - b.position)
              .map((a) => cell(a.what))
              .join('<br>'),
          ),
        ]),
      ),
    );
  }

  out.push(`## ${l.rights}`, '', l.rightsIntro, '');
  for (const item of rightsChecklist(s)) {
    const r = l.right[item.key];
    const by = item.securedBy.length
      ? ` ${l.securedBy} ${item.securedBy.map((b) => `${b.actorName} (${l.stepShort(b.step).toLowerCase()})`).join(', ')}`
      : '';
    out.push(`- [ ] **${mdEscape(r.title)}**. ${mdEscape(r.detail)}${mdEscape(by)}`);
  }
  out.push('');

  out.push(`## ${l.contacts}`, '');
  for (const actor of s.actors) {
    out.push(`### ${mdEscape(actor.name)}`, '');
    if (actor.description) out.push(mdText(actor.description), '');
    for (const p of actor.contactPaths) {
      const label = [
        l.channel[p.channel],
        p.label,
        p.audience !== 'all' ? l.forAudience[p.audience] : null,
      ]
        .filter(Boolean)
        .join(' – ');
      const hours = p.always ? l.allHours : p.hours;
      out.push(
        `- ${mdEscape(label)}: ${mdPath(p)}${hours ? ` (${mdEscape(hours)})` : ''}${p.notes ? ` – ${mdEscape(p.notes)}` : ''}`,
      );
    }
    out.push('');
  }
  if (s.knowledge.length) {
    out.push(`## ${l.knowledge}`, '');
    for (const k of s.knowledge) {
      const href = mdHref(k.url);
      const title = href
        ? `[${mdEscape(k.title[meta.lang])}](<${href}>)`
        : mdEscape(k.title[meta.lang]);
      const extra = [k.contact, k.notes, k.annotation].filter(Boolean).join(' · ');
      out.push(`- ${title}${extra ? ` – ${mdEscape(extra)}` : ''}`);
    }
    out.push('');
  }

  const goal = findStep(1);
  const goalAnswers = goal ? answeredQuestions(s, goal.questions) : [];
  if (goal && goalAnswers.length) {
    out.push(`## ${l.goal}`, '');
    for (const a of goalAnswers) {
      const q = goal.questions.find((x) => x.id === a.id)!;
      out.push(`### ${mdEscape(q.text[meta.lang])}`, '', mdText(a.text), '');
    }
  }
  if (s.obstacles.length) {
    out.push(`## ${l.obstacles}`, '');
    for (const o of [...s.obstacles].sort((a, b) => a.step - b.step || a.position - b.position)) {
      const owner = ix.actor(o.ownerActorId)?.name;
      out.push(
        `- **${l.stepShort(o.step)}:** ${mdEscape(o.description)}`,
        `  - ${l.remedy}: ${mdEscape(o.remedy ?? l.noRemedy)}${owner ? ` (${l.responsible}: ${mdEscape(owner)})` : ''}`,
      );
    }
    out.push('');
  }
  const plan = s.evaluationPlan;
  const step6 = findStep(6);
  const step6Answers = step6 ? answeredQuestions(s, step6.questions) : [];
  if (plan || meta.nextReviewDate || step6Answers.length) {
    out.push(`## ${l.followUp}`, '');
    if (plan) {
      out.push(`**${l.method}:** ${mdText(plan.method)}`, '');
      if (plan.indicators.length)
        out.push(`**${l.indicators}:**`, '', ...plan.indicators.map((i) => `- ${mdEscape(i)}`), '');
      const responsible = ix.actor(plan.responsibleActorId)?.name;
      if (responsible) out.push(`**${l.responsible}:** ${mdEscape(responsible)}`, '');
      out.push(`**${l.frequency}:** ${l.everyMonths(plan.frequencyMonths)}`, '');
    }
    if (meta.nextReviewDate)
      out.push(`**${l.nextReviewDate}:** ${dateOf(meta.nextReviewDate)}`, '');
    for (const a of step6Answers) out.push(mdText(a.text), '');
  }
  if (s.milestones.length) {
    out.push(`## ${l.timeline}`, '');
    out.push(
      ...table(
        [l.phaseHeading, l.what, l.planned, l.done],
        s.milestones.map((m) => [l.phase[m.phase], cell(m.title), m.plannedDate, m.doneDate ?? '']),
      ),
    );
  }
  if (meta.versionNumber !== null) {
    out.push(`## ${l.signOffs}`, '');
    if (meta.signOffs.length === 0) out.push(l.noSignOffs, '');
    else
      out.push(
        ...table(
          [l.organisation, l.representative, l.date, l.decisionReference],
          meta.signOffs.map((so) => [
            cell(so.actorName),
            cell(
              `${so.representativeName}, ${so.representativeTitle}${
                so.onBehalf ? ` – ${l.registeredBy(so.registeredByName, so.actorName)}` : ''
              }`,
            ),
            so.signedDate,
            cell(so.decisionReference),
          ]),
        ),
      );
  }
  out.push('---', '', mdEscape(footerLine(model)), '', `<${meta.publicUrl}>`, '');
  return out.join('\n');
}
