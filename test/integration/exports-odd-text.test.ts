import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freezeAndAdopt } from '../helpers/adopted-routine';
import { type Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { createCompleteRoutine } from '../helpers/complete-routine';

/**
 * Issue 11: a routine holding every odd character a person may type — emoji with ZWJ
 * sequences and flags, Arabic and Hebrew (right to left), combining marks, bidi and
 * zero-width marks, line and paragraph separators, tabs and line breaks, XML's and
 * Markdown's specials, and a 10,000-character answer — comes out of every export in a file
 * that opens: each XML part of the Word file and every SVG parses with a conforming XML
 * parser (saxes: well-formedness and XML's character ranges), every PDF passes `pdfinfo`,
 * and Markdown and JSON carry the text unchanged.
 */

/** One line of everything odd that a title may hold (no tab or line break). */
const ODD_LINE =
  'Åsa 😀 👩‍👩‍👧‍👦 🏳️‍🌈 🇸🇪 مرحبا بالعالم שלום עולם e\u0301 n\u0303\u0323 Z\u0335\u0321 ' +
  '<b>&amp;"\'</b> *_`#[x](y)!|\\~ \u200b\u200d\u2060\u202e\u2066\ufeff\ufdd0 𝕏 ﷺ İı ß';
/** The same with tabs, line breaks (LF, CRLF) and the line and paragraph separators. */
const ODD_TEXT = `${ODD_LINE}\n\tindraget\r\nny rad\u2028radbrytning\u2029stycke\n# inte en rubrik\n- inte en lista\n1. inte heller`;
/** 10,000 characters of it, for an answer. */
const LONG = ODD_TEXT.repeat(Math.ceil(10_000 / ODD_TEXT.length)).slice(0, 10_000);
/** A frozen version is canonical JSON (src/domain/canonical.ts): its text is in NFC. */
const nfc = (s: string) => s.normalize('NFC');

let t: TestApp;
let tmp: string;
let c: Client;
let regional: Client;
let ids: { rid: string; slug: string; regionId: string };

beforeAll(async () => {
  t = await createTestApp();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samrutin-odd-'));
  const r = await createCompleteRoutine(t.app);
  c = r.coordinator;
  const rid = r.routineId;
  const cid = r.collaborationId;
  const ok = async (what: string, res: Promise<{ status: number; body: unknown }>) => {
    const done = await res;
    if (done.status >= 300) throw new Error(`${what}: ${done.status} ${JSON.stringify(done.body)}`);
    return done.body as Record<string, unknown>;
  };
  await ok(
    'collaboration',
    c.patch(`/api/collaborations/${cid}`, { name: ODD_LINE, area: ODD_LINE }),
  );
  await ok('routine', c.patch(`/api/routines/${rid}`, { title: ODD_LINE, mainRule: ODD_TEXT }));
  const routine = await ok('read', c.get(`/api/routines/${rid}`));
  const answers = routine.answers as Record<string, { revision: number } | undefined>;
  for (const [q, text] of [
    ['s1.q1', LONG],
    ['s2.q1', ODD_TEXT],
    ['s4.q1', ODD_LINE],
  ] as const) {
    await ok(
      `answer ${q}`,
      c.put(`/api/routines/${rid}/answers/${q}`, {
        text,
        baseRevision: answers[q]?.revision ?? 0,
      }),
    );
  }
  const actor = await ok(
    'actor',
    c.post(`/api/collaborations/${cid}/actors`, {
      name: ODD_LINE,
      kind: 'other',
      description: ODD_TEXT,
      contactPaths: [
        { channel: 'phone', value: '08-765 432 10', label: ODD_LINE, audience: 'all' },
        {
          channel: 'web',
          value: 'https://example.org/öde?q=<x>&"y"',
          label: ODD_LINE,
          audience: 'all',
        },
      ],
    }),
  );
  await ok(
    'action',
    c.post(`/api/routines/${rid}/actions`, {
      step: 4,
      actorId: actor.id,
      what: ODD_TEXT,
      when: ODD_LINE,
      audience: 'all',
    }),
  );
  await ok(
    'obstacle',
    c.post(`/api/routines/${rid}/obstacles`, { step: 3, description: ODD_TEXT, remedy: ODD_TEXT }),
  );
  await ok(
    'knowledge',
    c.post(`/api/collaborations/${cid}/knowledge`, {
      title: ODD_LINE,
      kind: 'document',
      url: 'https://example.org/handbok?a=<b>&c="d"',
      notes: ODD_TEXT,
      steps: [2],
    }),
  );
  await ok(
    'milestone',
    c.post(`/api/routines/${rid}/milestones`, {
      phase: 'evaluate',
      title: ODD_LINE,
      plannedDate: '2027-03-01',
    }),
  );
  await freezeAndAdopt(c, rid);
  await ok('public', c.patch(`/api/routines/${rid}`, { visibility: 'public' }));
  regional = await signUp(t.app, ODD_LINE);
  const region = await ok('region', regional.post('/api/regions', { name: ODD_LINE }));
  await ok('opt in', c.put(`/api/collaborations/${cid}/region-opt-ins/${region.id}`));
  const slug = (await ok('slug', c.get(`/api/routines/${rid}`))).slug as string;
  ids = { rid, slug, regionId: region.id as string };
}, 120_000);
afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await t?.close();
});

async function download(who: Client | null, url: string) {
  const res = await t.app.inject({
    method: 'GET',
    url,
    headers: who ? { cookie: who.cookie } : {},
  });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.rawPayload;
}

/** Throws with saxes' message (line and column) unless `text` is well-formed XML 1.0. */
function parseXml(text: string, what: string) {
  const parser = new SaxesParser({ xmlns: true });
  try {
    parser.write(text).close();
  } catch (err) {
    throw new Error(`${what} is not well-formed XML: ${String(err)}`);
  }
}

/** `pdfinfo`'s report; it exits non-zero (and this throws) when the file does not open. */
function pdfinfo(bytes: Buffer): string {
  const file = path.join(tmp, `${crypto.randomUUID()}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Every file of a zip (a .docx), read with its central directory and node:zlib. */
function unzipAll(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const files = new Map<string, Buffer>();
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };
/** What a Markdown viewer shows of text: backslash escapes and entity references undone. */
const unescapeMarkdown = (md: string) =>
  md.replace(
    /\\([!-/:-@[-`{-~])|&(lt|gt|quot|#39|amp);/g,
    (_m, escaped: string | undefined, entity: string | undefined) => escaped ?? ENTITIES[entity!]!,
  );

describe('a routine with every odd character a person may type', () => {
  it('Word: every XML part of the file parses, and the text is in it', async () => {
    const docx = await download(c, `/api/routines/${ids.rid}/export.docx`);
    const parts = [...unzipAll(docx)].filter(([name]) => /\.(xml|rels)$/.test(name));
    expect(parts.map(([name]) => name)).toContain('word/document.xml');
    for (const [name, bytes] of parts) parseXml(bytes.toString('utf8'), name);
    const document = parts.find(([name]) => name === 'word/document.xml')![1].toString('utf8');
    for (const piece of [
      '👩‍👩‍👧‍👦',
      'مرحبا بالعالم',
      'שלום עולם',
      'n\u0303\u0323',
      'Z\u0335\u0321',
    ]) {
      expect(document).toContain(nfc(piece));
    }
    expect(document).toContain('&lt;b&gt;&amp;amp;&quot;&apos;&lt;/b&gt;');
  });

  it('PDF: the routine, its card and the region’s overview open in pdfinfo', async () => {
    for (const url of [
      `/api/routines/${ids.rid}/export.pdf`,
      `/api/routines/${ids.rid}/export.pdf?lang=en`,
      `/api/routines/${ids.rid}/card.pdf`,
    ]) {
      expect(pdfinfo(await download(c, url)), url).toMatch(/Pages:\s+[1-9]/);
    }
    const overview = await download(regional, `/api/regions/${ids.regionId}/overview.pdf`);
    expect(pdfinfo(overview)).toMatch(/Pages:\s+[1-9]/);
  });

  it('SVG: the diagram (in the app and published) and the region’s chart parse as XML', async () => {
    for (const [who, url] of [
      [c, `/api/routines/${ids.rid}/diagram.svg`],
      [c, `/api/routines/${ids.rid}/diagram.svg?version=1`],
      [null, `/r/${ids.slug}/diagram.svg`],
      [regional, `/api/regions/${ids.regionId}/coverage.svg`],
    ] as const) {
      parseXml((await download(who, url)).toString('utf8'), url);
    }
  });

  it('Markdown and JSON carry the text unchanged', async () => {
    const md = (await download(c, `/api/routines/${ids.rid}/export.md`)).toString('utf8');
    const seen = unescapeMarkdown(md);
    expect(seen).toContain(nfc(ODD_LINE));
    // "&amp;" typed in a title is text, not an entity a viewer would turn into "&".
    expect(md).toContain('\\&amp;');
    // Text cannot open a heading or a list of its own.
    expect(md).not.toMatch(/^# inte en rubrik/m);
    expect(md).not.toMatch(/^\s*- inte en lista/m);
    expect(md).not.toMatch(/^\s*1\. inte heller/m);

    /** The text as it stands in JSON, escapes and all. */
    const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
    const json = (await download(c, `/api/routines/${ids.rid}/export.json`)).toString('utf8');
    const version = JSON.stringify(JSON.parse(json).snapshot);
    for (const text of [LONG, ODD_TEXT, ODD_LINE]) expect(version).toContain(inJson(nfc(text)));
    // The draft, not yet canonical, keeps the text exactly as typed.
    const draft = (
      await download(c, `/api/routines/${ids.rid}/export.json?version=draft`)
    ).toString('utf8');
    const snapshot = JSON.stringify(JSON.parse(draft).snapshot);
    for (const text of [LONG, ODD_TEXT, ODD_LINE]) expect(snapshot).toContain(inJson(text));
  });
});
