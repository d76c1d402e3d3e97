// 我的班次: the caller's signed-up occurrences that have not ended yet, soonest first (the 志愿 tab shows the next).
import { none } from '../../../../contracts/fields';
import type { VolunteerApi } from '../../../../contracts/volunteer';
import { occurrenceView } from '../queries/volunteer';
import { chinaDay } from '../../../common/china-time';
import { occurrenceOn } from '../rules/shifts';
import { action } from '../../../runtime/define-function';

export const myShifts = action(
  {
    access: 'person',
    input: none,
  },
  async function myShifts(_input, ctx): Promise<VolunteerApi['myShifts']['output']> {
    const { deps, caller } = ctx;
    const now = deps.now();
    const rows = await deps.database.db
      .selectFrom('vol_signups')
      .innerJoin('vol_shifts', 'vol_shifts.id', 'vol_signups.shift_id')
      .innerJoin('vol_posts', 'vol_posts.id', 'vol_shifts.post_id')
      .selectAll('vol_shifts')
      .select(['vol_signups.occurs_on', 'vol_posts.name as post_name'])
      .where('vol_signups.person_id', '=', caller.person.id)
      .where('vol_signups.occurs_on', '>=', chinaDay(new Date(now.getTime() - 86_400_000)))
      .orderBy('vol_signups.occurs_on')
      .limit(50)
      .execute();
    const occurrences = rows
      .map(({ occurs_on, post_name, ...shift }) => {
        const o = occurrenceOn(shift, occurs_on);
        return o && o.end.getTime() > now.getTime()
          ? { ...occurrenceView(shift, o, 0, true), postId: shift.post_id, postName: post_name }
          : null;
      })
      .filter((o): o is NonNullable<typeof o> => o !== null)
      .sort((a, b) => a.start.localeCompare(b.start));
    return { occurrences };
  },
);
