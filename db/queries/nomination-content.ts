import 'server-only';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { InitiativeScope } from '@/lib/domain/constants';
import type { IndicatorCreateInput, InitiativeCreateInput, NominationUpdateInput } from '@/lib/validation/nomination';
import { WorkflowError } from '@/lib/workflow/refusals';
import { DOSSIER_EDITABLE } from '@/lib/workflow/status-groups';
import { actorFields, appendAuditEvent } from '../audit-append';
import { getDb, type Db, type Tx } from '../client';
import { indicators, initiatives, nominationFigures, nominationInitiatives, nominations } from '../schema';
import { authorizeDossierChange } from './dossier-access';
import type { ActionContext } from './workflow/run-transition';
import { creatingGrant } from './workflow/create';

export interface FigureRow {
  indicatorId: number;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  year: number;
  target: string | null;
  result: string;
  changePct: string | null;
}

export interface InitiativeRow {
  id: number;
  title: string;
  certifyingBody: string;
  scope: InitiativeScope;
  decisionReference: string;
  certifiedOn: string;
}

export interface NominationContent {
  figures: FigureRow[];
  initiatives: InitiativeRow[];
}

const initiativeColumns = {
  id: initiatives.id,
  title: initiatives.title,
  certifyingBody: initiatives.certifyingBody,
  scope: initiatives.scope,
  decisionReference: initiatives.decisionReference,
  certifiedOn: initiatives.certifiedOn,
};

/** The achievements a nomination carries: its figures by year and its initiatives. */
export async function loadNominationContent(db: Db | Tx, nominationId: number): Promise<NominationContent> {
  const [figures, attached] = await Promise.all([
    db
      .select({
        indicatorId: nominationFigures.indicatorId,
        nameVi: indicators.nameVi,
        nameEn: indicators.nameEn,
        unitVi: indicators.unitOfMeasureVi,
        unitEn: indicators.unitOfMeasureEn,
        year: nominationFigures.year,
        target: nominationFigures.target,
        result: nominationFigures.result,
        changePct: nominationFigures.changePct,
      })
      .from(nominationFigures)
      .innerJoin(indicators, eq(indicators.id, nominationFigures.indicatorId))
      .where(eq(nominationFigures.nominationId, nominationId))
      .orderBy(asc(nominationFigures.id)),
    db
      .select(initiativeColumns)
      .from(nominationInitiatives)
      .innerJoin(initiatives, eq(initiatives.id, nominationInitiatives.initiativeId))
      .where(eq(nominationInitiatives.nominationId, nominationId))
      .orderBy(asc(initiatives.certifiedOn)),
  ]);
  return { figures, initiatives: attached };
}

export interface IndicatorChoice {
  id: number;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
}

/** What the editor offers: every reusable indicator, and the initiatives registered for the nominee. */
export async function loadEditorChoices(db: Db | Tx, nominee: { personId: number | null; unitId: number | null }): Promise<{ indicators: IndicatorChoice[]; initiatives: InitiativeRow[] }> {
  const owner = initiativeOwner(nominee);
  const [all, registered] = await Promise.all([
    db
      .select({ id: indicators.id, nameVi: indicators.nameVi, nameEn: indicators.nameEn, unitVi: indicators.unitOfMeasureVi, unitEn: indicators.unitOfMeasureEn })
      .from(indicators)
      .orderBy(asc(indicators.id)),
    owner ? db.select(initiativeColumns).from(initiatives).where(owner).orderBy(asc(initiatives.certifiedOn)) : Promise.resolve([]),
  ]);
  return { indicators: all, initiatives: registered };
}

/** Initiatives belong to a person or a unit; a household has none. */
function initiativeOwner(nominee: { personId: number | null; unitId: number | null }): SQL | undefined {
  if (nominee.personId !== null) return eq(initiatives.personId, nominee.personId);
  if (nominee.unitId !== null) return eq(initiatives.unitId, nominee.unitId);
  return undefined;
}

/** "50985.5", "50985.50" and "050985.5" are one number: compare figures as PostgreSQL stores them. */
export function canonicalDecimal(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const negative = value.startsWith('-');
  const [int = '0', frac = ''] = value.replace(/^-/, '').split('.');
  const digits = int.replace(/^0+(?=\d)/, '');
  const cents = (frac + '00').slice(0, 2);
  return `${negative && (digits !== '0' || cents !== '00') ? '-' : ''}${digits}.${cents}`;
}

function figureKey(f: { indicatorId: number; year: number; target?: string | null; result: string; changePct?: string | null }): string {
  return [f.indicatorId, f.year, canonicalDecimal(f.target), canonicalDecimal(f.result), canonicalDecimal(f.changePct)].join('|');
}

export interface SaveResult {
  nominationId: number;
  version: number;
  /** The fields that changed; empty when the save found nothing new (and wrote nothing). */
  changed: ('achievementSummary' | 'figures' | 'initiatives')[];
  savedAt: string;
}

/** The editor's autosave: summary, figures and initiatives of a draft or returned nomination, claimed
 * on the version the person last saw (a change made elsewhere since is a conflict, never overwritten),
 * with one audit event naming the fields that changed. */
export async function saveNominationDraft(ctx: ActionContext, input: NominationUpdateInput): Promise<SaveResult> {
  const db = await getDb();
  const { n, grant } = await authorizeDossierChange(db, ctx.viewer, input.nominationId);
  if (n.version !== input.version) throw new WorkflowError('conflict');
  const initiativeIds = [...new Set(input.initiativeIds)];
  if (initiativeIds.length > 0) {
    const owner = initiativeOwner({ personId: n.nomineePersonId, unitId: n.nomineeUnitId });
    const mine = owner ? await db.select({ id: initiatives.id }).from(initiatives).where(and(owner, inArray(initiatives.id, initiativeIds))) : [];
    if (mine.length !== initiativeIds.length) throw new WorkflowError('invalid_input');
  }
  const indicatorIds = [...new Set(input.figures.map((f) => f.indicatorId))];
  if (indicatorIds.length > 0) {
    const known = await db.select({ id: indicators.id }).from(indicators).where(inArray(indicators.id, indicatorIds));
    if (known.length !== indicatorIds.length) throw new WorkflowError('invalid_input');
  }

  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ summary: nominations.achievementSummary, version: nominations.version })
      .from(nominations)
      .where(eq(nominations.id, n.id))
      .for('update');
    if (!current || current.version !== input.version) throw new WorkflowError('conflict');
    const before = await loadNominationContent(tx, n.id);
    const changed: SaveResult['changed'] = [];
    if (current.summary !== input.achievementSummary) changed.push('achievementSummary');
    const sortedKeys = (rows: Parameters<typeof figureKey>[0][]) => rows.map(figureKey).sort().join('\n');
    if (sortedKeys(before.figures) !== sortedKeys(input.figures)) changed.push('figures');
    if (before.initiatives.map((i) => i.id).sort().join(',') !== [...initiativeIds].sort().join(',')) changed.push('initiatives');
    const savedAt = new Date();
    if (changed.length === 0) return { nominationId: n.id, version: current.version, changed, savedAt: savedAt.toISOString() };

    const [row] = await tx
      .update(nominations)
      .set({ achievementSummary: input.achievementSummary, version: sql`${nominations.version} + 1`, updatedAt: savedAt })
      .where(and(eq(nominations.id, n.id), eq(nominations.version, input.version), inArray(nominations.status, [...DOSSIER_EDITABLE])))
      .returning({ version: nominations.version });
    if (!row) throw new WorkflowError('conflict');
    if (changed.includes('figures')) {
      await tx.delete(nominationFigures).where(eq(nominationFigures.nominationId, n.id));
      if (input.figures.length > 0) {
        await tx.insert(nominationFigures).values(
          input.figures.map((f) => ({ nominationId: n.id, indicatorId: f.indicatorId, year: f.year, target: f.target ?? null, result: f.result, changePct: f.changePct ?? null })),
        );
      }
    }
    if (changed.includes('initiatives')) {
      await tx.delete(nominationInitiatives).where(eq(nominationInitiatives.nominationId, n.id));
      if (initiativeIds.length > 0) await tx.insert(nominationInitiatives).values(initiativeIds.map((initiativeId) => ({ nominationId: n.id, initiativeId })));
    }
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, grant),
      action: 'update',
      entityKind: 'nomination',
      entityId: n.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { reference: n.reference, version: row.version, fields: changed },
      ip: ctx.ip,
    });
    return { nominationId: n.id, version: row.version, changed, savedAt: savedAt.toISOString() };
  });
}

/** Registers an initiative of the nominee (person or unit) from the editor; the editor then attaches it. */
export async function registerInitiative(ctx: ActionContext, input: InitiativeCreateInput): Promise<InitiativeRow> {
  const db = await getDb();
  const { n, grant } = await authorizeDossierChange(db, ctx.viewer, input.nominationId);
  if (n.nomineePersonId === null && n.nomineeUnitId === null) throw new WorkflowError('invalid_input');
  const { nominationId: _omit, ...fields } = input;
  void _omit;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(initiatives)
      .values({ ...fields, personId: n.nomineePersonId, unitId: n.nomineePersonId === null ? n.nomineeUnitId : null })
      .returning(initiativeColumns);
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, grant),
      action: 'initiative_register',
      entityKind: 'nomination',
      entityId: n.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { reference: n.reference, initiativeId: row!.id, title: row!.title, scope: row!.scope, decisionReference: row!.decisionReference },
      ip: ctx.ip,
    });
    return row!;
  });
}

/** Adds a reusable indicator; any unit's officer or head may, and every unit sees it afterwards. */
export async function createIndicator(ctx: ActionContext, input: IndicatorCreateInput): Promise<IndicatorChoice> {
  const grant = creatingGrant(ctx.viewer);
  if (!grant) throw new WorkflowError('role_not_permitted');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const code = `custom_${crypto.randomUUID().slice(0, 8)}`;
    const [row] = await tx
      .insert(indicators)
      .values({ code, ...input })
      .returning({ id: indicators.id, nameVi: indicators.nameVi, nameEn: indicators.nameEn, unitVi: indicators.unitOfMeasureVi, unitEn: indicators.unitOfMeasureEn });
    await appendAuditEvent(tx, {
      ...actorFields(ctx.viewer, grant),
      action: 'indicator_create',
      entityKind: 'indicator',
      entityId: row!.id,
      fromStatus: null,
      toStatus: null,
      reason: null,
      payload: { code, nameVi: input.nameVi, nameEn: input.nameEn },
      ip: ctx.ip,
    });
    return row!;
  });
}
