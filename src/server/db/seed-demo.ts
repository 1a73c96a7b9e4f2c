import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { TEMPLATE } from '../../domain/template';
import { insertAuditEvent } from '../modules/audit/audit.repository';
import {
  insertCollaboration,
  insertMembership,
} from '../modules/collaborations/collaborations.repository';
import { insertRoutine } from '../modules/routines/routines.repository';

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
    'Barn: socialtjänstens barn- och ungdomsmottagning dagtid, socialjouren efter kontorstid. Vuxna: socialtjänstens vuxenenhet dagtid, socialjouren efter kontorstid. Vid akut fara: ring 112.',
  's3.q2':
    'Den som tar emot kontakten gör en första bedömning av skyddsbehovet samma dag, kontaktar polisen vid misstanke om brott och erbjuder kontakt med regionkoordinatorn.',
  's4.q1':
    'Ta personen på allvar, se till att hen är i säkerhet, ordna tolk vid behov och kontakta ingången för barn eller vuxna enligt rutinen.',
};

const DEMO_MAIN_RULE =
  'Misstänker du människohandel eller prostitution: kontakta socialtjänsten samma dag (efter kontorstid socialjouren). Vid akut fara, ring 112.';

/**
 * On a database without users, creates the demo account, the collaboration "Exempelkommun"
 * and a partly filled routine. Returns the credentials to print once, or null when the
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
  const userId = signUp.user.id;
  const at = app.clock.now().toISOString();
  const collaborationId = crypto.randomUUID();
  const routineId = crypto.randomUUID();
  const collaborationName = 'Exempelkommun';
  const routineTitle = 'Rutin för enskilda ärenden – människohandel och prostitution';

  await db.transaction().execute(async (trx) => {
    await insertCollaboration(trx, {
      id: collaborationId,
      name: collaborationName,
      area: 'Exempelkommun och Exempelregionen',
      at,
    });
    await insertMembership(trx, {
      collaborationId,
      userId,
      role: 'coordinator',
      actorId: null,
      at,
    });
    await insertRoutine(trx, {
      id: routineId,
      collaborationId,
      slug: 'exempelkommun',
      title: routineTitle,
      status: 'draft',
      visibility: 'public',
      mainRule: DEMO_MAIN_RULE,
      templateId: TEMPLATE.id,
      templateVersion: TEMPLATE.version,
      createdBy: userId,
      createdAt: at,
      updatedAt: at,
      adoptedVersion: null,
      adoptedAt: null,
      nextReviewDate: null,
    });
    for (const [questionId, text] of Object.entries(DEMO_ANSWERS)) {
      await trx
        .insertInto('answers')
        .values({ routineId, questionId, text, revision: 1, updatedBy: userId, updatedAt: at })
        .execute();
    }
    await insertAuditEvent(trx, {
      collaborationId,
      userId,
      action: 'demo.seed',
      targetType: 'collaboration',
      targetId: collaborationId,
      summary: 'demo collaboration created',
      at,
    });
  });
  return {
    email: DEMO_EMAIL,
    password,
    collaborationName,
    routineTitle,
    routineId,
    collaborationId,
  };
}
