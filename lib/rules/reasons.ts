import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { mergeMessages, type Messages } from '@/lib/i18n/messages/load';
import en from '@/lib/i18n/messages/en.json';
import rulesEn from '@/lib/i18n/messages/parts/rules.en.json';
import rulesVi from '@/lib/i18n/messages/parts/rules.vi.json';
import vi from '@/lib/i18n/messages/vi.json';
import { describeCheck, reasonText, type CheckText, type Translate } from './check-text';
import { isInformational, type CheckKind, type CheckStatus, type Eligibility, type EligibilityCheck } from './eligibility';

// Every eligibility check explained in both languages, from the same messages and the same words as
// the eligibility panel (lib/rules/check-text.ts), for what is stored rather than shown: audit event
// payloads and exports, read years later by inspectors in either language. For the server: it carries
// the messages with it, so client components use check-text.ts with their own translator instead.

export interface BilingualText {
  vi: string;
  en: string;
}

/** One check as a record keeps it: what it is, how it came out, on what basis, and why in words. */
export interface CheckExplanation {
  kind: CheckKind;
  status: CheckStatus;
  /** The alternative of the award's standard it belongs to. */
  group?: number;
  /** Informational: shown and kept, never a reason the nomination fails. */
  informational: boolean;
  legalBasis: string;
  reason: BilingualText;
}

// The messages the checks use live in the base files and the rules part (the panel's namespaces).
const MESSAGES: Record<Locale, Messages> = {
  vi: mergeMessages(vi as Messages, rulesVi as Messages),
  en: mergeMessages(en as Messages, rulesEn as Messages),
};

const translators: Partial<Record<Locale, Translate>> = {};

function translatorOf(locale: Locale): Translate {
  // The messages are loaded as plain JSON, not typed key by key (as in the app's request config), so
  // the translator's key type says nothing: it is the same function useTranslations() gives.
  const t = (translators[locale] ??= createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate);
  return t;
}

/** The check's rule, status, details and bases in one language, as the panel shows them. */
export function checkText(check: EligibilityCheck, locale: Locale): CheckText {
  return describeCheck(check, translatorOf(locale), locale);
}

/** The check as one paragraph in each language. */
export function checkReason(check: EligibilityCheck): BilingualText {
  return { vi: reasonText(checkText(check, 'vi')), en: reasonText(checkText(check, 'en')) };
}

export function explainCheck(check: EligibilityCheck): CheckExplanation {
  return {
    kind: check.kind,
    status: check.status,
    ...('group' in check ? { group: check.group } : {}),
    informational: isInformational(check),
    legalBasis: check.legalBasis,
    reason: checkReason(check),
  };
}

/** What an audit event keeps of an evaluation: each check that did not pass (failed, or still waiting
 * for the appraiser or the bloc), explained in both languages. */
export function explainUnmet(eligibility: Eligibility): CheckExplanation[] {
  return eligibility.checks.filter((c) => c.status !== 'pass').map(explainCheck);
}
