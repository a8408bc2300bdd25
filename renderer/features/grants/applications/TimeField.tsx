// A time of day in the interface language's way (2:30 PM, 14:30), typed by parts; bound to a react-hook-form field
// holding "HH:mm" or '' while incomplete, as the date fields hold "YYYY-MM-DD".
import { parseTime, type Time } from '@internationalized/date';
import { DateInput, DateSegment, I18nProvider, Label, TimeField as AriaTimeField } from 'react-aria-components';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../ui/FieldShell.js';

function toTime(value: string): Time | null {
  if (!/^\d{2}:\d{2}$/.test(value)) return null;
  try {
    return parseTime(value);
  } catch {
    return null;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

interface FormTimeFieldProps<V extends FieldValues> {
  id: string;
  label: string;
  name: FieldPath<V>;
  control: Control<V>;
  error?: string | undefined;
}

export function FormTimeField<V extends FieldValues>({ id, label, name, control, error }: FormTimeFieldProps<V>) {
  const { i18n } = useTranslation();
  const { field } = useController({ name, control });
  const value: unknown = field.value;
  return (
    <I18nProvider locale={i18n.language}>
      <AriaTimeField
        id={id}
        className="field date-field time-field"
        value={toTime(typeof value === 'string' ? value : '')}
        onChange={(picked) => field.onChange(picked === null ? '' : `${pad(picked.hour)}:${pad(picked.minute)}`)}
        onBlur={field.onBlur}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
        granularity="minute"
        shouldForceLeadingZeros
        {...(error ? { 'aria-describedby': `${id}-error` } : {})}
      >
        <Label className="date-field-label">{label}</Label>
        <DateInput className="input date-field-group date-field-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <FieldError id={id} error={error} />
      </AriaTimeField>
    </I18nProvider>
  );
}
