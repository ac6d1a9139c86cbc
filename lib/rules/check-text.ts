import type { Locale } from '@/lib/i18n/config';
import type { AwardVersion, EligibilityCheck } from './eligibility';

// Each eligibility check in words: its rule, its status, the details that explain it, and its legal
// bases. One function for every reader, so that what the panel shows (components/nominations/
// eligibility-panel.tsx, through next-intl's translator) and what audit payloads and exports store
// (lib/rules/reasons.ts, through the same messages) are the same sentences. Pure and client-safe: the
// translator is given, the messages are not imported here.

/** A translator over the whole message tree (keys like 'eligibility.rule.blocVote'): next-intl's
 * `useTranslations()` or `createTranslator({ messages })`. */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export interface CheckLine {
  text: string;
  /** Shown as a problem: what makes the check fail, or does not count. */
  negative: boolean;
}

export interface CheckText {
  /** The rule, in the reader's language. */
  rule: string;
  /** The check's status in words. */
  status: string;
  /** What was found, line by line (for consecutive years: one line per year, in order). */
  details: CheckLine[];
  /** The legal basis, and the bases of lineage or discipline where they apply: "Căn cứ: …". */
  bases: string[];
}

const DAY_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  // ux.md: dd/MM/yyyy in Vietnamese; as the app's `short` date format (lib/i18n/request.ts).
  vi: new Intl.DateTimeFormat('vi', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** A Vietnamese calendar day (YYYY-MM-DD) for reading, as the app's `short` date format shows it. */
export function formatDay(day: string, locale: Locale): string {
  return DAY_FORMATS[locale].format(new Date(`${day}T00:00:00Z`));
}

const line = (text: string, negative = false): CheckLine => ({ text, negative });

/** The status in words: the time limit says whether it was kept, every other check whether it is met. */
function statusText(check: EligibilityCheck, t: Translate): string {
  if (check.kind === 'appraisal_time_limit') {
    if (check.status === 'fail') return t('eligibility.appraisalTime.exceeded');
    return t(check.endedOn === null ? 'eligibility.appraisalTime.running' : 'eligibility.appraisalTime.kept');
  }
  return t(`eligibility.status.${check.status}`);
}

export function describeCheck(check: EligibilityCheck, t: Translate, locale: Locale): CheckText {
  const day = (d: string) => formatDay(d, locale);
  const title = (code: string) => (t.has(`titles.${code}`) ? t(`titles.${code}`) : code);
  const scope = (s: string) => t(`initiativeScopes.${s}`);
  const status = (s: string) => t(`status.${s}`);
  const kinds = (list: readonly string[]) => list.map((k) => t(`documentKinds.${k}`)).join(', ');
  const name = (n: { nameVi: string; nameEn: string }) => (locale === 'vi' ? n.nameVi : n.nameEn);
  const range = (v: AwardVersion) =>
    v.effectiveTo === null ? t('eligibility.ruleVersion.rangeOpen', { from: day(v.effectiveFrom) }) : t('eligibility.ruleVersion.range', { from: day(v.effectiveFrom), to: day(v.effectiveTo) });
  const bases = [t('eligibility.legalBasis', { basis: check.legalBasis })];

  switch (check.kind) {
    case 'consecutive_titles':
      if (check.lineageBasis) bases.push(t('eligibility.lineageBasis', { basis: check.lineageBasis }));
      if (check.disciplineBasis) bases.push(t('eligibility.disciplineBasis', { basis: check.disciplineBasis }));
      return {
        rule: t('eligibility.rule.consecutiveTitles', { years: check.years, titles: check.titles.map(title).join(` ${t('eligibility.or')} `) }),
        status: statusText(check, t),
        details: check.yearList.map((y) => {
          if (y.counted) return line(y.via ? t('eligibility.yearLine.countedVia', { year: y.year, name: name(y.via) }) : t('eligibility.yearLine.counted', { year: y.year }));
          return line(t(y.excludedByDiscipline ? 'eligibility.yearLine.discipline' : 'eligibility.yearLine.missing', { year: y.year }), true);
        }),
        bases,
      };
    case 'initiatives': {
      const details =
        check.counted.length === 0 && check.notCounted.length === 0
          ? [line(t('eligibility.initiatives.none'), check.status === 'fail')]
          : [
              ...check.counted.map((i) => line(t('eligibility.initiatives.counted', { title: i.title, scope: scope(i.scope) }))),
              ...check.notCounted.map((i) =>
                line(i.reason === 'scope' ? t('eligibility.initiatives.narrowScope', { title: i.title, scope: scope(i.scope) }) : t('eligibility.initiatives.reused', { title: i.title }), true),
              ),
            ];
      return { rule: t('eligibility.rule.initiatives', { count: check.required, scope: scope(check.minScope) }), status: statusText(check, t), details, bases };
    }
    case 'bloc_vote': {
      const details = check.ballots.map((b) =>
        line(t('eligibility.blocVote.ballot', { round: b.roundNo, date: day(b.heldOn), votesFor: b.votesFor, membersTotal: b.membersTotal, passed: b.passed ? 'yes' : 'no' }), !b.passed && check.status === 'fail'),
      );
      if (check.leadChosen !== null) details.push(line(t(check.leadChosen ? 'eligibility.blocVote.leadChosen' : 'eligibility.blocVote.leadNotChosen'), !check.leadChosen));
      if (details.length === 0) details.push(check.reachedProvince ? line(t('eligibility.blocVote.noBallot'), true) : line(t('eligibility.blocVote.notYet')));
      return { rule: t('eligibility.rule.blocVote'), status: statusText(check, t), details, bases };
    }
    case 'attestation':
      return { rule: locale === 'vi' ? check.textVi : check.textEn, status: statusText(check, t), details: [], bases };
    case 'open_restriction':
      return {
        rule: t('eligibility.rule.openRestriction'),
        status: statusText(check, t),
        details: check.open.map((r) => line(t('eligibility.restrictions.open', { kind: t(`restrictionKinds.${r.kind}`), date: day(r.startsOn), reference: r.reference }), true)),
        bases,
      };
    case 'one_award':
      return {
        rule: t('eligibility.rule.oneAward'),
        status: statusText(check, t),
        details: [
          ...(check.alreadyAwarded ? [line(t('eligibility.oneAward.alreadyAwarded', { year: check.year }), true)] : []),
          ...check.sameRound.map((n) => line(t('eligibility.oneAward.sameRound', { reference: n.reference, award: locale === 'vi' ? n.awardNameVi : n.awardNameEn, status: status(n.status) }), true)),
        ],
        bases,
      };
    case 'initiative_reuse':
      return {
        rule: t('eligibility.rule.initiativeReuse'),
        status: statusText(check, t),
        details: check.reused.map((r) =>
          line(t('eligibility.initiatives.usedBy', { title: r.title, nominations: r.usedBy.map((u) => `${u.reference} (${status(u.status)})`).join(', ') }), true),
        ),
        bases,
      };
    case 'dossier_complete': {
      const due = check.required.filter((k) => !check.dueLater.includes(k));
      const present = due.filter((k) => !check.missing.includes(k));
      const details: CheckLine[] = [];
      if (present.length > 0) details.push(line(t('eligibility.dossier.present', { kinds: kinds(present) })));
      if (check.missing.length > 0) details.push(line(t('eligibility.dossier.missing', { kinds: kinds(check.missing) }), true));
      if (check.dueLater.length > 0) details.push(line(t('eligibility.dossier.dueLater', { kinds: kinds(check.dueLater) })));
      return { rule: t('eligibility.rule.dossierComplete'), status: statusText(check, t), details, bases };
    }
    case 'submitted_in_time': {
      let detail: CheckLine;
      if (check.submittedOn !== null) {
        detail = check.status === 'pass' ? line(t('eligibility.deadline.submitted', { date: day(check.submittedOn) })) : line(t('eligibility.deadline.late', { date: day(check.submittedOn) }), true);
      } else {
        detail = check.status === 'pass' ? line(t('eligibility.deadline.open', { deadline: day(check.deadline) })) : line(t('eligibility.deadline.passed'), true);
      }
      return { rule: t('eligibility.rule.submittedInTime', { deadline: day(check.deadline) }), status: statusText(check, t), details: [detail], bases };
    }
    case 'bloc_quota':
      return {
        rule: t('eligibility.rule.blocQuota', { quota: check.quota }),
        status: statusText(check, t),
        details: [line(t('eligibility.blocQuota.used', { count: check.endorsedOthers, quota: check.quota }), check.status === 'fail')],
        bases,
      };
    case 'rule_version': {
      const details = [
        line(t('eligibility.ruleVersion.used', { award: name(check.used), version: check.used.version, range: range(check.used) }), check.status === 'fail'),
        line(t('eligibility.ruleVersion.on', { basis: check.dateBasis, date: day(check.on) })),
      ];
      if (check.status === 'fail') {
        details.push(
          check.inForce
            ? line(t('eligibility.ruleVersion.inForce', { version: check.inForce.version, range: range(check.inForce) }), true)
            : line(t('eligibility.ruleVersion.noneInForce'), true),
        );
      }
      return { rule: t('eligibility.rule.ruleVersion'), status: statusText(check, t), details, bases };
    }
    case 'appraisal_time_limit': {
      const values = { start: day(check.startedOn), used: check.used, due: day(check.dueOn) };
      const detail =
        check.endedOn === null
          ? t('eligibility.appraisalTime.ongoing', { ...values, asOf: day(check.asOf) })
          : t('eligibility.appraisalTime.ended', { ...values, end: day(check.endedOn) });
      return {
        rule: t('eligibility.rule.appraisalTimeLimit', { limit: check.limit }),
        status: statusText(check, t),
        details: [line(detail, check.status === 'fail'), line(t('eligibility.sections.timeLimitsNote'))],
        bases,
      };
    }
  }
}

const endsSentence = (text: string) => /[.!?…]$/.test(text);

/** The check as one paragraph: "Rule — Status. Detail. Detail. Legal basis: …" */
export function reasonText(text: CheckText): string {
  const parts = [`${text.rule} — ${text.status}`, ...text.details.map((d) => d.text), ...text.bases].filter((p) => p.length > 0);
  return parts.map((p) => (endsSentence(p) ? p : `${p}.`)).join(' ');
}
