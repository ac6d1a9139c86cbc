'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { createNominationAction } from '@/app/(app)/nominations/draft-actions';
import { proposedEligibilityAction } from '@/app/(app)/nominations/eligibility-actions';
import { EligibilityPanel } from '@/components/nominations/eligibility-panel';
import { useLeaveWarning } from '@/components/nominations/editor/use-leave-warning';
import { Button } from '@/components/ui/button';
import { Field, Select, Textarea, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { AwardTarget } from '@/lib/domain/constants';
import type { Eligibility } from '@/lib/rules/eligibility';
import { ZNominationCreate, ZNominee } from '@/lib/validation/nomination';

type Input = z.input<typeof ZNominationCreate>;
type Output = z.output<typeof ZNominationCreate>;

export interface FormOptions {
  unitId: number;
  unitName: string;
  rounds: { id: number; name: string; deadline: string; awards: { id: number; name: string; target: AwardTarget; standard: string }[] }[];
  units: { id: number; name: string }[];
  people: { id: number; fullName: string; position: string | null; unitId: number | null }[];
  households: { id: number; headName: string; address: string }[];
}

type Mode = 'existing' | 'new';
const STORE_PREFIX = 'laurel:new-nomination:';

/** Step one of a nomination: the round, the award, the nominee (the unit or a sub-unit, a person or a
 * household, existing or entered now) and, optionally, the summary. The eligibility checks appear as
 * soon as the choice allows; what is typed survives a reload until the draft is created. */
export function NominationForm({ options }: { options: FormOptions }) {
  const t = useTranslations('nominations.form');
  const tRefusals = useTranslations('refusals');
  const router = useRouter();
  const format = useFormatter();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [key] = useState(() => crypto.randomUUID());
  const [mode, setMode] = useState<Mode>('existing');
  const [restored, setRestored] = useState(false);
  const [checked, setChecked] = useState<{ key: string; result: Eligibility | null } | null>(null);
  const [created, setCreated] = useState(false);
  const storeKey = `${STORE_PREFIX}${options.unitId}`;

  const { register, handleSubmit, control, formState, reset, setValue } = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZNominationCreate),
    shouldUnregister: true,
    defaultValues: { idempotencyKey: key, roundId: options.rounds[0]?.id ?? '', awardTypeId: '', achievementSummary: '' },
  });
  const values = useWatch({ control });
  const roundId = Number(values.roundId);
  const awardTypeId = Number(values.awardTypeId);
  const round = options.rounds.find((r) => r.id === roundId);
  const awards = useMemo(() => round?.awards ?? [], [round]);
  const award = awards.find((a) => a.id === awardTypeId);
  const target = award?.target;
  const nomineeKind = target === 'collective' ? 'unit' : target === 'individual' ? (mode === 'new' ? 'new_person' : 'person') : target === 'household' ? (mode === 'new' ? 'new_household' : 'household') : null;

  // The kind follows the award and the existing/new switch; the hidden field carries it.
  useEffect(() => {
    if (nomineeKind) setValue('nominee.kind', nomineeKind);
  }, [nomineeKind, setValue]);

  // What was typed comes back after a reload (or a crash) until the draft exists.
  useEffect(() => {
    const saved = window.localStorage.getItem(storeKey);
    if (!saved) return;
    try {
      const { values: v, mode: m } = JSON.parse(saved) as { values: Input; mode: Mode };
      // Browser storage is read once the page is hydrated: the server cannot know it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setMode(m);
      reset({ ...v, idempotencyKey: key });
      setRestored(true);
    } catch {
      window.localStorage.removeItem(storeKey);
    }
  }, [storeKey, reset, key]);
  const dirty = formState.isDirty && !created;
  useEffect(() => {
    if (!dirty) return;
    window.localStorage.setItem(storeKey, JSON.stringify({ values, mode }));
  }, [values, mode, dirty, storeKey]);
  useLeaveWarning(dirty, t('leaveWarning'));

  // Eligibility as you type: once round, award and a complete nominee are chosen. The result is
  // kept with the choice it answers, so a stale answer is never shown for a new choice.
  const nominee = ZNominee.safeParse(values.nominee ?? null);
  const checkKey = roundId && awardTypeId && nominee.success ? JSON.stringify([roundId, awardTypeId, nominee.data]) : null;
  useEffect(() => {
    if (!checkKey) return;
    let live = true;
    const timer = window.setTimeout(async () => {
      const [r, a, n] = JSON.parse(checkKey) as [number, number, unknown];
      const result = await proposedEligibilityAction({ roundId: r, awardTypeId: a, nominee: n });
      if (live) setChecked({ key: checkKey, result: result.ok ? result.data : null });
    }, 350);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [checkKey]);
  const eligibility = checked && checked.key === checkKey ? checked.result : null;
  const checking = checkKey !== null && checked?.key !== checkKey;

  const err = (path: string): string | null => {
    const parts = path.split('.');
    let node: unknown = formState.errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    const code = (node as { message?: string } | undefined)?.message;
    if (!code) return null;
    return t.has(`errors.${code}`) ? t(`errors.${code}` as 'errors.required') : t('errors.required');
  };

  const onSubmit = handleSubmit((data) => {
    setFormError(null);
    startTransition(async () => {
      const result = await createNominationAction(data);
      if (!result.ok) {
        const params = { reference: result.reference ?? '', roles: '' };
        setFormError(tRefusals.has(result.formError) ? tRefusals(result.formError, params) : tRefusals('unexpected', params));
        return;
      }
      setCreated(true);
      window.localStorage.removeItem(storeKey);
      toast.success(t('created', { reference: result.data.reference }));
      router.push(`/nominations/${result.data.id}/edit`);
    });
  });

  const discard = () => {
    window.localStorage.removeItem(storeKey);
    setRestored(false);
    setMode('existing');
    reset({ idempotencyKey: key, roundId: options.rounds[0]?.id ?? '', awardTypeId: '', achievementSummary: '' });
  };

  const modeSwitch = (existingLabel: string, newLabel: string) => (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-800">{t('nomineeMode')}</legend>
      <div className="flex flex-wrap gap-4 text-sm">
        {(['existing', 'new'] as const).map((m) => (
          <label key={m} className="inline-flex items-center gap-2">
            <input type="radio" name="nominee-mode" value={m} checked={mode === m} onChange={() => setMode(m)} className="size-4 accent-brand-700" />
            {m === 'existing' ? existingLabel : newLabel}
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {restored ? (
        <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          <span>{t('restored')}</span>
          <Button type="button" size="sm" variant="secondary" onClick={discard}>
            {t('discard')}
          </Button>
        </div>
      ) : null}
      {formError ? (
        <p role="alert" id="form-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <input type="hidden" {...register('idempotencyKey')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="roundId" label={t('round')} hint={round ? t('deadline', { date: format.dateTime(new Date(`${round.deadline}T12:00:00+07:00`), 'short') }) : undefined}>
          <Select {...fieldAria('roundId', err('roundId'), true)} {...register('roundId', { onChange: () => setValue('awardTypeId', '') })}>
            {options.rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="awardTypeId" label={t('award')} error={err('awardTypeId')}>
          <Select {...fieldAria('awardTypeId', err('awardTypeId'))} {...register('awardTypeId')}>
            <option value="">{t('chooseAward')}</option>
            {awards.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {award ? <p className="rounded-md bg-stone-50 px-3 py-2 text-sm text-stone-700">{t('standard', { standard: award.standard })}</p> : null}

      {nomineeKind ? (
        <section aria-labelledby="nominee-heading" className="space-y-3 rounded-lg border border-stone-200 p-4">
          <h2 id="nominee-heading" className="text-base font-semibold">
            {t('nomineeHeading')}
          </h2>
          <input type="hidden" {...register('nominee.kind')} />
          {target === 'collective' ? (
            <Field id="nominee-unitId" label={t('nomineeUnit')} error={err('nominee.unitId')} hint={options.units.length > 1 ? t('nomineeUnitHint') : undefined}>
              <Select {...fieldAria('nominee-unitId', err('nominee.unitId'), options.units.length > 1)} {...register('nominee.unitId')} defaultValue={options.unitId}>
                {options.units.map((u, i) => (
                  <option key={u.id} value={u.id}>
                    {i === 0 ? t('ownUnit', { unit: u.name }) : u.name}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          {target === 'individual' ? modeSwitch(t('existingPerson'), t('newPerson')) : null}
          {target === 'household' ? modeSwitch(t('existingHousehold'), t('newHousehold')) : null}
          {nomineeKind === 'person' ? (
            <Field id="nominee-personId" label={t('nominee')} error={err('nominee.personId')}>
              <Select {...fieldAria('nominee-personId', err('nominee.personId'))} {...register('nominee.personId')} defaultValue="">
                <option value="">{t('chooseNominee')}</option>
                {options.people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.fullName}
                    {p.position ? ` — ${p.position}` : ''}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          {nomineeKind === 'new_person' ? (
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id="nominee-fullName" label={t('fullName')} error={err('nominee.fullName')} className="sm:col-span-2">
                <Input autoComplete="off" {...fieldAria('nominee-fullName', err('nominee.fullName'))} {...register('nominee.fullName')} />
              </Field>
              <Field id="nominee-gender" label={t('gender')} error={err('nominee.gender')}>
                <Select {...fieldAria('nominee-gender', err('nominee.gender'))} {...register('nominee.gender')} defaultValue="">
                  <option value="">{t('choose')}</option>
                  <option value="female">{t('female')}</option>
                  <option value="male">{t('male')}</option>
                </Select>
              </Field>
              <Field id="nominee-birthYear" label={t('birthYear')} error={err('nominee.birthYear')}>
                <Input inputMode="numeric" {...fieldAria('nominee-birthYear', err('nominee.birthYear'))} {...register('nominee.birthYear')} />
              </Field>
              <Field id="nominee-position" label={t('position')} error={err('nominee.position')}>
                <Input {...fieldAria('nominee-position', err('nominee.position'))} {...register('nominee.position')} />
              </Field>
              <Field id="nominee-personUnit" label={t('personUnit')} error={err('nominee.unitId')}>
                <Select {...fieldAria('nominee-personUnit', err('nominee.unitId'))} {...register('nominee.unitId')} defaultValue={options.unitId}>
                  {options.units.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          ) : null}
          {nomineeKind === 'household' ? (
            <Field id="nominee-householdId" label={t('household')} error={err('nominee.householdId')}>
              <Select {...fieldAria('nominee-householdId', err('nominee.householdId'))} {...register('nominee.householdId')} defaultValue="">
                <option value="">{t('chooseHousehold')}</option>
                {options.households.map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.headName} — {h.address}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          {nomineeKind === 'new_household' ? (
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id="nominee-headName" label={t('headName')} error={err('nominee.headName')}>
                <Input autoComplete="off" {...fieldAria('nominee-headName', err('nominee.headName'))} {...register('nominee.headName')} />
              </Field>
              <Field id="nominee-householdUnit" label={t('personUnit')} error={err('nominee.unitId')}>
                <Select {...fieldAria('nominee-householdUnit', err('nominee.unitId'))} {...register('nominee.unitId')} defaultValue={options.unitId}>
                  {options.units.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="nominee-address" label={t('address')} error={err('nominee.address')} className="sm:col-span-2">
                <Input {...fieldAria('nominee-address', err('nominee.address'))} {...register('nominee.address')} />
              </Field>
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="eligibility-heading" aria-busy={checking} className="space-y-2">
        <h2 id="eligibility-heading" className="text-base font-semibold">
          {t('eligibilityHeading')}
        </h2>
        {eligibility ? (
          <EligibilityPanel eligibility={eligibility} />
        ) : (
          <p className="text-sm text-stone-600">{checking ? t('checking') : t('eligibilityPending')}</p>
        )}
      </section>

      <Field id="achievementSummary" label={t('summary')} hint={t('summaryHintOptional')} error={err('achievementSummary')}>
        <Textarea rows={5} {...fieldAria('achievementSummary', err('achievementSummary'), true)} {...register('achievementSummary')} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t('creating') : t('submit')}
      </Button>
    </form>
  );
}
