// What a server domain tells the shared registries about itself (backend/domains/index.ts lists every domain).
// A domain's tables join the Schema type from its own schema.ts (`declare module '../../data/schema'`), so the type
// needs no list. The manifest is light on purpose: migrate.ts and the job registry read it, and they are in every WeChat bundle,
// so it names no action, no seed and no code maker. Those are found by the folder's convention instead, and only
// by the programs that need them (the host's function registry, the demo seed, qrcode.create):
//   <d>/function.ts          exports the cloud function `<name>` (scripts/build-cloud.mjs writes its WeChat entry)
//   <d>/seed.ts              exports `seed: DomainSeed`, when `seeds` is true
//   <d>/scenes/make-code.ts  exports `makeCode: CodeMaker`, when `makesCodes` lists QR types
import type { Kysely } from 'kysely';
import type { MessageKind } from '../../contracts/inbox';
import type { QrType } from '../../contracts/qrcode';
import type { Engine } from '../data/database';
import type { Schema } from '../data/schema';
import type { PanelSource } from '../dashboard/panel-source';
import type { JobHandler } from '../jobs/define-job';
import type { SceneResolvers } from '../scan/scene-resolvers';
import type { FileStore } from '../runtime/deps';

/** One versioned migration (backend/data/migrate.ts applies them all in name order). */
export interface MigrationStep {
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
}

/** A domain's share of the demo data, run by backend/seed/demo.ts after the shared city. */
export type DomainSeed = (
  db: Kysely<Schema>,
  files: FileStore,
  say: (line: string) => void,
  now: Date,
) => Promise<void>;

export interface DomainManifest {
  /** The cloud function's name (POST /api/<name>, the WeChat function folder). */
  readonly name: string;
  /** Its migrations by file name (`NNNN-<what>`): the name sets the order among every domain's. */
  readonly migrations?: Readonly<Record<string, MigrationStep>>;
  /** Its own tables, children first: clearAll deletes them in this order before the shared ones. */
  readonly tables?: readonly (keyof Schema & string)[];
  /** Its time-driven jobs (backend/jobs/registry.ts). */
  readonly jobs?: readonly JobHandler[];
  /** The resolvers of the scene types it owns (backend/scan/registry.ts checks that every type has one). */
  readonly scenes?: Partial<SceneResolvers>;
  /** The QR types qrcode.create asks its scenes/make-code.ts for. */
  readonly makesCodes?: readonly QrType[];
  /** The inbox message kinds it sends (contracts/inbox.ts; backend/domains/index.ts checks each has one owner). */
  readonly messageKinds?: readonly MessageKind[];
  /** Whether it has a seed.ts for the demo. */
  readonly seeds?: boolean;
  /** The 驾驶舱 panels it counts (its panels.ts; backend/dashboard asks each for the viewer's subtree). */
  readonly panels?: readonly PanelSource[];
}

/** A manifest with its literal types kept, so the registries can check exhaustiveness. */
export const defineDomain = <const M extends DomainManifest>(manifest: M): M => manifest;
