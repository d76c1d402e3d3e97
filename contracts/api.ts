// The map of every callable function → action → { input, output }. The front-end client is typed from it,
// so a misspelt action or a wrong payload is a compile error, not a runtime surprise.
import type { AccountApi } from './account';
import type { AudiobooksApi } from './audiobooks';
import type { DashboardApi } from './dashboard';
import type { CaseworkApi } from './casework';
import type { EventsApi } from './events';
import type { FamilyApi } from './family';
import type { InboxApi } from './inbox';
import type { JobsAdminApi } from './jobs';
import type { NoticesApi } from './notices';
import type { OrgApi } from './org';
import type { QrcodeApi } from './qrcode';
import type { TimebankApi } from './timebank';
import type { TalentApi } from './talent';
import type { VolunteerApi } from './volunteer';

export interface Api {
  /** The inbox, the failed-jobs view and family links are account actions: contracts/inbox.ts, jobs.ts, family.ts. */
  account: AccountApi & InboxApi & JobsAdminApi & FamilyApi;
  audiobooks: AudiobooksApi;
  qrcode: QrcodeApi;
  events: EventsApi;
  volunteer: VolunteerApi;
  notices: NoticesApi;
  org: OrgApi;
  timebank: TimebankApi;
  dashboard: DashboardApi;
  talent: TalentApi;
  casework: CaseworkApi;
}

export type FunctionName = keyof Api;
export type ActionName<F extends FunctionName> = keyof Api[F] & string;
type Entry<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends { input: unknown; output: unknown }
  ? Api[F][A]
  : never;
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = Entry<F, A>['input'];
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = Entry<F, A>['output'];
