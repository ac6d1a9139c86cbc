import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureAuthSecret } from '@/db/startup';

describe('the development secret', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-secret-'));
    vi.stubEnv('LAUREL_DATA_DIR', dir);
    vi.stubEnv('AUTH_SECRET', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is generated into the data directory once and reused', () => {
    vi.stubEnv('NODE_ENV', 'development');
    ensureAuthSecret();
    const first = process.env.AUTH_SECRET;
    expect(first).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    expect(fs.readFileSync(path.join(dir, 'auth-secret'), 'utf8')).toBe(first);
    expect(fs.statSync(path.join(dir, 'auth-secret')).mode & 0o077).toBe(0);
    vi.stubEnv('AUTH_SECRET', '');
    ensureAuthSecret();
    expect(process.env.AUTH_SECRET).toBe(first);
  });

  it('is refused in production, with a message that says what to set', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => ensureAuthSecret()).toThrow(/AUTH_SECRET is not set.*refuses to start in production/);
    expect(fs.existsSync(path.join(dir, 'auth-secret'))).toBe(false);
  });

  it('keeps a configured secret', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('AUTH_SECRET', 'configured-by-the-operator');
    ensureAuthSecret();
    expect(process.env.AUTH_SECRET).toBe('configured-by-the-operator');
  });
});
