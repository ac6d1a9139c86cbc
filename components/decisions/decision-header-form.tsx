'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { updateDecisionDraftAction } from '@/app/(app)/decisions/actions';
import { Button } from '@/components/ui/button';
import { ZDecisionHeaderUpdate } from '@/lib/validation/decision';
import { HeaderFields, readHeader, type HeaderValues } from './header-fields';
import { refusalText } from './refusal-text';

/** The approver edits a draft's header; the prizes are recomputed for a new date. */
export function DecisionHeaderForm({ decisionId, values }: { decisionId: number; values: HeaderValues }) {
  const t = useTranslations('decisions.page');
  const tRefusals = useTranslations('refusals');
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const save = () => {
    const parsed = ZDecisionHeaderUpdate.safeParse({ decisionId, ...readHeader(form.current!) });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    setFormError(null);
    startTransition(async () => {
      const result = await updateDecisionDraftAction(parsed.data);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFormError(refusalText(tRefusals, result));
        return;
      }
      toast.success(t('saved'));
      router.refresh();
    });
  };

  return (
    <form
      ref={form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      className="space-y-4"
    >
      <HeaderFields idPrefix={`decision-${decisionId}`} values={values} errors={errors} />
      {formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t('working') : t('save')}
      </Button>
    </form>
  );
}
