import { describe, expect, it } from 'vitest';
import { LOCALES } from '../config';
import { MESSAGE_PARTS, loadMessages } from './load';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}


describe('messages', () => {
  it('gives every key in Vietnamese and in English, in the base file and in each part', async () => {
    const vi = leafKeys((await import('./vi.json')).default).sort();
    const en = leafKeys((await import('./en.json')).default).sort();
    expect(en).toEqual(vi);
    for (const name of MESSAGE_PARTS) {
      const [pvi, pen] = await Promise.all([import(`./parts/${name}.vi.json`), import(`./parts/${name}.en.json`)]);
      expect(leafKeys(pen.default).sort(), name).toEqual(leafKeys(pvi.default).sort());
    }
  });

  it('keeps each part to namespaces of its own, so no part overwrites another or the base', async () => {
    for (const locale of LOCALES) {
      const seen = new Map<string, string>(Object.keys((await import(`./${locale}.json`)).default).map((k) => [k, 'base']));
      for (const name of MESSAGE_PARTS) {
        for (const ns of Object.keys((await import(`./parts/${name}.${locale}.json`)).default)) {
          expect(seen.get(ns), `${locale}: ${name} reuses the namespace "${ns}"`).toBeUndefined();
          seen.set(ns, name);
        }
      }
      const merged = await loadMessages(locale);
      expect(Object.keys(merged).sort()).toEqual([...seen.keys()].sort());
    }
  });
});
