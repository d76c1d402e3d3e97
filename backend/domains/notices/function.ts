// notices: 通知公告 — branch and district notices, read receipts and 我已收到, 提醒, and read-aloud audio.
import { defineFunction } from '../../runtime/define-function';
import { acknowledge } from './actions/acknowledge';
import { audience } from './actions/audience';
import { get } from './actions/get';
import { list } from './actions/list';
import { managed } from './actions/managed';
import { markRead } from './actions/mark-read';
import { publish } from './actions/publish';
import { receipts } from './actions/receipts';
import { remind } from './actions/remind';
import { speech } from './actions/speech';
import { targets } from './actions/targets';
import { unreadCount } from './actions/unread-count';
import { update } from './actions/update';
import { withdraw } from './actions/withdraw';

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
