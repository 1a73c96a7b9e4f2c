import { esc } from '../../../domain/render/html';

/** The one-click unsubscribe pages (no script, both languages on one page). */
const TEXT = {
  review_30: ['påminnelser 30 dagar före uppföljningen', 'reminders 30 days before the review'],
  review_7: ['påminnelser 7 dagar före uppföljningen', 'reminders 7 days before the review'],
  review_overdue: [
    'påminnelser när uppföljningen är försenad',
    'reminders when the review is overdue',
  ],
  sign_request: ['förfrågningar om att bekräfta en ny version', 'requests to sign a new version'],
  feedback_digest: [
    'veckosammanfattningen av ny återkoppling',
    'the weekly digest of new feedback',
  ],
} as const;

function page(cssHref: string, title: string, body: string) {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)}</title><link rel="stylesheet" href="${esc(cssHref)}"><style>.u button{font:inherit;font-weight:700;padding:.6rem 1.2rem;border:0;border-radius:6px;background:var(--accent);color:#fff;min-height:44px;cursor:pointer}.u button:focus-visible{outline:3px solid var(--ink);box-shadow:0 0 0 6px var(--focus)}</style></head><body><main id="main"><div class="wrap">${body}</div></main></body></html>`;
}

export function renderUnsubscribeConfirm(cssHref: string, kind: keyof typeof TEXT, action: string) {
  const [sv, en] = TEXT[kind];
  return page(
    cssHref,
    'Avregistrera – Samrutin',
    `<h1>Avregistrera</h1><p>Vill du sluta få ${esc(sv)}?</p><p lang="en">Stop receiving ${esc(en)}?</p><form class="u" method="post" action="${esc(action)}"><button type="submit">Avregistrera / Unsubscribe</button></form><p><a href="/installningar">Alla inställningar för påminnelser</a></p>`,
  );
}

export function renderUnsubscribeDone(cssHref: string, kind: keyof typeof TEXT) {
  const [sv, en] = TEXT[kind];
  return page(
    cssHref,
    'Avregistrerad – Samrutin',
    `<h1>Du är avregistrerad</h1><p>Du får inte längre ${esc(sv)}. Du kan slå på dem igen under Inställningar.</p><p lang="en">You will no longer receive ${esc(en)}. You can turn them on again under Settings.</p><p><a href="/installningar">Inställningar</a></p>`,
  );
}

export function renderUnsubscribeInvalid(cssHref: string) {
  return page(
    cssHref,
    'Ogiltig länk – Samrutin',
    '<h1>Länken fungerar inte</h1><p>Länken är ofullständig. Logga in och välj påminnelser under Inställningar.</p><p lang="en">The link is incomplete. Sign in and choose reminders under Settings.</p><p><a href="/installningar">Inställningar</a></p>',
  );
}
