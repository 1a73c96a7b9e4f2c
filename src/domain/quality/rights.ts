import type { ActionKind } from '../../contracts/vocabularies';
import type { Localized, Rule } from './types';

/** A victim's right that step 5 secures through an action of one kind (DOMAIN.md, "Victims' rights"). */
interface Right {
  rule: string;
  kind: ActionKind;
  message: Localized;
  source: Localized;
}

const CETS = {
  sv: 'Europarådets konvention om bekämpande av människohandel (CETS 197)',
  en: 'Council of Europe Convention on Action against Trafficking in Human Beings (CETS 197)',
};

/**
 * Adding a right: one entry here. The source is shown to users beside the finding; take it
 * from DOMAIN.md and re-check it against the law before changing it.
 */
const RIGHTS: readonly Right[] = [
  {
    rule: 'right-police-report',
    kind: 'report_to_police',
    message: {
      sv: 'Steg 5 säger inte vem som polisanmäler brottet. Lägg till en åtgärd av typen polisanmälan: vem som anmäler, eller beslutar att inte anmäla, och hur polisen nås. Att förövare lagförs är en del av rutinens mål.',
      en: 'Step 5 does not say who reports the crime to the police. Add an action of the kind police report: who reports, or decides not to report, and how to reach the police. Prosecuting perpetrators is part of the routine’s goal.',
    },
    source: {
      sv: 'Manual vid misstanke om människohandel (MMM), steg 5 Straffrättsligt förfarande',
      en: 'Manual vid misstanke om människohandel (MMM, the Swedish referral mechanism), stage 5 Criminal proceedings',
    },
  },
  {
    rule: 'right-protection-assessment',
    kind: 'protection_assessment',
    message: {
      sv: 'Steg 5 säger inte vem som gör en skyddsbedömning. Lägg till en åtgärd av typen skyddsbedömning. Den utsatta har rätt till skydd. För ett barn ska socialtjänsten göra skyddsbedömningen genast, samma eller nästa dag efter en orosanmälan.',
      en: 'Step 5 does not say who makes a protection assessment. Add an action of the kind protection assessment. The victim has a right to protection. For a child, social services make the protection assessment at once, the same or the next day after a report of concern.',
    },
    source: { sv: `${CETS.sv}, art. 28`, en: `${CETS.en}, art. 28` },
  },
  {
    rule: 'right-emergency-assistance',
    kind: 'emergency_assistance',
    message: {
      sv: 'Steg 5 säger inte vem som ger akut bistånd. Lägg till en åtgärd av typen akut bistånd, till exempel tryggt boende, ekonomisk hjälp och akut sjukvård. Den utsatta har rätt till sådant grundläggande stöd.',
      en: 'Step 5 does not say who gives emergency assistance. Add an action of the kind emergency assistance, for example secure housing, financial help and emergency medical care. The victim has a right to such basic support.',
    },
    source: { sv: `${CETS.sv}, art. 12`, en: `${CETS.en}, art. 12` },
  },
  {
    rule: 'right-reflection-period',
    kind: 'reflection_period',
    message: {
      sv: 'Steg 5 säger inte vem som ansöker om betänketid. Lägg till en åtgärd av typen betänketid. En utländsk person som kan antas vara utsatt har rätt till ett tillfälligt uppehållstillstånd i 30 dagar för att återhämta sig och tänka över sin situation. Sedan 1 augusti 2022 kan socialnämnden ansöka, utan att det finns en polisutredning. En förundersökningsledare kan också ansöka. Migrationsverket beslutar, oftast inom några dagar.',
      en: 'Step 5 does not say who applies for a reflection period. Add an action of the kind reflection period. A foreign national who can be presumed to be a victim has a right to a 30-day temporary residence permit to recover and consider their situation. Since 1 August 2022 the social welfare board may apply, without a police investigation; a preliminary-investigation leader may too. The Migration Agency decides, usually within days.',
    },
    source: {
      sv: `Utlänningslagen 5 kap. 15 § andra stycket; ${CETS.sv}, art. 13`,
      en: `Aliens Act (utlänningslagen), chapter 5 section 15, second paragraph; ${CETS.en}, art. 13`,
    },
  },
  {
    rule: 'right-counsel',
    kind: 'counsel_for_injured_party',
    message: {
      sv: 'Steg 5 säger inte vem som ser till att den utsatta får ett målsägandebiträde. Lägg till en åtgärd av typen målsägandebiträde. Biträdet är gratis för den utsatta och bör utses före det första förhöret.',
      en: 'Step 5 does not say who makes sure the victim gets a counsel for the injured party (målsägandebiträde). Add an action of the kind counsel for the injured party. The counsel is free for the victim and is best appointed before the first interview.',
    },
    source: {
      sv: `Lag (1988:609) om målsägandebiträde; ${CETS.sv}, art. 12`,
      en: `Act on Counsel for the Injured Party (1988:609); ${CETS.en}, art. 12`,
    },
  },
  {
    rule: 'right-interpreter',
    kind: 'interpreter',
    message: {
      sv: 'Steg 5 säger inte hur ni ordnar tolk. Lägg till en åtgärd av typen tolk. Den utsatta har rätt till tolk och till information på ett språk hen förstår.',
      en: 'Step 5 does not say how you arrange an interpreter. Add an action of the kind interpreter. The victim has a right to an interpreter and to information in a language they understand.',
    },
    source: { sv: `${CETS.sv}, art. 12`, en: `${CETS.en}, art. 12` },
  },
  {
    rule: 'right-information',
    kind: 'rights_information',
    message: {
      sv: 'Steg 5 säger inte vem som berättar för den utsatta om hens rättigheter. Lägg till en åtgärd av typen information om rättigheter. Informationen ska ges tidigt och gälla tillfälligt uppehållstillstånd, skadestånd, tolk, målsägandebiträde och stödperson.',
      en: 'Step 5 does not say who tells the victim about their rights. Add an action of the kind rights information. The information should come early and cover temporary residence, damages, an interpreter, a counsel for the injured party and a support person.',
    },
    source: { sv: `${CETS.sv}, art. 12`, en: `${CETS.en}, art. 12` },
  },
];

/** One rule per right: step 5 has an action of the right's kind (a warning when it has none). */
export const RIGHTS_RULES: readonly Rule[] = RIGHTS.map(
  (right): Rule => ({
    id: right.rule,
    family: 'rights',
    check: ({ snapshot }) =>
      snapshot.actions.some((a) => a.step === 5 && a.kind === right.kind)
        ? []
        : [
            {
              rule: right.rule,
              severity: 'warning',
              message: right.message,
              target: { type: 'step', step: 5 },
              source: right.source,
            },
          ],
  }),
);
