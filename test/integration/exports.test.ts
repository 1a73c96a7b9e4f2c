import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoutineSnapshot } from '../../src/domain/snapshot';
import { loadDraftSnapshot } from '../../src/server/modules/snapshots/snapshot.service';
import { ANSWERS, createAdoptedRoutine, saveAnswers } from '../helpers/adopted-routine';
import {
  type Client,
  createCollaborationWithRoutine,
  createTestApp,
  signUp,
  type TestApp,
} from '../helpers/app';

let t: TestApp;
let adopted: Awaited<ReturnType<typeof createAdoptedRoutine>>;
let tmp: string;
beforeAll(async () => {
  t = await createTestApp();
  adopted = await createAdoptedRoutine(t.app);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samrutin-exports-'));
});
afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await t.close();
});

/** GET returning the raw bytes. */
async function download(c: Client, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: c.cookie } });
  return { status: res.statusCode, bytes: res.rawPayload, headers: res.headers };
}

function pdfTool(tool: 'pdftotext' | 'pdfinfo', bytes: Buffer): string {
  const file = path.join(tmp, `${crypto.randomUUID()}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' });
}

/** One file out of a zip (a .docx), read with the central directory and node:zlib. */
function unzip(zip: Buffer, name: string): string {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entry = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (entry === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} is not in the zip`);
}

/** The text of each cell, row by row, of the first table after a paragraph with `heading`. */
function tableAfter(xml: string, heading: string): string[][] {
  const from = xml.indexOf(`>${heading}</w:t>`);
  expect(from).toBeGreaterThan(-1);
  const start = xml.indexOf('<w:tbl>', from);
  const table = xml.slice(start, xml.indexOf('</w:tbl>', start));
  const text = (part: string) =>
    [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return table
    .split('<w:tr>')
    .slice(1)
    .map((row) =>
      row
        .split('<w:tc>')
        .slice(1)
        .map((cell) => text(cell).replace(/&amp;/g, '&')),
    );
}

describe('files of a routine', () => {
  it('PDF: the adopted version with its answers (å ä ö), entry points, sign-offs and page numbers', async () => {
    const res = await download(
      adopted.coordinator,
      `/api/routines/${adopted.routineId}/export.pdf`,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${adopted.slug}-v1.pdf"`,
    );
    expect(res.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfTool('pdftotext', res.bytes);
    for (const answer of Object.values(ANSWERS)) {
      expect(text.replace(/\s+/g, ' ')).toContain(answer.slice(0, 40));
    }
    expect(text).toContain('Misstänker du människohandel eller prostitution?');
    expect(text).toContain('08-123 456 78');
    expect(text).toContain('Olika aktörers ansvar i detta steg');
    expect(text).toContain('Företrädare för Polisen');
    expect(text).toContain('Registrerad av Samordnare');
    expect(text).not.toContain('på uppdrag av');
    expect(text).toContain('Antagen 2026-11-28 · version 1');
    expect(text).toMatch(/Sida 1 av \d+/);
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfTool('pdfinfo', res.bytes))![1]);
    expect(text.match(/Version 1 · kontrollsumma [0-9a-f]{12} · antagen 2026-11-28/g)).toHaveLength(
      pages,
    );
  });

  it('without an adopted version, or with ?version=draft, files show the draft, marked as such', async () => {
    await saveAnswers(adopted.coordinator, adopted.routineId, { 's2.q2': 'Ändrat i utkastet' });
    const res = await download(
      adopted.coordinator,
      `/api/routines/${adopted.routineId}/export.pdf?version=draft`,
    );
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${adopted.slug}-utkast.pdf"`,
    );
    const text = pdfTool('pdftotext', res.bytes);
    expect(text).toContain('Utkast – inte antagen');
    expect(text).toContain('Ändrat i utkastet');
    const md = await adopted.coordinator.get(`/api/routines/${adopted.routineId}/export.md`);
    expect(md.body).not.toContain('Ändrat i utkastet');

    const fresh = await createCollaborationWithRoutine(t.app);
    const draft = await fresh.coordinator.get(`/api/routines/${fresh.routineId}/export.md`);
    expect(draft.status).toBe(200);
    expect(draft.headers['content-disposition']).toBe(
      `attachment; filename="${fresh.routine.slug}-utkast.md"`,
    );
    expect(draft.body).toContain('**Utkast – inte antagen');
    expect(draft.body).toContain('Det här är inte den antagna rutinen.');
    const json = await fresh.coordinator.get(`/api/routines/${fresh.routineId}/export.json`);
    expect(json.body.version).toBeNull();
  });

  it('card: one A4 page with six entry points, 112, the support line, the main rule and the short URL', async () => {
    const res = await download(adopted.coordinator, `/api/routines/${adopted.routineId}/card.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${adopted.slug}-v1-kort.pdf"`,
    );
    const info = pdfTool('pdfinfo', res.bytes);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = pdfTool('pdftotext', res.bytes);
    const snapshot = await loadDraftSnapshot(t.app.database.db, adopted.routineId);
    expect(snapshot.actions.filter((a) => a.isEntryPoint)).toHaveLength(6);
    for (const number of ['08-123 456 78', '08-123 456 79', '08-123 456 70', '114 14', '1177']) {
      expect(text).toContain(number);
    }
    expect(text).toContain('ring 112');
    expect(text).toContain('020-390 000');
    expect(text).toContain('Ring alltid socialjouren först.');
    expect(text).toContain(`localhost:80/r/${adopted.slug}`);
    expect(text).toContain('Version 1');
  });

  it('Word: real Heading1/Heading2 styles, the answers, tables and the diagram', async () => {
    const res = await download(
      adopted.coordinator,
      `/api/routines/${adopted.routineId}/export.docx`,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${adopted.slug}-v1.docx"`,
    );
    const xml = unzip(res.bytes, 'word/document.xml');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('Steg 3: Kontaktväg in');
    for (const answer of Object.values(ANSWERS)) expect(xml).toContain(answer);
    expect(xml).toContain('Registrerad av Samordnare (samordnare) för Polisen');
    expect(xml).toContain('<w:tbl>');
    // The diagram is a table (Word lays it out, prints it legibly, finds its words), no picture.
    expect(xml).not.toContain('<pic:pic');
    expect(unzip(res.bytes, 'word/_rels/document.xml.rels')).not.toContain('media/');
    // Cell borders and padding are the tables' own, drawn the same in every cell.
    expect(xml).toContain('<w:insideH w:val="single" w:color="B8C2CC" w:sz="4"/>');
    expect(unzip(res.bytes, 'word/footer1.xml')).toContain('Version 1');
  });

  it('Word: the flow diagram is a table, a lane per organisation and a column per step', async () => {
    const res = await download(
      adopted.coordinator,
      `/api/routines/${adopted.routineId}/export.docx`,
    );
    const xml = unzip(res.bytes, 'word/document.xml');
    const version = await adopted.coordinator.get(`/api/routines/${adopted.routineId}/versions/1`);
    const s = version.body.snapshot as RoutineSnapshot;
    const rows = tableAfter(xml, 'Vem gör vad i steg 2–5');
    expect(rows[0]).toEqual([
      'Aktör',
      'Steg 2Upptäcka brottet',
      'Steg 3Kontaktväg in',
      'Steg 4Första kontakten',
      'Steg 5Skydd, stöd och lagföring',
    ]);
    const inFlow = s.actors.filter((a) => s.actions.some((x) => x.actorId === a.id));
    expect(inFlow.length).toBeGreaterThan(2);
    expect(
      rows
        .map((r) => r[0])
        .slice(1)
        .sort(),
    ).toEqual(inFlow.map((a) => a.name).sort());
    const actorName = new Map(s.actors.map((a) => [a.id, a.name]));
    const byId = new Map(s.actions.map((a) => [a.id, a]));
    let handoffs = 0;
    for (const action of s.actions) {
      const row = rows.find((r) => r[0] === actorName.get(action.actorId))!;
      const cell = row[action.step - 1]!;
      // In its lane and its step's column, in full, an entry point saying so.
      expect(cell).toContain(`${action.isEntryPoint ? 'Ingång: ' : ''}${action.what}`);
      for (const id of action.handoffTo) {
        const to = byId.get(id)!;
        expect(cell).toContain(`→ ${actorName.get(to.actorId)} (steg ${to.step})`);
        handoffs++;
      }
    }
    expect(handoffs).toBeGreaterThan(0);
    expect(s.actions.filter((a) => a.isEntryPoint).length).toBeGreaterThan(0);
    // On a landscape page of its own, its header row repeated on every page.
    expect(xml).toMatch(/Vem gör vad i steg 2–5[\s\S]*?<w:tblHeader\/>/);
    expect(xml).toMatch(/w:orient="landscape"/);
  });

  it('Markdown and JSON carry the version; JSON is lossless', async () => {
    const md = await adopted.coordinator.get(`/api/routines/${adopted.routineId}/export.md`);
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.body).toContain('# Rutin för enskilda ärenden');
    expect(md.body).toContain('**Antagen 2026-11-28 · version 1 · nästa översyn november 2027**');
    expect(md.body).toContain('## Misstänker du människohandel eller prostitution?');
    expect(md.body).toContain('[08-123 456 78](<tel:+46812345678>)');
    expect(md.body).toContain(ANSWERS['s4.q1']);
    // The coordinator registered each organisation's sign-off: the table says so, and by whom.
    expect(md.body).toContain(
      '| Polisen | Företrädare för Polisen, Förvaltningschef – Registrerad av Samordnare (samordnare) för Polisen | 2026-11-28 | Beslut Polisen § 1 |',
    );
    expect(md.body).not.toContain('på uppdrag av');

    const json = await adopted.coordinator.get(`/api/routines/${adopted.routineId}/export.json`);
    expect(json.headers['content-disposition']).toBe(
      `attachment; filename="${adopted.slug}-v1.json"`,
    );
    const version = await adopted.coordinator.get(`/api/routines/${adopted.routineId}/versions/1`);
    expect(json.body).toMatchObject({
      format: 'samrutin.routine-export/1',
      exportedAt: t.clock.now().toISOString(),
      version: { number: 1, hash: version.body.hash, adoptedAt: '2026-11-28' },
    });
    expect(json.body.snapshot).toEqual(version.body.snapshot);
  });

  it('diagram: a lane per actor, a box per action, the same bytes every time', async () => {
    const url = `/api/routines/${adopted.routineId}/diagram.svg?version=1`;
    const first = await download(adopted.coordinator, url);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const svg = first.bytes.toString('utf8');
    const version = await adopted.coordinator.get(`/api/routines/${adopted.routineId}/versions/1`);
    const snapshot = version.body.snapshot;
    const acting = new Set(snapshot.actions.map((a: { actorId: string }) => a.actorId));
    expect(svg.match(/<g class="lane"/g)).toHaveLength(acting.size);
    expect(svg.match(/<rect class="action"/g)).toHaveLength(snapshot.actions.length);
    for (const id of acting) expect(svg).toContain(`data-actor-id="${id}"`);
    for (const a of snapshot.actions) expect(svg).toContain(`data-action-id="${a.id}"`);
    expect(svg).toContain('marker-end="url(#sr-arrow)"');
    expect(svg).toContain('font-family="Roboto');
    const second = await download(adopted.coordinator, url);
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });

  it('files are for members only; an unknown version is 404', async () => {
    const stranger = await signUp(t.app, 'Främling');
    for (const f of [
      'export.pdf',
      'export.docx',
      'export.md',
      'export.json',
      'card.pdf',
      'diagram.svg',
    ]) {
      const res = await stranger.get(`/api/routines/${adopted.routineId}/${f}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    const missing = await adopted.coordinator.get(
      `/api/routines/${adopted.routineId}/export.md?version=9`,
    );
    expect(missing.status).toBe(404);
    const bad = await adopted.coordinator.get(
      `/api/routines/${adopted.routineId}/export.md?version=x`,
    );
    expect(bad.status).toBe(400);
    const qr = await download(adopted.coordinator, `/api/routines/${adopted.routineId}/qr.svg`);
    expect(qr.bytes.toString()).toContain('<svg');
  });
});
