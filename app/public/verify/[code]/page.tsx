import { Ban, CircleCheck } from 'lucide-react';
import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { clientAddress } from '@/app/public/notices/client-address';
import { VerifyForm } from '@/components/decisions/verify-form';
import { Table, Td, Th } from '@/components/ui/table';
import { verifyCode, type PublicDecision, type PublicRecipient } from '@/db/queries/decision-verification';

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('decisions.verify'))('resultTitle'), robots: { index: false, follow: false } };
}

export const dynamic = 'force-dynamic';

const dayOf = (day: string) => new Date(`${day}T00:00:00+07:00`);
const GROUNDS = ['false_achievements', 'forged_documents', 'unlawful_procedure'];

/** The verification of one code, for anyone: valid or revoked, and the decision's public facts. */
export default async function VerifyCodePage({ params }: Params) {
  const raw = (await params).code;
  let code = raw;
  try {
    code = decodeURIComponent(raw);
  } catch {
    // A malformed escape is just a code that matches nothing.
  }
  code = code.slice(0, 60);
  const result = await verifyCode(code, await clientAddress());
  const t = await getTranslations('decisions.verify');
  const tDecisions = await getTranslations('decisions');
  const locale = await getLocale();
  const format = await getFormatter();
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const day = (iso: string) => format.dateTime(dayOf(iso), 'short');
  const ground = (g: string | null) => (g && GROUNDS.includes(g) ? tDecisions(`grounds.${g}`) : (g ?? '—'));

  const decisionFacts = (d: PublicDecision) => (
    <>
      <Fact label={t('decisionNumber')} value={d.number} />
      <Fact label={t('signedOn')} value={d.signedOn ? day(d.signedOn) : '—'} />
      <Fact label={t('signer')} value={`${d.signerName} · ${pick(d.signerTitleVi, d.signerTitleEn)}`} />
      <Fact label={t('issuer')} value={pick(d.issuerVi, d.issuerEn)} />
    </>
  );
  const verdict = (r: PublicRecipient | null, someRevoked = 0) =>
    r?.revokedOn ? (
      <div role="status" className="flex items-start gap-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
        <Ban aria-hidden className="mt-0.5 size-6 shrink-0" />
        <div>
          <p className="text-lg font-semibold">{t('revoked')}</p>
          <p className="text-sm">{t('revokedText', { date: day(r.revokedOn), ground: ground(r.revocationGround) })}</p>
        </div>
      </div>
    ) : (
      <div role="status" className="flex items-start gap-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-emerald-900">
        <CircleCheck aria-hidden className="mt-0.5 size-6 shrink-0" />
        <div>
          <p className="text-lg font-semibold">{t('valid')}</p>
          <p className="text-sm">{r ? t('validCertificate') : t('validDecision')}</p>
          {someRevoked > 0 ? <p className="text-sm">{t('someRevoked', { count: someRevoked })}</p> : null}
        </div>
      </div>
    );

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{t('resultTitle')}</h1>
        <p className="font-mono text-sm text-stone-700">{code}</p>
      </div>
      {result.kind === 'rate_limited' ? (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {t('rateLimited', { minutes: result.minutes })}
        </p>
      ) : null}
      {result.kind === 'not_found' ? (
        <p role="alert" className="rounded-lg border border-stone-300 bg-white p-4 text-stone-800">
          {t('notFound', { code })}
        </p>
      ) : null}
      {result.kind === 'certificate' ? (
        <section className="space-y-3">
          {verdict(result.recipient)}
          <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2">
            <Fact label={t('recipient')} value={pick(result.recipient.nameVi, result.recipient.nameEn)} strong />
            <Fact label={t('award')} value={pick(result.recipient.awardVi, result.recipient.awardEn)} />
            <Fact label={t('goldenBookNo')} value={String(result.recipient.goldenBookNo)} />
            {decisionFacts(result.decision)}
          </dl>
        </section>
      ) : null}
      {result.kind === 'decision' ? (
        <section className="space-y-3">
          {verdict(null, result.recipients.filter((r) => r.revokedOn).length)}
          <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2">{decisionFacts(result.decision)}</dl>
          <div className="rounded-lg border border-stone-200 bg-white shadow-sm">
            <h2 id="verify-recipients" className="border-b border-stone-100 px-4 py-3 text-base font-semibold">
              {t('recipients')}
            </h2>
            <Table aria-labelledby="verify-recipients">
              <thead>
                <tr>
                  <Th className="text-right">{t('goldenBookNo')}</Th>
                  <Th>{t('recipient')}</Th>
                  <Th>{t('award')}</Th>
                  <Th>{t('status')}</Th>
                </tr>
              </thead>
              <tbody>
                {result.recipients.map((r) => (
                  <tr key={r.goldenBookNo}>
                    <Td className="text-right tabular-nums">{r.goldenBookNo}</Td>
                    <Td className={r.revokedOn ? 'font-medium text-red-900 line-through' : 'font-medium'}>{pick(r.nameVi, r.nameEn)}</Td>
                    <Td>{pick(r.awardVi, r.awardEn)}</Td>
                    <Td>
                      {r.revokedOn ? (
                        <span className="text-red-900">
                          {t('revoked')}: {t('revokedText', { date: day(r.revokedOn), ground: ground(r.revocationGround) })}
                        </span>
                      ) : (
                        <span className="text-emerald-800">{t('valid')}</span>
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </section>
      ) : null}
      <section aria-label={t('again')} className="space-y-2">
        <h2 className="text-base font-semibold text-stone-900">{t('again')}</h2>
        <VerifyForm />
      </section>
    </div>
  );
}

function Fact({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div>
      <dt className="text-stone-600">{label}</dt>
      <dd className={strong ? 'text-base font-semibold text-stone-900' : 'text-stone-900'}>{value}</dd>
    </div>
  );
}
