// The concrete type of window.cre, and its factory for a given transport.
import { type CreClient, type CreTransport, createCreClient } from './client.js';
import { creEvents, type CreEvents } from './events.contract.js';
import { creContract, type CreContract } from './index.js';

export type CreApi = CreClient<CreContract, CreEvents>;

export function createCreApi(transport: CreTransport): CreApi {
  return createCreClient(creContract, creEvents, transport);
}
