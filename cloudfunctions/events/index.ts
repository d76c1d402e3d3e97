// events: classes, themed party days and lectures: sign-up, waitlist, lottery, attendance (docs/EVENTS.md).
import { defineFunction } from '../../backend/runtime/define-function';
import { attend } from './attend';
import { cancel } from './cancel';
import { cancelEvent } from './cancel-event';
import { confirmPromotion } from './confirm-promotion';
import { create } from './create';
import { draw } from './draw';
import { exportRoster } from './export-roster';
import { get } from './get';
import { list } from './list';
import { markAttendance } from './mark-attendance';
import { myEvents } from './my-events';
import { roster } from './roster';
import { signUp } from './sign-up';
import { update } from './update';
import { verifyDraw } from './verify-draw';

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
