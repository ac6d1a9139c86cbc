// npm run docs:workflow [-- --check] — writes docs/workflow.md from the transition table
// (lib/workflow/transitions.ts). With --check, writes nothing and exits 1 if the file is out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderWorkflowDoc } from '../lib/workflow/render-docs';

const RELATIVE = 'docs/workflow.md';

function main(): number {
  const check = process.argv.slice(2).includes('--check');
  const file = path.join(process.cwd(), RELATIVE);
  const expected = renderWorkflowDoc();
  const actual = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (check) {
    if (actual === expected) {
      console.log(`${RELATIVE} is up to date.`);
      return 0;
    }
    console.error(`${RELATIVE} is out of date: run npm run docs:workflow`);
    return 1;
  }
  if (actual === expected) {
    console.log(`${RELATIVE} is already up to date.`);
    return 0;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, expected, 'utf8');
  console.log(`Wrote ${RELATIVE}.`);
  return 0;
}

process.exitCode = main();
