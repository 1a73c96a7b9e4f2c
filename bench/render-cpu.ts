import fs from 'node:fs';
import { renderDiagramSvg } from '../src/domain/render/diagram-svg';
import type { RenderModel } from '../src/domain/render/model';
import { buildRoutineDocx } from '../src/server/modules/exports/docx';
import { buildRoutinePdf } from '../src/server/modules/exports/pdf';

/**
 * CPU and wall time of the renderers called directly (no app, no worker), for profiling:
 *   tsx bench/render-model-dump.ts /tmp/model.json
 *   node --cpu-prof --import tsx bench/render-cpu.ts /tmp/model.json [runs] [pdf|docx|svg]
 * Every run renders a changed model (the first action's text ends with the run's number),
 * so nothing kept from an earlier render of the same routine makes it look cheaper.
 */
const model = JSON.parse(fs.readFileSync(process.argv[2] ?? '/tmp/realistic-model.json', 'utf8'));
const runs = Number(process.argv[3] ?? 12);
const only = process.argv[4];
let n = 0;
const changed = (): RenderModel => {
  const m = structuredClone(model) as RenderModel;
  m.snapshot.actions[0]!.what += ` (${++n})`;
  return m;
};
const tasks: [string, () => unknown][] = [
  ['pdf', () => buildRoutinePdf(changed())],
  ['docx', () => buildRoutineDocx(changed())],
  ['svg', () => renderDiagramSvg(changed().snapshot, 'sv')],
];
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
for (const [name, run] of tasks) {
  if (only && name !== only) continue;
  await run();
  await run();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const m0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(m0);
    cpu.push((c.user + c.system) / 1000);
  }
  console.log(
    `${name}: CPU median ${median(cpu).toFixed(1)} ms, wall median ${median(wall).toFixed(1)} ms (${runs} runs)`,
  );
}
