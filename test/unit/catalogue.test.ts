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
/** Every .ts/.tsx file under src/<dir>, recursively, with its text. */
const sourceFiles = (dir: string) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({
      path: join(dir, f).split('\\').join('/'),
      text: readFileSync(join(ROOT, dir, f), 'utf8'),
    }));

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
      expect(web.routineStatus).toBe(VOCABULARY[lang].routineStatus);
      expect(web.feedback.status).toBe(VOCABULARY[lang].feedbackStatus);
      expect(web.whoDoesWhat.audience).toBe(VOCABULARY[lang].audience);
      expect(web.versions.diff.audience).toBe(VOCABULARY[lang].audience);
      expect(web.whoDoesWhat.row.audience).toBe(VOCABULARY[lang].forAudience);
      expect(LABELS[lang].forAudience).toBe(VOCABULARY[lang].forAudience);
    }
  });

  it('no file defines a vocabulary label a second time (same key, same words)', () => {
    // Every label of the shared vocabularies, as `key: 'Label'` in any case: a map entry that
    // spells it out again is a second definition, wherever it is (catalogues, render labels,
    // feature-local maps, server texts). References such as `VOCABULARY.sv.audience` pass.
    const files = sourceFiles('').filter((f) => f.path !== 'domain/vocabulary-labels.ts');
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const lang of ['sv', 'en'] as const) {
      for (const [vocabulary, labels] of Object.entries(VOCABULARY[lang])) {
        for (const [key, label] of Object.entries(labels as Record<string, string>)) {
          if (key === 'other') continue; // "Annat"/"Other" is a word, not a vocabulary label
          const quoted = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const entry = new RegExp(`\\b'?${key}'?:\\s*['"\`]${quoted}['"\`]`, 'i');
          for (const { path, text } of files) {
            if (entry.test(text)) found.push(`${path}: ${vocabulary}.${key} "${label}"`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the duplicate check finds a label spelled out again', () => {
    const copy = "const mine = { in_review: 'Väntar på beslut', children: 'barn' };";
    const entry = (key: string, label: string) =>
      new RegExp(`\\b'?${key}'?:\\s*['"\`]${label}['"\`]`, 'i');
    expect(entry('in_review', VOCABULARY.sv.routineStatus.in_review).test(copy)).toBe(true);
    expect(entry('children', VOCABULARY.sv.audience.children).test(copy)).toBe(true);
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
