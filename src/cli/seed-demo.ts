import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { CreateAction } from '../contracts/actions';
import type { ServiceContext } from '../server/core/context';
import { createAction } from '../server/modules/actions/actions.service';
import { createActor } from '../server/modules/actors/actors.service';
import { createCollaboration } from '../server/modules/collaborations/collaborations.service';
import { createObstacle } from '../server/modules/obstacles/obstacles.service';
import {
  createRoutine,
  patchRoutine,
  saveAnswer,
} from '../server/modules/routines/routines.service';

export const DEMO_EMAIL = 'demo@exempelkommun.se';

/** The demo routine's answers: a group that has worked through steps 1–4 and begun step 5. */
const DEMO_ANSWERS: Record<string, string> = {
  's1.q1':
    'Alla som utsätts för människohandel eller prostitution i Exempelkommun ska snabbt få skydd, stöd och tillgång till sina rättigheter, och brotten ska anmälas och utredas så att förövarna lagförs.',
  's1.q2':
    'Att varje organisation utser en funktion som ansvarar för rutinen, att vi delar kontaktvägar och håller dem aktuella, och att personalen känner till rutinen.',
  's1.q3':
    'Socialtjänsten tar emot orosanmälningar och gör skyddsbedömningar. Polisen tar emot anmälningar och utreder. Hälso- och sjukvården och skolan uppmärksammar tecken och gör orosanmälan. Regionkoordinatorn stöttar i enskilda ärenden.',
  's2.q1':
    'På akutmottagningen, ungdomsmottagningen, i skolan, vid polisens ingripanden, hos socialtjänstens uppsökande verksamhet och hos civilsamhällets organisationer.',
  's2.q2':
    'Personalen kan ställa frågor när de ser tecken, dokumentera och kontakta socialtjänstens mottagning eller socialjouren.',
  's3.q1':
    'Barn: socialtjänstens mottagning för barn och unga dagtid, socialjouren efter kontorstid. Vuxna: socialtjänstens vuxenmottagning dagtid, socialjouren efter kontorstid. Vid akut fara: ring 112.',
  's3.q2':
    'Den som tar emot kontakten gör en första bedömning av skyddsbehovet samma dag, kontaktar polisen vid misstanke om brott och erbjuder kontakt med regionkoordinatorn.',
  's3.q4': 'Alla vet inte vart de ska ringa efter kontorstid.',
  's4.q1':
    'Ta personen på allvar, se till att hen är i säkerhet, ordna tolk vid behov och kontakta ingången för barn eller vuxna enligt rutinen.',
};

const DEMO_MAIN_RULE =
  'Misstänker du människohandel eller prostitution: kontakta socialtjänsten samma dag (efter kontorstid socialjouren). Vid akut fara, ring 112.';

/**
 * On a database without users, creates the demo account, the collaboration "Exempelkommun"
 * and a partly filled routine with its organisations and who does what — through the same
 * service functions the API uses. Returns the credentials to print once, or null when the
 * database already had users.
 */
export async function seedDemoIfEmpty(app: FastifyInstance) {
  const db = app.database.db;
  const anyUser = await db.selectFrom('user').select('id').limit(1).executeTakeFirst();
  if (anyUser) return null;

  const password = randomBytes(9).toString('base64url');
  const signUp = await app.auth.api.signUpEmail({
    body: { name: 'Demo Samordnare', email: DEMO_EMAIL, password },
  });
  const ctx: ServiceContext = {
    db,
    clock: app.clock,
    user: { id: signUp.user.id, name: signUp.user.name, email: signUp.user.email },
  };

  const collaboration = await createCollaboration(ctx, {
    name: 'Exempelkommun',
    area: 'Exempelkommun och Exempelregionen',
  });
  const routine = await createRoutine(ctx, collaboration.id, {
    title: 'Rutin för enskilda ärenden – människohandel och prostitution',
  });
  await patchRoutine(ctx, routine.id, { mainRule: DEMO_MAIN_RULE, visibility: 'public' });
  for (const [questionId, text] of Object.entries(DEMO_ANSWERS)) {
    await saveAnswer(ctx, routine.id, questionId, { text, baseRevision: 0 });
  }

  const actor = (
    name: string,
    kind: Parameters<typeof createActor>[2]['kind'],
    paths: Parameters<typeof createActor>[2]['contactPaths'],
    description?: string,
  ) => createActor(ctx, collaboration.id, { name, kind, description, contactPaths: paths });
  const social = await actor(
    'Socialtjänsten',
    'social_services',
    [
      {
        channel: 'phone',
        value: '0123-456 70',
        label: 'Mottagningen barn och unga',
        hours: 'vardagar 8–17',
        audience: 'children',
      },
      {
        channel: 'phone',
        value: '0123-456 80',
        label: 'Vuxenmottagningen',
        hours: 'vardagar 8–17',
        audience: 'adults',
      },
    ],
    'Individ- och familjeomsorgen',
  );
  const jour = await actor('Socialjouren', 'social_services', [
    {
      channel: 'phone',
      value: '0123-456 99',
      label: 'Socialjouren',
      hours: 'kvällar, nätter och helger',
      always: true,
      audience: 'all',
    },
  ]);
  const police = await actor('Polisen', 'police', [
    { channel: 'phone', value: '112', label: 'Akut fara', always: true, audience: 'all' },
    {
      channel: 'phone',
      value: '114 14',
      label: 'Anmälan och övriga ärenden',
      always: true,
      audience: 'all',
    },
  ]);
  const health = await actor('Hälso- och sjukvården', 'health_care', [
    {
      channel: 'phone',
      value: '0123-457 00',
      label: 'Akutmottagningen',
      always: true,
      audience: 'all',
    },
  ]);
  const coordinator = await actor('Regionkoordinatorn', 'regional_coordinator', [
    {
      channel: 'email',
      value: 'regionkoordinator@exempelregionen.se',
      label: 'Funktionsbrevlåda',
      hours: 'vardagar',
      audience: 'all',
    },
  ]);

  const add = (input: CreateAction) => createAction(ctx, routine.id, input);
  const p = (a: Awaited<ReturnType<typeof actor>>, i = 0) => a.contactPaths[i]?.id ?? null;
  const childEntry = await add({
    step: 3,
    actorId: social.id,
    what: 'Tar emot kontakten om ett barn och gör en skyddsbedömning samma dag',
    when: 'vardagar 8–17',
    audience: 'children',
    contactPathId: p(social, 0),
    isEntryPoint: true,
    kind: 'report_of_concern',
  });
  const adultEntry = await add({
    step: 3,
    actorId: social.id,
    what: 'Tar emot kontakten om en vuxen och bedömer behovet av skydd',
    when: 'vardagar 8–17',
    audience: 'adults',
    contactPathId: p(social, 1),
    isEntryPoint: true,
  });
  await add({
    step: 3,
    actorId: jour.id,
    what: 'Tar emot kontakter efter kontorstid, för barn och vuxna',
    when: 'kvällar, nätter och helger',
    audience: 'all',
    contactPathId: p(jour),
    isEntryPoint: true,
  });
  await add({
    step: 2,
    actorId: health.id,
    what: 'Uppmärksammar tecken och gör orosanmälan för barn',
    audience: 'all',
    contactPathId: p(health),
    handoffTo: [childEntry.id, adultEntry.id],
  });
  const report = await add({
    step: 5,
    actorId: police.id,
    what: 'Tar emot anmälan, inleder förundersökning och begär målsägandebiträde',
    audience: 'all',
    contactPathId: p(police, 1),
    kind: 'report_to_police',
  });
  await add({
    step: 4,
    actorId: social.id,
    what: 'Ordnar tolk och informerar om rättigheter på ett språk personen förstår',
    audience: 'all',
    contactPathId: p(social, 1),
    kind: 'rights_information',
    handoffTo: [report.id],
  });
  await add({
    step: 5,
    actorId: coordinator.id,
    what: 'Stöttar i ärendet med den utsattas samtycke och samordnar myndigheterna',
    audience: 'all',
    contactPathId: p(coordinator),
    kind: 'consult_regional_coordinator',
  });
  await createObstacle(ctx, routine.id, {
    step: 3,
    description: 'Alla vet inte vart de ska ringa efter kontorstid.',
    remedy: 'Socialjourens nummer står på första kontaktkortet i varje personalrum.',
    ownerActorId: jour.id,
  });

  return {
    email: DEMO_EMAIL,
    password,
    collaborationName: collaboration.name,
    routineTitle: routine.title,
    routineId: routine.id,
    collaborationId: collaboration.id,
  };
}
