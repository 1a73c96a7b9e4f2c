import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE } from '../../src/domain/template';
import { createCollaborationWithRoutine, createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('HTTP basics', () => {
  it('reports health once the database answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', node: process.version });
  });

  it('runs on Node.js 24 LTS or newer under CI=true (the packaged runtime, not the host Node)', async () => {
    const { node } = (await t.app.inject({ method: 'GET', url: '/healthz' })).json();
    const major = Number(/^v(\d+)\./.exec(node)?.[1]);
    // Everywhere at least what package.json's engines allow; in CI the Node 24 of the lock.
    expect(major).toBeGreaterThanOrEqual(process.env.CI === 'true' ? 24 : 22);
  });

  it('serves the template with all steps and questions in both languages', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/template' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.steps).toHaveLength(6);
    expect(body.steps.flatMap((s: { questions: unknown[] }) => s.questions)).toHaveLength(20);
    expect(body).toEqual(JSON.parse(JSON.stringify(TEMPLATE)));
  });

  it('publishes an OpenAPI 3.1 document covering the contract endpoints', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/template',
      '/api/auth/sign-up/email',
      '/api/auth/sign-in/email',
      '/api/auth/sign-out',
      '/api/collaborations',
      '/api/collaborations/{cid}',
      '/api/collaborations/{cid}/routines',
      '/api/routines/{rid}',
      '/api/routines/{rid}/answers/{questionId}',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/api/routines/{rid}/answers/{questionId}'].put.requestBody).toBeDefined();
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers client mistakes with 4xx in the contract shape, never 5xx', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const malformed = await coordinator.request(
      'PUT',
      `/api/routines/${routineId}/answers/s1.q1`,
      '{"text": ',
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('MALFORMED_JSON');

    const huge = await coordinator.request(
      'POST',
      '/api/collaborations',
      JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    );
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');

    const wrongType = await coordinator.request('POST', '/api/collaborations', 'name=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const unknown = await coordinator.get('/api/does-not-exist');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');

    for (const bad of ['a\u0000b', 'a\uFFFFb']) {
      const refused = await coordinator.put(`/api/routines/${routineId}/answers/s1.q1`, {
        text: bad,
        baseRevision: 0,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details).toEqual([{ field: 'text', message: expect.any(String) }]);
    }

    const array = await coordinator.request('POST', '/api/collaborations', '[]');
    expect(array.status).toBe(400);
    expect(array.body.error.code).toBe('VALIDATION_FAILED');
  });
});
