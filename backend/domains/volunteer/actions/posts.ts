// 附近驿站: every service post, nearest first when the phone says where it is. Public: residents browse posts too.
import { postsInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { postSummary } from '../queries/volunteer';
import { haversineMetres } from '../../../visits/geofence';
import { action } from '../../../runtime/define-function';

export const posts = action(
  {
    access: 'public',
    input: postsInput,
  },
  async function posts({ near }, ctx): Promise<VolunteerApi['posts']['output']> {
    const rows = await ctx.deps.database.db.selectFrom('vol_posts').selectAll().orderBy('id').limit(500).execute();
    const list = rows.map((p) =>
      postSummary(p, near ? haversineMetres(near, { lat: Number(p.lat), lng: Number(p.lng) }) : undefined),
    );
    if (near) list.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
    return { posts: list };
  },
);
