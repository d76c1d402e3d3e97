// volunteer: service posts, teams and shifts; clocking in and out by QR code; the hours ledger; certificates;
// reports. One file per action; the rules are in backend/domains/volunteer/rules/*.ts.
import { defineFunction } from '../../runtime/define-function';
import { answerCorrection } from './actions/answer-correction';
import { approveCorrection } from './actions/approve-correction';
import { certificate } from './actions/certificate';
import { certificateView } from './actions/certificate-view';
import { checkIn } from './actions/check-in';
import { checkOut } from './actions/check-out';
import { confirmRecord } from './actions/confirm-record';
import { correctRecord } from './actions/correct-record';
import { correctionQueue } from './actions/correction-queue';
import { createPost } from './actions/create-post';
import { createShift } from './actions/create-shift';
import { exportReport } from './actions/export-report';
import { joinShift } from './actions/join-shift';
import { leaveShift } from './actions/leave-shift';
import { managedPosts } from './actions/managed-posts';
import { myHours } from './actions/my-hours';
import { myRecords } from './actions/my-records';
import { myShifts } from './actions/my-shifts';
import { post } from './actions/post';
import { posts } from './actions/posts';
import { report } from './actions/report';
import { requestCorrection } from './actions/request-correction';
import { rotatingCode } from './actions/rotating-code';
import { shifts } from './actions/shifts';
import { syncOffline } from './actions/sync-offline';
import { undoCheckOut } from './actions/undo-check-out';
import { verifyCertificate } from './actions/verify-certificate';

export const volunteer = defineFunction('volunteer', {
  createPost,
  posts,
  post,
  shifts,
  createShift,
  joinShift,
  leaveShift,
  myShifts,
  checkIn,
  checkOut,
  undoCheckOut,
  syncOffline,
  myRecords,
  myHours,
  requestCorrection,
  correctionQueue,
  confirmRecord,
  correctRecord,
  answerCorrection,
  approveCorrection,
  managedPosts,
  rotatingCode,
  report,
  exportReport,
  certificate,
  certificateView,
  verifyCertificate,
});
