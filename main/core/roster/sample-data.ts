// Deterministic, clearly fictional collaborators for the sample vault and the benchmarks: same seed, same roster.
import { SAMPLE_SIZE_DEFAULT, SAMPLE_SIZE_MAX } from '../../../common/contract/sample.contract.js';
import type { CollaboratorFields } from '../../../common/roster/collaborator.schema.js';
import {
  COLLABORATOR_KINDS,
  LEVELS,
  STRATEGY_AREAS,
  type AvailabilityStatus,
  type CollaboratorKind,
  type ContactType,
  type Level,
  type Region,
  type SharingLevel,
  type StrategyArea,
  type VettingStatus,
} from '../../../common/roster/taxonomy.js';
import {
  ACCENTED_PLACES,
  COMMUNITY_TYPES,
  EXPERTISE_BY_AREA,
  FAMILY_ENDS,
  FAMILY_STARTS,
  GIVEN_ENDS,
  GIVEN_STARTS,
  INVENTED_PLACES,
  INVENTED_PROJECTS,
  NOTE_TEMPLATES,
  ORG_THEMES,
  ORG_TYPES,
  PLACE_PHRASES,
  RISK_NOTE_TEMPLATES,
  SAMPLE_COUNTRIES,
  VETTING_NOTES,
  VOUCHERS,
  type NameStyle,
  type SampleCountry,
} from './sample-names.js';

export const DEFAULT_SAMPLE_SIZE = SAMPLE_SIZE_DEFAULT;
export const MAX_SAMPLE_SIZE = SAMPLE_SIZE_MAX;
export const DEFAULT_SAMPLE_SEED = 2026;

/** Dates in the sample are counted from here, not from the clock, so a seed gives the same roster on any day. */
const BASE_DAY_MS = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;

/** mulberry32: a tiny seeded generator, good enough to spread sample values evenly; never use it for secrets. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Weights turned once into running totals, so a draw is one comparison per value. */
interface WeightTable<T extends string> {
  values: readonly T[];
  upTo: readonly number[];
  total: number;
}

function weightTable<T extends string>(weights: Readonly<Record<T, number>>): WeightTable<T> {
  const entries = Object.entries(weights) as [T, number][];
  let total = 0;
  const upTo = entries.map(([, weight]) => (total += weight));
  return { values: entries.map(([value]) => value), upTo, total };
}

interface Draw {
  chance(probability: number): boolean;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  weighted<T extends string>(table: WeightTable<T>): T;
  /** Between min and max distinct items, added to `into` (which keeps what it holds). */
  some<T>(items: readonly T[], min: number, max: number, into?: T[]): T[];
}

function drawFrom(random: () => number): Draw {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return {
    chance: (probability) => random() < probability,
    int,
    pick,
    weighted<T extends string>(table: WeightTable<T>): T {
      const roll = random() * table.total;
      let index = 0;
      while (index < table.values.length - 1 && roll >= table.upTo[index]!) index += 1;
      return table.values[index]!;
    },
    some<T>(items: readonly T[], min: number, max: number, into: T[] = []): T[] {
      // Lists here are short, so includes() beats a Set and keeps garbage low when 100,000 records are made.
      const wanted = Math.min(items.length, into.length + int(min, max));
      while (into.length < wanted) {
        const item = pick(items);
        if (!into.includes(item)) into.push(item);
      }
      return into;
    },
  };
}

const REGION_WEIGHTS = weightTable<Region>({ latin_america: 30, africa: 30, asia: 30, global: 10 });
const KIND_WEIGHTS = weightTable<CollaboratorKind>({
  community: 16,
  cso: 22,
  indigenous_peoples_org: 12,
  social_movement: 10,
  network: 10,
  academic: 9,
  individual_expert: 17,
  other: 4,
});
const VETTING_WEIGHTS = weightTable<VettingStatus>({ vetted: 55, proposed: 25, paused: 12, withdrawn: 8 });
const AVAILABILITY_WEIGHTS = weightTable<AvailabilityStatus>({ available: 60, limited: 25, unavailable: 15 });
const SHARING_WEIGHTS = weightTable<SharingLevel>({ secretariat: 20, regional: 45, network: 35 });

/**
 * Names, notes and addresses repeat across a large sample: keeping one copy of each leaves far less for the garbage
 * collector to move, which is most of the time a 100,000-record sample takes.
 */
type Keep = (text: string) => string;

function interner(): Keep {
  const seen = new Map<string, string>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
}

/** Plain ASCII for e-mail and web addresses: accents dropped, everything else a hyphen. */
function slug(text: string): string {
  const full = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // Host labels stay short: cut at the last whole word within 40 characters.
  return full.length <= 40 ? full : full.slice(0, 41).replace(/-[^-]*$/, '');
}

function personName(draw: Draw): string {
  return `${draw.pick(GIVEN_STARTS)}${draw.pick(GIVEN_ENDS)} ${draw.pick(FAMILY_STARTS)}${draw.pick(FAMILY_ENDS)}`;
}

function organisationName(draw: Draw, style: NameStyle, kind: CollaboratorKind): string {
  const place = draw.pick(INVENTED_PLACES);
  if (kind === 'community') return `${draw.pick(COMMUNITY_TYPES[style])} ${place}`;
  const type = draw.pick(ORG_TYPES[style]);
  const theme = draw.pick(ORG_THEMES[style]);
  const where = `${draw.pick(PLACE_PHRASES[style])} ${place}`;
  if (style !== 'en') return `${type} ${theme} ${where}`;
  // English puts the theme inside the marked type: "Fictional Mangrove Defenders Network of Lake Velmora".
  const [marker, ...rest] = type.split(' ');
  return `${marker ?? ''} ${theme} ${rest.join(' ')} ${where}`;
}

function countriesFor(draw: Draw, region: Region, kind: CollaboratorKind): SampleCountry[] {
  if (region === 'global') {
    // International actors: a base outside the regions, sometimes with work in one or two regions too.
    const base = draw.some(SAMPLE_COUNTRIES.global, 1, 2);
    if (!draw.chance(0.5)) return base;
    const elsewhere = (['latin_america', 'africa', 'asia'] as const).map((r) => draw.pick(SAMPLE_COUNTRIES[r]));
    return [...base, ...draw.some(elsewhere, 1, 2)];
  }
  const many = kind === 'network' || kind === 'social_movement' ? 3 : kind === 'community' ? 1 : 2;
  return draw.some(SAMPLE_COUNTRIES[region], 1, draw.chance(0.25) ? many : 1);
}

const isoDays = new Map<number, string>();
function isoDay(offsetDays: number): string {
  let day = isoDays.get(offsetDays);
  if (day === undefined) {
    day = new Date(BASE_DAY_MS + offsetDays * DAY_MS).toISOString().slice(0, 10);
    isoDays.set(offsetDays, day);
  }
  return day;
}

/** A phone number in a range no network assigns (+000), so a sample number can never ring anyone. */
function fictionalPhone(draw: Draw): string {
  return `+000 ${draw.int(100, 999)} ${draw.int(1000, 9999)}`;
}

function contactsFor(draw: Draw, keep: Keep, name: string, kind: CollaboratorKind): CollaboratorFields['contacts'] {
  const contacts: CollaboratorFields['contacts'] = [];
  const count = draw.int(0, 3);
  if (count === 0) return contacts;
  const host = keep(`${slug(name)}.example.org`);
  const types: readonly ContactType[] = ['email', 'signal', 'phone', 'whatsapp', 'website', 'postal', 'other'];
  for (const type of draw.some(types, count, count)) {
    const sensitive = type === 'website' ? false : type === 'email' ? draw.chance(0.6) : true;
    const value =
      type === 'email'
        ? keep(`${kind === 'individual_expert' ? 'me' : draw.pick(['info', 'contact', 'secretaria', 'team'])}@${host}`)
        : type === 'website'
          ? keep(`https://${host}`)
          : type === 'postal'
            ? `PO Box ${draw.int(1, 999)}, ${draw.pick(INVENTED_PLACES)} (fictional)`
            : type === 'other'
              ? 'Through the regional facilitator (sample)'
              : fictionalPhone(draw);
    const note = type === 'signal' ? draw.pick(['Prefers voice notes', 'Disappearing messages on', '']) : '';
    contacts.push({ type, value, note, sensitive });
  }
  return contacts;
}

/**
 * Right after the first records (one of each kind), a few complaint specialists who work in Spanish, so that "who can
 * help with a World Bank complaint in Spanish?" has answers even in a small sample. They are drawn from a stream of
 * their own, so the records after them are the ones the generator made before they existed.
 */
interface Specialist {
  kind: CollaboratorKind;
  languages: string[];
  strategyAreas: StrategyArea[];
  expertise: string[];
  vetting: VettingStatus;
  availability: AvailabilityStatus;
}

const COMPLAINT_SPECIALISTS: readonly Specialist[] = [
  { kind: 'individual_expert', languages: ['es', 'en'], strategyAreas: ['courts_complaints', 'advocacy'], expertise: ['World Bank Inspection Panel', 'CAO complaints', 'IFC accountability'], vetting: 'vetted', availability: 'available' },
  { kind: 'cso', languages: ['es', 'qu'], strategyAreas: ['courts_complaints', 'community_organizing'], expertise: ['CAO complaints', 'IFC accountability', 'FPIC'], vetting: 'vetted', availability: 'available' },
  { kind: 'network', languages: ['es', 'en', 'pt'], strategyAreas: ['courts_complaints', 'advocacy'], expertise: ['World Bank Inspection Panel', 'World Bank safeguards', 'policy advocacy'], vetting: 'vetted', availability: 'limited' },
  { kind: 'academic', languages: ['es'], strategyAreas: ['courts_complaints', 'technical_analysis'], expertise: ['IFC accountability', 'World Bank Inspection Panel', 'EIA review'], vetting: 'proposed', availability: 'available' },
];
const FIRST_SPECIALIST = COLLABORATOR_KINDS.length;
const SPANISH_SPEAKING = SAMPLE_COUNTRIES.latin_america.filter((country) => country.languages.includes('es') && country.styles.includes('es'));
/** The specialists' own stream: any constant other than 0 keeps it apart from the main one. */
const SPECIALIST_STREAM = 0x5eed5;

/** The first records take every kind and every strategy area in turn, so that even a tiny sample shows each facet value. */
function oneCollaborator(draw: Draw, keep: Keep, index: number, specialist?: Specialist): CollaboratorFields {
  const region = specialist ? 'latin_america' : draw.weighted(REGION_WEIGHTS);
  const kind = specialist?.kind ?? COLLABORATOR_KINDS[index] ?? draw.weighted(KIND_WEIGHTS);
  const countries = specialist ? [draw.pick(SPANISH_SPEAKING)] : countriesFor(draw, region, kind);
  const home = countries[0]!;
  const name = keep(kind === 'individual_expert' ? personName(draw) : organisationName(draw, draw.pick(home.styles), kind));

  const languagePool: string[] = [];
  for (const country of countries) for (const language of country.languages) if (!languagePool.includes(language)) languagePool.push(language);
  const languages = specialist ? [...specialist.languages] : draw.some(languagePool, 0, 2, [home.languages[0]!]);
  if (region === 'global' && !languages.includes('en')) languages.push('en');

  const picked: Level[] =
    specialist
      ? ['national', 'international']
      : kind === 'community'
      ? ['local']
      : region === 'global' || kind === 'network'
        ? draw.some(['national', 'international'] as const, 1, 2)
        : draw.some(LEVELS, 1, 2);
  const levels = LEVELS.filter((level) => picked.includes(level));
  const first = STRATEGY_AREAS[index];
  const strategyAreas: StrategyArea[] = specialist ? [...specialist.strategyAreas] : draw.some(STRATEGY_AREAS, 1, 3, first === undefined ? [] : [first]);
  const expertise: string[] = specialist ? [...specialist.expertise] : [];
  if (!specialist) for (const area of strategyAreas) if (expertise.length < 5) draw.some(EXPERTISE_BY_AREA[area], 1, 2, expertise);

  const vettingStatus = specialist?.vetting ?? draw.weighted(VETTING_WEIGHTS);
  const availabilityStatus = specialist?.availability ?? draw.weighted(AVAILABILITY_WEIGHTS);
  const place = draw.pick(ACCENTED_PLACES[region]);
  const project = draw.pick(INVENTED_PROJECTS);
  const tag = expertise[0] ?? 'land rights';

  return {
    name,
    kind,
    countries: countries.map((country) => country.code),
    levels,
    strategyAreas,
    expertise,
    languages,
    contacts: contactsFor(draw, keep, name, kind),
    vetting: {
      status: vettingStatus,
      vouchedBy: vettingStatus === 'proposed' ? '' : draw.pick(VOUCHERS),
      date: vettingStatus === 'proposed' && draw.chance(0.5) ? null : isoDay(-draw.int(30, 1500)),
      note: vettingStatus === 'paused' ? (VETTING_NOTES[2] ?? '') : draw.pick(VETTING_NOTES),
    },
    availability: {
      status: availabilityStatus,
      until: availabilityStatus !== 'available' && draw.chance(0.6) ? isoDay(draw.int(14, 365)) : null,
    },
    sharing: draw.weighted(SHARING_WEIGHTS),
    riskNotes: draw.chance(0.15) ? keep(draw.pick(RISK_NOTE_TEMPLATES)({ place, project, tag })) : '',
    notes: draw.chance(0.85) ? keep(draw.pick(NOTE_TEMPLATES)({ place, project, tag })) : '',
  };
}

/** `count` fictional collaborators, the same for the same seed (and the first `n` of a larger sample are the same `n`). */
export function generateSampleCollaborators(seed: number, count: number): CollaboratorFields[] {
  const draw = drawFrom(createSeededRandom(seed));
  const specialistDraw = drawFrom(createSeededRandom(seed ^ SPECIALIST_STREAM));
  const keep = interner();
  const out: CollaboratorFields[] = [];
  for (let index = 0; index < count; index += 1) {
    const specialist = COMPLAINT_SPECIALISTS[index - FIRST_SPECIALIST];
    out.push(specialist ? oneCollaborator(specialistDraw, keep, index, specialist) : oneCollaborator(draw, keep, index));
  }
  return out;
}
