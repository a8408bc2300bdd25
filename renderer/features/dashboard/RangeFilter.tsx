// The period the figures cover: a preset (last 3, 6 or 12 months, all time) or two chosen days.
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField.js';
import { RANGE_PRESETS, type RangePreset } from './dashboard-range.js';
import { useDashboard } from './dashboard-store.js';

export function RangeFilter() {
  const { t } = useTranslation('dashboard');
  const preset = useDashboard((state) => state.preset);
  const custom = useDashboard((state) => state.custom);
  const { setPreset, setCustom } = useDashboard.getState();
  const reversed = custom.from !== '' && custom.to !== '' && custom.from > custom.to;
  return (
    <fieldset className="dashboard-range">
      <legend>{t('range.legend')}</legend>
      <div className="field">
        <label htmlFor="dashboard-preset">{t('range.preset')}</label>
        <select id="dashboard-preset" className="select" value={preset} onChange={(event) => setPreset(event.target.value as RangePreset)}>
          {RANGE_PRESETS.map((choice) => (
            <option key={choice} value={choice}>
              {t(`range.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      {preset === 'custom' ? (
        <>
          <DateField
            id="dashboard-from"
            label={t('range.from')}
            value={custom.from}
            onChange={(from) => setCustom({ ...custom, from })}
            describedBy="dashboard-dates-hint"
          />
          <DateField
            id="dashboard-to"
            label={t('range.to')}
            value={custom.to}
            onChange={(to) => setCustom({ ...custom, to })}
            invalid={reversed}
            describedBy={reversed ? 'dashboard-dates-hint dashboard-dates-error' : 'dashboard-dates-hint'}
          />
          <p id="dashboard-dates-hint" className="hint">
            {t('range.datesHint')}
          </p>
          {reversed ? (
            <p id="dashboard-dates-error" className="field-error" role="alert">
              {t('range.fromAfterTo')}
            </p>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
