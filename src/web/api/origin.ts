import { useQuery } from '@tanstack/react-query';
import type { PublicOrigin } from '../../contracts/origin';
import { api } from './client';

/** Where outgoing addresses point (BASE_URL, else the address in use); see server/http/origin.ts. */
export const usePublicOrigin = () =>
  useQuery({
    queryKey: ['public-origin'],
    queryFn: () => api<PublicOrigin>('/api/public-origin'),
    staleTime: Number.POSITIVE_INFINITY,
  });
