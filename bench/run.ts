/**
 * `npm run bench [-- --only=published,saves,exports,export-load,scale,weight,lighthouse,live,live-scale,live-scale-bare,region,workshop] [--seconds=10] [--write]`
 * Prints machine info and one table per benchmark; never asserts. `--write` records the run
 * in docs/benchmarks.md. Set BENCH_DATABASE_URL to include PostgreSQL in the save benchmark.
 */
import fs from 'node:fs';
import { benchExportLoad } from './export-load.bench';
import { benchExports } from './exports.bench';
import { formatTable, machineInfo, type Table } from './lib';
import { benchLighthouse } from './lighthouse.bench';
import { benchLiveLatency, benchLiveScale } from './live.bench';
import { benchPublished } from './published.bench';
import { benchRegion } from './region.bench';
import { benchSaves } from './saves.bench';
import { benchScale } from './scale.bench';
import { benchWeight } from './weight.bench';
import { benchWorkshop } from './workshop.bench';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k!, v ?? 'true'] as const;
  }),
);
const seconds = Number(args.get('seconds') ?? 10);
const only = args.get('only')?.split(',');
const large = Number(args.get('large') ?? 10_000);

const all: [string, () => Promise<Table>][] = [
  ['published', () => benchPublished(seconds)],
  ['saves', () => benchSaves(seconds)],
  ['exports', () => benchExports(20)],
  ['export-load', () => benchExportLoad()],
  ['scale', () => benchScale(large)],
  ['weight', () => benchWeight()],
  ['lighthouse', () => benchLighthouse()],
  ['live', () => benchLiveLatency()],
  ['live-scale', () => benchLiveScale(1000, 100, Math.max(seconds, 20))],
  ['live-scale-bare', () => benchLiveScale(1000, 100, Math.max(seconds, 20), 4, 'bare')],
  ['region', () => benchRegion()],
  ['workshop', () => benchWorkshop(100, 'sqlite')],
  ...(process.env.BENCH_DATABASE_URL
    ? ([['workshop', () => benchWorkshop(100, 'postgres')]] as [string, () => Promise<Table>][])
    : []),
];

const started = new Date();
const info = machineInfo();
console.log(`Samrutin benchmarks — ${started.toISOString().slice(0, 10)}\n${info}\n`);
const out: string[] = [];
for (const [name, run] of all) {
  if (only && !only.includes(name)) continue;
  try {
    const table = await run();
    const text = formatTable(table);
    console.log(text);
    out.push(text);
  } catch (err) {
    const text = `### ${name}\n\nFailed: ${err instanceof Error ? err.message : String(err)}\n`;
    console.log(text);
    out.push(text);
  }
}
if (args.get('write') === 'true') {
  const doc = `# Benchmarks\n\nRecorded by \`npm run bench -- --write\` on ${started.toISOString().slice(0, 10)}.\n\nMachine: ${info}\n\n${out.join('\n')}`;
  fs.writeFileSync('docs/benchmarks.md', doc);
  console.log('Wrote docs/benchmarks.md');
}
process.exit(0);
