import type { CatalogueOf } from './catalogue';

/** Utvärdering: review periods, the review meeting, Starta revidering, the lifecycle state. */
export const evaluationSv = {
  title: 'Utvärdering',
  intro:
    'Här följer ni upp hur rutinen fungerar i praktiken. För in mätvärdena från utvärderingsplanen, se återkopplingen från användningen och skriv vad uppföljningsmötet beslutade.',
  planTitle: 'Utvärderingsplanen',
  planEdit: 'Ändra utvärderingsplanen i steg 6',
  periodsTitle: 'Uppföljningar',
  empty: 'Inga uppföljningar är inlagda än.',
  emptyCoordinator: 'Inga uppföljningar är inlagda än. Lägg in den första nedan.',
  onlyCoordinators: 'Samordnarna lägger in uppföljningarna. Du kan läsa dem här.',
  next: {
    title: 'Nästa uppföljning',
    current:
      'Nästa uppföljning är {{date}}. Påminnelserna går ut 30 och 7 dagar före och när datumet har passerat.',
    rule_one:
      'När en ny version antas flyttas ett datum som redan har passerat, eller som hörde till den förra versionen, till antagandedagen plus {{count}} månad.',
    rule_other:
      'När en ny version antas flyttas ett datum som redan har passerat, eller som hörde till den förra versionen, till antagandedagen plus {{count}} månader.',
    label: 'Ändra datum för nästa uppföljning',
    save: 'Spara datumet',
    saved: 'Nästa uppföljning är nu {{date}}.',
    missing: 'Välj ett datum.',
    stale:
      'Utvärderingsplanen har ändrats av någon annan. Datumet visar nu det sparade – försök igen.',
    failed: 'Det gick inte att spara datumet. Försök igen, eller ändra det i steg 6.',
  },
  period: {
    heading: 'Uppföljning {{start}} – {{end}}',
    indicators: 'Mätvärden',
    noValues: 'Inga mätvärden inlagda.',
    noValue: 'inget värde',
    feedback_one: '{{count}} återkoppling kom in under perioden.',
    feedback_other: '{{count}} återkopplingar kom in under perioden.',
    feedbackLink: 'Läs periodens återkoppling',
    meeting: 'Uppföljningsmöte',
    meetingDate: 'Datum',
    noMeeting: 'Inget möte inlagt.',
    present: 'Organisationer som var med',
    nonePresent: 'Ingen angiven',
    decisions: 'Beslut',
    noDecisions: 'Inga beslut inlagda.',
    revisionStarted: 'Revideringen startade {{date}} från den här uppföljningen.',
  },
  form: {
    addTitle: 'Lägg in en uppföljning',
    start: 'Periodens första dag',
    end: 'Periodens sista dag',
    dateMissing: 'Välj ett datum',
    endBeforeStart: 'Sista dagen kan inte vara före den första',
    indicators: 'Mätvärden per indikator',
    valueHint: 'Ett tal eller en kort text, till exempel "7" eller "2 h median".',
    noIndicators:
      'Utvärderingsplanen har inga indikatorer än. Lägg till dem i steg 6 för att kunna föra in mätvärden.',
    meetingDate: 'Datum för uppföljningsmötet',
    meetingHint: 'Lämna tomt om mötet inte är hållet än.',
    present: 'Organisationer som var med på mötet',
    decisions: 'Beslut',
    decisionsHint: 'Vad mötet beslutade. Skriv inga uppgifter om enskilda personer.',
    tooLong: 'Texten får vara högst {{max}} tecken',
    add: 'Spara uppföljningen',
    save: 'Spara',
    cancel: 'Avbryt',
    edit: 'Ändra',
    added: 'Uppföljningen är sparad.',
    saved: 'Ändringen är sparad.',
    stale:
      'Någon annan har ändrat uppföljningen medan du skrev. Avbryt och öppna den igen för att se den sparade versionen.',
    personalData:
      'Texten ser ut att innehålla ett personnummer. Ta bort det, eller spara ändå om det inte är ett personnummer.',
    saveAnyway: 'Det är inget personnummer – spara ändå',
    invalid: 'Något av värdena godtogs inte. Kontrollera datumen och organisationerna.',
    failed: 'Det gick inte att spara. Försök igen.',
  },
  revision: {
    start: 'Starta revidering',
    confirmTitle: 'Starta revidering av version {{version}}?',
    confirmText:
      'Besluten från uppföljningen och återkopplingen som är ny, diskuteras eller ledde till ändring blir öppna kommentarer på stegen. Version {{version}} gäller och är publicerad tills en ny version är bekräftad.',
    started_one: 'Revideringen har startat. {{count}} öppen punkt finns nu på stegen.',
    started_other: 'Revideringen har startat. {{count}} öppna punkter finns nu på stegen.',
    conflict: 'En revidering pågår redan, eller rutinen är inte antagen.',
    failed: 'Det gick inte att starta revideringen. Försök igen.',
    needsAdoption: 'När rutinen är antagen kan samordnarna starta en revidering härifrån.',
  },
  lifecycle: {
    title: 'Rutinens läge',
    adopted: 'Antagen: version {{version}} antogs {{date}}.',
    in_use: 'I bruk: version {{version}} har gällt sedan {{date}}.',
    evaluation_due: 'Dags för uppföljning: nästa uppföljning är {{date}}.',
    overdue: 'Uppföljningen är försenad: den skulle ha gjorts {{date}}.',
    under_revision:
      'Under revidering sedan {{date}}. Version {{version}} gäller tills en ny version är bekräftad.',
    toEvaluation: 'Gå till utvärderingen',
  },
};

export const evaluationEn: CatalogueOf<typeof evaluationSv> = {
  title: 'Evaluation',
  intro:
    'Here you follow up how the routine works in practice. Enter the measurements from the evaluation plan, see the feedback from use and write down what the review meeting decided.',
  planTitle: 'The evaluation plan',
  planEdit: 'Change the evaluation plan in step 6',
  periodsTitle: 'Reviews',
  empty: 'No reviews have been entered yet.',
  emptyCoordinator: 'No reviews have been entered yet. Add the first one below.',
  onlyCoordinators: 'The coordinators enter the reviews. You can read them here.',
  next: {
    title: 'Next review',
    current:
      'The next review is on {{date}}. Reminders go out 30 and 7 days before and when the date has passed.',
    rule_one:
      'When a new version is adopted, a date that has already passed, or that belonged to the previous version, moves to the adoption day plus {{count}} month.',
    rule_other:
      'When a new version is adopted, a date that has already passed, or that belonged to the previous version, moves to the adoption day plus {{count}} months.',
    label: 'Change the date of the next review',
    save: 'Save the date',
    saved: 'The next review is now on {{date}}.',
    missing: 'Choose a date.',
    stale:
      'Someone else changed the evaluation plan. The date now shows what is saved – try again.',
    failed: 'Could not save the date. Try again, or change it in step 6.',
  },
  period: {
    heading: 'Review {{start}} – {{end}}',
    indicators: 'Measurements',
    noValues: 'No measurements entered.',
    noValue: 'no value',
    feedback_one: '{{count}} piece of feedback came in during the period.',
    feedback_other: '{{count}} pieces of feedback came in during the period.',
    feedbackLink: 'Read the feedback of the period',
    meeting: 'Review meeting',
    meetingDate: 'Date',
    noMeeting: 'No meeting entered.',
    present: 'Organisations present',
    nonePresent: 'None given',
    decisions: 'Decisions',
    noDecisions: 'No decisions entered.',
    revisionStarted: 'The revision started on {{date}} from this review.',
  },
  form: {
    addTitle: 'Enter a review',
    start: 'First day of the period',
    end: 'Last day of the period',
    dateMissing: 'Choose a date',
    endBeforeStart: 'The last day cannot be before the first',
    indicators: 'Measurement per indicator',
    valueHint: 'A number or a short text, for example "7" or "2 h median".',
    noIndicators:
      'The evaluation plan has no indicators yet. Add them in step 6 to enter measurements.',
    meetingDate: 'Date of the review meeting',
    meetingHint: 'Leave it empty if the meeting has not been held yet.',
    present: 'Organisations present at the meeting',
    decisions: 'Decisions',
    decisionsHint: 'What the meeting decided. Do not write anything about individuals.',
    tooLong: 'The text may be at most {{max}} characters',
    add: 'Save the review',
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Change',
    added: 'The review is saved.',
    saved: 'The change is saved.',
    stale:
      'Someone else changed the review while you were writing. Cancel and open it again to see the saved version.',
    personalData:
      'The text seems to contain a personal identity number. Remove it, or save anyway if it is not one.',
    saveAnyway: 'It is not a personal identity number – save anyway',
    invalid: 'One of the values was not accepted. Check the dates and the organisations.',
    failed: 'Could not save. Try again.',
  },
  revision: {
    start: 'Start a revision',
    confirmTitle: 'Start a revision of version {{version}}?',
    confirmText:
      'The decisions of the review and the feedback that is new, under discussion or led to a change become open comments on the steps. Version {{version}} stays in force and published until a new version is signed.',
    started_one: 'The revision has started. {{count}} open item is now on the steps.',
    started_other: 'The revision has started. {{count}} open items are now on the steps.',
    conflict: 'A revision is already under way, or the routine is not adopted.',
    failed: 'Could not start the revision. Try again.',
    needsAdoption: 'Once the routine is adopted, the coordinators can start a revision here.',
  },
  lifecycle: {
    title: 'Where the routine stands',
    adopted: 'Adopted: version {{version}} was adopted on {{date}}.',
    in_use: 'In use: version {{version}} has been in force since {{date}}.',
    evaluation_due: 'Review due: the next review is on {{date}}.',
    overdue: 'The review is overdue: it was due on {{date}}.',
    under_revision:
      'Under revision since {{date}}. Version {{version}} stays in force until a new version is signed.',
    toEvaluation: 'Go to the evaluation',
  },
};
