'use client';

import { useTranslations } from 'next-intl';
import { Field, Textarea, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

export interface HeaderValues {
  number: string;
  signedOn: string;
  signerName: string;
  signerTitleVi: string;
  signerTitleEn: string;
  legalBases: string;
}

export const HEADER_FIELDS = ['number', 'signedOn', 'signerName', 'signerTitleVi', 'signerTitleEn', 'legalBases'] as const;

/** The header's values as the form holds them (uncontrolled inputs named after the fields). */
export function readHeader(form: HTMLFormElement): HeaderValues {
  const data = new FormData(form);
  return Object.fromEntries(HEADER_FIELDS.map((f) => [f, String(data.get(f) ?? '')])) as unknown as HeaderValues;
}

/** The decision's header: number, date, signer and title, legal bases; each with its hint and error. */
export function HeaderFields({ idPrefix, values, errors }: { idPrefix: string; values: HeaderValues; errors: Record<string, string> }) {
  const t = useTranslations('decisions.fields');
  const tErrors = useTranslations('decisions.errors');
  const error = (name: string) => {
    const code = errors[name];
    if (!code) return null;
    return tErrors.has(code) ? tErrors(code) : tErrors('required');
  };
  const id = (name: string) => `${idPrefix}-${name}`;
  const text = (name: Exclude<keyof HeaderValues, 'legalBases'>, type = 'text', hint?: string) => (
    <Field id={id(name)} label={t(name)} hint={hint} error={error(name)}>
      <Input name={name} type={type} defaultValue={values[name]} required autoComplete="off" {...fieldAria(id(name), error(name), Boolean(hint))} />
    </Field>
  );
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {text('number', 'text', t('numberHint'))}
        {text('signedOn', 'date', t('signedOnHint'))}
        {text('signerName')}
        {text('signerTitleVi')}
        {text('signerTitleEn')}
      </div>
      <Field id={id('legalBases')} label={t('legalBases')} hint={t('legalBasesHint')} error={error('legalBases')}>
        <Textarea name="legalBases" rows={5} defaultValue={values.legalBases} required {...fieldAria(id('legalBases'), error('legalBases'), true)} />
      </Field>
    </div>
  );
}
