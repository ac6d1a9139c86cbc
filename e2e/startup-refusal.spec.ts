import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// Issue 2: in production the server refuses to start without AUTH_SECRET, and says so.
test('a production server without AUTH_SECRET stops with the reason', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LAUREL_DATA_DIR: '.test-data/no-secret', NEXT_TELEMETRY_DISABLED: '1' };
  delete env.AUTH_SECRET;
  delete env.DATABASE_URL;
  const run = spawnSync('npx', ['next', 'start', '-p', '3199', '-H', '127.0.0.1'], { env, encoding: 'utf8', timeout: 60_000 });
  expect(run.status).toBe(1);
  expect(run.stderr + run.stdout).toContain('AUTH_SECRET is not set. Laurel refuses to start in production without it');
});
