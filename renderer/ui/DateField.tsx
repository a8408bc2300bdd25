// A date field in the interface language's order (mm/dd/yyyy, dd/mm/aaaa, jj/mm/aaaa), typed by parts or picked from a calendar; its value is YYYY-MM-DD or ''.
import { CalendarDays, ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
} from 'react-aria-components';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fromDateValue, toCalendarDate } from './date-value.js';
import { FieldError } from './FieldShell.js';
import { describedBy } from './ids.js';

/** What a form library calls to move focus to the field, e.g. to the first field with an error. */
export interface FocusHandle {
  focus: () => void;
}

/** Moves the focus to a date field's first part: the day in Spanish, the month in English. */
function focusFirstPart(group: HTMLElement | null): void {
  group?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
}

interface DateFieldProps {
  id: string;
  label: ReactNode;
  /** `YYYY-MM-DD`, or '' for no date. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  hint?: string | null | undefined;
  error?: string | null | undefined;
  /** A message elsewhere on the form that is about this field, e.g. a shared hint or a range error. */
  describedBy?: string | undefined;
  /** Shown as invalid when the error is said elsewhere (see `describedBy`). */
  invalid?: boolean | undefined;
  /** Extra class for the field, e.g. `date-input` to keep it narrow. */
  className?: string | undefined;
  /** Receives a handle that focuses the first part of the date (react-hook-form's `field.ref`). */
  focusRef?: ((handle: FocusHandle | null) => void) | undefined;
}

export function DateField(props: DateFieldProps) {
  const { id, label, value, onChange, onBlur, hint, error, describedBy: also, invalid, className, focusRef } = props;
  const { i18n } = useTranslation();
  const groupRef = useRef<HTMLDivElement>(null);
  const hintId = `${id}-hint`;
  const ariaDescribedBy = describedBy(hint && hintId, error && `${id}-error`, also);

  useEffect(() => {
    if (!focusRef) return undefined;
    focusRef({ focus: () => focusFirstPart(groupRef.current) });
    return () => focusRef(null);
  }, [focusRef]);

  return (
    // The interface language, not the system's, decides the order of the parts and their placeholders.
    <I18nProvider locale={i18n.language}>
      <DatePicker
        id={id}
        className={className ? `field date-field ${className}` : 'field date-field'}
        value={toCalendarDate(value)}
        onChange={(picked) => onChange(fromDateValue(picked))}
        onBlur={() => onBlur?.()}
        isInvalid={Boolean(error) || invalid === true}
        validationBehavior="aria"
        granularity="day"
        shouldForceLeadingZeros
        {...(ariaDescribedBy === undefined ? {} : { 'aria-describedby': ariaDescribedBy })}
      >
        <Label className="date-field-label">{label}</Label>
        {hint ? (
          <p id={hintId} className="hint">
            {hint}
          </p>
        ) : null}
        {/* The group carries the field's id: focusing it by id (e.g. the first field with an error) lands on the first part. */}
        <Group
          ref={groupRef}
          className="input date-field-group"
          tabIndex={-1}
          onFocus={(event) => {
            if (event.target === event.currentTarget) focusFirstPart(groupRef.current);
          }}
        >
          <DateInput className="date-field-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
          <Button className="date-field-button">
            <CalendarDays aria-hidden="true" size={18} />
          </Button>
        </Group>
        <FieldError id={id} error={error} />
        <Popover className="date-popover" placement="bottom start">
          <Dialog className="date-dialog">
            <Calendar className="date-calendar">
              <header className="date-calendar-header">
                <Button slot="previous" className="date-calendar-nav">
                  <ChevronLeft aria-hidden="true" size={18} />
                </Button>
                <Heading className="date-calendar-heading" />
                <Button slot="next" className="date-calendar-nav">
                  <ChevronRight aria-hidden="true" size={18} />
                </Button>
              </header>
              <CalendarGrid className="date-calendar-grid">{(date) => <CalendarCell date={date} className="date-calendar-cell" />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}

interface FormDateFieldProps<V extends FieldValues> extends Omit<DateFieldProps, 'value' | 'onChange' | 'onBlur' | 'focusRef'> {
  /** The form field holding `YYYY-MM-DD` or ''. */
  name: FieldPath<V>;
  /** The form's control; the surrounding FormProvider's when absent. */
  control?: Control<V> | undefined;
}

/** A date field bound to a react-hook-form field, as `register` binds a text input. */
export function FormDateField<V extends FieldValues>({ name, control, ...rest }: FormDateFieldProps<V>) {
  const { field } = useController(control === undefined ? { name } : { name, control });
  const value: unknown = field.value;
  return <DateField {...rest} value={typeof value === 'string' ? value : ''} onChange={field.onChange} onBlur={field.onBlur} focusRef={field.ref} />;
}
