// Ranks other communities against a subject with the weights in common/community/similar-weights.ts; each place is
// explained by the traits shared. Pure: what it compares comes from similar-profiles.ts.
import { SIMILAR_WEIGHTS } from '../../../common/community/similar-weights.js';
import type { SimilarTrait } from '../../../common/community/similar.schema.js';
import { PROJECT_SECTORS, type ProjectSector } from '../../../common/community/taxonomy.js';
import { areasOfMask, type FacedProject } from './similar-profiles.js';

/** What the subject (a community, or one struggle of it) brings. Maps keep the order values were first met. */
export interface SubjectProfile {
  country: string;
  /** Project id → name. */
  projects: Map<string, string>;
  /** Normalised name → the name as first written. */
  financiers: Map<string, string>;
  companies: Map<string, string>;
  sectors: Set<ProjectSector>;
  areaMask: number;
}

export function emptySubject(country: string): SubjectProfile {
  return { country, projects: new Map(), financiers: new Map(), companies: new Map(), sectors: new Set(), areaMask: 0 };
}

export function addSubjectProject(subject: SubjectProfile, project: FacedProject): void {
  subject.projects.set(project.id, project.name);
  for (const sector of project.sectors) subject.sectors.add(sector);
  for (const [key, name] of project.financiers) if (!subject.financiers.has(key)) subject.financiers.set(key, name);
  for (const [key, name] of project.companies) if (!subject.companies.has(key)) subject.companies.set(key, name);
}

/** What another community shares with the subject, gathered over its struggles. */
export interface Overlap {
  projects: Set<string>;
  financiers: Set<string>;
  companies: Set<string>;
  sectors: Set<ProjectSector>;
}

/** What one project shares with the subject; null when nothing, so most projects cost nothing further. */
export function projectOverlap(subject: SubjectProfile, project: FacedProject): Overlap | null {
  const same = subject.projects.has(project.id);
  const financiers = [...project.financiers.keys()].filter((key) => subject.financiers.has(key));
  const companies = [...project.companies.keys()].filter((key) => subject.companies.has(key));
  const sectors = project.sectors.filter((sector) => subject.sectors.has(sector));
  if (!same && financiers.length + companies.length + sectors.length === 0) return null;
  return { projects: new Set(same ? [project.id] : []), financiers: new Set(financiers), companies: new Set(companies), sectors: new Set(sectors) };
}

export function emptyOverlap(): Overlap {
  return { projects: new Set(), financiers: new Set(), companies: new Set(), sectors: new Set() };
}

export function mergeOverlap(into: Overlap, more: Overlap): void {
  for (const id of more.projects) into.projects.add(id);
  for (const key of more.financiers) into.financiers.add(key);
  for (const key of more.companies) into.companies.add(key);
  for (const sector of more.sectors) into.sectors.add(sector);
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n += 1;
  return n;
}

export interface Candidate {
  communityId: string;
  name: string;
  /** The name lower-cased once, for sorting. */
  sortName: string;
  country: string;
  overlap: Overlap | undefined;
  areaMask: number;
}

export function scoreOf(subject: SubjectProfile, candidate: Candidate): number {
  const W = SIMILAR_WEIGHTS;
  const { overlap } = candidate;
  let score = bitCount(subject.areaMask & candidate.areaMask) * W.strategyArea;
  if (candidate.country === subject.country) score += W.country;
  if (overlap) {
    score += overlap.projects.size * W.project + overlap.financiers.size * W.financier + overlap.companies.size * W.company;
    score += overlap.sectors.size * W.sector;
  }
  return score;
}

/** The traits shared, in a fixed order of kinds; the values in the subject's order, as the subject wrote them. */
export function traitsOf(subject: SubjectProfile, candidate: Candidate): SimilarTrait[] {
  const traits: SimilarTrait[] = [];
  const overlap = candidate.overlap;
  if (overlap) {
    const projects = [...subject.projects].filter(([id]) => overlap.projects.has(id));
    if (projects.length > 0) traits.push({ kind: 'project', projects: projects.map(([id, name]) => ({ id, name })) });
    const financiers = [...subject.financiers].filter(([key]) => overlap.financiers.has(key));
    if (financiers.length > 0) traits.push({ kind: 'financier', names: financiers.map(([, name]) => name) });
    const companies = [...subject.companies].filter(([key]) => overlap.companies.has(key));
    if (companies.length > 0) traits.push({ kind: 'company', names: companies.map(([, name]) => name) });
  }
  if (candidate.country === subject.country) traits.push({ kind: 'country', country: subject.country });
  const sectors = overlap ? PROJECT_SECTORS.filter((sector) => overlap.sectors.has(sector)) : [];
  if (sectors.length > 0) traits.push({ kind: 'sector', sectors });
  const areas = areasOfMask(subject.areaMask & candidate.areaMask);
  if (areas.length > 0) traits.push({ kind: 'strategy', areas });
  return traits;
}

/** By code point: the same order on every computer, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Case-insensitive, by code point. */
export function compareNames(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase());
}

/**
 * Every candidate sharing at least one trait (a score above zero: every weight is positive), highest score first;
 * equal scores in name order (case-insensitive, by code point), then by id. Traits are put together only for the `limit` kept.
 */
export function rankSimilar(subject: SubjectProfile, candidates: Iterable<Candidate>, limit: number): { candidate: Candidate; score: number; traits: SimilarTrait[] }[] {
  const scored: { candidate: Candidate; score: number }[] = [];
  for (const candidate of candidates) {
    const score = scoreOf(subject, candidate);
    if (score > 0) scored.push({ candidate, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      compareText(a.candidate.sortName, b.candidate.sortName) ||
      compareText(a.candidate.communityId, b.candidate.communityId),
  );
  return scored.slice(0, limit).map(({ candidate, score }) => ({ candidate, score, traits: traitsOf(subject, candidate) }));
}
