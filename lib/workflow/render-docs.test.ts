import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NOMINATION_STATUSES } from '@/lib/domain/constants';
import { renderWorkflowDoc, stateId } from './render-docs';
import { TERMINAL_STATUSES, TRANSITIONS, allGuardsOf } from './transitions';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const doc = renderWorkflowDoc();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('docs/workflow.md', () => {
  it('is the committed output of renderWorkflowDoc()', () => {
    const file = path.join(root, 'docs/workflow.md');
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    expect(committed === doc, 'docs/workflow.md is out of date: run npm run docs:workflow').toBe(true);
  });

  it('is deterministic and ends in one newline', () => {
    expect(renderWorkflowDoc()).toBe(doc);
    expect(doc.endsWith('\n')).toBe(true);
    expect(doc.endsWith('\n\n')).toBe(false);
  });

  it('names every action, status and role of the table', () => {
    for (const t of TRANSITIONS) {
      expect(doc, t.action).toContain(`\`${t.action}\``);
      for (const role of t.roles) expect(doc, role).toContain(`\`${role}\``);
      for (const guard of allGuardsOf(t)) expect(doc, guard).toContain(`\`${guard}\``);
      for (const s of [...t.from, ...t.to]) if (s !== null) expect(doc, s).toContain(`\`${s}\``);
    }
    for (const s of NOMINATION_STATUSES) expect(doc, s).toContain(`\`${s}\``);
  });

  it('draws every (from → to) pair of the table as a Mermaid edge labelled with its action', () => {
    const edges = doc.split('\n').filter((line) => line.includes(' --> '));
    for (const t of TRANSITIONS)
      for (const from of t.from)
        for (const to of t.to) {
          const source = from === null ? '[*]' : stateId(from);
          const edge = new RegExp(`^\\s*${escape(source)} --> ${escape(stateId(to))} : (.*, )?${t.action}(, .*)?$`);
          expect(
            edges.some((line) => edge.test(line)),
            `${source} --> ${stateId(to)} : ${t.action}`,
          ).toBe(true);
        }
    expect(edges).toContain('    [*] --> draft : create');
    for (const s of TERMINAL_STATUSES) expect(edges).toContain(`    ${stateId(s)} --> [*]`);
  });

  it('declares every state with a quoted label and a plain identifier', () => {
    for (const s of NOMINATION_STATUSES) {
      expect(stateId(s)).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(doc).toMatch(new RegExp(`^    state "${escape(s)} — [^"]+ / [^"]+" as ${stateId(s)}$`, 'm'));
    }
  });
});
