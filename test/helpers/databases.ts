import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** A fresh, empty database of the run's dialect (a temporary SQLite folder or a new PostgreSQL database) as app environment, and its removal. */
export async function freshDatabaseEnv(
  dialect: 'sqlite' | 'postgres',
  tag: string,
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `samrutin-${tag}-`));
    return {
      env: { DATA_DIR: dir },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `samrutin_${tag}_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const a = new pg.Client({ connectionString: admin });
  await a.connect();
  await a.query(`create database ${name}`);
  await a.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Runs one of the app's command-line scripts (src/cli/*.ts) with the given environment. */
export async function runCli(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const { spawn } = await import('node:child_process');
  const { BASE_URL: _viteBase, ...inherited } = process.env;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
      env: { ...inherited, SAMRUTIN_DEMO: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}
