import { TIMELINE_PHASES_V1 } from './timeline-phases';
import type { Template } from './types';

/**
 * "Mall – rutin för enskilda ärenden", version 1, as data.
 *
 * Source: shared/seed/000_76f0a89f8b25f8fe.txt (a PDF text extraction). Questions are ordered by
 * their printed number, not by the extraction's column order. The seed's known defects are
 * mended (step 2 q1 "Hem" → "Vem", step 2 q3 punctuation, step 4 intro's missing "är");
 * otherwise the Swedish wording follows the seed, in sentence case instead of ALL CAPS.
 * Hints are Samrutin's own guidance, drawn from shared/DOMAIN.md.
 */
export const TEMPLATE_V1: Template = {
  id: 'samrutin-mall-enskilda-arenden',
  version: '1',
  title: {
    sv: 'Mall – rutin för enskilda ärenden',
    en: 'Template – routine for individual cases',
  },
  purpose: {
    sv: 'Använd mallen för att arbeta tillsammans mot en gemensam rutin för att hantera enskilda ärenden som berör människohandel och prostitution.',
    en: 'Use the template to work together towards a joint routine for handling individual cases of human trafficking and prostitution.',
  },
  instruction: {
    sv: 'Var noga med att identifiera vilken aktör som ska göra vad i varje steg och hur den organisationen skall kontaktas.',
    en: 'Take care to identify which actor is to do what in each step, and how that organisation is to be contacted.',
  },
  steps: [
    {
      number: 1,
      key: 'goal',
      title: { sv: 'Formulera målet', en: 'Set the goal' },
      intro: {
        sv: 'I målet med lokal gemensam rutin för enskilda ärenden bör det ingå att brottsoffer får tillgång till sina rättigheter samt att förövarna lagförs. Detta kan formuleras på olika sätt och ingå i en större målbild för ert arbete.',
        en: 'The goal of a joint local routine for individual cases should include that victims of crime gain access to their rights and that the perpetrators are prosecuted. This can be worded in different ways and can be part of a wider vision for your work.',
      },
      tip: {
        sv: 'Ta hjälp av avsnittet om brottsoffrens rättigheter i det nationella Kunskapsstödet.',
        en: 'Draw on the section on victims’ rights in the national knowledge support (Kunskapsstödet).',
      },
      hasActions: false,
      questions: [
        {
          id: 's1.q1',
          number: 1,
          text: {
            sv: 'Vad ska er lokala rutin leda till? Formulera ett övergripande mål för en gemensam lokal process.',
            en: 'What should your local routine lead to? Set an overall goal for a joint local process.',
          },
          hint: {
            sv: 'Skriv målet i en eller två meningar. Tänk på att brottsoffer ska få tillgång till sina rättigheter och att förövare ska lagföras.',
            en: 'Write the goal in one or two sentences. Keep in mind that victims should gain access to their rights and that perpetrators should be prosecuted.',
          },
        },
        {
          id: 's1.q2',
          number: 2,
          text: {
            sv: 'Vad krävs av samverkansparterna?',
            en: 'What is required of the collaborating partners?',
          },
          hint: {
            sv: 'Till exempel ett beslut i varje organisation, tid att delta och en funktion som går att kontakta.',
            en: 'For example a decision in each organisation, time to take part, and a function that can be contacted.',
          },
        },
        {
          id: 's1.q3',
          number: 3,
          text: {
            sv: 'Vad innebär det för olika aktörer i praktiken?',
            en: 'What does this mean in practice for the different actors?',
          },
          hint: {
            sv: 'Beskriv för varje aktör vad målet betyder i det dagliga arbetet, till exempel vem som tar emot en orosanmälan om ett barn.',
            en: 'For each actor, describe what the goal means in day-to-day work, for example who receives a report of concern about a child.',
          },
        },
      ],
    },
    {
      number: 2,
      key: 'detect',
      title: { sv: 'Upptäcka brottet', en: 'Detect the crime' },
      intro: {
        sv: 'Olika aktörer har olika förutsättningar och möjligheter att upptäcka brott. Ta fram underlaget från branschövningen ni utförde under steg 6 i det nationella Kunskapsstödet (inte steg 6 i den här rutinen). Diskutera sedan frågorna nedan.',
        en: 'Different actors have different conditions and opportunities for detecting crime. Bring out the material from the sector exercise (branschövningen) you carried out in step 6 of the national knowledge support (Kunskapsstödet; not step 6 of this routine). Then discuss the questions below.',
      },
      hasActions: true,
      questions: [
        {
          id: 's2.q1',
          number: 1,
          text: {
            sv: 'Vem, hur och var kan den initiala kontakten med utsatta personer och situationer ske?',
            en: 'Who can make the first contact with affected people and situations, and how and where can it happen?',
          },
          hint: {
            sv: 'Tänk brett: socialtjänsten, polisen, hälso- och sjukvården, skolan, Migrationsverket och ideella organisationer kan alla möta utsatta personer.',
            en: 'Think broadly: social services, the police, health care, schools, the Migration Agency and civil-society organisations can all meet affected people.',
          },
        },
        {
          id: 's2.q2',
          number: 2,
          text: {
            sv: 'På vilka sätt kan aktörerna agera redan idag?',
            en: 'In what ways can the actors already act today?',
          },
          hint: {
            sv: 'Utgå från det som redan fungerar, till exempel att skola, hälso- och sjukvård och socialtjänst måste göra en orosanmälan när de oroar sig för ett barn.',
            en: 'Start from what already works, for example the duty of schools, health care and social services to report concern about a child.',
          },
        },
        {
          id: 's2.q3',
          number: 3,
          text: {
            sv: 'Gör aktörerna det? Varför / varför inte?',
            en: 'Do the actors do so? Why / why not?',
          },
          hint: {
            sv: 'Skriv ner både det som hjälper och det som hindrar, till exempel kunskap, tid eller frågor om sekretess.',
            en: 'Write down both what helps and what holds back, for example knowledge, time or questions of confidentiality.',
          },
        },
        {
          id: 's2.q4',
          number: 4,
          text: {
            sv: 'Finns det alternativa sätt att agera?',
            en: 'Are there other ways to act?',
          },
          hint: {
            sv: 'Till exempel att rådfråga regionkoordinatorn eller Jämställdhetsmyndighetens stödtelefon för yrkesverksamma.',
            en: 'For example asking the regional coordinator, or the Swedish Gender Equality Agency’s support line for professionals, for advice.',
          },
        },
        {
          id: 's2.q5',
          number: 5,
          text: {
            sv: 'Hur kan ni tillgodose behov, hantera svårigheter och ta vara på möjligheter som olika aktörer har för att det skall leda till en kedja av händelser mot rutinens mål?',
            en: 'How can you meet the needs, handle the difficulties and make use of the opportunities that the different actors have, so that together they lead to a chain of events towards the goal of the routine?',
          },
          hint: {
            sv: 'Beskriv vem som gör vad och vem som tar över härnäst, så att det blir en kedja från upptäckt till rutinens mål.',
            en: 'Describe who does what and who takes over next, so that there is an unbroken chain from detection to the goal of the routine.',
          },
        },
      ],
    },
    {
      number: 3,
      key: 'entry',
      title: { sv: 'Kontaktväg in', en: 'Entry point' },
      intro: {
        sv: "Härigenom börjar det som i andra europeiska länder kallas för 'first response' vilket handlar om att kunna agera snabbt i den akuta situationen för att hjälpa och lagföra brottet.",
        en: "This is where what other European countries call 'first response' begins: being able to act quickly in the acute situation, to help and to bring the crime to prosecution.",
      },
      tip: {
        sv: 'Se avsnitt "Nationellt och regionalt stöd för yrkesverksamma" i det nationella Kunskapsstödet om regionkoordinatorernas roll som stöd i ärenden, samt Jämställdhetsmyndighetens rådgivningstelefon.',
        en: 'See the section "Nationellt och regionalt stöd för yrkesverksamma" (national and regional support for professionals) in the national knowledge support (Kunskapsstödet) on the regional coordinators’ role in supporting cases, and the Swedish Gender Equality Agency’s advice line.',
      },
      hasActions: true,
      questions: [
        {
          id: 's3.q1',
          number: 1,
          text: {
            sv: 'Vem ska de som upptäcker människohandel och prostitution kontakta? Fundera på om det ska finnas en eller flera ingångar, t.ex. för barn och vuxna.',
            en: 'Whom should those who detect human trafficking and prostitution contact? Consider whether there should be one entry point or several, e.g. for children and for adults.',
          },
          hint: {
            sv: 'Överväg olika ingångar för barn och för vuxna, och en väg in på kvällar, nätter och helger, till exempel socialjouren eller polisen på 112. Skriv funktioner, inte namn på personer.',
            en: 'Consider separate entry points for children and for adults, and a way in for evenings, nights and weekends, for example the after-hours social services (socialjouren) or the police on 112. Name functions, not individual people.',
          },
        },
        {
          id: 's3.q2',
          number: 2,
          text: {
            sv: 'Vad ska hända när kontakten tas?',
            en: 'What should happen when contact is made?',
          },
          hint: {
            sv: 'Beskriv de första timmarna: vem bedömer läget, vem ordnar akut skydd och vem kontaktas sedan.',
            en: 'Describe the first hours: who assesses the situation, who arranges acute protection and who is contacted next.',
          },
        },
        {
          id: 's3.q3',
          number: 3,
          text: {
            sv: 'Vilket förberedelsearbete kan ske för att brottsoffrens rättigheter och intressen skall tillvaratas?',
            en: 'What preparatory work can be done so that the rights and interests of victims are safeguarded?',
          },
          hint: {
            sv: 'Till exempel aktuella kontaktuppgifter, tillgång till tolk och information om rättigheterna på ett språk som brottsoffret förstår.',
            en: 'For example up-to-date contact details, access to interpreters, and information on rights in a language the victim understands.',
          },
        },
        {
          id: 's3.q4',
          number: 4,
          role: 'obstacles',
          text: { sv: 'Vilka hinder finns?', en: 'What obstacles are there?' },
          hint: {
            sv: 'Till exempel att ingen svarar efter kontorstid, oklart ansvar eller frågor om sekretess.',
            en: 'For example nobody answering after office hours, unclear responsibilities, or questions of confidentiality.',
          },
        },
        {
          id: 's3.q5',
          number: 5,
          role: 'remedies',
          text: { sv: 'Hur kan ni överkomma hindren?', en: 'How can you overcome the obstacles?' },
          hint: {
            sv: 'Skriv en lösning för varje hinder och vem som ansvarar för den.',
            en: 'Write a solution for each obstacle, and who is responsible for it.',
          },
        },
      ],
    },
    {
      number: 4,
      key: 'first_contact',
      title: { sv: 'Första kontakten', en: 'First contact' },
      intro: {
        sv: 'Vid den initiala direkta kontakten med en utsatt person eller situation som kan handla om människohandel och prostitution finns det ofta många olika perspektiv och intressen att tillvarata för rättsvårdande och stödjande organisationer. Varje ärende och situation är unik.',
        en: 'At the first direct contact with an affected person, or a situation that may involve human trafficking and prostitution, there are often many different perspectives and interests for law-enforcement and support organisations to safeguard. Every case and every situation is unique.',
      },
      tip: {
        sv: 'Det är bara att formulera en huvudregel för hur ni vill agera även om det kan finnas undantag och nyanser i hur ni arbetar. En rutin behöver vara enkel och tydlig för att förstås av alla som ska använda den.',
        en: 'Just set out a main rule for how you want to act, even though there may be exceptions and nuances in how you work. A routine needs to be simple and clear to be understood by everyone who is to use it.',
      },
      hasActions: true,
      questions: [
        {
          id: 's4.q1',
          number: 1,
          text: {
            sv: 'Vad ska hända vid den initiala kontakten med en person eller situation som kan beröra människohandel och prostitution?',
            en: 'What should happen at the first contact with a person or situation that may involve human trafficking and prostitution?',
          },
          hint: {
            sv: 'Formulera en huvudregel. Kan personen vara ett barn ska socialtjänsten alltid kontaktas, och en person med oklar ålder ska behandlas som ett barn.',
            en: 'Set out a main rule. If the person may be a child, social services must always be contacted, and a person whose age is uncertain is to be treated as a child.',
          },
        },
        {
          id: 's4.q2',
          number: 2,
          role: 'obstacles',
          text: { sv: 'Vilka hinder finns?', en: 'What obstacles are there?' },
          hint: {
            sv: 'Till exempel språkhinder, att det är oklart vem som ska agera eller att rätt funktion inte går att nå.',
            en: 'For example language barriers, uncertainty about who should act, or the right function being out of reach.',
          },
        },
        {
          id: 's4.q3',
          number: 3,
          role: 'remedies',
          text: { sv: 'Hur kan ni överkomma hindren?', en: 'How can you overcome the obstacles?' },
          hint: {
            sv: 'Skriv en lösning för varje hinder, till exempel tolk, en tydlig ansvarsfördelning eller ett nummer som alltid svarar.',
            en: 'Write a solution for each obstacle, for example an interpreter, a clear division of responsibilities, or a number that always answers.',
          },
        },
      ],
    },
    {
      number: 5,
      key: 'protection',
      title: { sv: 'Skydd, stöd och lagföring', en: 'Protection, support and prosecution' },
      intro: {
        sv: 'Efter en initial kontakt med en utsatt person eller situation behöver många olika saker ofta hända. Det kan handla om att upprätta en anmälan, att göra en skyddsbedömning och skyddsplacering, att ansöka om akut bistånd, att ansöka om betänketid för brottsoffer med mera och arbetet kommer behöva pågå över tid.',
        en: 'After a first contact with an affected person or situation, many different things often need to happen. This may mean making a report (to the police or social services), making a protection assessment and a protective placement, applying for emergency assistance, applying for a reflection period for the victim, and more – and the work will need to continue over time.',
      },
      tip: {
        sv: 'Använd kunskapsbanken ni satt ihop under steg 4 i det nationella Kunskapsstödet (inte steg 4 i den här rutinen). Titta på vilka verktyg ni har och vilka kontaktuppgifter till olika organisationer som ni vill ha tillgängliga för att utföra rutinen.',
        en: 'Use the knowledge bank you put together in step 4 of the national knowledge support (Kunskapsstödet; not step 4 of this routine). Look at which tools you have, and which contact details for different organisations you want to have at hand to carry out the routine.',
      },
      hasActions: true,
      questions: [
        {
          id: 's5.q1',
          number: 1,
          text: {
            sv: 'Vad händer efter den initiala kontakten?',
            en: 'What happens after the first contact?',
          },
          hint: {
            sv: 'Tänk på anmälan, skyddsbedömning, skyddsplacering, akut bistånd och betänketid. Skriv vem som gör vad och i vilken ordning.',
            en: 'Think of the police report, protection assessment, protective placement, emergency assistance and reflection period. Write who does what, and in which order.',
          },
        },
        {
          id: 's5.q2',
          number: 2,
          text: {
            sv: 'Hur ser samverkan ut?',
            en: 'What does the collaboration look like?',
          },
          hint: {
            sv: 'Beskriv vem som håller ihop ärendet och hur ni delar information. Regionkoordinatorn kan samordna myndigheterna, i ett enskilt ärende med brottsoffrets samtycke.',
            en: 'Describe who holds the case together and how information is shared. The regional coordinator can coordinate the authorities; in an individual case, with the victim’s consent.',
          },
        },
        {
          id: 's5.q3',
          number: 3,
          text: {
            sv: 'Hur tillvaratas brottsoffrets rättigheter fortsatt?',
            en: 'How are the victim’s rights safeguarded from then on?',
          },
          hint: {
            sv: 'Tänk på betänketid (30 dagar), målsägandebiträde (helst innan första förhöret), tolk och tidig information om rättigheterna, till exempel skadestånd och stödperson.',
            en: 'Think of the reflection period (betänketid, 30 days), counsel for the injured party (målsägandebiträde, ideally appointed before the first interview), an interpreter, and early information on rights such as damages and a support person.',
          },
        },
      ],
    },
    {
      number: 6,
      key: 'follow_up',
      title: { sv: 'Uppföljning och utveckling', en: 'Follow-up and development' },
      intro: {
        sv: 'Det är förmodligen så att den rutin ni tar fram kommer behöva uppdateras så snart ni börjar använda den, för ni kommer upptäcka vad ni missat eller vad som inte fungerar. Det är helt ok. Med den medvetenheten är det viktigt att se rutinen som dynamisk och ha ett tankesätt kring hur ni utvärderar och uppdaterar den.',
        en: 'The routine you draw up will most likely need updating as soon as you start using it, because you will discover what you have missed or what does not work. That is perfectly fine. With that in mind, it is important to see the routine as dynamic and to have a way of thinking about how you evaluate and update it.',
      },
      hasActions: false,
      questions: [
        {
          id: 's6.q1',
          number: 1,
          text: {
            sv: 'Hur ska ni utvärdera rutinen och dess användning?',
            en: 'How will you evaluate the routine and how it is used?',
          },
          hint: {
            sv: 'Bestäm metod, vad som ska mätas, vem som ansvarar, hur ofta och när nästa utvärdering görs.',
            en: 'Decide on the method, what to measure, who is responsible, how often, and when the next evaluation takes place.',
          },
        },
      ],
    },
  ],
  timeline: {
    title: { sv: 'Tidslinje', en: 'Timeline' },
    text: {
      sv: 'Skissa på en grov tidslinje för ert arbete med upprättande av, implementering, test och utvärdering av rutinen. Markera var ni befinner er just nu. Återkom regelbundet till tidslinjen för en överblick över hur ni följer planen tidsmässigt.',
      en: 'Sketch a rough timeline for your work on establishing, implementing, testing and evaluating the routine. Mark where you are right now. Come back to the timeline regularly for an overview of how you are keeping to the schedule.',
    },
    phases: TIMELINE_PHASES_V1,
  },
  confirmation: {
    title: { sv: 'Bekräftelsen', en: 'Confirmation' },
    intro: {
      sv: 'För att rutinen skall kunna implementeras krävs det beslut inom era respektive organisationer. När det finns, be en representant för varje organisation att symboliskt skriva under.',
      en: 'For the routine to be implemented, a decision is needed within each of your organisations. Once it is in place, ask a representative of each organisation to sign, as a symbolic act.',
    },
    fields: [
      { key: 'date', label: { sv: 'Datum', en: 'Date' } },
      { key: 'organisation', label: { sv: 'Organisation', en: 'Organisation' } },
      { key: 'representative', label: { sv: 'Representant', en: 'Representative' } },
      { key: 'signature', label: { sv: 'Signatur', en: 'Signature' } },
    ],
  },
};
