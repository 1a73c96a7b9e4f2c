import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../src/domain/render/labels';
import { VOCABULARY } from '../../src/domain/vocabulary-labels';
import { en } from '../../src/web/i18n/en';
import { shellSv } from '../../src/web/i18n/shell';
import { sv } from '../../src/web/i18n/sv';

/** Every key path of a nested catalogue ("quality.count.blocker_one"), functions as leaves. */
function keys(value: unknown, prefix = '', separator = '.'): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}${separator}${k}` : k, separator),
  );
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

  it('web: no key has a dot of its own (the translator reads every dot as a step down)', () => {
    expect(keys(sv, '', '/').filter((key) => key.includes('.'))).toEqual([]);
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

/** i18n/areas/who-does-what.ts adds the strings under `whoDoesWhat`. */
const areaKey = (file: string) =>
  file.replace(/\.ts$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The catalogue keys a source file names whose strings are not in the first load and whose area
 * it does not import: `t('actors.title')`, `labelKey: 'actors.title'`, t(`limits.what.${cap}`).
 */
function stringsNotLoaded(text: string): string[] {
  const imported = new Set(
    [...text.matchAll(/^import '[./]*i18n\/areas\/([a-z-]+)';$/gm)].map((m) => areaKey(m[1]!)),
  );
  const named = [...text.matchAll(/['"`]([A-Za-z]+)\.[A-Za-z_${}.]+['"`]/g)];
  return named
    .filter((m) => m[1]! in sv && !(m[1]! in shellSv) && !imported.has(m[1]!))
    .map((m) => m[0]);
}

describe('the Swedish strings load with the code that shows them', () => {
  const areas = readdirSync(join(ROOT, 'web/i18n/areas'));

  it('every string outside the first load has an area module that adds exactly it', () => {
    const outside = Object.keys(sv).filter((key) => !(key in shellSv));
    expect(areas.map(areaKey).sort()).toEqual(outside.sort());
    for (const file of areas) {
      const text = readFileSync(join(ROOT, 'web/i18n/areas', file), 'utf8');
      expect(text).toContain(`addSwedish({ ${areaKey(file)}: `);
    }
  });

  it('a file that names a feature’s strings imports that feature’s area', () => {
    const files = sourceFiles('web').filter((f) => !f.path.startsWith('web/i18n/'));
    expect(files.length).toBeGreaterThan(100);
    const missing = files.flatMap((f) =>
      stringsNotLoaded(f.text).map((key) => `${f.path}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('the check finds a missing area import', () => {
    // \x24 is "$": a template key such as t(`limits.what.${cap}`).
    expect(stringsNotLoaded("t('actors.path.label'); t(`limits.what.\x24{cap}`)")).toEqual([
      "'actors.path.label'",
      '`limits.what.\x24{cap}`',
    ]);
    expect(stringsNotLoaded("import '../../i18n/areas/actors';\nt('actors.path.label')")).toEqual(
      [],
    );
    expect(stringsNotLoaded("t('header.signOut')")).toEqual([]);
  });
});
