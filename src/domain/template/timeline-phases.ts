import type { TemplateTimelinePhase } from './types';

/**
 * The timeline's four phases in the template's own words. Their own module, because the shared
 * vocabulary names (vocabulary-labels.ts) need them without the whole template: the web client's
 * first load carries the names, not the template text.
 */
export const TIMELINE_PHASES_V1: TemplateTimelinePhase[] = [
  { key: 'establish', title: { sv: 'Upprättande', en: 'Establishing' } },
  { key: 'implement', title: { sv: 'Implementering', en: 'Implementation' } },
  { key: 'test', title: { sv: 'Test', en: 'Testing' } },
  { key: 'evaluate', title: { sv: 'Utvärdering', en: 'Evaluation' } },
];
