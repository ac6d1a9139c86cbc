'use client';

import { CircleCheck } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState, useTransition, type FormEvent } from 'react';
import { postNoticeCommentAction } from '@/app/public/notices/[id]/actions';
import { useRefusalText } from '@/components/notices/use-refusal-text';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select, Textarea } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { COMMENT_LIMITS, HONEYPOT_FIELD, ZNoticeComment } from '@/lib/validation/notice';

type FieldName = 'candidate' | 'authorName' | 'contact' | 'body';
const FIELDS: readonly FieldName[] = ['candidate', 'authorName', 'contact', 'body'];
const LIMIT_PARAMS: Record<FieldName, { min?: number; max?: number }> = {
  candidate: {},
  authorName: COMMENT_LIMITS.authorName,
  contact: COMMENT_LIMITS.contact,
  body: COMMENT_LIMITS.body,
};

/** A comment from the public on one candidate. The name is kept with the comment, the contact only for
 * the answer; neither is published. After sending, the form says that the comment goes to the
 * appraisers, who will answer it. */
export function CommentForm({ noticeId, candidates, selected }: { noticeId: number; candidates: { token: string; name: string }[]; selected: string | null }) {
  const t = useTranslations('publicNotice.form');
  const refusalText = useRefusalText();
  const [sent, setSent] = useState(false);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  // onSubmit rather than a form action: a refused comment keeps what the person typed.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const input = {
      noticeId,
      candidate: String(formData.get('candidate') ?? ''),
      authorName: String(formData.get('authorName') ?? ''),
      contact: String(formData.get('contact') ?? ''),
      body: String(formData.get('body') ?? ''),
      [HONEYPOT_FIELD]: String(formData.get(HONEYPOT_FIELD) ?? ''),
    };
    const parsed = ZNoticeComment.safeParse(input);
    if (!parsed.success) {
      const found: Partial<Record<FieldName, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as FieldName;
        if (FIELDS.includes(field)) found[field] ??= t(`errors.${field}`, LIMIT_PARAMS[field]);
      }
      setErrors(found);
      setFormError(t('fixFields'));
      return;
    }
    setErrors({});
    setFormError(null);
    start(async () => {
      const result = await postNoticeCommentAction(input);
      if (result.ok) {
        setSent(true);
        setBody('');
        return;
      }
      if (result.formError === 'not_found') setFormError(t('unknownCandidate'));
      else if (result.formError === 'invalid_input') setFormError(t('fixFields'));
      else setFormError(refusalText(result));
    });
  };

  if (sent) {
    return (
      <div role="status" className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-emerald-900">
        <h3 tabIndex={-1} ref={(el) => el?.focus()} className="flex items-center gap-2 font-semibold outline-none">
          <CircleCheck aria-hidden className="size-5" />
          {t('sentTitle')}
        </h3>
        <p className="text-sm">{t('sentText')}</p>
        <Button type="button" variant="secondary" onClick={() => setSent(false)}>
          {t('another')}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="relative space-y-4">
      <Field id="comment-candidate" label={t('candidate')} error={errors.candidate}>
        <Select name="candidate" defaultValue={selected ?? ''} {...fieldAria('comment-candidate', errors.candidate)}>
          <option value="" disabled>
            {t('chooseCandidate')}
          </option>
          {candidates.map((c) => (
            <option key={c.token} value={c.token}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="comment-name" label={t('authorName')} error={errors.authorName}>
          <Input name="authorName" autoComplete="name" maxLength={COMMENT_LIMITS.authorName.max} {...fieldAria('comment-name', errors.authorName)} />
        </Field>
        <Field id="comment-contact" label={t('contact')} hint={t('contactHint')} error={errors.contact}>
          <Input name="contact" maxLength={COMMENT_LIMITS.contact.max} {...fieldAria('comment-contact', errors.contact, true)} />
        </Field>
      </div>
      <Field id="comment-body" label={t('body')} hint={t('bodyHint', { min: COMMENT_LIMITS.body.min, max: COMMENT_LIMITS.body.max, count: body.trim().length })} error={errors.body}>
        <Textarea name="body" rows={6} value={body} onChange={(e) => setBody(e.target.value)} maxLength={COMMENT_LIMITS.body.max} {...fieldAria('comment-body', errors.body, true)} />
      </Field>
      {/* A field people do not see and assistive technology skips; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-0 h-px w-px overflow-hidden">
        <label htmlFor="comment-website">{t('honeypot')}</label>
        <input id="comment-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p className="text-xs text-stone-600">{t('privacy')}</p>
      {formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? t('sending') : t('send')}
      </Button>
    </form>
  );
}
