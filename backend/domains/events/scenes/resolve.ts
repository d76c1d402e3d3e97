// The events domain's scannable things: an event's printed code (plain: opens the event's page) and its attendance
// code (signed, valid until the event ends; consumed by events.attend, never here). A resolver tells a scanner only
// the event's title and time — what a poster at the door shows anyway.
import type { AttendanceScene, EventScene, UnavailableScene } from '../../../../contracts/qrcode';
import { findEvent } from '../queries/events';
import { chinaDateTimeWords } from '../../../common/china-time';
import type { SceneResolvers } from '../../../scan/scene-resolvers';

const GONE = '没有找到这个活动，可能已经取消或删除了。请看看“活动”页里的其他活动。';

export const eventScenes: Pick<SceneResolvers, 'event' | 'attendance'> = {
  event: async ({ id }, deps): Promise<EventScene | UnavailableScene<'event'>> => {
    const event = await findEvent(deps.database.db, id);
    if (!event) return { type: 'event', available: false, id, message: GONE };
    return {
      type: 'event',
      available: true,
      id,
      title: event.title,
      startAt: event.start_at,
      message: `“${event.title}”，${chinaDateTimeWords(event.start_at)}开始。`,
    };
  },
  attendance: async ({ id, expiresAt }, deps): Promise<AttendanceScene | UnavailableScene<'attendance'>> => {
    const event = await findEvent(deps.database.db, id);
    if (!event || event.cancelled_at) return { type: 'attendance', available: false, id, message: GONE };
    return {
      type: 'attendance',
      available: true,
      id,
      title: event.title,
      startAt: event.start_at,
      expiresAt: expiresAt.toISOString(),
      consumedBy: 'events.attend',
      message: `这是“${event.title}”的签到二维码。请点“签到”。`,
    };
  },
};
