// notices: 通知公告 — branch and district notices, read receipts and 我已收到, 提醒, and read-aloud audio.
import { defineFunction } from '../../backend/runtime/define-function';
import { acknowledge } from './acknowledge';
import { audience } from './audience';
import { get } from './get';
import { list } from './list';
import { managed } from './managed';
import { markRead } from './mark-read';
import { publish } from './publish';
import { receipts } from './receipts';
import { remind } from './remind';
import { speech } from './speech';
import { targets } from './targets';
import { unreadCount } from './unread-count';
import { update } from './update';
import { withdraw } from './withdraw';

export const notices = defineFunction('notices', {
  list,
  get,
  unreadCount,
  markRead,
  acknowledge,
  speech,
  publish,
  update,
  withdraw,
  receipts,
  remind,
  targets,
  audience,
  managed,
});
