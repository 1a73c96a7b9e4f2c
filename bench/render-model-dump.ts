import fs from 'node:fs';
import { loadDraftSnapshot } from '../src/server/modules/snapshots/snapshot.service';
import { benchApp, benchUser } from './lib';
import { REALISTIC, seedCollaboration } from './seed';

/** Writes the render model of the REALISTIC seed's draft to a JSON file (for render profiling). */
const out = process.argv[2] ?? '/tmp/realistic-model.json';
const { app, close } = await benchApp();
const { userId } = await benchUser(app);
const { routineId } = await seedCollaboration(app.database.db, 1, userId, REALISTIC);
const snapshot = await loadDraftSnapshot(app.database.db, routineId);
const model = {
  snapshot,
  meta: {
    versionNumber: null,
    hash: null,
    status: 'draft',
    adoptedAt: null,
    nextReviewDate: null,
    signOffs: [],
    publicUrl: 'http://127.0.0.1:3000/r/bench',
    generatedAt: '2026-12-02T10:00:00.000Z',
    lang: 'sv',
  },
};
fs.writeFileSync(out, JSON.stringify(model));
await close();
console.log(out, snapshot.actors.length, 'actors', snapshot.actions.length, 'actions');
