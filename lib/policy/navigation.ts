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
    { label: 'nominations', href: '/nominations' },
    { label: 'newNomination', href: '/nominations/new' },
    { label: 'unit.rounds', href: '/#unit-rounds' },
    { label: 'unit.bloc', href: '/bloc' },
    { label: 'unit.ballot', href: '/bloc/ballot' },
    { label: 'unit.reports', href: '/bloc/reports' },
  ],
  unit_officer: [
    { label: 'unit.myWork', href: '/#unit-needs-action' },
    { label: 'nominations', href: '/nominations' },
    { label: 'newNomination', href: '/nominations/new' },
    { label: 'unit.rounds', href: '/#unit-rounds' },
    { label: 'unit.bloc', href: '/bloc' },
    { label: 'unit.reports', href: '/bloc/reports' },
  ],
  bloc_lead: [
    { label: 'bloc.year', href: '/bloc' },
    { label: 'bloc.agreement', href: '/bloc/agreement' },
    { label: 'bloc.scoring', href: '/bloc/scoring' },
    { label: 'bloc.ballot', href: '/bloc/ballot' },
    { label: 'bloc.reports', href: '/bloc/reports' },
    { label: 'bloc.awaiting', href: '/nominations?status=bloc_review' },
  ],
  appraiser: [
    { label: 'appraiser.queue', href: '/appraisal' },
    { label: 'appraiser.onHold', href: '/appraisal?status=on_hold' },
    { label: 'appraiser.notices', href: '/notices' },
    { label: 'approver.proposals', href: '/proposals' },
  ],
  council_secretary: [
    { label: 'council.sessions', href: '/council' },
    { label: 'council.agenda', href: '/nominations?status=council' },
  ],
  approver: [
    { label: 'approver.awaiting', href: '/nominations?status=awaiting_decision' },
    { label: 'newDecision', href: '/decisions/new' },
    { label: 'approver.decisions', href: '/decisions' },
    { label: 'approver.proposals', href: '/proposals' },
  ],
  auditor: [
    { label: 'auditor.chain', href: '/#audit-chain' },
    { label: 'auditLog', href: '/audit' },
    { label: 'nominations', href: '/nominations' },
    { label: 'auditor.decisions', href: '/decisions' },
    { label: 'approver.proposals', href: '/proposals' },
  ],
  admin: [
    { label: 'admin.health', href: '/#admin-health' },
    { label: 'admin.awardTypes', href: '/admin/award-types' },
  ],
};
