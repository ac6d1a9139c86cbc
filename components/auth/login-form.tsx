'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { signInAction, type SignInError } from '@/app/(auth)/login/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { ZSignIn, type SignInInput } from '@/lib/validation/sign-in';
import { DemoAccountList, type DemoAccountView } from './demo-account-list';

export function LoginForm({ demoAccounts, demoPassword }: { demoAccounts: DemoAccountView[] | null; demoPassword: string | null }) {
  const t = useTranslations('login');
  const [formError, setFormError] = useState<SignInError | null>(null);
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, setValue, formState } = useForm<SignInInput>({
    resolver: zodResolver(ZSignIn),
    defaultValues: { username: '', password: '' },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    const formData = new FormData();
    formData.set('username', values.username);
    formData.set('password', values.password);
    startTransition(async () => {
      const result = await signInAction(formData);
      if (!result.ok) setFormError(result.formError);
    });
  });

  const fieldMessage = (field: 'username' | 'password') => {
    const code = formState.errors[field]?.message;
    if (!code) return null;
    const label = t(field).toLowerCase();
    return code === 'too_long' ? t('tooLong', { field: label }) : t('required', { field: label });
  };

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={formError ? 'login-error' : undefined}>
        {formError ? (
          <div id="login-error" role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {t(formError === 'rate_limited' ? 'rateLimited' : formError)}
          </div>
        ) : null}
        {(['username', 'password'] as const).map((field) => {
          const message = fieldMessage(field);
          return (
            <div key={field} className="space-y-1.5">
              <label htmlFor={field} className="block text-sm font-medium text-stone-800">
                {t(field)}
              </label>
              <Input
                id={field}
                type={field === 'password' ? 'password' : 'text'}
                autoComplete={field === 'password' ? 'current-password' : 'username'}
                autoCapitalize="none"
                spellCheck={false}
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? `${field}-error` : undefined}
                {...register(field)}
              />
              {message ? (
                <p id={`${field}-error`} className="text-sm text-red-700">
                  {message}
                </p>
              ) : null}
            </div>
          );
        })}
        <Button type="submit" size="lg" className="w-full" disabled={pending}>
          {pending ? t('submitting') : t('submit')}
        </Button>
      </form>
      {demoAccounts && demoPassword ? (
        <DemoAccountList
          accounts={demoAccounts}
          password={demoPassword}
          onPick={(username) => {
            setValue('username', username, { shouldValidate: true });
            setValue('password', demoPassword, { shouldValidate: true });
          }}
        />
      ) : null}
    </div>
  );
}
