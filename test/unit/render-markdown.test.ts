import { describe, expect, it } from 'vitest';
import { mdEscape, renderMarkdown } from '../../src/domain/render/markdown';
import { fixtureModel } from '../helpers/snapshot-fixture';

describe('the routine as Markdown', () => {
  const md = renderMarkdown(fixtureModel());

  it('starts with the title and the version line, then the entry points', () => {
    expect(md.startsWith('# Rutin vid misstanke om människohandel\n')).toBe(true);
    expect(md).toContain('**Antagen 2027-03-01 · version 2 · nästa översyn mars 2028**');
    expect(md).toContain('## Misstänker du människohandel eller prostitution?');
    expect(md).toContain('### Gäller det ett barn (under 18 år)?');
    expect(md).toContain(
      '- **Socialtjänsten – Mottagningen barn och unga**: [08-123 456 78](<tel:+46812345678>) (vardagar 8–17)',
    );
    expect(md).toContain('**Akut fara:** [ring 112](<tel:112>)');
    expect(md.indexOf('## Misstänker')).toBeLessThan(md.indexOf('## Steg 2'));
  });

  it('lists responsibilities with handoffs, rights as a checklist, tables for who does what and sign-offs', () => {
    expect(md).toContain('#### Socialtjänsten');
    expect(md).toContain('  - → lämnar över till Polisen, [114 14](<tel:11414>)');
    expect(md).toContain('- [ ] **Målsägandebiträde**.');
    expect(md).toContain('| Aktör | Steg 2 | Steg 3 | Steg 4 | Steg 5 |');
    expect(md).toContain(
      '| Polisen | Erik Ärlig, Lokalpolisområdeschef – Registrerad av Stina Samordnare (samordnare) för Polisen | 2027-02-25 | A123.456/2027 |',
    );
    // A representative signing for their own organisation: no "registrerad av".
    expect(md).toContain('| Socialtjänsten | Åsa Öberg, Socialchef | 2027-02-20 | SN 2027/14 |');
    expect(md).toContain('Brottsoffer får tillgång till sina rättigheter och förövare lagförs.');
    expect(md.trimEnd().endsWith('<https://samrutin.example.org/r/rutin-vid-misstanke>')).toBe(
      true,
    );
  });

  it('marks a draft and is deterministic', () => {
    const draft = renderMarkdown(
      fixtureModel({
        versionNumber: null,
        hash: null,
        status: 'draft',
        signOffs: [],
        adoptedAt: null,
      }),
    );
    expect(draft).toContain('> **Utkast – inte antagen.** Det här är inte den antagna rutinen.');
    expect(draft).not.toContain('## Bekräftelser');
    expect(renderMarkdown(fixtureModel())).toBe(md);
  });

  it('escapes formatting in user text', () => {
    expect(mdEscape('a*b_c [x](y) | <z> #1')).toBe('a\\*b\\_c \\[x\\](y) \\| \\<z\\> \\#1');
    const model = fixtureModel();
    model.snapshot.answers['s1.q1'] = '- inte en lista\n1. inte numrerad';
    expect(renderMarkdown(model)).toContain('\\- inte en lista  \n1\\. inte numrerad');
  });
});
