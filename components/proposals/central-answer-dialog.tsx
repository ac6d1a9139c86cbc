'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { recordCentralAnswerAction } from '@/app/(app)/proposals/actions';
import { Field, Textarea, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { ZCentralAnswer } from '@/lib/validation/proposal';
import { ProposalDialog, refusalText } from './proposal-dialog';

type Input = z.input<typeof ZCentralAnswer>;
type Output = z.output<typeof ZCentralAnswer>;

/** The central body's answer to one proposal: accepted (the nomination is approved and the award
 * enters the history) or refused (the nomination is rejected, the answer being the reason). */
export function CentralAnswerDialog({
  proposalId,
  version,
  number,
  nominee,
  award,
  today,
}: {
  proposalId: number;
  version: number;
  number: string;
  nominee: string;
  award: string;
  today: string;
}) {
  const t = useTranslations('proposals.answer');
  const tErrors = useTranslations('proposals.errors');
  const tRefusals = useTranslations('refusals');
  const tRoles = useTranslations('roles');
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const fresh = (): Input => ({ idempotencyKey: crypto.randomUUID(), proposalId, version, answer: 'accepted', answeredOn: today, reference: '', note: '' });
  // A new idempotency key each time the dialog opens; the first one is drawn once, not on every render.
  const [initial] = useState(fresh);
  const { register, handleSubmit, formState, reset, control } = useForm<Input, unknown, Output>({ resolver: zodResolver(ZCentralAnswer), defaultValues: initial });
  const answer = useWatch({ control, name: 'answer' });
  const fieldError = (name: keyof Input): string | null => {
    const code = formState.errors[name]?.message;
    return code ? (tErrors.has(code) ? tErrors(code) : tErrors('required')) : null;
  };
  const id = (name: string) => `answer-${proposalId}-${name}`;

  const send = (data: Output) => {
    setError(null);
    startTransition(async () => {
      const result = await recordCentralAnswerAction(data);
      if (!result.ok) {
        setError(refusalText(tRefusals, tRoles, result));
        return;
      }
      dialog.current?.close();
      toast.success(t('done', { number }));
      router.refresh();
    });
  };

  return (
    <ProposalDialog
      dialogRef={dialog}
      openLabel={t('open')}
      openAriaLabel={t('openFor', { number })}
      title={t('title')}
      intro={<p>{t('intro', { number, award, nominee })}</p>}
      error={error}
      pending={pending}
      confirmLabel={t('confirm')}
      onOpen={() => {
        setError(null);
        reset(fresh());
      }}
      // Validated by the shared schema, then sent: the handler reads the dialog only when the form is sent.
      onSubmit={(event) => void handleSubmit(send)(event)}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">{t('outcome')}</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" value="accepted" className="mt-0.5 size-4 accent-brand-700" {...register('answer')} />
          <span>
            <span className="block font-medium">{t('accepted')}</span>
            <span className="block text-stone-600">{t('acceptedEffect')}</span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" value="refused" className="mt-0.5 size-4 accent-brand-700" {...register('answer')} />
          <span>
            <span className="block font-medium">{t('refused')}</span>
            <span className="block text-stone-600">{t('refusedEffect')}</span>
          </span>
        </label>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id('reference')} label={t('reference')} hint={t('referenceHint')} error={fieldError('reference')}>
          <Input {...register('reference')} autoComplete="off" {...fieldAria(id('reference'), fieldError('reference'), true)} />
        </Field>
        <Field id={id('date')} label={t('answeredOn')} error={fieldError('answeredOn')}>
          <Input type="date" {...register('answeredOn')} {...fieldAria(id('date'), fieldError('answeredOn'))} />
        </Field>
        <Field id={id('note')} label={t('note')} hint={answer === 'refused' ? t('noteHintRefused') : t('noteHint')} error={fieldError('note')} className="sm:col-span-2">
          <Textarea rows={3} {...register('note')} {...fieldAria(id('note'), fieldError('note'), true)} />
        </Field>
      </div>
    </ProposalDialog>
  );
}
