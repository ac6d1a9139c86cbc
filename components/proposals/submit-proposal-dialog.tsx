'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { submitProposalAction } from '@/app/(app)/proposals/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { ZProposalSubmission } from '@/lib/validation/proposal';
import { ProposalDialog, refusalText } from './proposal-dialog';

type Input = z.input<typeof ZProposalSubmission>;
type Output = z.output<typeof ZProposalSubmission>;

/** The Chairman's submission letter for one nomination: whom it is addressed to, its number, date and
 * signer. Sent once (a new key each time the dialog opens; a double click changes state once). */
export function SubmitProposalDialog({
  nominationId,
  version,
  nominee,
  award,
  defaults,
}: {
  nominationId: number;
  version: number;
  nominee: string;
  award: string;
  defaults: { recipientBody: string; submittedOn: string; signerName: string };
}) {
  const t = useTranslations('proposals.submit');
  const tErrors = useTranslations('proposals.errors');
  const tRefusals = useTranslations('refusals');
  const tRoles = useTranslations('roles');
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const fresh = (): Input => ({ idempotencyKey: crypto.randomUUID(), nominationId, version, submissionNumber: '', ...defaults });
  // A new idempotency key each time the dialog opens; the first one is drawn once, not on every render.
  const [initial] = useState(fresh);
  const { register, handleSubmit, formState, reset } = useForm<Input, unknown, Output>({ resolver: zodResolver(ZProposalSubmission), defaultValues: initial });
  const fieldError = (name: keyof Input): string | null => {
    const code = formState.errors[name]?.message;
    return code ? (tErrors.has(code) ? tErrors(code) : tErrors('required')) : null;
  };
  const id = (name: string) => `proposal-${nominationId}-${name}`;

  const send = (data: Output) => {
    setError(null);
    startTransition(async () => {
      const result = await submitProposalAction(data);
      if (!result.ok) {
        setError(refusalText(tRefusals, tRoles, result));
        return;
      }
      dialog.current?.close();
      toast.success(t('done', { number: result.data.submissionNumber }));
      router.refresh();
    });
  };

  return (
    <ProposalDialog
      dialogRef={dialog}
      openLabel={t('open')}
      openAriaLabel={t('openFor', { nominee })}
      title={t('title')}
      intro={<p>{t('intro', { award, nominee })}</p>}
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
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id('recipient')} label={t('recipientBody')} error={fieldError('recipientBody')} className="sm:col-span-2">
          <Input {...register('recipientBody')} {...fieldAria(id('recipient'), fieldError('recipientBody'))} />
        </Field>
        <Field id={id('number')} label={t('submissionNumber')} hint={t('numberHint')} error={fieldError('submissionNumber')}>
          <Input {...register('submissionNumber')} placeholder="215/TTr-UBND" autoComplete="off" {...fieldAria(id('number'), fieldError('submissionNumber'), true)} />
        </Field>
        <Field id={id('date')} label={t('submittedOn')} error={fieldError('submittedOn')}>
          <Input type="date" {...register('submittedOn')} {...fieldAria(id('date'), fieldError('submittedOn'))} />
        </Field>
        <Field id={id('signer')} label={t('signerName')} error={fieldError('signerName')} className="sm:col-span-2">
          <Input {...register('signerName')} {...fieldAria(id('signer'), fieldError('signerName'))} />
        </Field>
      </div>
    </ProposalDialog>
  );
}
