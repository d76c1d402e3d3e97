// The roster's status words. No zod here: the front end imports these values directly.
export type PersonStatus = 'active' | 'transferred' | 'deceased';
export const PERSON_STATUS_NAMES: Record<PersonStatus, string> = {
  active: '在册',
  transferred: '转出',
  deceased: '已故',
};
