// The translation catalogs, one per language and namespace, shared by the renderer and the CLI.
import type { Language } from '../languages.js';
import enApp from './locales/en/app.json' with { type: 'json' };
import enCli from './locales/en/cli.json' with { type: 'json' };
import enErrors from './locales/en/errors.json' with { type: 'json' };
import esApp from './locales/es/app.json' with { type: 'json' };
import esCli from './locales/es/cli.json' with { type: 'json' };
import esErrors from './locales/es/errors.json' with { type: 'json' };
import frApp from './locales/fr/app.json' with { type: 'json' };
import frCli from './locales/fr/cli.json' with { type: 'json' };
import frErrors from './locales/fr/errors.json' with { type: 'json' };
import ptApp from './locales/pt/app.json' with { type: 'json' };
import ptCli from './locales/pt/cli.json' with { type: 'json' };
import ptErrors from './locales/pt/errors.json' with { type: 'json' };

export const NAMESPACES = ['app', 'errors', 'cli'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const CATALOG: Readonly<Record<Language, Readonly<Record<Namespace, object>>>> = {
  en: { app: enApp, errors: enErrors, cli: enCli },
  es: { app: esApp, errors: esErrors, cli: esCli },
  fr: { app: frApp, errors: frErrors, cli: frCli },
  pt: { app: ptApp, errors: ptErrors, cli: ptCli },
};
