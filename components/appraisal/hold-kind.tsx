import { CirclePause } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { HoldKind } from '@/lib/domain/hold-kinds';

/** The kind of matter a nomination is held for (discipline, investigation, inspection, complaint,
 * other); holds recorded before kinds existed read "not classified". */
export function HoldKindLabel({ kind }: { kind: HoldKind | null }) {
  const t = useTranslations('appraisal');
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap font-medium text-purple-900">
      <CirclePause aria-hidden className="size-4 shrink-0" />
      {kind ? t(`holdKinds.${kind}`) : t('holdKindUnknown')}
    </span>
  );
}
