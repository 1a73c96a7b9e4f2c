import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../src/domain/render/diagram-layout';
import { buildRoutinePdf } from '../../src/server/modules/exports/pdf';
import { fixtureModel } from '../helpers/snapshot-fixture';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samrutin-pdf-diagram-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function pdfTool(tool: 'pdftotext' | 'pdffonts', bytes: Buffer, args: string[] = []): string {
  const file = path.join(tmp, `${crypto.randomUUID()}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
    encoding: 'utf8',
  });
}

/** The landscape page: the diagram's (the heading's) page number. */
function diagramPage(pdf: Buffer): number {
  const pages = pdfTool('pdftotext', pdf).split('\f');
  return pages.findIndex((p) => p.includes('Flödet i bild')) + 1;
}

describe('the swimlane diagram in the routine PDF (vector drawing)', () => {
  it('carries every column heading, lane name and box line of the layout as real text', async () => {
    const model = fixtureModel();
    const pdf = await buildRoutinePdf(model);
    const page = diagramPage(pdf);
    expect(page).toBeGreaterThan(0);
    const text = pdfTool('pdftotext', pdf, ['-f', String(page), '-l', String(page), '-raw']);
    const d = layoutDiagram(model.snapshot, 'sv');
    const lines = [
      ...d.columns.flat(),
      ...d.lanes.flatMap((l) => l.labels),
      ...d.boxes.flatMap((b) => b.lines),
    ];
    expect(lines.length).toBeGreaterThan(20);
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const line of lines) expect(squash(text)).toContain(squash(line.text));

    // Drawn on top of the lanes and boxes, not hidden under them: where pdftotext finds a box's
    // first word, the rendered page has dark pixels.
    const word = d.boxes[0]!.lines[0]!.text.split(' ')[0]!;
    const file = path.join(tmp, 'diagram.pdf');
    fs.writeFileSync(file, pdf);
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', `${page}`, '-l', `${page}`, file, '-'], {
      encoding: 'utf8',
    });
    const m = new RegExp(
      `<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${word}</word>`,
    ).exec(bbox)!;
    const [x0, y0, x1, y1] = m.slice(1, 5).map((v) => Math.round((Number(v) * 150) / 72)) as [
      number,
      number,
      number,
      number,
    ];
    const crop = ['-x', x0, '-y', y0, '-W', x1 - x0, '-H', y1 - y0].map(String);
    execFileSync('pdftoppm', [
      '-f',
      `${page}`,
      '-l',
      `${page}`,
      '-r',
      '150',
      '-gray',
      ...crop,
      file,
      path.join(tmp, 'word'),
    ]);
    const pgm = fs.readFileSync(
      fs
        .readdirSync(tmp)
        .filter((f) => f.startsWith('word'))
        .map((f) => path.join(tmp, f))[0]!,
    );
    // P5 <width> <height> 255, then one byte per pixel.
    const [, w, h] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'))!;
    const pixels = pgm.subarray(pgm.length - Number(w) * Number(h));
    expect(pixels.filter((v) => v < 110).length).toBeGreaterThan(10);
  });

  it('a second PDF in the same worker (fonts shared) embeds its own glyphs and its own text', async () => {
    const first = fixtureModel();
    await buildRoutinePdf(first);
    const second = fixtureModel();
    second.snapshot.routine.title = 'Qxzy Ωmega Ürtest';
    second.snapshot.actions[0]!.what = 'Jämför Zwölf Quixotiska ögonblick';
    const pdf = await buildRoutinePdf(second);
    const text = pdfTool('pdftotext', pdf);
    expect(text).toContain('Qxzy Ωmega Ürtest');
    expect(text).toContain('Jämför Zwölf Quixotiska ögonblick');
    const fonts = pdfTool('pdffonts', pdf);
    // Subsets of Roboto, embedded, with a Unicode map (text can be copied and searched).
    expect(fonts).toMatch(/[A-Z]{6}\+Roboto-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(fonts).toMatch(/[A-Z]{6}\+Roboto-Medium\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });
});
