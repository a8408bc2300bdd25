// The sample vault's resources: a few guides and templates, each with a small text attachment stored like any other
// (chunks, hash, audit), straight from memory: nothing is written outside the vault.
import type { ResourceInput } from '../../../common/resources/resource.schema.js';
import type { ResourcesService } from './resources.service.js';

export interface SampleResource extends ResourceInput {
  file: { name: string; text: string };
}

const SAMPLE_NOTE = 'Sample file: invented for the sample vault, not advice to rely on.\n\n';

export const SAMPLE_RESOURCES: SampleResource[] = [
  {
    title: 'Guide to development banks’ accountability mechanisms (sample)',
    type: 'guide',
    strategyAreas: ['courts_complaints', 'advocacy'],
    languages: ['en', 'es'],
    summary: 'How a community can file a complaint with a financier’s independent accountability mechanism, step by step.',
    sharing: 'network',
    file: {
      name: 'complaint-checklist.md',
      text: '# Complaint checklist\n\n1. Name the project and its financiers.\n2. Describe the harm, and who is affected.\n3. Say what you asked the company, and its answer.\n4. Ask for confidentiality if anyone risks reprisals.\n',
    },
  },
  {
    title: 'Digital security toolkit for community leaders (sample)',
    type: 'toolkit',
    strategyAreas: ['security_support'],
    languages: ['en', 'fr'],
    summary: 'Phone and messaging hygiene for leaders under threat, with a one-page checklist.',
    sharing: 'regional',
    file: {
      name: 'security-checklist.txt',
      text: 'Security checklist\n\n- Use a passphrase and disk encryption on every device.\n- Turn on disappearing messages for sensitive groups.\n- Agree a check-in routine before travelling.\n',
    },
  },
  {
    title: 'Following the money: reading a bank’s disclosure portal (sample)',
    type: 'analysis',
    strategyAreas: ['financial_research'],
    languages: ['en', 'pt'],
    summary: 'Where the project documents, board dates and co-financiers are published, and how to cite them.',
    sharing: 'network',
    file: {
      name: 'disclosure-portal-notes.md',
      text: '# Disclosure portal notes\n\n- The project page lists the board date and the environmental category.\n- Look for the resettlement plan among the safeguard documents.\n',
    },
  },
  {
    title: 'Template letter to a project’s financiers (sample)',
    type: 'template',
    strategyAreas: ['advocacy'],
    languages: ['es', 'en'],
    summary: 'A letter a community can adapt to raise its concerns before a board decision.',
    sharing: 'network',
    file: {
      name: 'letter-template.txt',
      text: 'To the board of [financier]:\n\nWe, the [community], write about [project] because [harm]. We ask that [request].\n',
    },
  },
];

/** Writes the sample resources with their attachments; call inside the sample vault's transaction. */
export function writeSampleResources(resources: Pick<ResourcesService, 'create' | 'attachBytes'>): number {
  for (const { file, ...input } of SAMPLE_RESOURCES) {
    const { id } = resources.create(input);
    resources.attachBytes(id, file.name, new TextEncoder().encode(SAMPLE_NOTE + file.text));
  }
  return SAMPLE_RESOURCES.length;
}
