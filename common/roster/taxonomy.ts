// The fixed vocabularies of the roster: strategy areas, levels, regions, kinds, vetting, availability, sharing, contact types.
import { z } from 'zod';

/** The seven key strategy areas of the Community Resource Exchange. */
export const STRATEGY_AREAS = [
  'advocacy',
  'media_campaigning',
  'community_organizing',
  'financial_research',
  'technical_analysis',
  'security_support',
  'courts_complaints',
] as const;
export const strategyAreaSchema = z.enum(STRATEGY_AREAS);
export type StrategyArea = z.infer<typeof strategyAreaSchema>;

export const LEVELS = ['local', 'national', 'international'] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

/** The three regions of the facilitators, plus global for network-wide or international actors. */
export const REGIONS = ['asia', 'africa', 'latin_america', 'global'] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;

export const COLLABORATOR_KINDS = [
  'community',
  'cso',
  'indigenous_peoples_org',
  'social_movement',
  'network',
  'academic',
  'individual_expert',
  'other',
] as const;
export const collaboratorKindSchema = z.enum(COLLABORATOR_KINDS);
export type CollaboratorKind = z.infer<typeof collaboratorKindSchema>;

export const VETTING_STATUSES = ['proposed', 'vetted', 'paused', 'withdrawn'] as const;
export const vettingStatusSchema = z.enum(VETTING_STATUSES);
export type VettingStatus = z.infer<typeof vettingStatusSchema>;

export const AVAILABILITY_STATUSES = ['available', 'limited', 'unavailable'] as const;
export const availabilityStatusSchema = z.enum(AVAILABILITY_STATUSES);
export type AvailabilityStatus = z.infer<typeof availabilityStatusSchema>;

/** Who may receive a record in a bundle: the secretariat only, the record's regional team, or the whole network. */
export const SHARING_LEVELS = ['secretariat', 'regional', 'network'] as const;
export const sharingLevelSchema = z.enum(SHARING_LEVELS);
export type SharingLevel = z.infer<typeof sharingLevelSchema>;

export const CONTACT_TYPES = ['email', 'phone', 'signal', 'whatsapp', 'telegram', 'website', 'postal', 'other'] as const;
export const contactTypeSchema = z.enum(CONTACT_TYPES);
export type ContactType = z.infer<typeof contactTypeSchema>;
