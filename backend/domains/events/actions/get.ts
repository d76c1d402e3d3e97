// 活动详情: the event with seats and waitlist, and the caller's own status and place (or a relative's, forPersonId).
import { getEventInput, type EventsApi } from '../../../../contracts/events';
import { findLatestEnrolment, mineOf } from '../queries/events';
import { action } from '../../../runtime/define-function';
import { detailOf, loadEvent, participant, requireEventInSight } from '../access';

export const get = action(
  {
    access: 'person',
    input: getEventInput,
  },
  async function get({ eventId, forPersonId }, ctx): Promise<EventsApi['get']['output']> {
    const { deps, caller } = ctx;
    const event = await loadEvent(deps, eventId);
    const who = await participant(deps, caller, forPersonId);
    await requireEventInSight(deps, caller, event, who.profile);
    const mine = await mineOf(
      deps.database.db,
      await findLatestEnrolment(deps.database.db, event.id, who.profile.person.id),
    );
    return { event: await detailOf(deps, caller, event), mine };
  },
);
