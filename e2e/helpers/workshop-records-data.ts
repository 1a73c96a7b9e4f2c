import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { postJson } from './journey';

/**
 * Workshops with an outcome, built through the HTTP API (issue 17): what the list of a
 * routine's workshops and the step pages' open items show.
 */

/** A POST that answers 200 (the workshop's moves), with the Origin header the API requires. */
async function post200<T>(
  context: BrowserContext,
  baseUrl: string,
  path: string,
  data: unknown = {},
): Promise<T> {
  const response = await context.request.post(`${baseUrl}${path}`, {
    data,
    headers: { Origin: baseUrl },
  });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

export interface WorkshopDto {
  id: string;
  code: string;
}

/** A workshop the coordinator's context starts on the routine (guests allowed). */
export function startWorkshop(
  coordinator: BrowserContext,
  baseUrl: string,
  rid: string,
  questionIds: string[],
  options: { namedDrafts?: boolean } = {},
): Promise<WorkshopDto> {
  return postJson<WorkshopDto>(coordinator, baseUrl, `/api/routines/${rid}/workshops`, {
    questionIds,
    allowGuests: true,
    ...options,
  });
}

/**
 * A workshop on s2.q1 with named drafts: a guest (`name`, `organisation`) writes `text`, and
 * the facilitator reveals it. Returns the workshop.
 */
export async function revealNamedDraft(
  coordinator: BrowserContext,
  guest: BrowserContext,
  baseUrl: string,
  rid: string,
  draft: { name: string; organisation: string; text: string },
): Promise<WorkshopDto> {
  const w = await startWorkshop(coordinator, baseUrl, rid, ['s2.q1'], { namedDrafts: true });
  await post200(guest, baseUrl, '/api/workshops/join', {
    code: w.code,
    name: draft.name,
    organisation: draft.organisation,
  });
  const question = `/api/workshops/${w.id}/questions/s2.q1`;
  const put = await guest.request.put(`${baseUrl}${question}/draft`, {
    data: { text: draft.text },
    headers: { Origin: baseUrl },
  });
  expect(put.status(), await put.text()).toBe(200);
  await post200(coordinator, baseUrl, `${question}/phase`, { phase: 'revealed' });
  return w;
}

/**
 * An ended workshop on s1.q1 and s1.q2 with a guest from `organisation`: s1.q1 parked, s1.q2
 * blocked by the guest (`reason`) in its agreement round. Returns the workshop.
 */
export async function holdWorkshopWithOpenItems(
  coordinator: BrowserContext,
  guest: BrowserContext,
  baseUrl: string,
  rid: string,
  block: { reason: string; organisation: string },
): Promise<WorkshopDto> {
  const w = await startWorkshop(coordinator, baseUrl, rid, ['s1.q1', 's1.q2']);
  await post200(guest, baseUrl, '/api/workshops/join', {
    code: w.code,
    name: 'Gästa Gästsson',
    organisation: block.organisation,
  });
  const question = (qid: string, what: string) => `/api/workshops/${w.id}/questions/${qid}/${what}`;
  await post200(coordinator, baseUrl, question('s1.q1', 'phase'), { phase: 'parked' });
  await post200(coordinator, baseUrl, question('s1.q2', 'phase'), {
    phase: 'agreement',
    proposedText: 'Alla organisationer arbetar för att offer får stöd samma dag.',
  });
  const vote = await guest.request.put(`${baseUrl}${question('s1.q2', 'vote')}`, {
    data: { stance: 'block', reason: block.reason },
    headers: { Origin: baseUrl },
  });
  expect(vote.status(), await vote.text()).toBe(200);
  await post200(coordinator, baseUrl, `/api/workshops/${w.id}/end`);
  return w;
}
