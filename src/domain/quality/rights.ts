import { citeAll, LEGAL_SOURCES } from '../legal-sources';
import { actionsSecuring, RIGHT_ACTION_KINDS } from '../rights';
import { anyMatches, stepTexts } from './text-match';
import type { Localized, Rule } from './types';

/**
 * A victim's right that steps 3–5 secure through an action of some kinds (DOMAIN.md,
 * "Victims' rights"). The kinds come from domain/rights.ts, which the published rights
 * checklist uses too: the check and the page always agree.
 */
interface Right {
  rule: string;
  kinds: readonly string[];
  message: Localized;
  source: Localized;
}

const S = LEGAL_SOURCES;

/**
 * Adding a right: one entry here. Every sentence that states a law or a fact rests on the
 * source beside it (src/domain/legal-sources.ts, docs/legal-sources.md); re-check it there
 * before changing it.
 */
const RIGHTS: readonly Right[] = [
  {
    rule: 'right-police-report',
    kinds: ['report_to_police'],
    message: {
      sv: 'Stegen 3–5 säger inte vem som polisanmäler brottet. Lägg till en åtgärd av typen polisanmälan i steg 5: vem som anmäler, eller beslutar att inte anmäla, och hur polisen nås. Att förövare lagförs är en del av rutinens mål.',
      en: 'Steps 3–5 do not say who reports the crime to the police. Add an action of the kind police report in step 5: who reports, or decides not to report, and how to reach the police. Prosecuting perpetrators is part of the routine’s goal.',
    },
    source: S.mmmCriminal.cite,
  },
  {
    rule: 'right-protection-assessment',
    kinds: RIGHT_ACTION_KINDS.protection_assessment,
    message: {
      sv: 'Stegen 3–5 säger inte vem som gör en skyddsbedömning. Lägg till en åtgärd av typen skyddsbedömning. Den utsatta har rätt till skydd. När en orosanmälan om ett barn kommer in ska socialtjänsten genast bedöma om barnet behöver skydd.',
      en: 'Steps 3–5 do not say who makes a protection assessment. Add an action of the kind protection assessment. The victim has a right to protection. When a report of concern about a child comes in, social services assess at once whether the child needs protection.',
    },
    source: citeAll(S.cetsProtection, S.socialServicesAct),
  },
  {
    rule: 'right-emergency-assistance',
    kinds: RIGHT_ACTION_KINDS.emergency_assistance,
    message: {
      sv: 'Stegen 3–5 säger inte vem som ger akut bistånd. Lägg till en åtgärd av typen akut bistånd eller skyddsplacering, till exempel tryggt boende, ekonomisk hjälp och akut sjukvård. Den utsatta har rätt till sådant grundläggande stöd.',
      en: 'Steps 3–5 do not say who gives emergency assistance. Add an action of the kind emergency assistance or protective placement, for example safe housing, financial help and emergency medical care. The victim has a right to such basic support.',
    },
    source: S.cetsAssistance.cite,
  },
  {
    rule: 'right-reflection-period',
    kinds: RIGHT_ACTION_KINDS.reflection_period,
    message: {
      // Source: utlänningslagen 5 kap. 15 § (can be granted, 30 days, who applies); CETS art. 13.
      sv: 'Stegen 3–5 säger inte vem som ansöker om betänketid. Lägg till en åtgärd av typen betänketid. En person utan uppehållstillstånd som kan antas vara utsatt för människohandel eller människoexploatering kan beviljas ett tillfälligt uppehållstillstånd i 30 dagar, för att återhämta sig och ta ställning till om hen vill medverka i en brottsutredning. Förundersökningsledaren ansöker, eller sedan 1 augusti 2022 socialnämnden, och då behövs ingen förundersökning. Migrationsverket beslutar.',
      en: 'Steps 3–5 do not say who applies for a reflection period. Add an action of the kind reflection period. A person without a residence permit who may be a victim of human trafficking or human exploitation can be granted a 30-day temporary residence permit, to recover and decide whether to take part in a criminal investigation. The head of the preliminary investigation applies or, since 1 August 2022, the social welfare board, and then no preliminary investigation is needed. The Migration Agency decides.',
    },
    source: citeAll(S.reflectionPeriod, S.cetsReflection),
  },
  {
    rule: 'right-counsel',
    kinds: RIGHT_ACTION_KINDS.counsel_for_injured_party,
    message: {
      sv: 'Stegen 3–5 säger inte vem som ser till att den utsatta får ett målsägandebiträde. Lägg till en åtgärd av typen målsägandebiträde. Biträdet kostar inget för den utsatta och bör utses tidigt, helst före första förhöret.',
      en: 'Steps 3–5 do not say who makes sure the victim gets a counsel for the injured party (målsägandebiträde). Add an action of the kind counsel for the injured party. The counsel costs the victim nothing and is best appointed early, before the first interview.',
    },
    source: citeAll(S.counsel, S.cetsLegalAid),
  },
  {
    rule: 'right-interpreter',
    kinds: RIGHT_ACTION_KINDS.interpreter,
    message: {
      sv: 'Stegen 3–5 säger inte hur ni ordnar tolk. Lägg till en åtgärd av typen tolk. Den utsatta har rätt till tolk och till information på ett språk hen förstår.',
      en: 'Steps 3–5 do not say how you arrange an interpreter. Add an action of the kind interpreter. The victim has a right to an interpreter and to information in a language they understand.',
    },
    source: S.cetsAssistance.cite,
  },
  {
    rule: 'right-information',
    kinds: RIGHT_ACTION_KINDS.rights_information,
    message: {
      sv: 'Stegen 3–5 säger inte vem som berättar för den utsatta om hens rättigheter. Lägg till en åtgärd av typen information om rättigheter. Informationen ska ges tidigt och gälla tillfälligt uppehållstillstånd, skadestånd, tolk, målsägandebiträde och stödperson.',
      en: 'Steps 3–5 do not say who tells the victim about their rights. Add an action of the kind rights information. The information should come early and cover temporary residence, damages, an interpreter, a counsel for the injured party and a support person.',
    },
    source: S.cetsAssistance.cite,
  },
];

/** One rule per right: some action in steps 3–5 secures it (a warning when none does). */
export const RIGHT_RULES: readonly Rule[] = RIGHTS.map(
  (right): Rule => ({
    id: right.rule,
    family: 'rights',
    check: ({ snapshot }) =>
      actionsSecuring(snapshot, right.kinds).length > 0
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

/** "Regardless of", "not conditional on" …, in compact form (text-match.ts). */
const UNCONDITIONAL =
  /oavsett|inteberoende|oberoende|intevillkor|utanvillkor|utankrav|intekrav|ingetkrav|inteettvillkor|intekräv|villkorslös|regardless|notconditional|notdepend|independent|withoutrequiring|notrequire/;
/** Taking part in the investigation or trial. */
const COOPERATION =
  /polisanmä|anmäl|medverk|vittn|samarbet|utredning|förundersök|rättegång|rättsprocess|straffprocess|witness|cooperat|investigation|trial|report|prosecution|criminalproceed/;

/**
 * CETS 197 art. 12.6: an adult's support does not depend on their taking part in an
 * investigation or trial. Steps 3–5 say so somewhere, in one text (an answer, an action, an
 * obstacle or the main rule) that names both the condition and the cooperation.
 */
export const adultSupportUnconditional: Rule = {
  id: 'adult-support-unconditional',
  family: 'rights',
  check: ({ snapshot }) => {
    const concernsAdults = snapshot.actions.some(
      (a) => a.audience === 'adults' || a.audience === 'all',
    );
    if (!concernsAdults) return [];
    const said = stepTexts(snapshot, [3, 4, 5]).some(
      (t) => anyMatches([t], UNCONDITIONAL) && anyMatches([t], COOPERATION),
    );
    if (said) return [];
    return [
      {
        rule: 'adult-support-unconditional',
        severity: 'warning',
        message: {
          sv: 'Ingen text i steg 3–5 säger att en vuxen får stöd oavsett om hen medverkar i en utredning eller rättegång. Skriv det i en åtgärd i steg 5, till exempel: ”Socialtjänsten ger stöd och skydd oavsett om personen vill polisanmäla eller medverka i utredningen.”',
          en: 'Nothing in steps 3–5 says that an adult gets support whether or not they take part in an investigation or trial. Write it in an action in step 5, for example: “Social services give support and protection regardless of whether the person wants to report to the police or take part in the investigation.”',
        },
        target: { type: 'step', step: 5 },
        source: S.cetsUnconditional.cite,
      },
    ];
  },
};

export const RIGHTS_RULES: readonly Rule[] = [...RIGHT_RULES, adultSupportUnconditional];
