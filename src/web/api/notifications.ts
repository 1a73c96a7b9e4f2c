import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  JobSummary,
  MyNotifications,
  NotificationSettings,
} from '../../contracts/notifications';
import { api } from './client';

export const notificationKeys = {
  mine: ['notifications'] as const,
  jobs: (cid: string) => ['jobs', cid] as const,
};

export const useMyNotifications = (enabled = true) =>
  useQuery({
    queryKey: notificationKeys.mine,
    queryFn: () => api<MyNotifications>('/api/me/notifications'),
    enabled,
  });

export function useUpdateNotificationSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<NotificationSettings>) =>
      api<NotificationSettings>('/api/me/notification-settings', { method: 'PUT', body }),
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.mine }),
  });
}

export function useMarkNotificationsRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<null>('/api/me/notifications/read', { method: 'POST' }),
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.mine }),
  });
}

export const useCollaborationJobs = (cid: string, enabled: boolean) =>
  useQuery({
    queryKey: notificationKeys.jobs(cid),
    queryFn: () => api<JobSummary[]>(`/api/collaborations/${encodeURIComponent(cid)}/jobs`),
    enabled,
  });
