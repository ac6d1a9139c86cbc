import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ComponentType } from 'react';
import { BlocSection } from '@/components/home/bloc-section';
import { AdminSection, AuditorSection } from '@/components/home/oversight-sections';
import { ApproverSection, AppraiserSection, CouncilSection } from '@/components/home/province-sections';
import { UnitSection } from '@/components/home/unit-section';
import { getCurrentUser } from '@/db/queries/current-user';
import type { Role } from '@/lib/domain/constants';
import { rolesInOrder, type RoleGrant } from '@/lib/policy/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('home'))('title') };
}

const SECTIONS: Record<Role, ComponentType<{ grant: RoleGrant }>> = {
  unit_head: UnitSection,
  unit_officer: UnitSection,
  bloc_lead: BlocSection,
  appraiser: AppraiserSection,
  council_secretary: CouncilSection,
  approver: ApproverSection,
  auditor: AuditorSection,
  admin: AdminSection,
};

/** Home is the person's work, one section per role they hold (ux.md). */
export default async function HomePage() {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const t = await getTranslations('home');
  const format = await getFormatter();
  const roles = rolesInOrder(viewer);
  return (
    <div className="mx-auto max-w-7xl space-y-8">
      <header>
        <h1 className="text-2xl font-semibold text-stone-900">{t('greeting', { name: viewer.displayName })}</h1>
        <p className="text-sm text-stone-600">{t('today', { date: format.dateTime(new Date(), 'short') })}</p>
      </header>
      {roles.length === 0 ? <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">{t('noRoles')}</p> : null}
      {roles.flatMap((role) =>
        viewer.grants
          .filter((g) => g.role === role || (role === 'unit_head' && g.role === 'unit_officer' && !viewer.grants.some((h) => h.role === 'unit_head' && h.unitId === g.unitId)))
          .map((grant) => {
            const Section = SECTIONS[grant.role];
            return <Section key={`${grant.role}-${grant.unitId ?? grant.blocTermId}`} grant={grant} />;
          }),
      )}
    </div>
  );
}
