import type { SessionInfo } from '../../contracts/account';
import type { Me, SignIn, SignUp } from '../../contracts/auth';
import type {
  Collaboration,
  CollaborationsCreated,
  CreateCollaboration,
  UpdateCollaboration,
} from '../../contracts/collaborations';
import type {
  CreateRoutine,
  Routine,
  RoutineSummary,
  SaveAnswer,
  UpdateRoutine,
} from '../../contracts/routines';
import { ApiError, api } from './client';
import type { CollaborationWithRoutines, Template } from './types';

const seg = encodeURIComponent;

/** The signed-in user, or null when nobody is signed in. */
export async function getMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/me');
  } catch (error) {
    // A workshop guest's cookie is no account: the API answers it 404, as it does any guest.
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
}

export const signUp = (body: SignUp) =>
  api<unknown>('/api/auth/sign-up/email', { method: 'POST', body });
export const signIn = (body: SignIn) =>
  api<unknown>('/api/auth/sign-in/email', { method: 'POST', body });
export const requestPasswordReset = (email: string) =>
  api<unknown>('/api/auth/password-reset/request', { method: 'POST', body: { email } });
export const confirmPasswordReset = (token: string, password: string) =>
  api<unknown>('/api/auth/password-reset/confirm', { method: 'POST', body: { token, password } });
export const sendEmailVerification = () =>
  api<{ status: 'sent'; email: string }>('/api/auth/email-verification/send', {
    method: 'POST',
    body: {},
  });
export const confirmEmailVerification = (token: string) =>
  api<{ status: 'verified'; signedIn: boolean }>('/api/auth/email-verification/confirm', {
    method: 'POST',
    body: { token },
  });
export const listMySessions = () => api<{ sessions: SessionInfo[] }>('/api/me/sessions');
export const endOtherSessions = () =>
  api<unknown>('/api/me/sessions/end-others', { method: 'POST', body: {} });
export const deleteMyAccount = (body: { email: string; password?: string; reauthId?: string }) =>
  api<unknown>('/api/me', { method: 'DELETE', body });
export const signOut = () => api<unknown>('/api/auth/sign-out', { method: 'POST', body: {} });

export const getTemplate = () => api<Template>('/api/template');

export const listCollaborations = () => api<CollaborationWithRoutines[]>('/api/collaborations');
export const countCollaborationsCreated = () =>
  api<CollaborationsCreated>('/api/collaborations/created');
export const createCollaboration = (body: CreateCollaboration) =>
  api<Collaboration>('/api/collaborations', { method: 'POST', body });
export const getCollaboration = (cid: string) =>
  api<Collaboration>(`/api/collaborations/${seg(cid)}`);
export const updateCollaboration = (cid: string, body: UpdateCollaboration) =>
  api<Collaboration>(`/api/collaborations/${seg(cid)}`, { method: 'PATCH', body });

export const listRoutines = (cid: string) =>
  api<RoutineSummary[]>(`/api/collaborations/${seg(cid)}/routines`);
export const createRoutine = (cid: string, body: CreateRoutine) =>
  api<RoutineSummary>(`/api/collaborations/${seg(cid)}/routines`, { method: 'POST', body });
export const getRoutine = (rid: string) => api<Routine>(`/api/routines/${seg(rid)}`);
export const updateRoutine = (rid: string, body: UpdateRoutine) =>
  api<Routine>(`/api/routines/${seg(rid)}`, { method: 'PATCH', body });
export const saveAnswer = (rid: string, questionId: string, body: SaveAnswer) =>
  api<{ revision: number }>(`/api/routines/${seg(rid)}/answers/${seg(questionId)}`, {
    method: 'PUT',
    body,
  });
