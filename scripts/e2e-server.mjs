// Starts Laurel for the end-to-end tests on a fresh database: a new PGlite directory, or, when
// DATABASE_URL is set, a new PostgreSQL database beside it. Builds first unless E2E_SKIP_BUILD=1
// (CI builds once before the tests).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const port = process.env.E2E_PORT ?? '3100';
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-not-for-production-0123456789',
  LAUREL_DEMO_SEED: '1',
  // The demo data is anchored to its day (its 2026 round closes on 2026-12-09).
  LAUREL_TODAY: process.env.LAUREL_TODAY ?? '2026-11-26',
};

if (process.env.E2E_SKIP_BUILD !== '1') {
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (process.env.DATABASE_URL) {
  const { default: postgres } = await import('postgres');
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  const name = 'laurel_e2e';
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  console.log(`[e2e] PostgreSQL database ${name}`);
} else {
  const dir = path.resolve('.test-data/e2e');
  fs.rmSync(dir, { recursive: true, force: true });
  env.LAUREL_DATA_DIR = dir;
  console.log(`[e2e] PGlite in ${dir}`);
}

// Stays in this process's group: Playwright stops the web server by signalling its whole group,
// which takes next's own children with it.
const server = spawn('npx', ['next', 'start', '-p', port, '-H', '127.0.0.1'], { stdio: 'inherit', env });
const stop = () => server.kill('SIGTERM');
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stop();
    process.exit(0);
  });
}
server.on('exit', (code) => process.exit(code ?? 0));
