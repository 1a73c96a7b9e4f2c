import { findStep } from '../template';
import { contactWho, type EntryBox, type EntryContact, groupEntryPoints } from './entry-points';
import { isInForce, statusLine } from './headline';
import { esc, join, pathLink, section, textBlock } from './html';
import { type Labels, labelsFor } from './labels';
import {
  ACTION_STEPS,
  answeredQuestions,
  type Handoff,
  nationalSupportLine,
  type RenderModel,
  type Responsibility,
  responsibilitiesOf,
} from './model';

/** The top of the published page, in UX.md's order: what a worker needs in the acute moment. */

export function headerSection(model: RenderModel, otherLangHref: string): string {
  const { snapshot: s, meta } = model;
  const l = labelsFor(meta.lang);
  const area = s.collaboration.area ? ` · ${s.collaboration.area}` : '';
  return join(
    '<header class="top"><div class="wrap">',
    `<p class="collab">${esc(s.collaboration.name)}${esc(area)}</p>`,
    `<h1>${esc(s.routine.title)}</h1>`,
    `<p class="status">${esc(statusLine(model))}</p>`,
    `<nav class="lang" aria-label="${esc(l.otherLanguage.label)}"><a href="${esc(otherLangHref)}" lang="${l.otherLanguage.lang}" hreflang="${l.otherLanguage.lang}">${esc(l.otherLanguage.label)}</a></nav>`,
    '</div></header>',
  );
}

export function warningBanner(model: RenderModel): string {
  if (isInForce(model)) return '';
  const l = labelsFor(model.meta.lang);
  return `<p class="warning" role="note">${esc(l.status[model.meta.status])}. ${esc(l.notAdoptedWarning)}</p>`;
}

function contactItem(c: EntryContact, audience: string, l: Labels): string {
  const who = contactWho(c);
  const hours = c.path?.always ? l.allHours : c.path?.hours;
  const link = c.path
    ? pathLink(c.path, l.linkLabel(c.path.channel, c.actorName, audience, c.path.display), 'call')
    : '';
  return join(
    '<li>',
    `<span class="who">${esc(who)}</span>`,
    link,
    hours ? `<span class="hours">${esc(hours)}</span>` : '',
    c.when ? `<span class="hours">${esc(l.when)}: ${esc(c.when)}</span>` : '',
    '</li>',
  );
}

function entryBox(box: EntryBox, heading: string, id: string, l: Labels): string {
  const audience = l.audience[box.audience];
  const list = (items: EntryContact[]) =>
    `<ul class="calls">${items.map((c) => contactItem(c, audience, l)).join('\n')}</ul>`;
  const office = box.officeHours.length
    ? join(`<h4>${esc(l.officeHours)}</h4>`, list(box.officeHours))
    : '';
  const after = box.afterHours.length
    ? join(
        `<h4>${esc(box.officeHours.length ? l.afterHours : l.allHours)}</h4>`,
        list(box.afterHours),
      )
    : box.officeHours.length
      ? `<h4>${esc(l.afterHours)}</h4><p>${esc(l.noAfterHours)}</p>`
      : `<p>${esc(l.noEntryPoints)}</p>`;
  return `<div class="box" role="group" aria-labelledby="${id}"><h3 id="${id}">${esc(heading)}</h3>\n${office}\n${after}</div>`;
}

export function entryPointsSection(model: RenderModel): string {
  const { snapshot: s, meta } = model;
  const l = labelsFor(meta.lang);
  const entries = groupEntryPoints(s);
  const support = nationalSupportLine(s, meta.lang);
  const supportHtml = support
    ? `<p class="support">${esc(l.supportLine)} ${esc(support.name)}, ${
        support.href
          ? `<a href="${esc(support.href)}">${esc(support.display)}</a>`
          : esc(support.display)
      }${support.hours ? ` (${esc(support.hours)})` : ''}</p>`
    : '';
  return section(
    'first-response',
    l.suspect,
    join(
      // Acute danger first, before the entry points: on a phone it is the first thing read.
      `<p class="urgent">${esc(l.emergency)} <a href="tel:112">${esc(l.emergencyLink)}</a></p>`,
      '<div class="boxes">',
      entryBox(entries.children, l.childBox, 'box-children', l),
      entryBox(entries.adults, l.adultBox, 'box-adults', l),
      '</div>',
      supportHtml,
    ),
  );
}

export function mainRuleSection(model: RenderModel): string {
  const rule = model.snapshot.routine.mainRule;
  if (!rule?.trim()) return '';
  const l = labelsFor(model.meta.lang);
  return section('main-rule', l.mainRule, `<div class="main-rule">${textBlock(rule)}</div>`);
}

function handoffText(h: Handoff, l: Labels): string {
  const name = h.actor?.name ?? '';
  const contact = h.contact ? `, ${pathLink(h.contact)}` : '';
  return `<span class="handoff">→ ${esc(l.handsOverTo)} ${esc(name)}${contact}</span>`;
}

function duty(item: Responsibility, l: Labels): string {
  const a = item.action;
  const details = [
    a.audience !== 'all' ? l.forAudience[a.audience] : null,
    a.when ? `${l.when}: ${a.when}` : null,
  ].filter(Boolean);
  const via = item.contact
    ? ` <span class="meta">(${esc(l.via)} ${pathLink(item.contact)})</span>`
    : '';
  return join(
    `<li>${a.isEntryPoint ? `<strong>${esc(l.entryPoint)}:</strong> ` : ''}${esc(a.what)}${
      details.length ? ` <span class="meta">– ${esc(details.join(', '))}</span>` : ''
    }${via}`,
    ...item.handoffs.map((h) => handoffText(h, l)),
    '</li>',
  );
}

/** Steps 2–5: per step, each organisation's responsibilities and the handoffs, then the answers. */
export function stepsSections(model: RenderModel): string {
  const { snapshot: s, meta } = model;
  const l = labelsFor(meta.lang);
  return ACTION_STEPS.map((n) => {
    const step = findStep(n);
    if (!step) return '';
    const groups = responsibilitiesOf(s, n);
    const duties = groups.length
      ? groups
          .map(
            (g) =>
              `<h4>${esc(g.actor.name)}</h4>\n<ul class="duties">${g.items.map((i) => duty(i, l)).join('\n')}</ul>`,
          )
          .join('\n')
      : `<p>${esc(l.noResponsibilities)}</p>`;
    const answers = answeredQuestions(s, step.questions);
    const answersHtml = answers.length
      ? join(
          `<h3>${esc(l.answersHeading)}</h3>`,
          ...answers.map((a) => {
            const q = step.questions.find((x) => x.id === a.id)!;
            return `<h4>${q.number}. ${esc(q.text[meta.lang])}</h4>\n${textBlock(a.text)}`;
          }),
        )
      : '';
    return section(
      `step-${n}`,
      l.stepHeading(n, step.title[meta.lang]),
      join(`<h3>${esc(l.responsibilities)}</h3>`, duties, answersHtml),
    );
  }).join('\n');
}
