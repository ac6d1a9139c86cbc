import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from './config';
import { loadMessages } from './messages/load';

// Laurel has no locale in its URLs: the language is the person's choice, kept in a cookie.
export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: 'Asia/Ho_Chi_Minh',
    messages: await loadMessages(locale),
    formats: {
      // ux.md: dd/MM/yyyy in Vietnamese, d MMM yyyy in English.
      dateTime: {
        short: locale === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' },
        withTime:
          locale === 'vi'
            ? { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }
            : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
      },
      number: { money: { style: 'currency', currency: 'VND', maximumFractionDigits: 0 } },
    },
  };
});
