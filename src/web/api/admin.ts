import { useMutation, useQuery } from '@tanstack/react-query';
import type { AdminHealth } from '../../contracts/account';
import { api } from './client';

/** The instance's health as this process sees it (instance administrators). */
export const useAdminHealth = (enabled: boolean) =>
  useQuery({
    enabled,
    queryKey: ['admin', 'health'],
    queryFn: () => api<AdminHealth>('/api/admin/health'),
  });

/** A single-use password-reset link for a user, for instances without e-mail. */
export const useAdminResetLink = () =>
  useMutation({
    mutationFn: (email: string) =>
      api<{ url: string; expiresAt: string }>('/api/admin/password-reset-links', {
        method: 'POST',
        body: { email },
      }),
  });
