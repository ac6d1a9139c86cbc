import { useTranslations } from 'next-intl';
import { buttonVariants } from '@/components/ui/button';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

/** The public form to type a code: a plain GET form, so that it works without script. */
export function VerifyForm({ defaultCode = '' }: { defaultCode?: string }) {
  const t = useTranslations('decisions.verify');
  return (
    <form method="get" action="/public/verify" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <Field id="verify-code" label={t('code')} hint={t('codeHint')} className="min-w-0 flex-1 basis-64">
        <Input name="code" defaultValue={defaultCode} required maxLength={60} autoComplete="off" autoCapitalize="characters" spellCheck={false} className="font-mono" {...fieldAria('verify-code', null, true)} />
      </Field>
      <button type="submit" className={buttonVariants()}>
        {t('submit')}
      </button>
    </form>
  );
}
