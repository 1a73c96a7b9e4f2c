import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../src/domain/render/labels';
import { VOCABULARY } from '../../src/domain/vocabulary-labels';
import { en } from '../../src/web/i18n/en';
import { sv } from '../../src/web/i18n/sv';

/** Every key path of a nested catalogue ("quality.count.blocker_one"), functions as leaves. */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const ROOT = join(__dirname, '../../src');
const filesIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') }));

describe('the catalogues', () => {
  it('web: Swedish and English have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('published page and files: Swedish and English have the same keys', () => {
    expect(keys(LABELS.en).sort()).toEqual(keys(LABELS.sv).sort());
  });

  it('vocabularies: Swedish and English name the same values', () => {
    expect(keys(VOCABULARY.en).sort()).toEqual(keys(VOCABULARY.sv).sort());
  });

  it('defines each vocabulary label once: the app and the files share one object', () => {
    for (const lang of ['sv', 'en'] as const) {
      const web = lang === 'sv' ? sv : en;
      expect(web.whoDoesWhat.actionKind).toBe(VOCABULARY[lang].actionKind);
      expect(web.whoDoesWhat.actorKind).toBe(VOCABULARY[lang].actorKind);
      expect(web.whoDoesWhat.channel).toBe(VOCABULARY[lang].channel);
      expect(web.versions.diff.phase).toBe(VOCABULARY[lang].phase);
      expect(LABELS[lang].actionKind).toBe(VOCABULARY[lang].actionKind);
      expect(LABELS[lang].channel).toBe(VOCABULARY[lang].channel);
      expect(LABELS[lang].phase).toBe(VOCABULARY[lang].phase);
    }
  });

  it('no catalogue file spells out a vocabulary map of its own', () => {
    const files = [...filesIn('web/i18n'), ...filesIn('domain/render')];
    // The first key of each vocabulary, as a map entry, marks a second definition.
    const markers = [
      /report_to_police: '/,
      /social_services: '/,
      /establish: '/,
      /web: 'Webb'/,
      /web: 'Web'/,
    ];
    for (const { path, text } of files) {
      for (const marker of markers) expect(text, `${path} ${marker}`).not.toMatch(marker);
    }
  });

  it('uses the template’s own phase names (not "Etablera")', () => {
    expect(VOCABULARY.sv.phase.establish).toBe('Upprättande');
    expect(LABELS.sv.representative).toBe('Representant');
  });
});
