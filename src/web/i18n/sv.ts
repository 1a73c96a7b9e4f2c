import { accountSv } from './account';
import { actorsSv } from './actors';
import { adminSv } from './admin';
import { auditSv } from './audit';
import { commentsSv } from './comments';
import { evaluationSv } from './evaluation';
import { feedbackSv, remindersSv } from './feedback';
import { firstHourSv } from './first-hour';
import { createCollaborationSv, homeSv, landingSv, routinesSv, settingsSv } from './home';
import { knowledgeSv } from './knowledge';
import { limitsSv } from './limits';
import { liveSv } from './live';
import { membersSv } from './members';
import { publishSv } from './publish';
import { qualitySv } from './quality';
import { regionsSv } from './regions';
import { reviewSv } from './review';
import { autosaveSv, confirmationSv, conflictSv, overviewSv, stepSv, timelineSv } from './routine';
import { shellSv } from './shell';
import { authSv, signInSv, signUpSv } from './sign-in';
import { versionsSv } from './versions';
import { whoDoesWhatSv } from './who-does-what';
import { workshopRecordsSv } from './workshop-records';
import { workshopsSv } from './workshops';

/**
 * Swedish, the default language. Every user-visible string of the client is here: the first
 * load's (shell.ts) and each feature's, which load with its code (i18n/areas/). en.ts must have
 * exactly these keys (checked by the compiler). Plurals are _one / _other (i18n/translator.ts).
 */
export const sv = {
  firstHour: firstHourSv,
  ...shellSv,
  auth: authSv,
  signIn: signInSv,
  signUp: signUpSv,
  landing: landingSv,
  home: homeSv,
  createCollaboration: createCollaborationSv,
  routines: routinesSv,
  settings: settingsSv,
  overview: overviewSv,
  step: stepSv,
  autosave: autosaveSv,
  conflict: conflictSv,
  timeline: timelineSv,
  confirmation: confirmationSv,
  members: membersSv,
  account: accountSv,
  admin: adminSv,
  audit: auditSv,
  live: liveSv,
  comments: commentsSv,
  review: reviewSv,
  versions: versionsSv,
  whoDoesWhat: whoDoesWhatSv,
  actors: actorsSv,
  knowledge: knowledgeSv,
  quality: qualitySv,
  limits: limitsSv,
  publish: publishSv,
  feedback: feedbackSv,
  evaluation: evaluationSv,
  regions: regionsSv,
  reminders: remindersSv,
  workshopRecords: workshopRecordsSv,
  workshops: workshopsSv,
} as const;
