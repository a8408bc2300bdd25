// The consultations domain's handlers, in the style of core-handlers.ts.
import type { MethodOutput, MethodParsedInput } from '../../../common/contract/define.js';
import type { consultationsContract, CreContract } from '../../../common/contract/index.js';
import { done, type Handlers } from '../ipc/router.js';

type C = typeof consultationsContract;

export interface ConsultationsService {
  list(options: MethodParsedInput<C['list']>): MethodOutput<C['list']>;
  get(id: string): MethodOutput<C['get']>;
  create(input: MethodParsedInput<C['create']>['consultation']): { id: string };
  update(id: string, input: MethodParsedInput<C['update']>['consultation']): void;
  delete(id: string): void;
  restore(id: string): void;
  themes(): string[];
  overdueActions(): MethodOutput<C['overdueActions']>;
}

export function createConsultationsHandlers(consultations: ConsultationsService): Pick<Handlers<CreContract>, 'consultations'> {
  return {
    consultations: {
      list: (options) => consultations.list(options),
      get: ({ id }) => consultations.get(id),
      create: ({ consultation }) => consultations.create(consultation),
      update: done(({ id, consultation }) => consultations.update(id, consultation)),
      delete: done(({ id }) => consultations.delete(id)),
      restore: done(({ id }) => consultations.restore(id)),
      themes: () => consultations.themes(),
      overdueActions: () => consultations.overdueActions(),
    },
  };
}
