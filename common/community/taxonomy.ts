// The fixed vocabularies of communities and harmful projects: project stages, E&S risk categories, sectors.
import { z } from 'zod';

/** A project's stage in the financier's cycle, as the Early Warning System records it. */
export const PROJECT_STAGES = ['pending', 'approved', 'implementation', 'closed'] as const;
export const projectStageSchema = z.enum(PROJECT_STAGES);
export type ProjectStage = z.infer<typeof projectStageSchema>;

/** Environmental and social risk category given by the financier: A (highest) to C, FI (through a financial intermediary), U (undisclosed). */
export const RISK_CATEGORIES = ['A', 'B', 'C', 'FI', 'U'] as const;
export const riskCategorySchema = z.enum(RISK_CATEGORIES);
export type RiskCategory = z.infer<typeof riskCategorySchema>;

/** Sectors, condensed from the Early Warning System's list. */
export const PROJECT_SECTORS = [
  'agriculture_forestry',
  'energy',
  'hydropower',
  'extractives',
  'infrastructure',
  'transport',
  'water_sanitation',
  'industry_trade',
  'finance',
  'urban_development',
  'communications',
  'education_health',
  'other',
] as const;
export const projectSectorSchema = z.enum(PROJECT_SECTORS);
export type ProjectSector = z.infer<typeof projectSectorSchema>;

/** How soon a community needs the support it asks for. */
export const URGENCIES = ['low', 'medium', 'high', 'critical'] as const;
export const urgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof urgencySchema>;

/** Where a support request stands: new, being matched, linked to collaborators, closed, or declined. */
export const REQUEST_STATUSES = ['new', 'matching', 'linked', 'closed', 'declined'] as const;
export const requestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof requestStatusSchema>;
