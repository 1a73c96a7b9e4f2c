import type { Localized } from '../contracts/common';
import type { ActorKind, Audience, Channel, KnowledgeKind } from '../contracts/vocabularies';
import { LEGAL_SOURCES } from './legal-sources';

/**
 * National and regional resources (DOMAIN.md, "knowledge-bank defaults"), shipped as
 * read-only knowledge-bank entries with their source, the date they were last checked
 * against it, and a link to the page that states it (not a home page). A collaboration can
 * hide or annotate each. Every entry is listed in docs/legal-sources.md.
 */
export interface NationalResource {
  key: string;
  title: Localized;
  kind: KnowledgeKind;
  description: Localized;
  /** How it is reached, as the source prints it; null where each collaboration fills it in. */
  contact: string | null;
  url: string | null;
  steps: number[];
  sourceName: string;
  lastChecked: string;
}

const CHECKED = '2026-11-28';
/** Re-read against the linked page on this date. */
const VERIFIED = '2026-12-02';

export const NATIONAL_RESOURCES: readonly NationalResource[] = [
  {
    key: 'nationell-stodtelefon',
    title: {
      sv: 'Jämställdhetsmyndighetens nationella stödtelefon',
      en: 'The Gender Equality Agency’s national support line',
    },
    kind: 'contact',
    description: {
      sv: 'Råd till yrkesverksamma i ärenden som rör människohandel och prostitution (mallen kallar den rådgivningstelefon). Vardagar, kontorstid.',
      en: 'Advice for professionals in cases of trafficking and prostitution (the template calls it the advice line). Weekdays, office hours.',
    },
    contact: '020-390 000',
    url: LEGAL_SOURCES.supportLine.url,
    steps: [3, 4, 5],
    sourceName: LEGAL_SOURCES.supportLine.cite.sv,
    lastChecked: LEGAL_SOURCES.supportLine.checked,
  },
  {
    key: 'kvinnofridslinjen',
    title: { sv: 'Kvinnofridslinjen', en: 'Kvinnofridslinjen (the national helpline for women)' },
    kind: 'contact',
    description: {
      sv: 'Nationell stödtelefon för kvinnor som utsatts för hot, våld eller sexuella övergrepp. Öppen dygnet runt, kostnadsfri. Svarar också anhöriga och yrkesverksamma. För vuxna.',
      en: 'National helpline for women subjected to threats, violence or sexual abuse. Open all hours, free of charge. Also answers relatives and professionals. For adults.',
    },
    contact: '020-50 50 50',
    url: LEGAL_SOURCES.kvinnofridslinjen.url,
    steps: [3, 4, 5],
    sourceName: LEGAL_SOURCES.kvinnofridslinjen.cite.sv,
    lastChecked: LEGAL_SOURCES.kvinnofridslinjen.checked,
  },
  {
    key: 'polisen',
    title: { sv: 'Polisen', en: 'The Police' },
    kind: 'contact',
    description: {
      sv: 'Akut fara eller pågående brott: 112. Övriga ärenden och anmälan: 114 14.',
      en: 'Acute danger or a crime in progress: 112. Other matters and reports: 114 14.',
    },
    contact: '112; 114 14',
    url: 'https://polisen.se',
    steps: [3, 4, 5],
    sourceName: 'polisen.se',
    lastChecked: CHECKED,
  },
  {
    key: 'socialjour',
    title: { sv: 'Socialjouren', en: 'Social services out of hours (socialjour)' },
    kind: 'contact',
    description: {
      sv: 'Socialtjänsten efter kontorstid. Numret är lokalt: lägg in er socialjour som aktör.',
      en: 'Social services after office hours. The number is local: add your socialjour as an actor.',
    },
    contact: null,
    url: null,
    steps: [3, 4, 5],
    sourceName: 'Kommunens socialtjänst',
    lastChecked: CHECKED,
  },
  {
    key: 'regionkoordinator',
    title: {
      sv: 'Regionkoordinator mot prostitution och människohandel',
      en: 'Regional coordinator against prostitution and trafficking',
    },
    kind: 'contact',
    description: {
      sv: 'Stöttar polis och socialtjänst i enskilda ärenden, samordnar myndigheter och är kontaktpunkt för återvändandeprogrammet. I ett enskilt ärende med den utsattas samtycke; utan samtycke för allmän rådgivning. Sju regioner täcker landet.',
      en: 'Supports the police and social services in individual cases, coordinates authorities and is the contact point for the return programme. In an individual case with the victim’s consent; without it, for general advice. Seven regions cover the country.',
    },
    contact: null,
    url: LEGAL_SOURCES.regionalCoordinators.url,
    steps: [3, 5],
    sourceName: LEGAL_SOURCES.regionalCoordinators.cite.sv,
    lastChecked: LEGAL_SOURCES.regionalCoordinators.checked,
  },
  {
    key: 'nsp-plattformen',
    title: {
      sv: 'Nationella stödprogrammet (NSP), Plattformen Civila Sverige mot människohandel',
      en: 'The National Support Programme (NSP), the Swedish Civil Society Platform against Human Trafficking',
    },
    kind: 'contact',
    description: {
      sv: 'Stöd från civilsamhället (återhämtning, rehabilitering, integration) genom certifierade skyddade boenden.',
      en: 'Civil-society support (rest, rehabilitation, integration periods) through certified shelters.',
    },
    contact: 'via Plattformen',
    // Plattformen's page on the programme: only certified shelters and actors apply.
    url: 'https://manniskohandel.se/var-verksamhet/nationellt-stodprogram/',
    steps: [5],
    sourceName: 'Plattformen Civila Sverige mot människohandel, ”Nationellt Stödprogram”',
    lastChecked: VERIFIED,
  },
  {
    key: 'aterandeprogrammet',
    title: { sv: 'Återvändandeprogrammet (ÅMP)', en: 'The return programme (ÅMP)' },
    kind: 'contact',
    description: {
      sv: 'Frivilligt och tryggt återvändande, i samarbete med IOM. Nås genom regionkoordinatorn.',
      en: 'Voluntary, safe return, run with IOM. Reached through the regional coordinator.',
    },
    contact: 'genom regionkoordinatorn',
    // Run by IOM, funded by the agency; the regional coordinators are the contact point.
    url: 'https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/atervandandeprogrammet/',
    steps: [5],
    sourceName: 'nspm.jamstalldhetsmyndigheten.se, ”Återvändandeprogrammet”',
    lastChecked: VERIFIED,
  },
  {
    key: 'migrationsverket',
    title: { sv: 'Migrationsverket', en: 'The Swedish Migration Agency' },
    kind: 'contact',
    description: {
      sv: 'Beslutar om betänketid (tillfälligt uppehållstillstånd i 30 dagar, som socialnämnden eller förundersökningsledaren ansöker om) och om uppehållstillstånd. Ersätter kommunernas kostnader. Lokalt kontor.',
      en: 'Decides on the reflection period (a 30-day temporary residence permit, applied for by the social welfare board or the head of the preliminary investigation) and on residence permits. Reimburses municipal costs. Local office.',
    },
    contact: null,
    url: LEGAL_SOURCES.reflectionPeriod.url,
    steps: [5],
    sourceName: `migrationsverket.se; ${LEGAL_SOURCES.reflectionPeriod.cite.sv}`,
    lastChecked: LEGAL_SOURCES.reflectionPeriod.checked,
  },
  {
    key: 'mmm-manual',
    title: {
      sv: 'Manual vid misstanke om människohandel (MMM)',
      en: 'Manual for suspected human trafficking (MMM)',
    },
    kind: 'document',
    description: {
      sv: 'Sveriges nationella hänvisningsmekanism i sex skeden: identifiering, akut skydd, inledande stöd, långsiktigt stöd, straffrättsligt förfarande, tryggt återvändande.',
      en: 'Sweden’s national referral mechanism in six stages: identification, acute protection, initial support, long-term support, criminal proceedings, safe return.',
    },
    contact: null,
    url: LEGAL_SOURCES.mmmCriminal.url,
    steps: [2, 3, 4, 5],
    sourceName:
      'nspm.jamstalldhetsmyndigheten.se, Manual vid misstanke om människohandel, ”Om manualen”',
    lastChecked: VERIFIED,
  },
];

export function findNationalResource(key: string): NationalResource | undefined {
  return NATIONAL_RESOURCES.find((r) => r.key === key);
}

/** A typical actor offered when a collaboration has none yet (UX.md, "Empty states"). */
export interface ActorSuggestion {
  key: string;
  name: Localized;
  kind: ActorKind;
  description: Localized;
  /** National numbers prefilled as published; local ones are left for the group to fill in. */
  contactPaths: {
    channel: Channel;
    value: string;
    label: Localized;
    hours?: Localized;
    always: boolean;
    audience: Audience;
  }[];
}

export const ACTOR_SUGGESTIONS: readonly ActorSuggestion[] = [
  {
    key: 'socialtjansten',
    name: { sv: 'Socialtjänsten', en: 'Social services' },
    kind: 'social_services',
    description: {
      sv: 'Tar emot orosanmälningar, gör skyddsbedömningar, ansvarar för stöd och skydd.',
      en: 'Receives reports of concern, makes protection assessments, responsible for support and protection.',
    },
    contactPaths: [],
  },
  {
    key: 'socialjouren',
    name: { sv: 'Socialjouren', en: 'Social services out of hours' },
    kind: 'social_services',
    description: {
      sv: 'Socialtjänsten efter kontorstid.',
      en: 'Social services after office hours.',
    },
    contactPaths: [],
  },
  {
    key: 'polisen',
    name: { sv: 'Polisen', en: 'The Police' },
    kind: 'police',
    description: {
      sv: 'Ingriper vid brott, tar emot anmälan, utreder.',
      en: 'Intervenes, receives reports of crime, investigates.',
    },
    contactPaths: [
      {
        channel: 'phone',
        value: '112',
        label: { sv: 'Akut fara, pågående brott', en: 'Acute danger, crime in progress' },
        always: true,
        audience: 'all',
      },
      {
        channel: 'phone',
        value: '114 14',
        label: { sv: 'Anmälan och övriga ärenden', en: 'Reports and other matters' },
        always: true,
        audience: 'all',
      },
    ],
  },
  {
    key: 'halso-och-sjukvarden',
    name: { sv: 'Hälso- och sjukvården', en: 'Health care' },
    kind: 'health_care',
    description: {
      sv: 'Upptäcker tecken, ger akut vård, dokumenterar skador, gör orosanmälan för barn.',
      en: 'Spots signs, gives emergency care, documents injuries, reports concern for children.',
    },
    contactPaths: [],
  },
  {
    key: 'migrationsverket',
    name: { sv: 'Migrationsverket', en: 'The Swedish Migration Agency' },
    kind: 'migration_agency',
    description: {
      sv: 'Beslutar om betänketid och uppehållstillstånd.',
      en: 'Decides on reflection periods and residence permits.',
    },
    contactPaths: [],
  },
  {
    key: 'skolan',
    name: { sv: 'Skolan (elevhälsan)', en: 'School (pupil health)' },
    kind: 'school',
    description: {
      sv: 'Skyldig att anmäla oro för barn till socialtjänsten.',
      en: 'Must report concern for a child to social services.',
    },
    contactPaths: [],
  },
  {
    key: 'regionkoordinator',
    name: { sv: 'Regionkoordinatorn', en: 'The regional coordinator' },
    kind: 'regional_coordinator',
    description: {
      sv: 'Stöd i enskilda ärenden (med samtycke), samordning, återvändandeprogrammet.',
      en: 'Support in individual cases (with consent), coordination, the return programme.',
    },
    contactPaths: [],
  },
  {
    key: 'nationell-stodtelefon',
    name: {
      sv: 'Nationella stödtelefonen (Jämställdhetsmyndigheten)',
      en: 'The national support line (Gender Equality Agency)',
    },
    kind: 'national_resource',
    description: {
      sv: 'Råd till yrkesverksamma i ärenden om människohandel och prostitution.',
      en: 'Advice for professionals in cases of trafficking and prostitution.',
    },
    contactPaths: [
      {
        channel: 'phone',
        value: '020-390 000',
        label: { sv: 'Stödtelefon för yrkesverksamma', en: 'Support line for professionals' },
        hours: { sv: 'Vardagar, kontorstid', en: 'Weekdays, office hours' },
        always: false,
        audience: 'all',
      },
    ],
  },
];
