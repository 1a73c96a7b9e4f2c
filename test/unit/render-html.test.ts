import { describe, expect, it } from 'vitest';
import { dateOf, monthYear } from '../../src/domain/render/dates';
import { contactWho } from '../../src/domain/render/entry-points';
import { statusLine } from '../../src/domain/render/headline';
import { renderNotFoundPage, renderPublishedPage } from '../../src/domain/render/published-html';
import { fixtureModel } from '../helpers/snapshot-fixture';

const options = {
  cssHref: '/r/assets/published.abc.css',
  otherLangHref: '/r/x?lang=en',
  indexable: true,
};

describe('the published page', () => {
  it('follows UX.md’s order for the acute moment', () => {
    const html = renderPublishedPage(fixtureModel(), options);
    const order = [
      '<h1>Rutin vid misstanke om människohandel</h1>',
      'Antagen 2027-03-01 · version 2 · nästa översyn mars 2028',
      'Misstänker du människohandel eller prostitution?',
      // Issue 14: acute danger before the entry points (the first thing read on a phone).
      'Akut fara:',
      'Gäller det ett barn (under 18 år)?',
      'Gäller det en vuxen?',
      'Råd för dig som yrkesverksam: Nationella stödtelefonen',
      'Huvudregel vid första kontakten',
      'Steg 2: Upptäcka brottet',
      'Steg 5: Skydd, stöd och lagföring',
      'Flödet i bild',
      'Den utsattas rättigheter',
      'Kontakter',
      'Målet',
      'Hinder och hur vi överkommer dem',
      'Uppföljning och utveckling',
      'Tidslinje',
      'Bekräftelser',
      'Version 2 · kontrollsumma a1b2c3d4e5f6 · antagen 2027-03-01',
    ];
    let at = 0;
    for (const text of order) {
      const found = html.indexOf(text, at);
      expect(found, text).toBeGreaterThan(-1);
      at = found;
    }
  });

  it('labels call links, shows handoffs with the receiver’s contact path, and marks on-behalf sign-offs', () => {
    const html = renderPublishedPage(fixtureModel(), options);
    expect(html).toContain(
      '<a class="call" href="tel:+46812345678" aria-label="Ring Socialtjänsten, barn: 08-123 456 78">08-123 456 78</a>',
    );
    expect(html).toContain('aria-label="Mejla Polisen, vuxna: registrator@polisen.se"');
    expect(html).toContain('→ lämnar över till Polisen, <a href="tel:11414">114 14</a>');
    expect(html).toContain(
      'Erik Ärlig, Lokalpolisområdeschef<br><span class="meta">Registrerad av Stina Samordnare (samordnare) för Polisen</span>',
    );
    expect(html).toContain('<td>A123.456/2027</td>');
    expect(html).toContain('<strong>Betänketid (30 dagar)</strong>');
  });

  it('has no script, a skip link, one h1, headings without gaps, and robots only when asked', () => {
    const html = renderPublishedPage(fixtureModel(), options);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<a class="skip" href="#main">');
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((l, i) => {
      if (i > 0) expect(l).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    expect(html).not.toContain('noindex');
    expect(renderPublishedPage(fixtureModel(), { ...options, indexable: false })).toContain(
      '<meta name="robots" content="noindex">',
    );
  });

  it('escapes every text and links only tel:, mailto: and http(s):', () => {
    const model = fixtureModel();
    model.snapshot.routine.title = '<script>alert("x")</script>';
    model.snapshot.actors[0]!.contactPaths[0]!.href = 'javascript:alert(1)';
    model.snapshot.answers['s1.q1'] = 'Rad 1\nRad <b>2</b>\n\nStycke 2';
    const html = renderPublishedPage(model, options);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<p>Rad 1<br>Rad &lt;b&gt;2&lt;/b&gt;</p><p>Stycke 2</p>');
  });

  it('warns on anything but the adopted version, and has no sign-offs section for a draft', () => {
    const draft = fixtureModel({
      versionNumber: null,
      hash: null,
      status: 'draft',
      signOffs: [],
      adoptedAt: null,
    });
    const html = renderPublishedPage(draft, { ...options, indexable: false });
    expect(html).toContain('Utkast – inte antagen. Det här är inte den antagna rutinen.');
    expect(html).not.toContain('Bekräftelser');
    const superseded = renderPublishedPage(fixtureModel({ status: 'superseded' }), options);
    expect(superseded).toContain('Ersatt av en senare version');
  });

  it('speaks English with ?lang=en', () => {
    const html = renderPublishedPage(fixtureModel({ lang: 'en' }), options);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Adopted 2027-03-01 · version 2 · next review March 2028');
    expect(html).toContain('Step 3: Point of entry'.slice(0, 7));
    expect(html).toContain('Each organisation’s responsibilities in this step');
    expect(html).toContain('aria-label="Call Socialtjänsten, children: 08-123 456 78"');
  });

  it('draws the diagram inline, or as an image of its own, with the matrix as its text alternative', () => {
    const inline = renderPublishedPage(fixtureModel(), options);
    expect(inline).toContain('<svg xmlns="http://www.w3.org/2000/svg" role="img"');
    const img = renderPublishedPage(fixtureModel(), { ...options, diagramSrc: '/r/x/diagram.svg' });
    expect(img).not.toContain('<svg');
    expect(img).toMatch(
      /<img src="\/r\/x\/diagram.svg" alt="Flödesschema: vem gör vad i steg 2–5" width="\d+" height="\d+"[^>]*>/,
    );
    expect(img).toContain('<th scope="row">Socialtjänsten</th>');
  });

  it('has one not-found page per language', () => {
    const page = renderNotFoundPage('sv', '/r/assets/x.css');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<h1>Sidan finns inte</h1>');
    expect(renderNotFoundPage('sv', '/r/assets/x.css')).toBe(page);
    expect(renderNotFoundPage('en', '/r/assets/x.css')).toContain('Page not found');
  });
});

describe('dates', () => {
  it('gives Swedish calendar dates and month names', () => {
    expect(dateOf('2027-02-28T23:30:00.000Z')).toBe('2027-03-01');
    expect(dateOf('2027-03-01')).toBe('2027-03-01');
    expect(monthYear('2028-03-01', 'sv')).toBe('mars 2028');
    expect(monthYear('2028-03-01', 'en')).toBe('March 2028');
    expect(statusLine(fixtureModel({ status: 'in_review', adoptedAt: null }))).toBe(
      'Väntar på beslut – inte antagen · version 2 · nästa översyn mars 2028',
    );
  });
});

describe('a contact shown once (issue 14)', () => {
  it('does not repeat the organisation in the path label', () => {
    const path = (label: string | null) =>
      ({ label }) as unknown as NonNullable<Parameters<typeof contactWho>[0]['path']>;
    expect(contactWho({ actorName: 'Socialjouren', path: path('Socialjouren') })).toBe(
      'Socialjouren',
    );
    expect(contactWho({ actorName: 'Polisen', path: path('Polisen region Syd') })).toBe(
      'Polisen region Syd',
    );
    expect(contactWho({ actorName: 'Socialtjänsten', path: path('Mottagningen vuxna') })).toBe(
      'Socialtjänsten – Mottagningen vuxna',
    );
    expect(contactWho({ actorName: 'Socialtjänsten', path: path(null) })).toBe('Socialtjänsten');
  });
});
