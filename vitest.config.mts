import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

const alias = {
  '@': root,
  // db/queries import 'server-only', which throws outside React's server bundle; in tests it is empty.
  'server-only': path.join(root, 'tests/server-only-stub.ts'),
};

// The demo data is anchored to its day: the suites run on it whatever the calendar says.
const env = { LAUREL_TODAY: '2026-11-26' };

export default defineConfig({
  resolve: { alias },
  test: {
    env,
    projects: [
      {
        resolve: { alias },
        test: { env, name: 'unit', include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          env,
          name: 'db',
          include: ['tests/db/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Each file migrates and seeds its own databases; two at a time fits two cores.
          maxWorkers: 2,
        },
      },
    ],
  },
});
