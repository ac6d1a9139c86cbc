import { useFormatter, useTranslations } from 'next-intl';

/** Money as each language writes it: 18.720.000 ₫ / 18,720,000 VND (ux.md), in tabular figures. */
export function Money({ value }: { value: number }) {
  const t = useTranslations('decisions');
  const format = useFormatter();
  return <span className="whitespace-nowrap tabular-nums">{t('money', { amount: format.number(value, { maximumFractionDigits: 0 }) })}</span>;
}
