// A tranche's condition in words: "On signature", "When report 2 is approved", "No condition".
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tranche } from '../../../../common/grants/award.schema.js';

export function useConditionText(): (tranche: Pick<Tranche, 'condition' | 'reportNumber'>) => string {
  const { t } = useTranslation('grants', { keyPrefix: 'awards' });
  return useCallback(
    (tranche) =>
      tranche.condition === 'report_approved' ? t('condition.reportApproved', { number: tranche.reportNumber ?? 0 }) : t(`condition.choice.${tranche.condition}`),
    [t],
  );
}
