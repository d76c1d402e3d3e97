// volunteer: service posts, teams and shifts; clocking in and out by QR code; the hours ledger; certificates;
// reports. One file per action; the rules are in backend/rules/volunteer-*.ts.
import { defineFunction } from '../../backend/runtime/define-function';
import { answerCorrection } from './answer-correction';
import { approveCorrection } from './approve-correction';
import { certificate } from './certificate';
import { certificateView } from './certificate-view';
import { checkIn } from './check-in';
import { checkOut } from './check-out';
import { confirmRecord } from './confirm-record';
import { correctRecord } from './correct-record';
import { correctionQueue } from './correction-queue';
import { createPost } from './create-post';
import { createShift } from './create-shift';
import { exportReport } from './export-report';
import { joinShift } from './join-shift';
import { leaveShift } from './leave-shift';
import { managedPosts } from './managed-posts';
import { myHours } from './my-hours';
import { myRecords } from './my-records';
import { myShifts } from './my-shifts';
import { post } from './post';
import { posts } from './posts';
import { report } from './report';
import { requestCorrection } from './request-correction';
import { rotatingCode } from './rotating-code';
import { shifts } from './shifts';
import { syncOffline } from './sync-offline';
import { verifyCertificate } from './verify-certificate';

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
