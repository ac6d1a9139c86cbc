import 'server-only';
import type { Eligibility } from '@/lib/rules/eligibility';
import type { Viewer } from '@/lib/policy/viewer';
import { getDb } from '../client';
import { getBlocReviewForNomination, type BlocReview } from './bloc-review';
import { evaluateNomination, loadNomineeHistory, type HistoryEntry } from './eligibility';
import { nomineeRefOf } from './eligibility-check';
import { loadEditorChoices, loadNominationContent, type IndicatorChoice, type InitiativeRow, type NominationContent } from './nomination-content';
import { getNominationForViewer, type NominationDetail } from './nominations';

export interface NominationPageData {
  detail: NominationDetail;
  content: NominationContent;
  eligibility: Eligibility | null;
  /** How the bloc reviewed it (bloc route only): its bloc-year and the ballot's result. */
  blocReview: BlocReview | null;
}

/** Everything the nomination's page shows, for someone who may read it; null otherwise (S3). */
export async function getNominationPage(viewer: Viewer, id: number): Promise<NominationPageData | null> {
  const detail = await getNominationForViewer(viewer, id);
  if (!detail) return null;
  const db = await getDb();
  const [content, eligibility, blocReview] = await Promise.all([loadNominationContent(db, id), evaluateNomination(db, id), getBlocReviewForNomination(viewer, id)]);
  return { detail, content, eligibility, blocReview };
}

export interface NominationEditorData extends NominationPageData {
  indicators: IndicatorChoice[];
  /** The nominee's registered initiatives; households have none. */
  initiatives: InitiativeRow[] | null;
  history: HistoryEntry[];
}

/** The editor's data, for the proposing unit's staff while the dossier is theirs to change; null
 * when the nomination cannot be read, `'read_only'` when it can be read but not edited now. */
export async function getNominationEditor(viewer: Viewer, id: number): Promise<NominationEditorData | 'read_only' | null> {
  const page = await getNominationPage(viewer, id);
  if (!page) return null;
  if (!page.detail.canEditDossier) return 'read_only';
  const db = await getDb();
  const n = page.detail;
  const [choices, history] = await Promise.all([
    loadEditorChoices(db, { personId: n.nomineePersonId, unitId: n.nomineeKind === 'unit' ? n.nomineeUnitId : null }),
    loadNomineeHistory(db, nomineeRefOf(n)),
  ]);
  return { ...page, indicators: choices.indicators, initiatives: n.nomineeKind === 'household' ? null : choices.initiatives, history };
}
