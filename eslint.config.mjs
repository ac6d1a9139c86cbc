import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.data/**', '.test-data/**', 'node_modules/**', 'drizzle/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
  {
    // Rule 1 of the house: only the data access layer touches the database.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Only db/queries may use drizzle-orm.' },
            { group: ['@/db/client', '@/db/schema', '@/db/schema/*'], message: 'Go through db/queries.' },
          ],
        },
      ],
    },
  },
];

export default config;
