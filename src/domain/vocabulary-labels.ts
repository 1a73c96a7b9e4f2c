import type { ActionKind, ActorKind, Channel } from '../contracts/vocabularies';
import { TIMELINE_PHASES_V1 } from './template/timeline-phases';

type Lang = 'sv' | 'en';
type Phase = 'establish' | 'implement' | 'test' | 'evaluate';

/**
 * The names of the shared vocabularies (DESIGN.md "Vocabularies") and of the timeline's
 * phases, defined once: the web catalogue (src/web/i18n/) and the published page and files
 * (src/domain/render/labels-*) both read them from here, so the app, the page, PDF, Word and
 * Markdown say the same word. The phases are the template's own words.
 */
export interface VocabularyLabels {
  actionKind: Record<ActionKind, string>;
  actorKind: Record<ActorKind, string>;
  channel: Record<Channel, string>;
  phase: Record<Phase, string>;
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
  },
};
