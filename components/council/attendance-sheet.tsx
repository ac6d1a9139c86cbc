'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { setCouncilAttendanceAction } from '@/app/(app)/council/actions';
import { Button } from '@/components/ui/button';
import { Table, Td, Th } from '@/components/ui/table';
import { countAttendance, quorumStatus, type Attendance } from '@/lib/rules/council-ballot';
import { cn } from '@/lib/utils';
import { CouncilError, useCouncilAction } from './council-action';

export interface SheetMember {
  memberId: number;
  name: string;
  positionLabel: string;
  title: string;
  standing: boolean;
  attendance: Attendance | null;
}

const CHOICES: readonly Attendance[] = ['present', 'written_vote', 'absent'];

/** The attendance sheet with the quorum it makes, recomputed as the secretary marks each member (before
 * saving), on the rule the data access layer checks: present members against ALL members. */
export function AttendanceSheet({ sessionId, editable, members, quorumPct, ruleText }: { sessionId: number; editable: boolean; members: SheetMember[]; quorumPct: string; ruleText: string }) {
  const t = useTranslations('council.attendance');
  const tQuorum = useTranslations('council.quorum');
  const format = useFormatter();
  const { run, error, pending } = useCouncilAction();
  const initial = Object.fromEntries(members.map((m) => [m.memberId, m.attendance])) as Record<number, Attendance | null>;
  const [marks, setMarks] = useState<Record<number, Attendance | null>>(initial);
  const dirty = members.some((m) => marks[m.memberId] !== m.attendance);
  const count = countAttendance(members.map((m) => ({ attendance: marks[m.memberId] ?? null })));
  const quorum = quorumStatus(count, quorumPct);
  const pct = format.number(Number(quorumPct) / 100, { style: 'percent', maximumFractionDigits: 2 });
  const unrecorded = members.filter((m) => !marks[m.memberId]).length;

  const save = () => {
    const entries = members.map((m) => ({ memberId: m.memberId, attendance: marks[m.memberId] }));
    run(setCouncilAttendanceAction, { sessionId, entries }, t('saved'));
  };

  return (
    <div className="space-y-3">
      <div
        role="status"
        aria-live="polite"
        className={cn('rounded-md border px-3 py-2 text-sm', quorum.met ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-amber-300 bg-amber-50 text-amber-950')}
      >
        <p className="font-semibold" data-testid="quorum-status">
          {quorum.met ? tQuorum('met', { present: count.present, total: count.membersTotal, pct }) : tQuorum('notMet', { present: count.present, total: count.membersTotal, needed: quorum.needed, pct })}
          {dirty ? <span className="ml-2 font-normal">({tQuorum('unsaved')})</span> : null}
        </p>
        {count.writtenVotes > 0 ? <p>{tQuorum('written', { count: count.writtenVotes })}</p> : null}
        <p>{ruleText}</p>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        className="space-y-3"
      >
        <Table>
          <thead>
            <tr>
              <Th className="w-10">{t('columns.no')}</Th>
              <Th>{t('columns.name')}</Th>
              <Th>{t('columns.position')}</Th>
              <Th>{t('columns.attendance')}</Th>
            </tr>
          </thead>
          <tbody>
            {members.map((m, i) => (
              <tr key={m.memberId} data-member={m.name}>
                <Td className="tabular-nums">{i + 1}</Td>
                <Td>
                  <span className="font-medium">{m.name}</span>
                  {m.standing ? <span className="ml-2 rounded bg-gold-50 px-1.5 py-0.5 text-xs text-gold-700">{t('standing')}</span> : null}
                </Td>
                <Td>
                  <span className="block">{m.positionLabel}</span>
                  <span className="block text-xs text-stone-600">{m.title}</span>
                </Td>
                <Td>
                  {editable ? (
                    <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
                      <legend className="sr-only">{t('legend', { name: m.name })}</legend>
                      {CHOICES.map((choice, j) => (
                        <label key={choice} className="inline-flex items-center gap-1.5 whitespace-nowrap">
                          <input
                            type="radio"
                            name={`attendance-${m.memberId}`}
                            value={choice}
                            required={j === 0}
                            checked={marks[m.memberId] === choice}
                            onChange={() => setMarks((prev) => ({ ...prev, [m.memberId]: choice }))}
                            className="size-4 accent-brand-700"
                          />
                          {t(choice)}
                        </label>
                      ))}
                    </fieldset>
                  ) : (
                    <span>{t(m.attendance ?? 'unrecorded')}</span>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {editable ? (
          <div className="flex flex-wrap items-center gap-2">
            <Button type="button" variant="secondary" onClick={() => setMarks(Object.fromEntries(members.map((m) => [m.memberId, 'present' as Attendance])))}>
              {t('allPresent')}
            </Button>
            <Button type="submit" disabled={pending || !dirty || unrecorded > 0}>
              {pending ? t('working') : t('save')}
            </Button>
            {unrecorded > 0 ? <span className="text-sm text-stone-600">{t('unrecordedCount', { count: unrecorded })}</span> : null}
          </div>
        ) : null}
        <CouncilError error={error} />
      </form>
    </div>
  );
}
