import type { FixtureIds } from './walk';

/**
 * The id for each path parameter. `{id}` means different things under different
 * collections: the segment before it decides. Returns null for a parameter it does not
 * know, so the walks can fail naming the operation instead of skipping it.
 */
export function paramValue(
  path: string,
  param: string,
  ids: FixtureIds,
  options: { actor?: 'X' | 'Y'; action?: 'X' | 'Y' } = {},
): string | null {
  switch (param) {
    case 'cid':
      return ids.cid;
    case 'rid':
      return ids.rid;
    case 'slug':
      return ids.slug;
    case 'aid':
      return options.actor === 'X' ? ids.actorX : ids.actorY;
    case 'kid':
      return ids.knowledge;
    case 'uid':
      return ids.coordinatorId;
    case 'n':
      return String(ids.versionNumber);
    case 'questionId':
      return 's1.q1';
    case 'threadId':
      return ids.thread;
    case 'regionId':
      return ids.regionId;
    case 'userId':
      return ids.regionCoordinatorId;
    case 'invitationId':
      return ids.regionInvitation;
    case 'wid':
      return ids.workshop;
    case 'pid':
      return ids.workshopProposal;
    case 'participantId':
      return ids.workshopMember;
    case 'providerId':
      // An identity provider for "walk.example" (revision-walk.test.ts saves one; elsewhere a 404).
      return 'walk-example';
    case 'id': {
      const collection = /\/([\w-]+)\/\{id\}/.exec(path)?.[1];
      const byCollection: Record<string, string> = {
        actions: options.action === 'X' ? ids.actionX : ids.actionY,
        obstacles: ids.obstacle,
        milestones: ids.milestone,
        comments: ids.comment,
        invitations: ids.invitation,
        feedback: ids.feedback,
        reviews: ids.review,
      };
      return (collection && byCollection[collection]) ?? null;
    }
    default:
      return null;
  }
}
