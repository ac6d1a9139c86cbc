'use client';

import { Plus } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { registerInitiativeAction } from '@/app/(app)/nominations/draft-actions';
import { Button } from '@/components/ui/button';
import { Field, Select, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { INITIATIVE_SCOPES, type InitiativeScope } from '@/lib/domain/constants';
import { ZInitiativeCreate, type ZNominationUpdate } from '@/lib/validation/nomination';

type EditorInput = z.input<typeof ZNominationUpdate>;
type EditorOutput = z.output<typeof ZNominationUpdate>;

export interface InitiativeOption {
  id: number;
  title: string;
  certifyingBody: string;
  scope: InitiativeScope;
  decisionReference: string;
  certifiedOn: string;
}

/** The nominee's initiatives from the registry, ticked to attach them to this dossier; a certified
 * initiative not yet registered can be entered here. Each counts for one award only. */
export function InitiativesEditor({ form, nominationId, registered }: { form: UseFormReturn<EditorInput, unknown, EditorOutput>; nominationId: number; registered: InitiativeOption[] }) {
  const t = useTranslations('nominations.editor.initiatives');
  const tScopes = useTranslations('initiativeScopes');
  const format = useFormatter();
  const [list, setList] = useState(registered);
  const [adding, setAdding] = useState(false);
  const ids = (useWatch({ control: form.control, name: 'initiativeIds' }) ?? []).map(Number);
  const toggle = (id: number, on: boolean) =>
    form.setValue('initiativeIds', on ? [...ids, id] : ids.filter((x) => x !== id), { shouldDirty: true, shouldValidate: true });

  return (
    <section aria-labelledby="initiatives-heading" className="space-y-3">
      <div>
        <h2 id="initiatives-heading" className="text-lg font-semibold">
          {t('heading')}
        </h2>
        <p className="text-sm text-stone-600">{t('hint')}</p>
      </div>
      {list.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 px-3 py-4 text-sm text-stone-600">{t('empty')}</p>
      ) : (
        <ul className="space-y-2">
          {list.map((x) => (
            <li key={x.id}>
              <label className="flex gap-3 rounded-lg border border-stone-200 p-3 has-[:checked]:border-brand-300 has-[:checked]:bg-brand-50/40">
                <input type="checkbox" className="mt-1 size-4 accent-brand-700" checked={ids.includes(x.id)} onChange={(e) => toggle(x.id, e.target.checked)} />
                <span className="space-y-0.5 text-sm">
                  <span className="block font-medium text-stone-900">{x.title}</span>
                  <span className="block text-stone-700">
                    {tScopes(x.scope)} · {x.certifyingBody} · {format.dateTime(new Date(`${x.certifiedOn}T12:00:00+07:00`), 'short')}
                  </span>
                  <span className="block text-xs text-stone-600">{x.decisionReference}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <Button type="button" variant="secondary" onClick={() => setAdding((v) => !v)} aria-expanded={adding} aria-controls="new-initiative">
        <Plus aria-hidden className="size-4" />
        {t('register')}
      </Button>
      {adding ? (
        <NewInitiativeForm
          nominationId={nominationId}
          onCreated={(x) => {
            setList((l) => [...l, x]);
            setAdding(false);
            toggle(x.id, true);
          }}
        />
      ) : null}
    </section>
  );
}

const EMPTY = { title: '', certifyingBody: '', scope: '', decisionReference: '', certifiedOn: '' };

function NewInitiativeForm({ nominationId, onCreated }: { nominationId: number; onCreated: (x: InitiativeOption) => void }) {
  const t = useTranslations('nominations.editor.initiatives');
  const tEditor = useTranslations('nominations.editor');
  const tScopes = useTranslations('initiativeScopes');
  const tRefusals = useTranslations('refusals');
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const message = (code: string | undefined) => (code ? (tEditor.has(`errors.${code}`) ? tEditor(`errors.${code}` as 'errors.number') : tEditor('errors.invalid')) : null);

  const submit = () => {
    const parsed = ZInitiativeCreate.safeParse({ ...values, nominationId });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    start(async () => {
      const result = await registerInitiativeAction(parsed.data);
      if (!result.ok) {
        setFormError(tRefusals.has(result.formError) ? tRefusals(result.formError, { reference: result.reference ?? '', roles: '' }) : tRefusals('unexpected', { reference: result.reference ?? '' }));
        return;
      }
      onCreated(result.data);
    });
  };
  const id = (name: string) => `new-initiative-${name}`;
  const text = (name: 'title' | 'certifyingBody' | 'decisionReference' | 'certifiedOn', type = 'text') => (
    <Field id={id(name)} label={t(`fields.${name}`)} error={message(errors[name])} className={name === 'title' || name === 'decisionReference' ? 'sm:col-span-2' : undefined}>
      <Input type={type} {...fieldAria(id(name), message(errors[name]))} value={values[name]} onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))} />
    </Field>
  );

  return (
    <div id="new-initiative" role="group" aria-labelledby="new-initiative-heading" className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4">
      <h3 id="new-initiative-heading" className="font-medium">
        {t('newTitle')}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        {text('title')}
        {text('certifyingBody')}
        <Field id={id('scope')} label={t('fields.scope')} error={message(errors.scope)}>
          <Select {...fieldAria(id('scope'), message(errors.scope))} value={values.scope} onChange={(e) => setValues((v) => ({ ...v, scope: e.target.value }))}>
            <option value="">{t('chooseScope')}</option>
            {INITIATIVE_SCOPES.map((s) => (
              <option key={s} value={s}>
                {tScopes(s)}
              </option>
            ))}
          </Select>
        </Field>
        {text('decisionReference')}
        {text('certifiedOn', 'date')}
      </div>
      {formError ? (
        <p role="alert" className="text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <Button type="button" onClick={submit} disabled={pending}>
        {t('create')}
      </Button>
    </div>
  );
}
