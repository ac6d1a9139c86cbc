import type { Role } from '@/lib/domain/constants';

export interface NavItem {
  /** Message key under `nav`. */
  label: string;
  href: string;
}

/** What each role's navigation section holds (ux.md). Items point at the work the person has now;
 * later features add their pages here. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  unit_head: [
    { label: 'unit.myWork', href: '/#unit-needs-action' },
    { label: 'unit.nominations', href: '/#unit-in-progress' },
    { label: 'unit.rounds', href: '/#unit-rounds' },
  ],
  unit_officer: [
    { label: 'unit.myWork', href: '/#unit-needs-action' },
    { label: 'unit.nominations', href: '/#unit-in-progress' },
    { label: 'unit.rounds', href: '/#unit-rounds' },
  ],
  bloc_lead: [
    { label: 'bloc.year', href: '/#bloc-year' },
    { label: 'bloc.members', href: '/#bloc-members' },
    { label: 'bloc.awaiting', href: '/#bloc-awaiting' },
  ],
  appraiser: [
    { label: 'appraiser.queue', href: '/#appraisal-queue' },
    { label: 'appraiser.onHold', href: '/#appraisal-on-hold' },
  ],
  council_secretary: [{ label: 'council.agenda', href: '/#council-agenda' }],
  approver: [
    { label: 'approver.awaiting', href: '/#approver-awaiting' },
    { label: 'approver.decisions', href: '/#approver-decisions' },
  ],
  auditor: [
    { label: 'auditor.chain', href: '/#audit-chain' },
    { label: 'auditor.events', href: '/#audit-events' },
  ],
  admin: [{ label: 'admin.health', href: '/#admin-health' }],
};
