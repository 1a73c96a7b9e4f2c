import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGAL_SOURCES } from '../../src/domain/legal-sources';
import { NATIONAL_RESOURCES } from '../../src/domain/national-resources';
import { RULES } from '../../src/domain/quality';
import { LABELS } from '../../src/domain/render/labels';
import { TEMPLATE } from '../../src/domain/template';

const TABLE = readFileSync(join(__dirname, '../../docs/legal-sources.md'), 'utf8');
/** The table row that starts with the key. */
const rowOf = (key: string) => TABLE.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));

describe('docs/legal-sources.md', () => {
  for (const source of Object.values(LEGAL_SOURCES)) {
    it(`lists ${source.key} with the date it was checked`, () => {
      const row = rowOf(source.key);
      expect(row, source.key).toBeDefined();
      expect(row).toContain(source.checked);
    });
  }

  for (const resource of NATIONAL_RESOURCES) {
    it(`lists the national resource ${resource.key} with its date, and the entry has a source`, () => {
      const row = rowOf(resource.key);
      expect(row, resource.key).toBeDefined();
      expect(row).toContain(resource.lastChecked);
      expect(resource.sourceName.trim()).not.toBe('');
    });
  }

  it('has Kvinnofridslinjen for adults, open all hours, linked to its own page', () => {
    const line = NATIONAL_RESOURCES.find((r) => r.key === 'kvinnofridslinjen')!;
    expect(line.contact).toBe('020-50 50 50');
    expect(line.description.sv).toContain('dygnet runt');
    expect(line.description.sv).toContain('anhöriga och yrkesverksamma');
    expect(line.url).toMatch(/^https:\/\//);
  });

  it('links the support line to the page about the stödtelefon and NMT, not a home page', () => {
    const line = NATIONAL_RESOURCES.find((r) => r.key === 'nationell-stodtelefon')!;
    expect(line.url).toContain('stodtelefon-och-nationellt-metodstodsteam-nmt');
  });
});

describe('statements match the table', () => {
  /** Every finding the rules can give, in both languages, from routines that trigger many. */
  const everyText = () => {
    const texts: string[] = [];
    for (const lang of ['sv', 'en'] as const) {
      texts.push(JSON.stringify(LABELS[lang].right));
      for (const step of TEMPLATE.steps) texts.push(JSON.stringify(step));
    }
    return texts.join('\n');
  };

  it('never cites the old Social Services Act section or says everyone "has the right" to a reflection period', () => {
    const text =
      everyText() + JSON.stringify(RULES.map((r) => r.id)) + JSON.stringify(LEGAL_SOURCES);
    expect(text).not.toContain('14 kap. 1 § SoL');
    expect(text).not.toMatch(/har rätt till (ett )?tillfälligt uppehållstillstånd/);
  });

  it('says the reflection period can be granted, and who applies', () => {
    expect(LABELS.sv.right.reflection_period.detail).toContain('kan beviljas');
    expect(LABELS.sv.right.reflection_period.detail).toContain('socialnämnden');
    expect(LABELS.en.right.reflection_period.detail).toContain('can be granted');
  });

  it('states the presumption of childhood only where there are reasons to believe the person is a child', () => {
    expect(LABELS.sv.right.protection_assessment.detail).toContain('skäl att tro');
    expect(LABELS.en.right.protection_assessment.detail).toContain('reasons to believe');
  });

  it('cites counsel under lag (1988:609) and CETS art. 15.2', () => {
    expect(LEGAL_SOURCES.counsel.cite.sv).toBe('Lag (1988:609) om målsägandebiträde');
    expect(LEGAL_SOURCES.cetsLegalAid.cite.sv).toContain('art. 15.2');
  });
});
