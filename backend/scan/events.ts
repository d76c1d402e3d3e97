// The events domain's scannable things: an event's printed code (plain) and its attendance code (signed, consumed
// by events.attend). The domain is not built yet: both answer with a sentence the scan page can show.
import { notOpenYet, type SceneResolvers } from './scene-resolvers';

export const eventScenes: Pick<SceneResolvers, 'event' | 'attendance'> = {
  event: notOpenYet('event', '这是一个活动的二维码。活动报名的功能还在准备中，过些日子就能用了。'),
  attendance: notOpenYet('attendance', '这是活动签到的二维码。扫码签到的功能还在准备中，这次请找工作人员登记。'),
};
