// Loads one call for the detail, form and ranked screens, and again on demand after a change; late answers are dropped.
import { useCallback, useState } from 'react';
import type { Call } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { useLoaded, type Loaded } from '../../../ui/use-loaded.js';

export function useCall(id: string | null): { loaded: Loaded<Call>; reload: () => void } {
  const [version, setVersion] = useState(0);
  const loaded = useLoaded<Call>(
    () => (id === null ? Promise.resolve({ ok: false, error: { code: 'not_found', message: 'No call.' } }) : request((api) => api.grantCalls.get({ id }))),
    `${id ?? ''}:${version}`,
  );
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { loaded, reload };
}
