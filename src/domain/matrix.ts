/** The actors × steps matrix ("vem gör vad"): pure, from actors and actions. */
export const MATRIX_STEPS = [2, 3, 4, 5] as const;

export interface MatrixActor {
  id: string;
  name: string;
  kind: string;
}
export interface MatrixAction {
  actorId: string;
  step: number;
  position: number;
}

/**
 * One row per actor, in the order given, one
 * column per step 2–5, each cell holding that actor's actions in the step in their order.
 * Every actor × step pair has a cell, so an empty cell is visibly empty.
 */
export function buildMatrix<A extends MatrixAction>(actors: MatrixActor[], actions: A[]) {
  const byCell = new Map<string, A[]>();
  for (const action of actions) {
    const key = `${action.actorId}|${action.step}`;
    const list = byCell.get(key);
    if (list) list.push(action);
    else byCell.set(key, [action]);
  }
  for (const list of byCell.values()) list.sort((a, b) => a.position - b.position);
  const cells = actors.flatMap((actor) =>
    MATRIX_STEPS.map((step) => ({
      actorId: actor.id,
      step,
      actions: byCell.get(`${actor.id}|${step}`) ?? [],
    })),
  );
  return {
    actors: actors.map(({ id, name, kind }) => ({ id, name, kind })),
    steps: [...MATRIX_STEPS],
    cells,
  };
}
