/** What every server action returns (architecture.md rule 2): data on success, or what to show. */
export type ActionResult<T = undefined, E extends string = string> =
  | { ok: true; data: T }
  | { ok: false; formError: E; fieldErrors?: Record<string, string>; params?: Record<string, string | number>; reference?: string };
