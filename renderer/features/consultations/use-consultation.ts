// Loads one consultation round for the detail and edit screens; an answer that arrives after a lock or a newer load is dropped.
import { useEffect, useState } from 'react';
import type { Consultation } from '../../../common/consultations/consultation.schema.js';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';

export type LoadedConsultation = { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready'; consultation: Consultation };

export function useConsultation(id: string | null): LoadedConsultation {
  const [loaded, setLoaded] = useState<LoadedConsultation>({ state: 'loading' });
  useEffect(() => {
    if (id === null) return undefined;
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.consultations.get({ id })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      setLoaded(reply.ok ? { state: 'ready', consultation: reply.value } : { state: 'failed', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [id]);
  return loaded;
}
