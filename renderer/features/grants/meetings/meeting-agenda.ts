// What a decision meeting decides about: the call's applications in review or waitlisted, in the ranked table's order,
// each with its mean score and who is recused from it. An application this vault's own reviewer is recused from stays
// sealed: its reviews are not asked for (asking would be a refused, audited attempt).
import type { Reply } from '../../../../common/contract/errors.js';
import { request } from '../../../app/cre.js';
import { readAll } from '../../../ui/use-loaded.js';
import { agendaOrder, type AgendaItem } from './meeting-model.js';

export async function loadAgenda(callId: string): Promise<Reply<AgendaItem[]>> {
  const [applications, ranked] = await Promise.all([
    readAll((offset, limit) => request((api) => api.grantApplications.list({ callId, states: ['in_review', 'waitlisted'], offset, limit }))),
    request((api) => api.grantCalls.ranked({ id: callId })),
  ]);
  if (!applications.ok) return applications;
  if (!ranked.ok) return ranked;
  const rows = new Map(ranked.value.map((row) => [row.applicationId, row]));
  const items: AgendaItem[] = [];
  for (const application of applications.value) {
    const row = rows.get(application.id) ?? null;
    if (row?.recused) {
      items.push({ application, ranked: row, recused: 'sealed' });
      continue;
    }
    const reviews = await request((api) => api.grantReviews.forApplication({ applicationId: application.id }));
    if (!reviews.ok && reviews.error.code !== 'recused') return reviews;
    const recused = reviews.ok
      ? reviews.value.filter((review) => review.declaration === 'conflict').map((review) => ({ vaultId: review.reviewerVaultId, name: review.reviewerName, reason: review.conflictReason }))
      : 'sealed';
    items.push({ application, ranked: row, recused });
  }
  return { ok: true, value: agendaOrder(items) };
}
