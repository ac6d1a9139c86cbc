import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { auditEvents } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { createScratchPostgres } from './harness';

// `npm run audit:verify` as an operator runs it: a process of its own against the configured database.

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runVerifier(env: Record<string, string>, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/audit-verify.ts', ...args], {
      env: { ...process.env, MIGRATION_DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

async function seededHead(database: Database): Promise<{ seq: number; hash: string }> {
  await migrateDatabase(database);
  await seedDemo(database.db);
  const [last] = await database.db.select({ seq: auditEvents.seq, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  if (!last) throw new Error('the seed wrote no audit event');
  return last;
}

/** Edits event 50's reason as a superuser would, with the append-only trigger bypassed. */
async function tamperWithEvent50(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.update(auditEvents).set({ reason: 'Sửa lén' }).where(eq(auditEvents.seq, 50));
  });
}

describe('npm run audit:verify [pglite]', () => {
  let dataDir: string;
  let head: { seq: number; hash: string };
  const env = () => ({ DATABASE_URL: '', LAUREL_DATA_DIR: dataDir });
  const open = () => openDatabase({ dir: path.join(dataDir, 'pglite') });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-verify-'));
    const database = await open();
    try {
      head = await seededHead(database);
    } finally {
      // Closed, so that the verifier's process may open the directory.
      await database.close();
    }
  });

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits 0 on the intact chain and prints its head', async () => {
    const run = await runVerifier(env());
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`Audit chain intact: ${head.seq} events verified`);
    expect(run.stdout).toContain(`Head: sequence ${head.seq}, hash ${head.hash}`);
  });

  it('exits 1 when the chain ends before the expected head', async () => {
    const run = await runVerifier(env(), ['--expect-head', `${head.seq + 5}:${'a'.repeat(64)}`]);
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain(`BROKEN at sequence ${head.seq + 1}`);
    expect(run.stdout).toContain(`the newest events, from ${head.seq + 1} on, were removed`);
  });

  it('exits 2 with the reason while another process holds the database', async () => {
    const owner = await open();
    try {
      const run = await runVerifier(env());
      expect(run.status, run.stdout + run.stderr).toBe(2);
      expect(run.stderr).toContain(`in use by process ${process.pid}`);
    } finally {
      await owner.close();
    }
  });

  it('exits 1 naming sequence 50 after event 50 was edited', async () => {
    const database = await open();
    try {
      await tamperWithEvent50(database);
    } finally {
      await database.close();
    }
    const run = await runVerifier(env());
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('Audit chain BROKEN at sequence 50: event 50 was changed after it was recorded');
    expect(run.stdout).not.toContain('Head:');
  });
});

// Registered only when a PostgreSQL server is configured.
if (process.env.DATABASE_URL) {
  describe('npm run audit:verify [postgres]', () => {
    let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
    let database: Database;
    let head: { seq: number; hash: string };

    beforeAll(async () => {
      scratch = await createScratchPostgres();
      database = await openDatabase({ url: scratch.url });
      head = await seededHead(database);
    });

    afterAll(async () => {
      await database?.close();
      await scratch?.drop();
    });

    it('exits 0 on the intact chain and prints its head, then 1 naming sequence 50 after it was edited', async () => {
      const intact = await runVerifier({ DATABASE_URL: scratch.url }, ['--expect-head', `${head.seq}:${head.hash}`]);
      expect(intact.status, intact.stdout + intact.stderr).toBe(0);
      expect(intact.stdout).toContain(`Head: sequence ${head.seq}, hash ${head.hash}`);

      await tamperWithEvent50(database);
      const broken = await runVerifier({ DATABASE_URL: scratch.url });
      expect(broken.status, broken.stdout + broken.stderr).toBe(1);
      expect(broken.stdout).toContain('Audit chain BROKEN at sequence 50');
    });
  });
}
