import type { Role } from '../../contracts/common';
import { useMyActorId } from '../api/who-does-what';

export interface WhoDoesWhatPermissions {
  role: Role | undefined;
  /** The organisation an editor represents (they act for it only). */
  myActorId: string | null;
  /** Add, rename and remove actors; manage the knowledge bank (coordinators). */
  canManageActors: boolean;
  /** Change this actor's contact paths (coordinators: every actor; editors: their own). */
  canEditActor: (actorId: string) => boolean;
  /** Add actions at all (coordinators; editors who represent an organisation). */
  canAddActions: boolean;
  /** Change or move this actor's actions. */
  canEditActionsOf: (actorId: string) => boolean;
  /** Obstacles: coordinators and editors. */
  canEditObstacles: boolean;
}

/**
 * What the signed-in member may do here (DESIGN.md roles). The server enforces it; the UI only
 * leaves out what would be refused.
 */
export function useWhoDoesWhatPermissions(
  collaborationId: string,
  role: Role | undefined,
): WhoDoesWhatPermissions {
  const isEditor = role === 'editor';
  const myActorId = useMyActorId(collaborationId, isEditor);
  const isCoordinator = role === 'coordinator';
  const mayActFor = (actorId: string) => isCoordinator || (isEditor && myActorId === actorId);
  return {
    role,
    myActorId,
    canManageActors: isCoordinator,
    canEditActor: mayActFor,
    canAddActions: isCoordinator || (isEditor && myActorId !== null),
    canEditActionsOf: mayActFor,
    canEditObstacles: isCoordinator || isEditor,
  };
}
