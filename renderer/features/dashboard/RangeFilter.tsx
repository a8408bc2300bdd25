// The period the figures cover: a preset (last 3, 6 or 12 months, all time) or two chosen days.
import { useTranslation } from 'react-i18next';
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
          <div className="field">
            <label htmlFor="dashboard-from">{t('range.from')}</label>
            <input
              id="dashboard-from"
              className="input"
              type="date"
              value={custom.from}
              onChange={(event) => setCustom({ ...custom, from: event.target.value })}
              aria-describedby="dashboard-dates-hint"
            />
          </div>
          <div className="field">
            <label htmlFor="dashboard-to">{t('range.to')}</label>
            <input
              id="dashboard-to"
              className="input"
              type="date"
              value={custom.to}
              onChange={(event) => setCustom({ ...custom, to: event.target.value })}
              aria-invalid={reversed ? 'true' : undefined}
              aria-describedby={reversed ? 'dashboard-dates-hint dashboard-dates-error' : 'dashboard-dates-hint'}
            />
          </div>
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
