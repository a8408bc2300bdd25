// A time of day typed by parts in the interface language's way (17:00, 5:00 PM), bound to a react-hook-form field
// holding "HH:mm" or '' while incomplete, as FormDateField (DateField.tsx) holds "YYYY-MM-DD".
import { parseTime, Time } from '@internationalized/date';
import { DateInput, DateSegment, I18nProvider, Label, TimeField, type TimeValue } from 'react-aria-components';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError } from './FieldShell.js';
import { describedBy } from './ids.js';

/** "HH:mm" as a time of day; null for '' or anything else. */
export function toTime(value: string): Time | null {
  if (!/^\d{2}:\d{2}$/.test(value)) return null;
  try {
    return parseTime(value);
  } catch {
    return null;
  }
}

/** "HH:mm" of a typed time; '' while it is not complete. */
export function fromTime(value: TimeValue | null): string {
  return value === null ? '' : `${String(value.hour).padStart(2, '0')}:${String(value.minute).padStart(2, '0')}`;
}

interface FormTimeFieldProps<V extends FieldValues> {
  id: string;
  label: string;
  name: FieldPath<V>;
  /** The form's control; without it, the field is looked up in the surrounding FormProvider. */
  control?: Control<V>;
  error?: string | undefined;
}

export function FormTimeField<V extends FieldValues>({ id, label, name, control, error }: FormTimeFieldProps<V>) {
  const { i18n } = useTranslation();
  const { field } = useController<V>(control === undefined ? { name } : { name, control });
  const value: unknown = field.value;
  const ariaDescribedBy = describedBy(error && `${id}-error`);
  return (
    <I18nProvider locale={i18n.language}>
      <TimeField
        id={id}
        className="field date-field time-field"
        value={toTime(typeof value === 'string' ? value : '')}
        onChange={(picked) => field.onChange(fromTime(picked))}
        onBlur={field.onBlur}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
        granularity="minute"
        shouldForceLeadingZeros
        {...(ariaDescribedBy === undefined ? {} : { 'aria-describedby': ariaDescribedBy })}
      >
        <Label className="date-field-label">{label}</Label>
        <DateInput className="input date-field-group date-field-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <FieldError id={id} error={error} />
      </TimeField>
    </I18nProvider>
  );
}
