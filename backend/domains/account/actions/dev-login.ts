// Demo mode only: sign in as one of the fixed demo handles (admin, secretary1, member1 …).
import { devLoginInput, type AccountApi } from '../../../../contracts/account';
import { findPersonIdByHandle, loadPersonProfile } from '../../../data/people';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { toUser } from './user-view';

export const devLogin = action(
  {
    access: 'public',
    input: devLoginInput,
    // Per demo handle: the benchmarks and tests sign many handles in from one address.
    limit: { points: 20, seconds: 60, by: ({ handle }) => handle },
  },
  async function devLogin({ handle }, { deps }): Promise<AccountApi['devLogin']['output']> {
    if (!deps.config.demoMode)
      throw new AppError('DEMO_ONLY', '演示账号只能在演示版里使用。请用支部书记给您的邀请码登录。');
    const personId = await findPersonIdByHandle(deps.database.db, handle);
    const profile = personId === null ? null : await loadPersonProfile(deps.database.db, personId);
    if (!profile)
      throw fail.notFound(`没有找到登录名“${handle}”。演示账号有 member1、secretary1、volunteer1、admin 等。`);
    return { token: await deps.tokens.issue(profile.person.id, profile.person.session_version), user: toUser(profile) };
  },
);
