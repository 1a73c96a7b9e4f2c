import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWebBuildStale } from '../../src/cli/web-build';

describe('npm start rebuilds the client only when needed', () => {
  it('is stale without a build, fresh after one, stale again when a client source changes', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'samrutin-build-'));
    const dist = path.join(root, 'dist/web');
    fs.mkdirSync(path.join(root, 'src/web'), { recursive: true });
    const source = path.join(root, 'src/web/main.tsx');
    fs.writeFileSync(source, 'x');
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(source, past, past);
    expect(isWebBuildStale(dist, root)).toBe(true);
    fs.mkdirSync(dist, { recursive: true });
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
    expect(isWebBuildStale(dist, root)).toBe(false);
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(source, future, future);
    expect(isWebBuildStale(dist, root)).toBe(true);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
