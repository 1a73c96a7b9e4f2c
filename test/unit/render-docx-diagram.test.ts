import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildRoutineDocx } from '../../src/server/modules/exports/docx';
import { fixtureModel } from '../helpers/snapshot-fixture';

/** The rows (as XML) of the Word file's flow table, by the organisation each row starts with. */
async function flowRows(model: ReturnType<typeof fixtureModel>) {
  const xml = strFromU8(unzipSync(await buildRoutineDocx(model))['word/document.xml']!);
  const start = xml.indexOf('<w:tbl>', xml.indexOf('>Vem gör vad i steg 2–5</w:t>'));
  const rows = xml.slice(start, xml.indexOf('</w:tbl>', start)).split('<w:tr>').slice(2);
  const name = (row: string) => /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(row)![1]!;
  return new Map(rows.map((row) => [name(row), row]));
}

describe('the flow diagram in the Word file (a table)', () => {
  it('keeps each lane on one page, unless a cell holds so many tasks that it may not fit', async () => {
    const model = fixtureModel();
    const before = await flowRows(model);
    expect([...before.keys()]).toContain('Polisen');
    for (const row of before.values()) expect(row).toContain('<w:cantSplit/>');

    // Polisen gets seven tasks in step 4: a row that may be taller than a landscape page.
    for (let i = 0; i < 7; i++) {
      model.snapshot.actions.push({
        ...model.snapshot.actions.find((a) => a.actorId === 'a-pol')!,
        id: `x-pol-${i}`,
        step: 4,
        position: 100 + i,
        what: `Polisen gör uppgift ${i} i steg 4`,
        handoffTo: [],
        isEntryPoint: false,
      });
    }
    const after = await flowRows(model);
    expect(after.get('Polisen')).toContain('Polisen gör uppgift 6 i steg 4');
    expect(after.get('Polisen')).not.toContain('<w:cantSplit/>');
    for (const [name, row] of after)
      if (name !== 'Polisen') expect(row).toContain('<w:cantSplit/>');
  });
});
