'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { toast } from 'sonner';
import { answerNoticeCommentAction } from '@/app/(app)/notices/actions';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Textarea } from '@/components/ui/field';
import { ZNoticeAnswer } from '@/lib/validation/notice';
import { useRefusalText } from './use-refusal-text';

/** The appraiser's answer to one comment from the public; recorded once, audited with its text. */
export function AnswerForm({ commentId, author }: { commentId: number; author: string }) {
  const t = useTranslations('notices.answer');
  const refusalText = useRefusalText();
  const router = useRouter();
  const [answer, setAnswer] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = `answer-${commentId}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = ZNoticeAnswer.safeParse({ commentId, answer });
    if (!parsed.success) {
      setFieldError(t('invalid'));
      return;
    }
    setFieldError(null);
    setError(null);
    start(async () => {
      const result = await answerNoticeCommentAction(parsed.data);
      if (!result.ok) {
        setError(refusalText(result));
        return;
      }
      toast.success(t('done', { author }));
      setAnswer('');
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <Field id={id} label={t('label', { author })} hint={t('hint')} error={fieldError}>
        <Textarea name="answer" rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={2000} {...fieldAria(id, fieldError, true)} />
      </Field>
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t('sending') : t('send')}
      </Button>
    </form>
  );
}
