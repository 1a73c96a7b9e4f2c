import { accountEn } from './account';
import { actorsEn } from './actors';
import { adminEn } from './admin';
import { auditEn } from './audit';
import type { CatalogueOf } from './catalogue';
import { commentsEn } from './comments';
import { evaluationEn } from './evaluation';
import { feedbackEn, remindersEn } from './feedback';
import { firstHourEn } from './first-hour';
import { createCollaborationEn, homeEn, landingEn, routinesEn, settingsEn } from './home';
import { knowledgeEn } from './knowledge';
import { limitsEn } from './limits';
import { liveEn } from './live';
import { membersEn } from './members';
import { publishEn } from './publish';
import { qualityEn } from './quality';
import { regionsEn } from './regions';
import { reviewEn } from './review';
import { autosaveEn, confirmationEn, conflictEn, overviewEn, stepEn, timelineEn } from './routine';
import { shellEn } from './shell';
import { authEn, signInEn, signUpEn } from './sign-in';
import type { sv } from './sv';
import { versionsEn } from './versions';
import { whoDoesWhatEn } from './who-does-what';
import { workshopRecordsEn } from './workshop-records';
import { workshopsEn } from './workshops';

/** English: a full translation with exactly the Swedish keys (a missing or extra key fails tsc). */
export const en: CatalogueOf<typeof sv> = {
  firstHour: firstHourEn,
  ...shellEn,
  auth: authEn,
  signIn: signInEn,
  signUp: signUpEn,
  landing: landingEn,
  home: homeEn,
  createCollaboration: createCollaborationEn,
  routines: routinesEn,
  settings: settingsEn,
  overview: overviewEn,
  step: stepEn,
  autosave: autosaveEn,
  conflict: conflictEn,
  timeline: timelineEn,
  confirmation: confirmationEn,
  members: membersEn,
  account: accountEn,
  admin: adminEn,
  audit: auditEn,
  live: liveEn,
  comments: commentsEn,
  review: reviewEn,
  versions: versionsEn,
  whoDoesWhat: whoDoesWhatEn,
  actors: actorsEn,
  knowledge: knowledgeEn,
  quality: qualityEn,
  limits: limitsEn,
  publish: publishEn,
  feedback: feedbackEn,
  evaluation: evaluationEn,
  regions: regionsEn,
  reminders: remindersEn,
  workshopRecords: workshopRecordsEn,
  workshops: workshopsEn,
};
