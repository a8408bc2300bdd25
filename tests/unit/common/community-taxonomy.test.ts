// Every value of the community, project and request vocabularies has a label in each language.
import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, COLLABORATION_STATES } from '../../../common/community/collaboration.schema.js';
import { PROJECT_SECTORS, PROJECT_STAGES, REQUEST_STATUSES, RISK_CATEGORIES, URGENCIES } from '../../../common/community/taxonomy.js';
import { CATALOG } from '../../../common/i18n/catalog.js';
import { LANGUAGES } from '../../../common/languages.js';

describe('community and project vocabularies', () => {
  it.each(LANGUAGES)('are all labelled in %s', (language) => {
    const taxonomy = CATALOG[language].taxonomy as Record<string, Record<string, string>>;
    for (const [group, values] of [
      ['projectStage', PROJECT_STAGES],
      ['riskCategory', RISK_CATEGORIES],
      ['sector', PROJECT_SECTORS],
      ['urgency', URGENCIES],
      ['requestStatus', REQUEST_STATUSES],
      ['collaborationState', COLLABORATION_STATES],
      ['activityKind', ACTIVITY_KINDS],
    ] as const) {
      expect(Object.keys(taxonomy[group] ?? {}).sort()).toEqual([...values].sort());
    }
  });
});
