import type { Locale } from '../config';

// The messages of a locale: the base file and one part per province workspace (appraisal, council,
// public notice, decisions, proposals upward). Parts merge into the base key by key, so a workspace
// keeps its strings (its refusals and navigation labels included) in its own file, and no two
// features edit the same file. A key defined twice is a mistake the tests catch (load.test.ts).
export const MESSAGE_PARTS = ['appraisal', 'council', 'notice', 'decision', 'proposal', 'rules'] as const;

export type Messages = { [key: string]: string | Messages };

export function mergeMessages(target: Messages, source: Messages): Messages {
  const out: Messages = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key];
    out[key] = typeof value === 'object' && typeof existing === 'object' ? mergeMessages(existing, value) : value;
  }
  return out;
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const base = (await import(`./${locale}.json`)).default as Messages;
  const parts = await Promise.all(MESSAGE_PARTS.map(async (name) => (await import(`./parts/${name}.${locale}.json`)).default as Messages));
  return parts.reduce(mergeMessages, base);
}
