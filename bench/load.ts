import { execFile } from 'node:child_process';
import path from 'node:path';

/** What the benchmarks read of an autocannon run. */
export interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  '2xx': number;
  '3xx': number;
  errors: number;
}

const CANNON = path.resolve('bench/cannon.cjs');

/**
 * HTTP load from a process of its own (autocannon, bench/cannon.cjs: bodies counted, not decoded
 * as text): it never shares an event loop or a thread with the server under test. Asks for gzip
 * like a browser unless told otherwise.
 */
export function loadFromOwnProcess(
  url: string,
  opts: { seconds: number; connections?: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const headers = { 'accept-encoding': 'gzip', ...opts.headers };
  const args = [
    CANNON,
    url,
    JSON.stringify({ connections: opts.connections ?? 50, duration: opts.seconds, headers }),
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      if (err) return reject(err);
      try {
        resolve(JSON.parse(stdout) as LoadResult);
      } catch (e) {
        reject(e);
      }
    });
  });
}
