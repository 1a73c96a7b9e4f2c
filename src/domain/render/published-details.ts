import { findStep } from '../template';
import { dateOf } from './dates';
import { diagramSize, renderDiagramSvg } from './diagram-svg';
import { esc, join, pathLink, safeHref, section, textBlock } from './html';
import { labelsFor } from './labels';
import {
  ACTION_STEPS,
  actorsInFlow,
  answeredQuestions,
  contactOf,
  indexSnapshot,
  type RenderModel,
} from './model';
import { rightsChecklist } from './rights';

/** The published page below the steps: the flow, rights, contacts, goal and follow-up, sign-offs. */

/**
 * The diagram as an image of its own when `src` is given (the page stays small and the
 * picture is cached apart), else inline; either way the matrix table is its text alternative.
 */
export function diagramSection(model: RenderModel, src?: string): string {
  const { snapshot: s, meta } = model;
  const l = labelsFor(meta.lang);
  const actors = actorsInFlow(s);
  if (actors.length === 0) return '';
  const svg = renderDiagramSvg(s, meta.lang);
  const ix = indexSnapshot(s);
  const head = ACTION_STEPS.map(
    (n) =>
      `<th scope="col">${esc(l.stepShort(n))}: ${esc(findStep(n)?.title[meta.lang] ?? '')}</th>`,
  ).join('');
  const rows = actors.map((actor) => {
    const cells = ACTION_STEPS.map((n) => {
      const items = s.actions
        .filter((a) => a.actorId === actor.id && a.step === n)
        .sort((a, b) => a.position - b.position);
      // What the organisation does, and how it is reached for it (the template's rule).
      const line = (a: (typeof items)[number]) => {
        const path = contactOf(ix, a);
        return path
          ? `${esc(a.what)} <span class="via">${esc(l.via)} ${pathLink(path)}</span>`
          : esc(a.what);
      };
      if (items.length === 0) return '<td class="empty"></td>';
      const label = `${l.stepShort(n)}: ${findStep(n)?.title[meta.lang] ?? ''}`;
      return `<td data-label="${esc(label)}"><ul>${items.map((a) => `<li>${line(a)}</li>`).join('')}</ul></td>`;
    }).join('');
    return `<tr><th scope="row">${esc(actor.name)}</th>${cells}</tr>`;
  });
  return section(
    'flow',
    l.diagramHeading,
    join(
      // Drawn at its own size (11 px text): beside the page on a wide screen; on a narrower
      // one the table below says the same, and the picture opens on its own.
      `<figure class="figure flow${src ? ' flow--linked' : ''}" aria-describedby="flow-alt">`,
      `<div class="scroll flow-picture" tabindex="0" role="region" aria-label="${esc(l.diagramTitle)}">`,
      src ? diagramImage(svg, src, l.diagramTitle) : svg,
      '</div>',
      `<figcaption id="flow-alt">${esc(l.diagramTextAlternative)}</figcaption>`,
      src ? `<p class="flow-open"><a href="${esc(src)}">${esc(l.diagramOpen)}</a></p>` : '',
      '</figure>',
      // No sideways scrolling: wide beside the page on a wide screen, fixed columns in between,
      // one card per organisation on a phone (each step named in its cell).
      '<div class="matrix-wrap" role="region" aria-labelledby="matrix-caption">',
      `<table class="matrix"><caption id="matrix-caption">${esc(l.matrixCaption)}</caption>`,
      `<thead><tr><th scope="col">${esc(l.actor)}</th>${head}</tr></thead>`,
      `<tbody>${rows.join('\n')}</tbody></table>`,
      '</div>',
    ),
  );
}

function diagramImage(svg: string, src: string, alt: string): string {
  const { width, height } = diagramSize(svg);
  return `<img src="${esc(src)}" alt="${esc(alt)}" width="${width}" height="${height}" loading="lazy" decoding="async">`;
}

export function rightsSection(model: RenderModel): string {
  const l = labelsFor(model.meta.lang);
  const items = rightsChecklist(model.snapshot).map((item) => {
    const right = l.right[item.key];
    const by = item.securedBy.length
      ? `${l.securedBy} ${item.securedBy.map((b) => `${b.actorName} (${l.stepShort(b.step).toLowerCase()})`).join(', ')}`
      : null;
    return `<li><strong>${esc(right.title)}</strong>. ${esc(right.detail)}${by ? `<br><span class="meta">${esc(by)}</span>` : ''}</li>`;
  });
  return section(
    'rights',
    l.rights,
    join(`<p>${esc(l.rightsIntro)}</p>`, `<ul class="checklist">${items.join('\n')}</ul>`),
  );
}

export function contactsSection(model: RenderModel): string {
  const { snapshot: s, meta } = model;
  const l = labelsFor(meta.lang);
  const actors = s.actors.map((actor) => {
    const paths = actor.contactPaths.map((p) => {
      const label = [
        l.channel[p.channel],
        p.label,
        p.audience !== 'all' ? l.forAudience[p.audience] : null,
      ]
        .filter(Boolean)
        .join(' – ');
      const hours = p.always ? l.allHours : p.hours;
      return join(
        `<dt>${esc(label)}</dt>`,
        `<dd>${pathLink(p, l.linkLabel(p.channel, actor.name, l.audience[p.audience], p.display))}${
          hours ? ` <span class="meta">(${esc(hours)})</span>` : ''
        }${p.notes ? `<br><span class="meta">${esc(p.notes)}</span>` : ''}</dd>`,
      );
    });
    return join(
      `<h3>${esc(actor.name)}</h3>`,
      actor.description ? `<p class="meta">${esc(actor.description)}</p>` : '',
      paths.length ? `<dl class="paths">${paths.join('\n')}</dl>` : '',
    );
  });
  const knowledge = s.knowledge.map((k) => {
    const href = safeHref(k.url);
    const title = href
      ? `<a href="${esc(href)}">${esc(k.title[meta.lang])}</a>`
      : esc(k.title[meta.lang]);
    const extra = [
      k.contact,
      k.notes,
      k.annotation,
      k.lastChecked ? l.lastChecked(k.lastChecked) : null,
    ]
      .filter(Boolean)
      .join(' · ');
    return `<li>${title}${extra ? ` <span class="meta">– ${esc(extra)}</span>` : ''}</li>`;
  });
  return join(
    section('contacts', l.contacts, actors.join('\n')),
    knowledge.length ? section('knowledge', l.knowledge, `<ul>${knowledge.join('\n')}</ul>`) : '',
  );
}

/** Step 1's answers, under their questions. */
function answersOfStep(model: RenderModel, n: number): string {
  const step = findStep(n);
  if (!step) return '';
  return answeredQuestions(model.snapshot, step.questions)
    .map((a) => {
      const q = step.questions.find((x) => x.id === a.id)!;
      return `<h3>${esc(q.text[model.meta.lang])}</h3>\n${textBlock(a.text)}`;
    })
    .join('\n');
}

export function goalSection(model: RenderModel): string {
  const body = answersOfStep(model, 1);
  return body ? section('goal', labelsFor(model.meta.lang).goal, body) : '';
}

export function obstaclesSection(model: RenderModel): string {
  const { snapshot: s, meta } = model;
  const l = labelsFor(meta.lang);
  if (s.obstacles.length === 0) return '';
  const ix = indexSnapshot(s);
  const sorted = [...s.obstacles].sort((a, b) => a.step - b.step || a.position - b.position);
  const items = sorted.map((o) => {
    const owner = ix.actor(o.ownerActorId)?.name;
    return join(
      `<li><strong>${esc(l.stepShort(o.step))}:</strong> ${esc(o.description)}`,
      `<br>${esc(l.remedy)}: ${esc(o.remedy ?? l.noRemedy)}`,
      owner ? `<br><span class="meta">${esc(l.responsible)}: ${esc(owner)}</span>` : '',
      '</li>',
    );
  });
  return section('obstacles', l.obstacles, `<ul class="duties">${items.join('\n')}</ul>`);
}

export function followUpSection(model: RenderModel): string {
  const { snapshot: s, meta } = model;
  const l = labelsFor(meta.lang);
  const plan = s.evaluationPlan;
  const ix = indexSnapshot(s);
  const planHtml = plan
    ? join(
        '<dl class="paths">',
        `<dt>${esc(l.method)}</dt><dd>${textBlock(plan.method)}</dd>`,
        plan.indicators.length
          ? `<dt>${esc(l.indicators)}</dt><dd><ul>${plan.indicators.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></dd>`
          : '',
        ix.actor(plan.responsibleActorId)
          ? `<dt>${esc(l.responsible)}</dt><dd>${esc(ix.actor(plan.responsibleActorId)!.name)}</dd>`
          : '',
        `<dt>${esc(l.frequency)}</dt><dd>${esc(l.everyMonths(plan.frequencyMonths))}</dd>`,
        '</dl>',
      )
    : '';
  const review = meta.nextReviewDate
    ? `<p><strong>${esc(l.nextReviewDate)}:</strong> ${esc(dateOf(meta.nextReviewDate))}</p>`
    : '';
  const body = join(planHtml, review, answersOfStep(model, 6));
  const milestones = s.milestones.map(
    (m) =>
      `<tr><td>${esc(l.phase[m.phase])}</td><td>${esc(m.title)}</td><td>${esc(m.plannedDate)}</td><td>${esc(m.doneDate ?? '')}</td></tr>`,
  );
  const timeline = milestones.length
    ? section(
        'timeline',
        l.timeline,
        `<div class="scroll" tabindex="0" role="region" aria-label="${esc(`${l.timeline}: ${l.phaseHeading}, ${l.what}, ${l.planned}, ${l.done}`)}"><table><thead><tr><th scope="col">${esc(l.phaseHeading)}</th><th scope="col">${esc(l.what)}</th><th scope="col">${esc(l.planned)}</th><th scope="col">${esc(l.done)}</th></tr></thead><tbody>${milestones.join('\n')}</tbody></table></div>`,
      )
    : '';
  return join(body ? section('follow-up', l.followUp, body) : '', timeline);
}

export function signOffsSection(model: RenderModel): string {
  const { meta } = model;
  const l = labelsFor(meta.lang);
  if (meta.versionNumber === null) return '';
  const rows = meta.signOffs.map(
    (so) =>
      `<tr><td>${esc(so.actorName)}</td><td>${esc(so.representativeName)}, ${esc(so.representativeTitle)}${
        so.onBehalf
          ? `<br><span class="meta">${esc(l.registeredBy(so.registeredByName, so.actorName))}</span>`
          : ''
      }</td><td>${esc(so.signedDate)}</td><td>${esc(so.decisionReference)}</td></tr>`,
  );
  const body = rows.length
    ? `<div class="scroll" tabindex="0" role="region" aria-label="${esc(`${l.signOffs}: ${l.organisation}, ${l.representative}, ${l.date}, ${l.decisionReference}`)}"><table><thead><tr><th scope="col">${esc(l.organisation)}</th><th scope="col">${esc(l.representative)}</th><th scope="col">${esc(l.date)}</th><th scope="col">${esc(l.decisionReference)}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`
    : `<p>${esc(l.noSignOffs)}</p>`;
  return section('sign-offs', l.signOffs, body);
}
