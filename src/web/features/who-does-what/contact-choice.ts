import type { ContactPath } from '../../../contracts/actors';
import type { Audience } from '../../../contracts/vocabularies';

/**
 * The contact path picker follows the action's audience: the organisation's paths for that
 * audience first, then the ones for everyone, then (marked) the ones for the other audience.
 */
export function pathsForAudience(paths: ContactPath[], audience: Audience): ContactPath[] {
  const rank = (path: ContactPath) =>
    path.audience === audience ? 0 : path.audience === 'all' ? 1 : 2;
  return paths
    .map((path, index) => ({ path, index }))
    .sort((a, b) => rank(a.path) - rank(b.path) || a.index - b.index)
    .map(({ path }) => path);
}

/**
 * The path chosen for the person: one for exactly this audience, else one for everyone; never a
 * path meant for the other audience (an action for adults must not silently carry the
 * children's line). For an action for everyone, a path for everyone, else the first one.
 */
export function defaultPathFor(paths: ContactPath[], audience: Audience): ContactPath | undefined {
  if (audience === 'all') return paths.find((p) => p.audience === 'all') ?? paths[0];
  return paths.find((p) => p.audience === audience) ?? paths.find((p) => p.audience === 'all');
}

/** The chosen path is meant for the other audience than the action's. */
export function isOtherAudience(path: ContactPath | undefined, audience: Audience): boolean {
  return Boolean(
    path && audience !== 'all' && path.audience !== 'all' && path.audience !== audience,
  );
}
