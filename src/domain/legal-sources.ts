import type { Localized } from '../contracts/common';

/**
 * Every law, convention article and public page a statement in the product rests on, with the
 * date it was last checked against the source. Findings, the published page, the exports and
 * the national resources cite these entries by key, so that a review reads one list:
 * docs/legal-sources.md holds the same entries as a table (a unit test keeps the two in step).
 *
 * Changing a statement: re-read the source, change the text where it is used, update
 * `checked` here and the row in docs/legal-sources.md.
 */
export interface LegalSource {
  /** Stable key, kebab-case; the table in docs/legal-sources.md names it. */
  key: string;
  /** The citation as shown to users, in Swedish and English. */
  cite: Localized;
  /** The page that states it (a public source); null for the act's own text in SFS. */
  url: string | null;
  /** YYYY-MM-DD: the date the statement was last checked against the source. */
  checked: string;
}

const CHECKED = '2026-12-01';
/** Re-read against the linked page on this date (docs/legal-sources.md says how). */
const VERIFIED = '2026-12-02';

const CETS_SV = 'Europarådets konvention om bekämpande av människohandel (CETS 197)';
const CETS_EN =
  'Council of Europe Convention on Action against Trafficking in Human Beings (CETS 197)';
const CETS_URL = 'https://rm.coe.int/168008371d';

const cets = (key: string, article: string): LegalSource => ({
  key,
  cite: { sv: `${CETS_SV}, art. ${article}`, en: `${CETS_EN}, art. ${article}` },
  url: CETS_URL,
  checked: CHECKED,
});

export const LEGAL_SOURCES = {
  /** Assistance: housing, material and psychological help, emergency medical care, interpreter, information (art. 12.1). */
  cetsAssistance: cets('cets-12-1', '12.1'),
  /** Assistance to a victim is not conditional on their willingness to act as a witness (art. 12.6). */
  cetsUnconditional: cets('cets-12-6', '12.6'),
  /** Presumption of childhood where there are reasons to believe the victim is a child (art. 10.3). */
  cetsPresumedChild: cets('cets-10-3', '10.3'),
  /** An unaccompanied child is represented by a legal guardian (art. 10.4 a). */
  cetsGuardian: cets('cets-10-4', '10.4'),
  /** Recovery and reflection period of at least 30 days (art. 13). */
  cetsReflection: cets('cets-13', '13'),
  /** Right to legal assistance and free legal aid (art. 15.2). */
  cetsLegalAid: cets('cets-15-2', '15.2'),
  /** Protection of victims, witnesses and those who collaborate with the judicial authorities (art. 28). */
  cetsProtection: cets('cets-28', '28'),
  /** 5 kap. 15 § utlänningslagen: a temporary permit can be granted for a reflection period (30 days). */
  reflectionPeriod: {
    key: 'utl-5-15',
    cite: {
      sv: 'Utlänningslagen (2005:716) 5 kap. 15 §',
      en: 'Aliens Act (utlänningslagen, 2005:716), chapter 5 section 15',
    },
    url: 'https://www.migrationsverket.se/Andra-aktorer/Socialnamnden.html',
    checked: VERIFIED,
  },
  /** Lag (1988:609) om målsägandebiträde: counsel for the injured party, paid by the state. */
  counsel: {
    key: 'lag-1988-609',
    cite: {
      sv: 'Lag (1988:609) om målsägandebiträde',
      en: 'Act on Counsel for the Injured Party (lag 1988:609 om målsägandebiträde)',
    },
    url: null,
    checked: CHECKED,
  },
  /** The new Social Services Act, in force 1 July 2025: the duty to report concern about a child. */
  socialServicesAct: {
    key: 'sol-2025-400',
    cite: {
      sv: 'Socialtjänstlagen (2025:400), anmälningsskyldighet vid oro för barn',
      en: 'Social Services Act (socialtjänstlagen 2025:400), duty to report concern for a child',
    },
    url: null,
    checked: CHECKED,
  },
  /** Lag (2005:429) om god man för ensamkommande barn. */
  guardianAct: {
    key: 'lag-2005-429',
    cite: {
      sv: 'Lag (2005:429) om god man för ensamkommande barn',
      en: 'Act on Guardians for Unaccompanied Children (lag 2005:429 om god man för ensamkommande barn)',
    },
    url: null,
    checked: CHECKED,
  },
  /** MMM, the national referral mechanism: stage 5 criminal proceedings. */
  mmmCriminal: {
    key: 'mmm-5',
    cite: {
      sv: 'Manual vid misstanke om människohandel (MMM), steg 5 Straffrättsligt förfarande',
      en: 'Manual vid misstanke om människohandel (MMM, the Swedish referral mechanism), stage 5 Criminal proceedings',
    },
    // The manual's own overview ("Om manualen": six steps, step 5 the criminal proceedings).
    url: 'https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-manniskohandel/om-manualen/',
    checked: CHECKED,
  },
  /** The national support line for professionals, 020-390 000, and NMT. */
  supportLine: {
    key: 'jamy-stodtelefon',
    cite: {
      sv: 'jamstalldhetsmyndigheten.se, ”Stödtelefon och nationellt metodstödsteam (NMT)”',
      en: 'jamstalldhetsmyndigheten.se, “Stödtelefon och nationellt metodstödsteam (NMT)”',
    },
    url: 'https://jamstalldhetsmyndigheten.se/mans-vald-mot-kvinnor/prostitution-och-manniskohandel/stodtelefon-och-nationellt-metodstodsteam-nmt/',
    checked: VERIFIED,
  },
  /** The regional coordinators against prostitution and trafficking. */
  regionalCoordinators: {
    key: 'nspm-regionkoordinatorer',
    cite: {
      sv: 'Manual vid misstanke om människohandel (MMM), steg 2 Akut skydd, 2.1 Kontakt med regionkoordinator',
      en: 'Manual vid misstanke om människohandel (MMM), stage 2 Acute protection, 2.1 Contact with a regional coordinator',
    },
    // The page that states it: with the victim's consent in the case, without it for general advice.
    url: 'https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-manniskohandel/akut-skydd/',
    checked: VERIFIED,
  },
  /** Kvinnofridslinjen: 020-50 50 50, open all hours, also for relatives and professionals. */
  kvinnofridslinjen: {
    key: 'kvinnofridslinjen',
    cite: {
      sv: 'Nationellt centrum för kvinnofrid (NCK), ”Kvinnofridslinjen ger stöd per telefon”',
      en: 'National Centre for Knowledge on Men’s Violence Against Women (NCK), “Kvinnofridslinjen ger stöd per telefon”',
    },
    // NCK runs the line; this page states all hours, free, relatives and professionals welcome.
    url: 'https://nck.uu.se/kvinnofridslinjen/kvinnofridslinjen-ger-stod-per-telefon/',
    checked: VERIFIED,
  },
} as const satisfies Record<string, LegalSource>;

export type LegalSourceName = keyof typeof LEGAL_SOURCES;

/** Several citations as one line: "A; B". */
export function citeAll(...sources: LegalSource[]): Localized {
  return {
    sv: sources.map((s) => s.cite.sv).join('; '),
    en: sources.map((s) => s.cite.en).join('; '),
  };
}
