// The CLI's language (--lang, else the POSIX locale variables) and its i18next translator over the shared catalog.
import i18next, { type TFunction } from 'i18next';
import { CATALOG } from '../../common/i18n/catalog.js';
import { LANGUAGES, matchLanguage, type Language } from '../../common/languages.js';

export type Translate = TFunction;

/** POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG; empty values do not count. */
export function languageFromEnv(env: NodeJS.ProcessEnv): Language {
  const tag = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  return matchLanguage(tag);
}

/** True when `tag` (e.g. `es`, `pt-BR`, `fr_CA.UTF-8`) names a language the CLI speaks. */
export function isSupportedLanguage(tag: string): boolean {
  const base = tag.toLowerCase().split(/[-_.@]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base);
}

/** The value of a `--name value` or `--name=value` option in argv, before any `--`; needed before commander runs. */
export function findOptionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') return undefined;
    if (arg === name) return argv[i + 1];
    if (arg?.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

export function createTranslator(language: Language): Translate {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    LANGUAGES.map((lng) => [lng, { cli: CATALOG[lng].cli, errors: CATALOG[lng].errors, bundles: CATALOG[lng].bundles }]),
  );
  // With the resources inline and initAsync off, init completes before it returns, so `t` is ready.
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: ['cli', 'errors', 'bundles'],
    defaultNS: 'cli',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t;
}
