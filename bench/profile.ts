/** Reading V8 CPU profiles in the bench scripts (published-profile.ts, saves-profile.ts). */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

/** "function file:line" with the path cut to what names the module. */
function frameName(f: ProfileNode['callFrame']): string {
  const file = f.url.split('/node_modules/').pop()!.split('/').slice(-2).join('/');
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
}

/** Share of the busy samples per frame: its own, and with everything it called. */
export function topFrames(profile: Profile, n: number): { self: string[]; inclusive: string[] } {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  for (const sample of profile.samples) {
    const node = byId.get(sample)!;
    if (['(idle)', '(program)', '(root)'].includes(node.callFrame.functionName)) continue;
    busy += 1;
    const own = frameName(node.callFrame);
    self.set(own, (self.get(own) ?? 0) + 1);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const name = frameName(byId.get(id)!.callFrame);
      if (seen.has(name) || name.startsWith('(root)')) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
    }
  }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${((100 * v) / busy).toFixed(1).padStart(5)} %  ${k}`);
  return { self: top(self), inclusive: top(inclusive) };
}
