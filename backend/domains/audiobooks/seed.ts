// The audiobooks demo: the library of backend/seed/demo-library.ts, with its audio put in the file store.
import { seedDemoLibrary } from '../../seed/demo-library';
import type { DomainSeed } from '../domain';

/** This domain's share of the demo (backend/seed/demo.ts finds it by the folder's convention: domains/domain.ts). */
export const seed: DomainSeed = seedDemoLibrary;
