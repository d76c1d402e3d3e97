// The volunteer domain's scannable things: a service post's printed code (plain, long-lived, grants nothing) and
// the short-lived check-in code on the post manager's phone (signed, consumed by volunteer.checkIn). The domain is
// not built yet: both answer with a sentence the scan page can show. Why posts work this way: docs/ARCHITECTURE.md.
import { notOpenYet, type SceneResolvers } from './scene-resolvers';

export const volunteerScenes: Pick<SceneResolvers, 'post' | 'checkin'> = {
  post: notOpenYet('post', '这是一个志愿服务驿站的二维码。志愿服务的功能还在准备中，过些日子就能用了。'),
  checkin: notOpenYet('checkin', '这是志愿服务打卡的二维码。扫码打卡的功能还在准备中，这次请找驿站负责人登记。'),
};
