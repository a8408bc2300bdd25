// The state a rubric scoring form keeps, shared by the working group's form and the committee member's: the values per
// criterion, what changed (guarding a leave), which criteria still want a score, and the save's outcome.
import { useEffect, useState } from 'react';
import type { Criterion } from '../../../../common/grants/call.schema.js';
import type { CriterionScore } from '../../../../common/grants/review.schema.js';
import { setLeaveGuard } from '../../../app/session-store.js';
import { initialScoring, type ScoringValues } from './scoring-model.js';

export function useScoringState(rubric: readonly Criterion[], scores: readonly CriterionScore[]) {
  const [values, setValues] = useState<ScoringValues>(() => initialScoring(rubric, scores));
  const [dirty, setDirty] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!dirty) return undefined;
    setLeaveGuard((proceed) => setPendingLeave(() => proceed));
    return () => setLeaveGuard(null);
  }, [dirty]);

  function change(criterionId: string, patch: Partial<ScoringValues[string]>): void {
    setValues((current) => ({ ...current, [criterionId]: { score: null, comment: '', ...current[criterionId], ...patch } }));
    setDirty(true);
    setStatus(null);
    if (patch.score !== undefined) setMissing((current) => current.filter((id) => id !== criterionId));
  }

  return { values, dirty, setDirty, missing, setMissing, status, setStatus, saveError, setSaveError, pendingLeave, setPendingLeave, busy, setBusy, change };
}
