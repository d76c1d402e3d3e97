// Every server domain, in one list: a new domain is its folder (copy _template/) and one line here. The registries
// read this list: migrations (backend/data/migrate.ts), clearAll, the demo seed, jobs, scenes, the
// host's functions and qrcode.create. The order is the order of clearAll (children first) and of the demo seed.
import type { MessageKind } from '../../contracts/inbox';
import { account } from './account/manifest';
import { audiobooks } from './audiobooks/manifest';
import { dashboard } from './dashboard/manifest';
import { casework } from './casework/manifest';
import { events } from './events/manifest';
import { notices } from './notices/manifest';
import { org } from './org/manifest';
import { talent } from './talent/manifest';
import { volunteer } from './volunteer/manifest';
import { timebank } from './timebank/manifest';

export const DOMAINS = [
  account,
  audiobooks,
  events,
  volunteer,
  notices,
  org,
  talent,
  timebank,
  casework,
  dashboard,
] as const;

export type Domain = (typeof DOMAINS)[number];
export type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** Every message kind (contracts/inbox.ts, which the client reads too) is sent by exactly one declared domain. */
type OwnedKind = Extract<Domain, { messageKinds: unknown }>['messageKinds'][number];
const everyKindOwned: [Exclude<MessageKind, OwnedKind>] extends [never] ? true : Exclude<MessageKind, OwnedKind> = true;
void everyKindOwned;
