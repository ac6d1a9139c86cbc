import { describe, expect, it } from 'vitest';
import { LOCALES } from '../config';
import { MESSAGE_PARTS, loadMessages } from './load';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

const base = async (locale: string) => (await import(`./${locale}.json`)).default as Record<string, unknown>;
const part = async (name: string, locale: string) => (await import(`./parts/${name}.${locale}.json`)).default as Record<string, unknown>;

describe('messages', () => {
  it('gives every key in Vietnamese and in English, in the base file and in each part', async () => {
    expect(leafKeys(await base('en')).sort()).toEqual(leafKeys(await base('vi')).sort());
    for (const name of MESSAGE_PARTS) expect(leafKeys(await part(name, 'en')).sort(), name).toEqual(leafKeys(await part(name, 'vi')).sort());
  });

  it('defines each key once: no part overwrites the base or another part', async () => {
    for (const locale of LOCALES) {
      const owner = new Map<string, string>(leafKeys(await base(locale)).map((k) => [k, 'base']));
      for (const name of MESSAGE_PARTS) {
        for (const key of leafKeys(await part(name, locale))) {
          expect(owner.get(key), `${locale}: ${name} redefines "${key}"`).toBeUndefined();
          owner.set(key, name);
        }
      }
      expect(leafKeys(await loadMessages(locale)).sort()).toEqual([...owner.keys()].sort());
    }
  });
});
