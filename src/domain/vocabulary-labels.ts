import type { FeedbackStatus } from '../contracts/feedback';
import type { CoverageKey } from '../contracts/regions';
import type { RoutineStatus } from '../contracts/routines';
import type { ActionKind, ActorKind, Audience, Channel } from '../contracts/vocabularies';
import { TIMELINE_PHASES_V1 } from './template/timeline-phases';

type Lang = 'sv' | 'en';
type Phase = 'establish' | 'implement' | 'test' | 'evaluate';

/**
 * The names of the shared vocabularies (DESIGN.md "Vocabularies") and of the timeline's
 * phases, defined once: the web catalogue (src/web/i18n/) and the published page and files
 * (src/domain/render/labels-*) both read them from here, so the app, the page, PDF, Word and
 * Markdown say the same word. The phases are the template's own words. So are the states of a
 * routine and of feedback, and the audiences (server texts such as the regional PDF and the
 * revision's comments read them here too); test/unit/catalogue.test.ts fails when a file spells
 * one of these labels out again.
 */
export interface VocabularyLabels {
  actionKind: Record<ActionKind, string>;
  actorKind: Record<ActorKind, string>;
  channel: Record<Channel, string>;
  phase: Record<Phase, string>;
  routineStatus: Record<RoutineStatus, string>;
  feedbackStatus: Record<FeedbackStatus, string>;
  audience: Record<Audience, string>;
  /** "för barn": an entry point's or contact path's audience after its name. */
  forAudience: Record<Audience, string>;
  /** What an adopted routine covers, in the regional overview (page, CSV, PDF, chart). */
  coverage: Record<CoverageKey, string>;
}

const phases = (lang: Lang) =>
  Object.fromEntries(TIMELINE_PHASES_V1.map((p) => [p.key, p.title[lang]])) as Record<
    Phase,
    string
  >;

export const VOCABULARY: Record<Lang, VocabularyLabels> = {
  sv: {
    actionKind: {
      report_to_police: 'Polisanmälan',
      report_of_concern: 'Orosanmälan',
      protection_assessment: 'Skyddsbedömning',
      protective_placement: 'Skyddsplacering',
      emergency_assistance: 'Akut bistånd',
      reflection_period: 'Ansökan om betänketid',
      counsel_for_injured_party: 'Målsägandebiträde',
      interpreter: 'Tolk',
      rights_information: 'Information om rättigheter',
      health_care: 'Hälso- och sjukvård',
      consult_regional_coordinator: 'Rådgöra med regionkoordinatorn',
      return_programme: 'Återvändandeprogrammet',
      other: 'Annat',
    },
    actorKind: {
      social_services: 'Socialtjänst',
      police: 'Polis',
      prosecutor: 'Åklagare',
      health_care: 'Hälso- och sjukvård',
      migration_agency: 'Migrationsverket',
      school: 'Skola',
      civil_society: 'Civilsamhälle',
      regional_coordinator: 'Regionkoordinator',
      national_resource: 'Nationell resurs',
      other: 'Annan',
    },
    channel: { phone: 'Telefon', email: 'E-post', web: 'Webb', address: 'Adress', other: 'Annat' },
    phase: phases('sv'),
    routineStatus: {
      draft: 'Utkast',
      in_review: 'Väntar på beslut',
      adopted: 'Antagen',
      archived: 'Arkiverad',
    },
    feedbackStatus: {
      new: 'Ny',
      discussing: 'Diskuteras',
      changed: 'Ledde till ändring',
      no_action: 'Ingen åtgärd',
    },
    audience: { children: 'Barn', adults: 'Vuxna', all: 'Alla' },
    forAudience: { children: 'för barn', adults: 'för vuxna', all: 'för alla' },
    coverage: {
      childrenEntry: 'Ingång för barn',
      adultsEntry: 'Ingång för vuxna',
      outOfHours: 'Väg utanför kontorstid',
      interpreter: 'Tolk',
      protectionAssessment: 'Skyddsbedömning',
      supportLine: 'Nationella stödtelefonen',
    },
  },
  en: {
    actionKind: {
      report_to_police: 'Police report',
      report_of_concern: 'Report of concern',
      protection_assessment: 'Protection assessment',
      protective_placement: 'Protective placement',
      emergency_assistance: 'Emergency assistance',
      reflection_period: 'Application for a reflection period',
      counsel_for_injured_party: 'Counsel for the injured party',
      interpreter: 'Interpreter',
      rights_information: 'Information on rights',
      health_care: 'Health care',
      consult_regional_coordinator: 'Consult the regional coordinator',
      return_programme: 'The return programme',
      other: 'Other',
    },
    actorKind: {
      social_services: 'Social services',
      police: 'Police',
      prosecutor: 'Prosecutor',
      health_care: 'Health care',
      migration_agency: 'Migration Agency',
      school: 'School',
      civil_society: 'Civil society',
      regional_coordinator: 'Regional coordinator',
      national_resource: 'National resource',
      other: 'Other',
    },
    channel: { phone: 'Phone', email: 'E-mail', web: 'Web', address: 'Address', other: 'Other' },
    phase: phases('en'),
    routineStatus: {
      draft: 'Draft',
      in_review: 'Awaiting decision',
      adopted: 'Adopted',
      archived: 'Archived',
    },
    feedbackStatus: {
      new: 'New',
      discussing: 'Under discussion',
      changed: 'Led to a change',
      no_action: 'No action',
    },
    audience: { children: 'Children', adults: 'Adults', all: 'Everyone' },
    forAudience: { children: 'for children', adults: 'for adults', all: 'for everyone' },
    coverage: {
      childrenEntry: 'Entry point for children',
      adultsEntry: 'Entry point for adults',
      outOfHours: 'Out-of-hours path',
      interpreter: 'Interpreter',
      protectionAssessment: 'Protection assessment',
      supportLine: 'National support line',
    },
  },
};

/** A vocabulary's labels in lower case, for use inside a sentence ("för barn och vuxna"). */
export function lowerLabels<K extends string>(labels: Record<K, string>): Record<K, string> {
  return Object.fromEntries(
    Object.entries<string>(labels).map(([k, v]) => [k, v.toLowerCase()]),
  ) as Record<K, string>;
}

/** "varje månad", "varannan månad", "var 3:e månad", "var 21:a månad" (the template's words). */
export function everyMonthsSv(n: number): string {
  if (n === 1) return 'varje månad';
  if (n === 2) return 'varannan månad';
  const suffix = n % 10 <= 2 && n % 10 >= 1 && n % 100 !== 11 && n % 100 !== 12 ? 'a' : 'e';
  return `var ${n}:${suffix} månad`;
}

/** "every month", "every other month", "every 3 months". */
export const everyMonthsEn = (n: number): string =>
  n === 1 ? 'every month' : n === 2 ? 'every other month' : `every ${n} months`;

/** How often, in the language: one definition for the app, the published page and the files. */
export const EVERY_MONTHS: Record<Lang, (n: number) => string> = {
  sv: everyMonthsSv,
  en: everyMonthsEn,
};
