import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateIdentityProvider,
  IdentityProvider,
  ReauthMethod,
  UpdateIdentityProvider,
} from '../../contracts/identity-providers';
import { api } from './client';

const KEY = ['admin', 'identity-providers'] as const;

/** The identity providers (instance administrators); never with their client secrets. */
export const useIdentityProviders = (enabled: boolean) =>
  useQuery({
    enabled,
    queryKey: KEY,
    queryFn: async () =>
      (await api<{ providers: IdentityProvider[] }>('/api/admin/identity-providers')).providers,
  });

/** Adds a provider, or changes one (`id` given; without `clientSecret` the saved one stays). */
export const useSaveIdentityProvider = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: (CreateIdentityProvider | UpdateIdentityProvider) & { id?: string }) =>
      id
        ? api<IdentityProvider>(`/api/admin/identity-providers/${encodeURIComponent(id)}`, {
            method: 'PUT',
            body,
          })
        : api<IdentityProvider>('/api/admin/identity-providers', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
};

export const useDeleteIdentityProvider = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<unknown>(`/api/admin/identity-providers/${encodeURIComponent(id)}`, {
        method: 'DELETE',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
};

/** Which provider an e-mail domain signs in through (null: with a password). */
export const lookupSsoProvider = async (domain: string) =>
  (
    await api<{ provider: { id: string; displayName: string } | null }>(
      `/api/auth/sso/lookup?domain=${encodeURIComponent(domain)}`,
    )
  ).provider;

/** The provider's sign-in address for this e-mail; the browser goes there next. */
export const startSsoSignIn = (email: string, returnTo: string) =>
  api<{ url: string }>('/api/auth/sso/sign-in', { method: 'POST', body: { email, returnTo } });

/** How the signed-in person re-authenticates before signing: password, or their provider. */
export const useReauthMethod = () =>
  useQuery({
    queryKey: ['me', 'reauth'],
    queryFn: () => api<ReauthMethod>('/api/me/reauth'),
  });

/** A fresh login at the person's provider; it comes back to `returnTo` with `?reauth=<id>`. */
export const startSsoReauth = (returnTo: string) =>
  api<{ url: string }>('/api/me/reauth/sso', { method: 'POST', body: { returnTo } });
