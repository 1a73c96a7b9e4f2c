import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/cli/seed-demo';
import { Client, createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('demo collaboration', () => {
  it('is created once on an empty database and its account can sign in and read it', async () => {
    const demo = await seedDemoIfEmpty(t.app);
    expect(demo).not.toBeNull();
    expect(await seedDemoIfEmpty(t.app)).toBeNull();
    const c = new Client(t.app);
    const signIn = await c.post('/api/auth/sign-in/email', {
      email: demo!.email,
      password: demo!.password,
    });
    expect(signIn.status).toBe(200);
    const list = await c.get('/api/collaborations');
    expect(list.body.map((x: { name: string }) => x.name)).toEqual(['Exempelkommun']);
    const routine = await c.get(`/api/routines/${demo!.routineId}`);
    expect(routine.body.mainRule).toMatch(/socialtjänsten/);
    expect(routine.body.progress['1'].answered).toBe(3);
    const actions = await c.get(`/api/routines/${demo!.routineId}/actions`);
    const entryPoints = actions.body.filter((a: { isEntryPoint: boolean }) => a.isEntryPoint);
    expect(entryPoints.map((a: { audience: string }) => a.audience).sort()).toEqual([
      'adults',
      'all',
      'children',
    ]);
  });
});
