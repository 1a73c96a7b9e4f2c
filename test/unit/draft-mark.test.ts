import { describe, expect, it } from 'vitest';
import { draftMarkOf } from '../../src/domain/render/draft-mark';
import { fixtureModel } from '../helpers/snapshot-fixture';

describe('the draft mark on printed routines and cards (issue 14)', () => {
  it('marks the draft and a version under decision, in the page language', () => {
    const model = fixtureModel();
    expect(draftMarkOf({ ...model, meta: { ...model.meta, status: 'draft' } })).toBe(
      'UTKAST – inte antagen',
    );
    expect(draftMarkOf({ ...model, meta: { ...model.meta, status: 'in_review' } })).toBe(
      'VÄNTAR PÅ BESLUT – inte antagen',
    );
    expect(draftMarkOf({ ...model, meta: { ...model.meta, status: 'draft', lang: 'en' } })).toMatch(
      /^DRAFT – not adopted$/,
    );
  });

  it('leaves adopted, superseded and archived versions unmarked', () => {
    const model = fixtureModel();
    for (const status of ['adopted', 'superseded', 'archived'] as const) {
      expect(draftMarkOf({ ...model, meta: { ...model.meta, status } })).toBeNull();
    }
  });
});
