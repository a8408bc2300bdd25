// Storage errors typed for the callers above the core (the CLI), which may not reach into db/ themselves.
export { isDatabaseCorruption, storageFailureOf } from '../../db/storage-errors.js';
