// Pieces the record forms share that lean on the roster's pickers: the languages picker bound to a form field.
import { useMemo } from 'react';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CodePicker } from './CodePicker.js';
import { allLanguages } from './place-names.js';


interface LanguagesFieldProps<V extends FieldValues> {
  control: Control<V>;
  /** The form field holding the chosen language codes; `languages` when not given. */
  name?: FieldPathByValue<V, string[]>;
  id: string;
  legend: string;
  filterLabel: string;
  error: string | undefined;
}

/** The languages a record is in, chosen from every language named in the interface language. */
export function LanguagesField<V extends FieldValues>({ control, name, id, legend, filterLabel, error }: LanguagesFieldProps<V>) {
  const { i18n } = useTranslation();
  const languages = useMemo(() => allLanguages(i18n.language), [i18n.language]);
  const { field } = useController({ control, name: name ?? ('languages' as FieldPathByValue<V, string[]>) });
  return (
    <CodePicker
      id={id}
      legend={legend}
      filterLabel={filterLabel}
      all={languages}
      value={field.value as string[]}
      onChange={field.onChange}
      error={error}
      inputRef={field.ref}
    />
  );
}
