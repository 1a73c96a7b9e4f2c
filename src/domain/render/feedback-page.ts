import { TEMPLATE } from '../template';
import { esc, join } from './html';
import type { Lang, RenderModel } from './model';

/**
 * Feedback from use on the published page (issue 18): the link on `/r/:slug`, the form at
 * `/r/:slug/feedback` and its receipt. Plain HTML forms, no script: they work with
 * JavaScript off, on the first-response card's QR landing and on a locked-down work phone.
 */

const LABELS = {
  sv: {
    linkHeading: 'Har du använt rutinen?',
    linkText:
      'Berätta vad som fungerade och vad som inte gjorde det – till exempel ett nummer som inte svarade eller ett steg som inte gick att följa. Skriv inga namn eller personnummer.',
    link: 'Lämna återkoppling',
    title: 'Lämna återkoppling',
    intro:
      'Din återkoppling går till samverkansgruppen som ansvarar för rutinen. Beskriv vad som hände med rutinen – inte vem det gällde.',
    noPersons:
      'Skriv inga namn, personnummer eller andra uppgifter om personer i ett ärende. Text som ser ut som ett personnummer tas inte emot.',
    step: 'Vilket steg gäller det?',
    whole: 'Rutinen som helhet',
    stepN: (n: number, title: string) => `Steg ${n}: ${title}`,
    text: 'Vad fungerade, eller vad fungerade inte?',
    textHint: 'Till exempel: "Socialjourens nummer gick inte fram på natten."',
    organisation: 'Din organisation (frivilligt)',
    role: 'Din roll (frivilligt)',
    honeypot: 'Lämna det här fältet tomt',
    send: 'Skicka återkoppling',
    back: 'Tillbaka till rutinen',
    errorTitle: 'Återkopplingen skickades inte',
    personalData:
      'Texten verkar innehålla ett personnummer eller samordningsnummer. Ta bort det och skicka igen – återkopplingen ska handla om rutinen, inte om personer. Inget sparades.',
    invalid: 'Fyll i vad som hände (högst 4 000 tecken) och välj ett steg.',
    rateLimited: (minutes: number) =>
      `Det har kommit många återkopplingar från ditt nätverk den senaste timmen. Försök igen om ${minutes === 1 ? 'en minut' : `${minutes} minuter`}. Inget sparades – din text finns kvar nedan.`,
    thanksTitle: 'Tack för din återkoppling',
    thanksText:
      'Samverkansgruppen har fått den och går igenom den när rutinen följs upp. Du får inget svar, eftersom vi inte sparar vem som skickade den.',
    skipLink: 'Hoppa till innehållet',
  },
  en: {
    linkHeading: 'Have you used the routine?',
    linkText:
      'Tell us what worked and what did not – for example a number that did not answer or a step that could not be followed. Do not write names or identity numbers.',
    link: 'Give feedback',
    title: 'Give feedback',
    intro:
      'Your feedback goes to the collaboration responsible for the routine. Describe what happened with the routine – not whom it concerned.',
    noPersons:
      'Do not write names, identity numbers or other details of persons in a case. Text that looks like a personal identity number is not accepted.',
    step: 'Which step is it about?',
    whole: 'The routine as a whole',
    stepN: (n: number, title: string) => `Step ${n}: ${title}`,
    text: 'What worked, or what did not?',
    textHint: 'For example: "The social services out-of-hours number did not answer at night."',
    organisation: 'Your organisation (optional)',
    role: 'Your role (optional)',
    honeypot: 'Leave this field empty',
    send: 'Send feedback',
    back: 'Back to the routine',
    errorTitle: 'The feedback was not sent',
    personalData:
      'The text seems to contain a personal identity or coordination number. Remove it and send again – feedback is about the routine, not about persons. Nothing was saved.',
    invalid: 'Describe what happened (at most 4,000 characters) and choose a step.',
    rateLimited: (minutes: number) =>
      `Much feedback has come from your network in the last hour. Try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}. Nothing was saved – your text is kept below.`,
    thanksTitle: 'Thank you for your feedback',
    thanksText:
      'The collaboration has received it and will go through it when the routine is reviewed. You will not get a reply, as we do not keep who sent it.',
    skipLink: 'Skip to content',
  },
} as const;

const FORM_CSS = `main>.wrap{padding-top:1.25rem;padding-bottom:2rem}
.fb label{display:block;font-weight:600;margin:1rem 0 .25rem}
.fb .hint{display:block;color:var(--muted);font-weight:400}
.fb select,.fb input,.fb textarea{font:inherit;width:100%;padding:.5rem;border:2px solid var(--muted);border-radius:4px;min-height:44px}
.fb textarea{min-height:9rem}
.fb select:focus-visible,.fb input:focus-visible,.fb textarea:focus-visible,.fb button:focus-visible{outline:3px solid var(--ink);box-shadow:0 0 0 6px var(--focus)}
.fb button{margin:1.25rem 0;font:inherit;font-weight:700;padding:.6rem 1.2rem;border:0;border-radius:6px;background:var(--accent);color:#fff;min-height:44px;cursor:pointer}
.fb .hp{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.error{border-left:6px solid var(--danger);background:#fdecec;padding:.75rem 1rem;margin:1rem 0}
.error h2{margin:.25rem 0;font-size:1.15rem}`;

export interface FeedbackValues {
  step?: string;
  text?: string;
  organisation?: string;
  role?: string;
}

export interface FeedbackPageInput {
  lang: Lang;
  cssHref: string;
  slug: string;
  routineTitle: string;
  values?: FeedbackValues;
  /** why the last attempt was refused */
  error?: 'personal_data' | 'invalid' | 'rate_limited';
  /** with `rate_limited`: when a new attempt is let through */
  retryAfterSeconds?: number;
}

function refusal(l: (typeof LABELS)[Lang], input: FeedbackPageInput): string {
  if (input.error === 'personal_data') return l.personalData;
  if (input.error === 'rate_limited') {
    return l.rateLimited(Math.max(1, Math.ceil((input.retryAfterSeconds ?? 60) / 60)));
  }
  return l.invalid;
}

/** The section on the published page that links to the form (adopted versions only). */
export function feedbackLinkSection(model: RenderModel): string {
  if (model.meta.status !== 'adopted') return '';
  const l = LABELS[model.meta.lang];
  const href = `/r/${encodeURIComponent(model.snapshot.routine.slug)}/feedback${model.meta.lang === 'en' ? '?lang=en' : ''}`;
  return join(
    '<section aria-labelledby="feedback-h" class="feedback-link">',
    `<h2 id="feedback-h">${esc(l.linkHeading)}</h2>`,
    `<p>${esc(l.linkText)}</p>`,
    `<p><a href="${esc(href)}">${esc(l.link)}</a></p>`,
    '</section>',
  );
}

function page(lang: Lang, cssHref: string, title: string, body: string): string {
  return join(
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${esc(title)}</title>`,
    `<link rel="stylesheet" href="${esc(cssHref)}">`,
    `<style>${FORM_CSS}</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${esc(LABELS[lang].skipLink)}</a>`,
    `<main id="main" tabindex="-1"><div class="wrap">${body}</div></main>`,
    '</body>',
    '</html>',
  );
}

const base = (slug: string) => `/r/${encodeURIComponent(slug)}`;
const langQuery = (lang: Lang) => (lang === 'en' ? '?lang=en' : '');

/** The form; after a refusal, with the reason first and the sender's text kept. */
export function renderFeedbackForm(input: FeedbackPageInput): string {
  const { lang, values = {} } = input;
  const l = LABELS[lang];
  const options = [
    { value: '0', label: l.whole },
    ...TEMPLATE.steps.map((s) => ({
      value: String(s.number),
      label: l.stepN(s.number, s.title[lang]),
    })),
  ]
    .map(
      (o) =>
        `<option value="${o.value}"${values.step === o.value ? ' selected' : ''}>${esc(o.label)}</option>`,
    )
    .join('');
  const error = input.error
    ? join(
        '<div class="error" role="alert" tabindex="-1" id="error">',
        `<h2>${esc(l.errorTitle)}</h2>`,
        `<p>${esc(refusal(l, input))}</p>`,
        '</div>',
      )
    : '';
  const invalidText = input.error ? ' aria-invalid="true" aria-describedby="text-hint error"' : '';
  const body = join(
    `<p class="collab">${esc(input.routineTitle)}</p>`,
    `<h1>${esc(l.title)}</h1>`,
    error,
    `<p>${esc(l.intro)}</p>`,
    `<p><strong>${esc(l.noPersons)}</strong></p>`,
    `<form class="fb" method="post" action="${base(input.slug)}/feedback${langQuery(lang)}">`,
    `<label for="fb-step">${esc(l.step)}</label>`,
    `<select id="fb-step" name="step">${options}</select>`,
    `<label for="fb-text">${esc(l.text)}<span class="hint" id="text-hint">${esc(l.textHint)}</span></label>`,
    `<textarea id="fb-text" name="text" required maxlength="4000"${input.error ? invalidText : ' aria-describedby="text-hint"'}>${esc(values.text ?? '')}</textarea>`,
    `<label for="fb-org">${esc(l.organisation)}</label>`,
    `<input id="fb-org" name="organisation" maxlength="200" autocomplete="organization" value="${esc(values.organisation ?? '')}">`,
    `<label for="fb-role">${esc(l.role)}</label>`,
    `<input id="fb-role" name="role" maxlength="200" autocomplete="organization-title" value="${esc(values.role ?? '')}">`,
    `<div class="hp" aria-hidden="true"><label for="fb-website">${esc(l.honeypot)}</label><input id="fb-website" name="website" tabindex="-1" autocomplete="off"></div>`,
    `<button type="submit">${esc(l.send)}</button>`,
    '</form>',
    `<p><a href="${base(input.slug)}${langQuery(lang)}">${esc(l.back)}</a></p>`,
  );
  return page(lang, input.cssHref, `${l.title} – ${input.routineTitle}`, body);
}

/** The receipt page after a sent form (303 target). */
export function renderFeedbackReceipt(input: Omit<FeedbackPageInput, 'values' | 'error'>): string {
  const l = LABELS[input.lang];
  const body = join(
    `<p class="collab">${esc(input.routineTitle)}</p>`,
    `<h1>${esc(l.thanksTitle)}</h1>`,
    `<p>${esc(l.thanksText)}</p>`,
    `<p><a href="${base(input.slug)}${langQuery(input.lang)}">${esc(l.back)}</a></p>`,
  );
  return page(input.lang, input.cssHref, `${l.thanksTitle} – ${input.routineTitle}`, body);
}
