// Who am I: the signed-in person's profile, roles and preferences.
import { meInput, type AccountApi } from '../../../../contracts/account';
import { action } from '../../../runtime/define-function';
import { toUser } from './user-view';

export const me = action(
  {
    access: 'person',
    input: meInput,
  },
  async function me(_input, { caller }): Promise<AccountApi['me']['output']> {
    return { user: toUser(caller) };
  },
);
