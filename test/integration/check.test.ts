import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createCollaborationWithRoutine,
  createTestApp,
  signUp,
  type TestApp,
} from '../helpers/app';
import { addMember } from '../helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface Finding {
  rule: string;
  severity: 'blocker' | 'warning' | 'tip';
  message: string;
  messages: { sv: string; en: string };
  target: { type: string; id?: string; step?: number };
  source?: string;
}

async function check(c: Client, routineId: string, query = '') {
  const res = await c.get(`/api/routines/${routineId}/check${query}`);
  expect(res.status).toBe(200);
  return res.body as {
    findings: Finding[];
    counts: {
      blocker: number;
      warning: number;
      tip: number;
      byStep: Record<string, { blocker: number; warning: number; tip: number }>;
    };
  };
}

const blockers = (findings: Finding[]) =>
  findings.filter((f) => f.severity === 'blocker').map((f) => `${f.rule}@${f.target.step}`);

describe('GET /api/routines/:rid/check', () => {
  it('shows an empty routine its step and main-rule blockers, in Swedish by default', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const { findings, counts } = await check(coordinator, routineId);
    expect(blockers(findings)).toEqual(
      expect.arrayContaining([
        'step-without-action@2',
        'step-without-action@3',
        'entry-point-missing@3',
        'step-without-action@4',
        'main-rule-missing@4',
        'step-without-action@5',
      ]),
    );
    // blockers first, then warnings, then tips
    const order = findings.map((f) => ['blocker', 'warning', 'tip'].indexOf(f.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const step3 = findings.find((f) => f.rule === 'step-without-action' && f.target.step === 3)!;
    expect(step3.message).toBe(step3.messages.sv);
    expect(step3.message).toContain('steg 3 (Kontaktväg in)');
    expect(step3.target).toEqual({ type: 'step', step: 3 });
    const unanswered = findings.filter((f) => f.rule === 'question-unanswered');
    expect(unanswered).toHaveLength(20);
    expect(unanswered[0]!.target).toEqual({ type: 'question', id: 's1.q1', step: 1 });
    const reflection = findings.find((f) => f.rule === 'right-reflection-period')!;
    expect(reflection.source).toContain('Utlänningslagen (2005:716) 5 kap. 15 §');
    expect(counts.blocker).toBe(findings.filter((f) => f.severity === 'blocker').length);
    expect(counts.warning).toBe(findings.filter((f) => f.severity === 'warning').length);
    expect(counts.tip).toBe(findings.filter((f) => f.severity === 'tip').length);
    expect(Object.keys(counts.byStep)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(counts.byStep['1']).toEqual({ blocker: 0, warning: 3, tip: 0 });
    expect(counts.byStep['4']!.blocker).toBe(2);
  });

  it('answers in English with ?lang=en, and refuses an unknown language', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const { findings } = await check(coordinator, routineId, '?lang=en');
    const main = findings.find((f) => f.rule === 'main-rule-missing')!;
    expect(main.message).toBe(main.messages.en);
    expect(main.message).toContain('main rule');
    expect(main.messages.sv).toContain('Huvudregeln');
    const reflection = findings.find((f) => f.rule === 'right-reflection-period')!;
    expect(reflection.source).toContain('Aliens Act');
    const bad = await coordinator.get(`/api/routines/${routineId}/check?lang=de`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('clears the blockers as actions, contact paths and the main rule are added', async () => {
    const {
      coordinator: c,
      collaborationId,
      routineId,
    } = await createCollaborationWithRoutine(t.app);
    const actor = async (body: object) =>
      (await c.post(`/api/collaborations/${collaborationId}/actors`, body)).body;
    const social = await actor({
      name: 'Socialtjänsten',
      kind: 'social_services',
      contactPaths: [
        { channel: 'phone', value: '08-123 456 78', label: 'Mottagningen', audience: 'all' },
        {
          channel: 'phone',
          value: '08-555 000 00',
          label: 'Socialjouren',
          always: true,
          audience: 'all',
        },
      ],
    });
    const police = await actor({ name: 'Polisen', kind: 'police', contactPaths: [] });
    const addAction = async (body: object) => {
      const res = await c.post(`/api/routines/${routineId}/actions`, { audience: 'all', ...body });
      expect(res.status).toBe(201);
      return res.body;
    };

    await addAction({ step: 2, actorId: social.id, what: 'Upptäcker tecken' });
    const entry = await addAction({
      step: 3,
      actorId: social.id,
      what: 'Tar emot orosanmälan och tips',
      isEntryPoint: true,
      kind: 'report_of_concern',
      contactPathId: social.contactPaths[1].id,
    });
    await addAction({ step: 4, actorId: social.id, what: 'Första samtalet' });
    await addAction({
      step: 5,
      actorId: police.id,
      what: 'Tar emot anmälan',
      kind: 'report_to_police',
    });

    let { findings } = await check(c, routineId);
    expect(blockers(findings)).not.toContain('step-without-action@2');
    expect(blockers(findings)).not.toContain('entry-point-missing@3');
    expect(blockers(findings)).toContain('main-rule-missing@4');
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'actor-without-contact-path',
        severity: 'blocker',
        target: { type: 'actor', id: police.id, step: 5 },
      }),
    );
    expect(findings.find((f) => f.rule === 'actor-without-contact-path')!.message).toContain(
      'Polisen',
    );
    expect(findings.some((f) => f.rule === 'right-police-report')).toBe(false);
    expect(findings.some((f) => f.rule === 'child-report-of-concern')).toBe(false);
    expect(findings.some((f) => f.rule === 'entry-point-after-hours')).toBe(false);
    // no action hands over yet: steps 2–4 are dead ends
    const deadEnds = findings.filter((f) => f.rule === 'handoff-dead-end');
    expect(deadEnds.map((f) => f.target.step)).toEqual([2, 3, 4]);
    expect(deadEnds.find((f) => f.target.step === 3)!.target.id).toBe(entry.id);

    expect(
      (
        await c.patch(`/api/collaborations/${collaborationId}/actors/${police.id}`, {
          contactPaths: [{ channel: 'phone', value: '114 14', always: true, audience: 'all' }],
        })
      ).status,
    ).toBe(200);
    expect(
      (await c.patch(`/api/routines/${routineId}`, { mainRule: 'Lämna aldrig personen ensam.' }))
        .status,
    ).toBe(200);
    const answer = await c.put(`/api/routines/${routineId}/answers/s1.q1`, {
      text: 'Brottsoffer får sina rättigheter och förövare lagförs.',
      baseRevision: 0,
    });
    expect(answer.status).toBe(200);

    ({ findings } = await check(c, routineId));
    const mine = [
      'step-without-action',
      'main-rule-missing',
      'entry-point-missing',
      'actor-without-contact-path',
      'child-report-of-concern',
    ];
    expect(findings.filter((f) => mine.includes(f.rule))).toEqual([]);
    expect(findings.map((f) => f.target.id)).not.toContain('s1.q1');
    // still missing: the other rights in step 5
    expect(findings.map((f) => f.rule)).toContain('right-reflection-period');
  });

  it('lets any member read it and hides it from strangers behind 404', async () => {
    const { coordinator, collaborationId, routineId } = await createCollaborationWithRoutine(t.app);
    const reader = await signUp(t.app, 'Läsare');
    const stranger = await signUp(t.app, 'Främling');
    expect((await stranger.get(`/api/routines/${routineId}/check`)).status).toBe(404);
    const missing = await coordinator.get('/api/routines/no-such-routine/check');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');

    await addMember(t.app, coordinator, collaborationId, { who: reader, role: 'reader' });
    const read = await check(reader, routineId);
    expect(read.findings.length).toBeGreaterThan(0);

    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/routines/${routineId}/check`,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
