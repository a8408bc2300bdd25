// Declares window.cre, the page's only way to reach main (built by the preload from the one contract).
import type { CreApi } from '../common/contract/cre-api.js';

declare global {
  interface Window {
    cre: CreApi;
  }
}

export {};
