import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { lintOpenapi } from '../helpers/openapi-lint';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('the OpenAPI document (issue 12)', () => {
  it('keeps the lint rules: ids, summaries, 4xx with the error schema, servers', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths).length).toBeGreaterThan(50);
    expect(lintOpenapi(doc)).toEqual([]);
  });

  it('marks the operations that need no session, and lists 401 on the others', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const template = doc.paths['/api/template'].get;
    expect(template.security).toEqual([]);
    expect(template.responses['401']).toBeUndefined();
    const answer = doc.paths['/api/routines/{rid}/answers/{questionId}'].put;
    expect(answer.operationId).toBe('putRoutinesByRidAnswersByQuestionId');
    expect(Object.keys(answer.responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '404', '409']),
    );
    // the operations said to need no session really answer without one
    for (const [path, method] of [
      ['/api/template', 'GET'],
      ['/api/public-origin', 'GET'],
      ['/api/national-routines', 'GET'],
    ] as const) {
      expect(doc.paths[path][method.toLowerCase()].security).toEqual([]);
      const res = await t.app.inject({ method, url: path });
      expect(res.statusCode, path).toBe(200);
    }
  });

  it('the lint sees each broken rule', () => {
    const errorJson = {
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
    const doc = {
      components: { schemas: { Error: {} }, securitySchemes: { session: {} } },
      paths: {
        '/api/a/{id}': {
          get: { operationId: 'same', responses: { 200: { description: 'ok' } } },
          put: {
            operationId: 'same',
            summary: 'x',
            security: [{ nope: [] }],
            parameters: [{ in: 'path', name: 'id' }],
            responses: {
              204: { description: 'ok' },
              400: { description: 'bad', content: { 'application/json': { schema: {} } } },
              404: { description: 'gone', ...errorJson, schema: { $ref: '#/missing' } },
            },
          },
        },
      },
    };
    expect(lintOpenapi(doc)).toEqual([
      'document: no servers',
      'document: unresolved $ref #/missing',
      'GET /api/a/{id}: no summary',
      'GET /api/a/{id}: no 4xx response',
      'GET /api/a/{id}: path parameter id not declared',
      'PUT /api/a/{id}: operationId same also used by GET /api/a/{id}',
      'PUT /api/a/{id}: undefined security scheme nope',
      'PUT /api/a/{id}: 400 does not answer with #/components/schemas/Error',
    ]);
  });
});
