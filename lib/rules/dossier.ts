import type { AwardRoute, DocumentKind } from '@/lib/domain/constants';

/** Documents the bloc itself produces (its minutes and ballot result, Law 06/2022/QH15 Art. 84):
 * a unit cannot hold them when it submits, so for bloc-routed awards they are required at endorsement. */
export const BLOC_SUPPLIED_DOCUMENTS: readonly DocumentKind[] = ['bloc_minutes', 'bloc_ballot_result'];

/** When the dossier is checked: as the unit submits it, or once the bloc has endorsed it (and every
 * document, the bloc's papers included, is due). */
export type DossierStage = 'unit_submission' | 'bloc_endorsement';

/** The required kinds not yet present in the dossier, for the stage named. */
export function missingDocuments(required: readonly DocumentKind[], present: readonly DocumentKind[], route: AwardRoute, stage: DossierStage): DocumentKind[] {
  const have = new Set(present);
  return required.filter((kind) => {
    const blocSupplied = route === 'bloc' && BLOC_SUPPLIED_DOCUMENTS.includes(kind);
    const dueNow = stage === 'unit_submission' ? !blocSupplied : true;
    return dueNow && !have.has(kind);
  });
}

/** The required kinds the bloc adds at its endorsement, not yet due at the stage named. */
export function documentsDueLater(required: readonly DocumentKind[], route: AwardRoute, stage: DossierStage): DocumentKind[] {
  return stage === 'unit_submission' && route === 'bloc' ? required.filter((kind) => BLOC_SUPPLIED_DOCUMENTS.includes(kind)) : [];
}
