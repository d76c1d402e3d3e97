// Who am I: the signed-in person's profile, roles and preferences.
import { meInput, type AccountApi } from '../../../../contracts/account';
import type { PersonProfile } from '../../../data/people';
import { unchanging } from '../../../runtime/answer-bytes';
import { action } from '../../../runtime/define-function';
import { toUser } from './user-view';

type MeAnswer = AccountApi['me']['output'];

/**
 * The answer, once per loaded profile. A kept profile (caller.ts) hands every call the same frozen person, grants and
 * org unit until the database changes; the answer kept beside the person holds while all three are the ones it was
 * built from, and its bytes are made once (answer-bytes.ts). A new profile (any write, another process's commit, or
 * PostgreSQL, which reads every call) brings new objects, so a changed name, role or preference is answered at once.
 */
const answers = new WeakMap<
  PersonProfile['person'],
  { grants: PersonProfile['grants']; orgUnit: PersonProfile['orgUnit']; answer: MeAnswer }
>();

function answerFor(profile: PersonProfile): MeAnswer {
  const kept = answers.get(profile.person);
  if (kept && kept.grants === profile.grants && kept.orgUnit === profile.orgUnit) return kept.answer;
  const answer = unchanging({ user: toUser(profile) });
  answers.set(profile.person, { grants: profile.grants, orgUnit: profile.orgUnit, answer });
  return answer;
}

export const me = action(
  {
    access: 'person',
    input: meInput,
  },
  async function me(_input, { caller }): Promise<MeAnswer> {
    return answerFor(caller);
  },
);
