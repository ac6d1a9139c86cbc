import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DecisionForm } from '@/components/nominations/decision-form';
import { getCurrentUser } from '@/db/queries/current-user';
import { listNominationsForViewer } from '@/db/queries/nominations';
import { todayInVietnam } from '@/lib/rules/dates';
import { hasRole } from '@/lib/policy/viewer';
import { AWAITING_DECISION } from '@/lib/workflow/status-groups';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nominations.decision'))('title') };
}

export default async function NewDecisionPage() {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const t = await getTranslations('nominations.decision');
  const tRefusals = await getTranslations('refusals');
  const locale = await getLocale();
  if (!hasRole(viewer, 'approver')) return <p className="mx-auto max-w-2xl rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">{tRefusals('role_not_permitted', { roles: '' })}</p>;
  const page = await listNominationsForViewer(viewer, { status: AWAITING_DECISION });
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-stone-600">{t('intro')}</p>
      </div>
      <DecisionForm
        candidates={page.rows.map((r) => ({ id: r.id, version: r.version, reference: r.reference, nominee: pick(r.nomineeVi, r.nomineeEn), award: pick(r.awardVi, r.awardEn) }))}
        defaults={{
          signedOn: todayInVietnam(),
          signerName: viewer.displayName,
          signerTitleVi: 'Chủ tịch Ủy ban nhân dân tỉnh',
          signerTitleEn: 'Chairman of the Provincial People’s Committee',
          legalBases: 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP; Tờ trình và kết quả thẩm định của Sở Nội vụ; kết quả biểu quyết của Hội đồng Thi đua – Khen thưởng tỉnh.',
        }}
      />
    </div>
  );
}
