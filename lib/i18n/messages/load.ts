import type { Locale } from '../config';

// The messages of a locale: the base file and one part per province workspace (appraisal, council,
// public notice, decisions, proposals upward). Each part holds its own top-level namespaces, so a
// feature's strings live beside each other and no two features edit the same file.
export const MESSAGE_PARTS = ['appraisal', 'council', 'notice', 'decision', 'proposal'] as const;

type Messages = Record<string, unknown>;

async function part(name: (typeof MESSAGE_PARTS)[number], locale: Locale): Promise<Messages> {
  return (await import(`./parts/${name}.${locale}.json`)).default as Messages;
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const base = (await import(`./${locale}.json`)).default as Messages;
  const parts = await Promise.all(MESSAGE_PARTS.map((name) => part(name, locale)));
  return Object.assign({}, base, ...parts);
}
