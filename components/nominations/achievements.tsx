import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import type { NominationContent } from '@/db/queries/nomination-content';

/** A nomination's figures by year and its initiatives, as the reviewers read them. */
export function Achievements({ content }: { content: NominationContent }) {
  const t = useTranslations('nominations.editor');
  const tScopes = useTranslations('initiativeScopes');
  const format = useFormatter();
  const locale = useLocale();
  const num = (v: string | null) => (v === null ? '—' : format.number(Number(v), { maximumFractionDigits: 2 }));
  return (
    <div className="space-y-5">
      {content.figures.length > 0 ? (
        <div className="-mx-5 overflow-x-auto">
          <Table>
            <caption className="px-5 pb-2 text-left text-sm font-semibold">{t('figures.heading')}</caption>
            <thead>
              <tr>
                <Th>{t('figures.indicator')}</Th>
                <Th>{t('figures.year')}</Th>
                <Th className="text-right">{t('figures.targetColumn')}</Th>
                <Th className="text-right">{t('figures.resultColumn')}</Th>
                <Th className="text-right">{t('figures.change')}</Th>
              </tr>
            </thead>
            <tbody>
              {content.figures.map((f) => (
                <tr key={`${f.indicatorId}-${f.year}`}>
                  <Td>
                    {locale === 'vi' ? f.nameVi : f.nameEn} <span className="text-stone-500">({locale === 'vi' ? f.unitVi : f.unitEn})</span>
                  </Td>
                  <Td className="tabular-nums">{f.year}</Td>
                  <Td className="text-right tabular-nums">{num(f.target)}</Td>
                  <Td className="text-right tabular-nums">{num(f.result)}</Td>
                  <Td className="text-right tabular-nums">{f.changePct === null ? '—' : `${Number(f.changePct) > 0 ? '+' : ''}${num(f.changePct)}%`}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      ) : null}
      {content.initiatives.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">{t('initiatives.heading')}</h3>
          <ul className="space-y-2">
            {content.initiatives.map((x) => (
              <li key={x.id} className="rounded-md border border-stone-200 p-3 text-sm">
                <span className="block font-medium">{x.title}</span>
                <span className="block text-stone-700">
                  {tScopes(x.scope)} · {x.certifyingBody} · {format.dateTime(new Date(`${x.certifiedOn}T12:00:00+07:00`), 'short')}
                </span>
                <span className="block text-xs text-stone-600">{x.decisionReference}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
