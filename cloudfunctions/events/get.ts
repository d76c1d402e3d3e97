// 活动详情: the event with seats and waitlist, and the caller's own status and place (or a relative's, forPersonId).
import { getEventInput, type EventsApi } from '../../contracts/events';
import { findLatestEnrolment, mineOf } from '../../backend/data/events';
import { isWithin } from '../../backend/rules/org-scope';
import { fail } from '../../backend/runtime/app-error';
import { action } from '../../backend/runtime/define-function';
import { detailOf, loadEvent, mayManage, NO_EVENT, participant } from './event-access';

export const get = action({
  access: 'person',
  input: getEventInput,
  async run({ eventId, forPersonId }, ctx): Promise<EventsApi['get']['output']> {
    const { deps, caller } = ctx;
    const event = await loadEvent(deps, eventId);
    const who = await participant(deps, caller, forPersonId);
    // Someone outside the audience (and not its organiser) is told it is not there rather than shown it.
    if (!isWithin(who.profile.orgUnit.path, event.audience_path) && !mayManage(caller, event)) {
      const enrolled = await findLatestEnrolment(deps.database.db, event.id, who.profile.person.id);
      if (!enrolled) throw fail.notFound(NO_EVENT);
    }
    const mine = await mineOf(deps.database.db, await findLatestEnrolment(deps.database.db, event.id, who.profile.person.id));
    return { event: await detailOf(deps, caller, event), mine };
  },
});
