type Failed = { formError: string; params?: Record<string, string | number>; reference?: string };
type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/** What a refused decision action says: the refusal's message with its parameters, or the generic
 * message with the reference to quote (S13). */
export function refusalText(tRefusals: Translate, result: Failed): string {
  const params = { roles: '', number: '', reference: result.reference ?? '', date: '', year: '', ...result.params };
  return tRefusals.has(result.formError) ? tRefusals(result.formError, params) : tRefusals('unexpected', params);
}
