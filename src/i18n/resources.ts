import { localeByPath, type LocaleCode } from './locales.ts';

type Namespace = Record<string, unknown>;
export type Resources = Record<LocaleCode, Record<string, Namespace>>;

const files = import.meta.glob<Namespace>('../../locales/*/*.json', { eager: true, import: 'default' });

/** Every `locales/<path>/<namespace>.json`, keyed by BCP 47 code and namespace. */
export const resources = Object.entries(files).reduce((all, [file, namespace]) => {
  const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
  if (!match) throw new Error(`Unexpected locale file name: ${file}`);
  const [, path, name] = match as unknown as [string, string, string];
  const { code } = localeByPath(path);
  (all[code] ??= {})[name] = namespace;
  return all;
}, {} as Resources);

export const namespaces = [...new Set(Object.values(resources).flatMap((byNamespace) => Object.keys(byNamespace)))];
