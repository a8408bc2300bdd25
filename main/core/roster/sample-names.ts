// Word lists for the sample roster: countries and their languages, invented names and places, expertise vocabulary.
// Every organisation and person name is assembled from invented words (and a marker such as "Fictional"), so no real
// group or person can be mistaken for a sample record.
import type { Region, StrategyArea } from '../../../common/roster/taxonomy.js';

/** How organisation names are built in one language: a marked type ("Fictional … Network"), a theme, a place. */
export type NameStyle = 'es' | 'pt' | 'en' | 'fr';

export interface SampleCountry {
  code: string;
  /** ISO 639-1 languages a collaborator there may work in; the first is the most common. */
  languages: readonly string[];
  /** The languages organisation names are written in there. */
  styles: readonly NameStyle[];
}

/** Fifteen countries per facilitator region and four outside them (global actors), about 49 in all. */
export const SAMPLE_COUNTRIES: Readonly<Record<Region, readonly SampleCountry[]>> = {
  latin_america: [
    { code: 'BR', languages: ['pt', 'en', 'gn'], styles: ['pt'] },
    { code: 'CO', languages: ['es', 'en'], styles: ['es'] },
    { code: 'PE', languages: ['es', 'qu', 'ay'], styles: ['es'] },
    { code: 'BO', languages: ['es', 'qu', 'ay', 'gn'], styles: ['es'] },
    { code: 'EC', languages: ['es', 'qu'], styles: ['es'] },
    { code: 'GT', languages: ['es', 'en'], styles: ['es'] },
    { code: 'HN', languages: ['es'], styles: ['es'] },
    { code: 'MX', languages: ['es', 'en'], styles: ['es'] },
    { code: 'AR', languages: ['es', 'gn'], styles: ['es'] },
    { code: 'CL', languages: ['es', 'en'], styles: ['es'] },
    { code: 'PY', languages: ['gn', 'es'], styles: ['es'] },
    { code: 'NI', languages: ['es', 'en'], styles: ['es'] },
    { code: 'SV', languages: ['es'], styles: ['es'] },
    { code: 'PA', languages: ['es', 'en'], styles: ['es'] },
    { code: 'VE', languages: ['es'], styles: ['es'] },
  ],
  africa: [
    { code: 'KE', languages: ['en', 'sw'], styles: ['en'] },
    { code: 'UG', languages: ['en', 'sw', 'lg'], styles: ['en'] },
    { code: 'TZ', languages: ['sw', 'en'], styles: ['en'] },
    { code: 'NG', languages: ['en', 'ha', 'yo', 'ig'], styles: ['en'] },
    { code: 'GH', languages: ['en', 'ak'], styles: ['en'] },
    { code: 'SN', languages: ['fr', 'wo'], styles: ['fr'] },
    { code: 'CI', languages: ['fr'], styles: ['fr'] },
    { code: 'CM', languages: ['fr', 'en'], styles: ['fr', 'en'] },
    { code: 'CD', languages: ['fr', 'ln', 'sw'], styles: ['fr'] },
    { code: 'ZA', languages: ['en', 'zu', 'xh', 'af'], styles: ['en'] },
    { code: 'ZW', languages: ['en', 'sn'], styles: ['en'] },
    { code: 'MZ', languages: ['pt', 'en'], styles: ['pt'] },
    { code: 'ET', languages: ['am', 'om', 'en'], styles: ['en'] },
    { code: 'MA', languages: ['ar', 'fr'], styles: ['fr'] },
    { code: 'TN', languages: ['ar', 'fr'], styles: ['fr'] },
  ],
  asia: [
    { code: 'IN', languages: ['hi', 'en', 'ta', 'bn'], styles: ['en'] },
    { code: 'BD', languages: ['bn', 'en'], styles: ['en'] },
    { code: 'NP', languages: ['ne', 'en'], styles: ['en'] },
    { code: 'LK', languages: ['si', 'ta', 'en'], styles: ['en'] },
    { code: 'PK', languages: ['ur', 'en'], styles: ['en'] },
    { code: 'TH', languages: ['th', 'en'], styles: ['en'] },
    { code: 'KH', languages: ['km', 'en'], styles: ['en'] },
    { code: 'MM', languages: ['my', 'en'], styles: ['en'] },
    { code: 'ID', languages: ['id', 'en'], styles: ['en'] },
    { code: 'PH', languages: ['tl', 'en'], styles: ['en'] },
    { code: 'VN', languages: ['vi', 'en'], styles: ['en'] },
    { code: 'LA', languages: ['lo', 'en'], styles: ['en'] },
    { code: 'MN', languages: ['mn', 'en'], styles: ['en'] },
    { code: 'PG', languages: ['en'], styles: ['en'] },
    { code: 'FJ', languages: ['en', 'fj'], styles: ['en'] },
  ],
  global: [
    { code: 'US', languages: ['en', 'es'], styles: ['en'] },
    { code: 'GB', languages: ['en'], styles: ['en'] },
    { code: 'FR', languages: ['fr', 'en'], styles: ['fr'] },
    { code: 'NL', languages: ['nl', 'en'], styles: ['en'] },
  ],
};

/** Invented place names, used in organisation names and notes. */
export const INVENTED_PLACES: readonly string[] = [
  'Verdemar', 'Quillaruna', 'Solandia', 'Piedralumbre', 'Nubelar', 'Tarvanu', 'Kelvanou', 'Ostrakand', 'Velmora',
  'Zanthe', 'Karuvale', 'Imbaroa', 'Lunacre', 'Mirovia', 'Oskaleth', 'Pembridoa', 'Ruvessa', 'Tamborine Alta',
  'Ulvaquin', 'Yarrowen', 'Brisamar', 'Cendrivale', 'Dorvanga', 'Eskalune',
];

/** Organisation types with their invented-ness marker, agreeing in gender where the language needs it. */
export const ORG_TYPES: Readonly<Record<NameStyle, readonly string[]>> = {
  es: [
    'Colectivo Imaginario', 'Red Imaginaria', 'Asamblea Imaginaria', 'Coordinadora Ficticia', 'Observatorio Ficticio',
    'Frente Imaginario', 'Alianza Ficticia', 'Consejo Imaginario', 'Movimiento Ficticio', 'Centro Imaginario',
  ],
  pt: [
    'Coletivo Imaginário', 'Rede Imaginária', 'Articulação Fictícia', 'Associação Imaginária', 'Movimento Fictício',
    'Observatório Imaginário', 'Conselho Fictício', 'Fórum Imaginário',
  ],
  en: [
    'Fictional Network', 'Imaginary Collective', 'Invented Alliance', 'Fictional Forum', 'Imaginary Coalition',
    'Invented Union', 'Fictional Institute', 'Imaginary Research Lab', 'Make-Believe Circle', 'Fictional Council',
  ],
  fr: [
    'Collectif Imaginaire', 'Réseau Fictif', 'Association Imaginaire', 'Coalition Fictive', 'Observatoire Imaginaire',
    'Plateforme Fictive', 'Conseil Imaginaire', 'Mouvement Fictif',
  ],
};

/** What the organisation defends or does, written to follow the type (Spanish, Portuguese, French) or precede it (English). */
export const ORG_THEMES: Readonly<Record<NameStyle, readonly string[]>> = {
  es: [
    'de Defensores del Manglar', 'por el Agua', 'de Guardianas del Bosque', 'de Afectados por Represas',
    'por la Tierra y el Territorio', 'de Pescadores Artesanales', 'de Vigilancia Minera', 'de Semillas Libres',
  ],
  pt: [
    'dos Atingidos por Barragens', 'de Guardiões da Mata', 'pela Água e pela Vida', 'de Pescadoras Artesanais',
    'de Vigilância da Mineração', 'pela Terra e Território', 'de Defensores do Mangue',
  ],
  en: [
    'Mangrove Defenders', 'River Watch', 'Forest Guardians', 'Land Rights', 'Coastal Fishers', 'Highland Farmers',
    'Dam-Affected Peoples', 'Mining Accountability', 'Water Keepers', 'Seed Savers', 'Development Finance Watch',
  ],
  fr: [
    'des Riverains du Fleuve', 'des Gardiens de la Forêt', 'pour la Terre', 'des Pêcheurs Côtiers',
    'de Veille Minière', 'des Femmes Agricultrices', 'des Communautés Déplacées',
  ],
};

/** Joins a place to a name in each language ("del Río Verdemar", "de la vallée de Kelvanou"). */
export const PLACE_PHRASES: Readonly<Record<NameStyle, readonly string[]>> = {
  es: ['del Río', 'del Valle de', 'de la Sierra de', 'de la Laguna', 'del Cerro', 'de'],
  pt: ['do Rio', 'da Serra de', 'do Vale de', 'da Mata de', 'de'],
  en: ['of the River', 'of the Valley of', 'of Lake', 'of the Hills of', 'of'],
  fr: ['du Fleuve', 'de la Vallée de', 'du Lac', 'des Collines de', 'de'],
};

/** Communities are named after their invented place. */
export const COMMUNITY_TYPES: Readonly<Record<NameStyle, readonly string[]>> = {
  es: ['Comunidad Imaginaria de', 'Comunidad Ficticia de', 'Pueblo Imaginario de'],
  pt: ['Comunidade Imaginária de', 'Quilombo Fictício de', 'Comunidade Fictícia de'],
  en: ['Imaginary Village of', 'Fictional Community of', 'Invented Settlement of'],
  fr: ['Communauté Imaginaire de', 'Village Fictif de', 'Communauté Fictive de'],
};

/** Syllables for invented personal names; the halves are chosen so that no common real name comes out. */
export const GIVEN_STARTS: readonly string[] = ['Za', 'Quo', 'Vel', 'Mir', 'Tal', 'Ori', 'Nax', 'Bel', 'Kiv', 'Sol', 'Ume', 'Yar', 'Fen', 'Dri'];
export const GIVEN_ENDS: readonly string[] = ['dra', 'ven', 'lio', 'mira', 'thos', 'xel', 'rin', 'quea', 'nou', 'bek'];
export const FAMILY_STARTS: readonly string[] = ['Vel', 'Tor', 'Quin', 'Zam', 'Ober', 'Lum', 'Kast', 'Mor', 'Pell', 'Ulv', 'Xan', 'Brav'];
export const FAMILY_ENDS: readonly string[] = ['aquist', 'ondo', 'iveira', 'embe', 'arath', 'ussi', 'ewind', 'obaro', 'anké', 'ípolo'];

/** Expertise tags, grouped by the strategy area they most often serve. */
export const EXPERTISE_BY_AREA: Readonly<Record<StrategyArea, readonly string[]>> = {
  advocacy: ['policy advocacy', 'UN special procedures', 'shareholder advocacy', 'World Bank safeguards', 'lobbying DFIs'],
  media_campaigning: ['investigative journalism', 'social media campaigns', 'community radio', 'press relations', 'video documentation'],
  community_organizing: ['land rights', 'FPIC', 'participatory mapping', 'women-led organizing', 'community protocols'],
  financial_research: ['mining finance', 'follow the money', 'DFI project finance', 'Chinese overseas lending', 'corporate ownership research'],
  technical_analysis: ['EIA review', 'satellite imagery', 'water quality testing', 'hydrology', 'resettlement plans'],
  security_support: ['digital security', 'protection protocols', 'emergency relocation', 'psychosocial support', 'risk assessment'],
  courts_complaints: ['IFC complaints', 'CAO complaints', 'strategic litigation', 'OECD NCP complaints', 'Inspection Panel requests'],
};

/** Real places with accents, so accent-insensitive search can be tried ("Sao Paulo" finds "São Paulo"). */
export const ACCENTED_PLACES: Readonly<Record<Region, readonly string[]>> = {
  latin_america: ['São Paulo', 'Bogotá', 'Belém', 'Medellín', 'Potosí', 'Asunción', 'Mérida', 'Panamá'],
  africa: ["Côte d'Ivoire", 'Yaoundé', 'São Tomé', 'Lomé', 'Fès', 'Béni'],
  asia: ['Hà Nội', 'Huế', 'Đà Nẵng', 'Mandalay', 'Kathmandu', 'Chittagong'],
  global: ['São Paulo', 'Genève', 'Bogotá', "Côte d'Ivoire"],
};

/** Invented projects that sample notes and risk notes refer to. */
export const INVENTED_PROJECTS: readonly string[] = [
  'the fictional Lagoa Escura hydropower dam',
  'the invented Tarvanu copper mine',
  'the imaginary Kelvanou port expansion',
  'the make-believe Verdemar palm oil concession',
  'the fictional Ostrakand coal plant',
  'the invented Quillaruna lithium project',
  'the imaginary Ruvessa highway corridor',
];

/** What a note is written about: a real accented place, an invented project, one of the record's tags. */
export interface NoteFacts {
  place: string;
  project: string;
  tag: string;
}

export const NOTE_TEMPLATES: readonly ((facts: NoteFacts) => string)[] = [
  (f) => `Sample record. Supported communities near ${f.place} facing ${f.project}; strong on ${f.tag}.`,
  (f) => `Sample record. Met the facilitator in ${f.place}; offered help with ${f.tag} for ${f.project}.`,
  (f) => `Sample record. Trained community monitors from ${f.place} in ${f.tag}.`,
  (f) => `Sample record. Co-wrote a briefing on ${f.project} with partners in ${f.place}.`,
];

export const RISK_NOTE_TEMPLATES: readonly ((facts: NoteFacts) => string)[] = [
  (f) => `Sample risk note: members were followed after meetings about ${f.project}; contact only through the regional facilitator.`,
  (f) => `Sample risk note: phones may be monitored near ${f.place}; use Signal and avoid naming the community.`,
  (f) => `Sample risk note: a leader received threats in ${f.place}; do not share this record beyond the secretariat.`,
];

export const VETTING_NOTES: readonly string[] = [
  'Known to two members of the network (sample).',
  'Vouched for after a joint mission (sample).',
  'Paused while the regional team checks a concern (sample).',
  '',
];

export const VOUCHERS: readonly string[] = [
  'Regional facilitator (sample)',
  'International coordinator (sample)',
  'Advisory Committee member (sample)',
];
