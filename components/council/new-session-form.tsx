'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { createCouncilSessionAction } from '@/app/(app)/council/actions';
import { Button } from '@/components/ui/button';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { CouncilError, useCouncilAction } from './council-action';

/** The secretary calls a session: its day and place. The members are the council's on that day. */
export function NewCouncilSessionForm({ today }: { today: string }) {
  const t = useTranslations('council.new');
  const router = useRouter();
  const { run, error, pending } = useCouncilAction();

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        run(createCouncilSessionAction, { heldOn: form.get('heldOn'), location: form.get('location') }, t('created'), (data) => router.push(`/council/${(data as { sessionId: number }).sessionId}`));
      }}
    >
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field id="heldOn" label={t('heldOn')}>
          <Input {...fieldAria('heldOn', null)} name="heldOn" type="date" required defaultValue={today} />
        </Field>
        <Field id="location" label={t('location')} hint={t('locationHint')}>
          <Input {...fieldAria('location', null, true)} name="location" required minLength={3} maxLength={300} autoComplete="off" />
        </Field>
      </div>
      <CouncilError error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? t('working') : t('submit')}
      </Button>
    </form>
  );
}
