// account: sign-in, invitations, preferences, 我的消息. Its tables (people, identities, invitations …) are the shared
// ones in backend/data/schema.ts, made by the foundation migrations.
import { defineDomain } from '../domain';
import { accountScenes } from './scenes/resolve';

export const account = defineDomain({
  name: 'account',
  scenes: accountScenes,
  makesCodes: ['invitation'],
});
