import { useOutletContext } from 'react-router';
import type { Collaboration } from '../../contracts/collaborations';
import type { Routine } from '../../contracts/routines';
import type { Template } from '../api/types';

export interface WorkspaceContext {
  routine: Routine;
  template: Template;
  collaboration: Collaboration | undefined;
  /** Readers may read and not write; the server enforces it, the UI just does not offer it. */
  canEdit: boolean;
}

export const useWorkspace = (): WorkspaceContext => useOutletContext<WorkspaceContext>();

export const routinePath = (rid: string, part = '') => `/rutiner/${rid}${part ? `/${part}` : ''}`;
export const stepPath = (rid: string, n: number) => routinePath(rid, `steg/${n}`);
