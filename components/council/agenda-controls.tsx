'use client';

import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { removeCouncilAgendaAction, reorderCouncilAgendaAction } from '@/app/(app)/council/actions';
import { Button } from '@/components/ui/button';
import { CouncilError, useCouncilAction } from './council-action';

/** Moves an item within its award's group (it swaps places with its neighbour there) or takes it off
 * the agenda before its ballot. */
export function AgendaItemControls({ sessionId, order, nominationId, previousId, nextId, reference, removable }: { sessionId: number; order: number[]; nominationId: number; previousId: number | null; nextId: number | null; reference: string; removable: boolean }) {
  const t = useTranslations('council.agenda');
  const { run, error, pending } = useCouncilAction();
  const swap = (other: number) => order.map((id) => (id === nominationId ? other : id === other ? nominationId : id));

  return (
    <div className="space-y-1">
      <div className="flex gap-1">
        <Button type="button" variant="ghost" size="sm" disabled={pending || previousId === null} aria-label={t('moveUp', { reference })} title={t('up')} onClick={() => run(reorderCouncilAgendaAction, { sessionId, nominationIds: swap(previousId!) }, t('moved'))}>
          <ArrowUp className="size-4" aria-hidden="true" />
        </Button>
        <Button type="button" variant="ghost" size="sm" disabled={pending || nextId === null} aria-label={t('moveDown', { reference })} title={t('down')} onClick={() => run(reorderCouncilAgendaAction, { sessionId, nominationIds: swap(nextId!) }, t('moved'))}>
          <ArrowDown className="size-4" aria-hidden="true" />
        </Button>
        {removable ? (
          <Button type="button" variant="ghost" size="sm" disabled={pending} aria-label={t('removeLabel', { reference })} title={t('remove')} onClick={() => run(removeCouncilAgendaAction, { sessionId, nominationId }, t('removed', { reference }))}>
            <X className="size-4" aria-hidden="true" />
          </Button>
        ) : null}
      </div>
      <CouncilError error={error} />
    </div>
  );
}
