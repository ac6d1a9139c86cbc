// Renders docs/workflow.md from the transition table (architecture rule 3: the docs read the table).
// Pure and deterministic: `npm run docs:workflow` writes its output, and a unit test checks that the
// committed file still matches it.
import { NOMINATION_STATUSES, ROLES, type NominationStatus, type Role } from '@/lib/domain/constants';
import en from '@/lib/i18n/messages/en.json';
import vi from '@/lib/i18n/messages/vi.json';
import { TERMINAL_STATUSES, TRANSITIONS, allGuardsOf, type GuardName, type Target, type Transition, type WorkflowAction } from './transitions';

/** What each named guard checks, in English (shared/domain.md §6). */
export const GUARD_EXPLANATIONS: Record<GuardName, string> = {
  award_open_in_round: 'The award is open for nominations in the round.',
  nominee_in_scope: 'The nominee belongs to the unit (or a sub-unit) of the officer or head who creates the nomination.',
  required_documents_present: 'Every document the award requires is attached to the dossier.',
  summary_present: 'The dossier states its achievements in words (an achievement summary of at least 20 characters).',
  eligibility_confirmed:
    "The eligibility checks pass, or the unit head confirms sending a nomination that fails one; the result and the confirmation travel with it in the audit event.",
  before_round_deadline: "The round's submission deadline has not passed.",
  province_returns_once:
    'The province returns a dossier for completion once only: a second return from appraisal is refused.',
  requested_items_supplied: 'What was asked for when the dossier was returned has been supplied.',
  bloc_ballot_passed: "The bloc's ballot is recorded and passes the bloc's rule.",
  within_bloc_quota: 'Endorsing the nomination keeps the bloc within its quota for the award.',
  eligibility_passed_or_overridden:
    'Every eligibility check passes, or an override is recorded with a written justification.',
  council_quorum_met:
    'The council ballot met its quorum; the pass threshold counts all members unless a rule says otherwise.',
  notice_window_elapsed:
    'The public notice has run its working days (at least 10 where the award type requires a notice).',
  notice_comments_answered: 'Every comment received during the public notice has been answered.',
  inside_decision:
    "The approval is made inside a decision with a number, a date and a signer's name and title; an award the province only proposes upward is never approved this way.",
  central_answer_accepted:
    "For an award the province proposes upward (Government flag, Prime Minister's certificate, national emulation fighter): the central body's acceptance is recorded against the province's submission, with its reference and date.",
  no_proposal_pending:
    "For an award the province proposes upward: once the submission letter is sent, the nomination is rejected only on the central body's refusal, recorded against the letter (before it, the approver may decline to propose).",
  legal_ground_given:
    'A legal ground is given for the revocation (false achievements, forged documents, unlawful procedure) besides the reason.',
};

type Resolve = Exclude<Target, NominationStatus>;

/** How a transition with several possible targets picks one. */
export const RESOLVE_EXPLANATIONS: Record<Resolve, string> = {
  origin: 'back to the status the nomination was returned from (`resubmit`) or held from (`release`).',
  by_route: '`bloc_review` for awards routed through a bloc, `appraisal` otherwise.',
  by_ballot:
    'passed: `public_notice` when the award requires a public notice, `awaiting_decision` otherwise; failed: `rejected`.',
};

const CREATION = '[*]';

/** A valid Mermaid state id for a status code (status codes already are; anything else becomes `_`). */
export function stateId(status: NominationStatus): string {
  const id = status.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(id) ? id : `s_${id}`;
}

const statusVi = (s: NominationStatus): string => vi.status[s];
const statusEn = (s: NominationStatus): string => en.status[s];
const roleVi = (r: Role): string => vi.roles[r];
const roleEn = (r: Role): string => en.roles[r];
const actionVi = (a: WorkflowAction): string => vi.actions[a];
const actionEn = (a: WorkflowAction): string => en.actions[a];

const code = (s: string): string => `\`${s}\``;
/** A table cell: no pipes or line breaks may leak into the Markdown table. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** A Mermaid quoted label: double quotes are written as an entity. */
const mermaidLabel = (s: string): string => s.replace(/"/g, '#quot;');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function mermaid(): string[] {
  const lines = ['```mermaid', 'stateDiagram-v2'];
  for (const s of NOMINATION_STATUSES)
    lines.push(`    state "${mermaidLabel(`${s} — ${statusVi(s)} / ${statusEn(s)}`)}" as ${stateId(s)}`);
  lines.push('');
  // One edge per (from, to), labelled with every action that takes it, in table order.
  const edges = new Map<string, WorkflowAction[]>();
  for (const t of TRANSITIONS)
    for (const from of t.from)
      for (const to of t.to) {
        const key = `${from === null ? CREATION : stateId(from)} --> ${stateId(to)}`;
        const actions = edges.get(key) ?? [];
        if (!actions.includes(t.action)) actions.push(t.action);
        edges.set(key, actions);
      }
  for (const [edge, actions] of edges) lines.push(`    ${edge} : ${actions.join(', ')}`);
  lines.push('');
  for (const s of TERMINAL_STATUSES) lines.push(`    ${stateId(s)} --> ${CREATION}`);
  lines.push('```');
  return lines;
}

/** A transition's guards, with those that replace them for a review body. */
function guardsCell(t: Transition): string {
  const base = t.guards.length ? t.guards.map(code).join(', ') : '—';
  const byBody = Object.entries(t.guardsByReviewBody ?? {}).map(([body, guards]) => `${code(body)} awards instead: ${(guards ?? []).map(code).join(', ') || '—'}`);
  return byBody.length ? `${base} (${byBody.join('; ')})` : base;
}

function transitionsTable(): string[] {
  const rows = TRANSITIONS.map((t) => [
    `${code(t.action)} — ${actionVi(t.action)} / ${actionEn(t.action)}`,
    t.from.map((f) => (f === null ? '(creation)' : code(f))).join(', '),
    t.to.map(code).join(t.resolve ? ' or ' : ', ') + (t.resolve ? ` (${code(t.resolve)})` : ''),
    t.roles.map(code).join(', '),
    guardsCell(t),
    t.requiresReason ? 'yes' : 'no',
  ]);
  return table(['Action', 'From', 'To', 'Roles', 'Guards', 'Reason required'], rows);
}

function statusesTable(): string[] {
  const rows = NOMINATION_STATUSES.map((s) => [
    code(s),
    statusVi(s),
    statusEn(s),
    TERMINAL_STATUSES.includes(s) ? 'yes' : 'no',
  ]);
  return table(['Status', 'Vietnamese', 'English', 'Terminal'], rows);
}

function rolesTable(): string[] {
  const rows = ROLES.map((r) => {
    const actions = unique(TRANSITIONS.filter((t) => t.roles.includes(r)).map((t) => t.action));
    return [code(r), roleVi(r), roleEn(r), actions.length ? actions.map(code).join(', ') : '—'];
  });
  return table(['Role', 'Vietnamese', 'English', 'Actions'], rows);
}

function guardsList(): string[] {
  return (Object.keys(GUARD_EXPLANATIONS) as GuardName[]).map((g) => {
    const actions = unique(TRANSITIONS.filter((t) => allGuardsOf(t).includes(g)).map((t) => t.action));
    const usedBy = actions.length ? ` (${actions.map(code).join(', ')})` : ' (not used by any transition)';
    return `- ${code(g)}${usedBy}: ${GUARD_EXPLANATIONS[g]}`;
  });
}

function resolveList(): string[] {
  return (Object.keys(RESOLVE_EXPLANATIONS) as Resolve[]).map((r) => {
    const actions = unique(TRANSITIONS.filter((t) => t.resolve === r).map((t) => t.action));
    const usedBy = actions.length ? ` (${actions.map(code).join(', ')})` : ' (not used by any transition)';
    return `- ${code(r)}${usedBy}: ${RESOLVE_EXPLANATIONS[r]}`;
  });
}

/** The whole of docs/workflow.md. */
export function renderWorkflowDoc(): string {
  const lines = [
    '# Nomination workflow',
    '',
    'This file is generated by `npm run docs:workflow` from `lib/workflow/transitions.ts`; do not edit it by hand.',
    'Labels are those of the app (`lib/i18n/messages/vi.json` and `en.json`).',
    '',
    '## State diagram',
    '',
    ...mermaid(),
    '',
    '## Transitions',
    '',
    'A row whose target is resolved (see [Resolved targets](#resolved-targets)) lists every status it may lead to.',
    '',
    ...transitionsTable(),
    '',
    '## Statuses',
    '',
    ...statusesTable(),
    '',
    '## Roles',
    '',
    ...rolesTable(),
    '',
    '## Guards',
    '',
    'Named conditions that the data access layer checks against the record and the rules before a transition.',
    '',
    ...guardsList(),
    '',
    '## Resolved targets',
    '',
    'Where a transition has several possible targets, one is chosen when it is taken:',
    '',
    ...resolveList(),
  ];
  return `${lines.join('\n')}\n`;
}
