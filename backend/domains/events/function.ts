// events: classes, themed party days and lectures: sign-up, waitlist, lottery, attendance (docs/EVENTS.md).
import { defineFunction } from '../../runtime/define-function';
import { attend } from './actions/attend';
import { cancel } from './actions/cancel';
import { cancelEvent } from './actions/cancel-event';
import { confirmPromotion } from './actions/confirm-promotion';
import { create } from './actions/create';
import { draw } from './actions/draw';
import { exportRoster } from './actions/export-roster';
import { get } from './actions/get';
import { list } from './actions/list';
import { markAttendance } from './actions/mark-attendance';
import { myEvents } from './actions/my-events';
import { roster } from './actions/roster';
import { signUp } from './actions/sign-up';
import { update } from './actions/update';
import { verifyDraw } from './actions/verify-draw';

export const events = defineFunction('events', {
  list,
  get,
  myEvents,
  create,
  update,
  cancelEvent,
  signUp,
  cancel,
  confirmPromotion,
  roster,
  exportRoster,
  draw,
  verifyDraw,
  attend,
  markAttendance,
});
