/** Natural keys (unit codes, usernames, person keys…) to the identity ids the database handed out.
 * A missing key is a mistake in the seed's own tables, so it fails loudly instead of inserting null. */
export class IdMap {
  private readonly ids = new Map<string, number>();

  constructor(private readonly kind: string) {}

  static of(kind: string, rows: readonly { key: string; id: number }[]): IdMap {
    const map = new IdMap(kind);
    for (const row of rows) map.set(row.key, row.id);
    return map;
  }

  set(key: string, id: number): void {
    if (this.ids.has(key)) throw new Error(`Demo seed: duplicate ${this.kind} '${key}'`);
    this.ids.set(key, id);
  }

  get(key: string): number {
    const id = this.ids.get(key);
    if (id === undefined) throw new Error(`Demo seed: unknown ${this.kind} '${key}'`);
    return id;
  }

  has(key: string): boolean {
    return this.ids.has(key);
  }

  get size(): number {
    return this.ids.size;
  }
}
