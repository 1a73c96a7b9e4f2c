import type { ActionKind, Audience, Channel } from '../../contracts/vocabularies';
import type { Lang, RenderStatus } from './model';
import type { RightKey } from './rights';

type Phase = 'establish' | 'implement' | 'test' | 'evaluate';

/**
 * Every user-facing string of the published page, the card, the diagram and the files, in
 * Swedish (klarspråk, du-form) and English. Renderers take strings from here only.
 */
export interface Labels {
  lang: Lang;
  skipLink: string;
  otherLanguage: { lang: Lang; label: string };
  status: Record<RenderStatus, string>;
  notAdoptedWarning: string;
  adoptedOn: (date: string) => string;
  version: (n: number) => string;
  draft: string;
  nextReview: (monthYear: string) => string;
  collaboration: string;
  suspect: string;
  childBox: string;
  adultBox: string;
  officeHours: string;
  afterHours: string;
  allHours: string;
  noEntryPoints: string;
  noAfterHours: string;
  linkLabel: (channel: Channel, actor: string, audience: string, value: string) => string;
  emergency: string;
  emergencyLink: string;
  supportLine: string;
  mainRule: string;
  stepHeading: (n: number, title: string) => string;
  responsibilities: string;
  noResponsibilities: string;
  handsOverTo: string;
  handsOverToHeading: string;
  via: string;
  when: string;
  entryPoint: string;
  audience: Record<Audience, string>;
  forAudience: Record<Audience, string>;
  answersHeading: string;
  whoDoesWhat: string;
  diagramHeading: string;
  diagramTitle: string;
  diagramDesc: (actors: number, actions: number, handoffs: number) => string;
  /** the link to the picture on its own, where the page is too narrow to show it readably */
  diagramOpen: string;
  diagramTextAlternative: string;
  /** Above the Word file's flow table: how to read it. */
  diagramTableIntro: string;
  matrixCaption: string;
  actor: string;
  what: string;
  contact: string;
  contactPath: string;
  contactValue: string;
  hours: string;
  step: string;
  stepShort: (n: number) => string;
  rights: string;
  rightsIntro: string;
  right: Record<RightKey, { title: string; detail: string }>;
  securedBy: string;
  notSecured: string;
  contacts: string;
  channel: Record<Channel, string>;
  knowledge: string;
  lastChecked: (date: string) => string;
  goal: string;
  obstacles: string;
  remedy: string;
  noRemedy: string;
  responsible: string;
  followUp: string;
  method: string;
  indicators: string;
  everyMonths: (n: number) => string;
  frequency: string;
  nextReviewDate: string;
  timeline: string;
  phase: Record<Phase, string>;
  phaseHeading: string;
  planned: string;
  done: string;
  signOffs: string;
  organisation: string;
  representative: string;
  date: string;
  decisionReference: string;
  /** beside a sign-off a coordinator registered for the organisation (null: name unknown) */
  registeredBy: (name: string | null, organisation: string) => string;
  noSignOffs: string;
  footer: (parts: { version: string; hash: string | null; date: string | null }) => string;
  generated: (date: string) => string;
  page: (current: number, total: number) => string;
  actionKind: Record<ActionKind, string>;
  notFoundTitle: string;
  notFoundText: string;
  notFoundSignIn: string;
  notAdoptedYet: string;
  notAdoptedPreview: string;
  cardScan: string;
  cardMore: string;
  madeWith: string;
  /** the published page's meta description (search results, link previews) */
  pageDescription: (routine: string, collaboration: string) => string;
  /** the offline layer of the published page (service worker, installed app) */
  offline: OfflineLabels;
  /** the public national page *Rutiner i landet* */
  national: NationalLabels;
}

export interface NationalLabels {
  title: string;
  intro: string;
  empty: string;
  noArea: string;
  count: (n: number) => string;
  home: string;
  about: string;
  /** the page's meta description */
  description: string;
}

export interface OfflineLabels {
  checksum: (hash: string) => string;
  /** followed by the date and time the stored copy was fetched */
  fetched: string;
  savedCopy: string;
  updated: (version: number) => string;
  stale: string;
  /** the installed app's short name */
  shortName: string;
  description: string;
}

import { en } from './labels-en';
import { sv } from './labels-sv';

export const LABELS: Record<Lang, Labels> = { sv, en };

export const labelsFor = (lang: Lang): Labels => LABELS[lang];
