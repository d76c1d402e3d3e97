// timebank: the time bank's cloud function (时间银行 · 低龄帮高龄, issue 21); one file of actions per concern.
import { defineFunction } from '../../runtime/define-function';
import { accept, cancelRequest } from './actions/matching';
import { certificate, certificateView, verifyCertificate } from './actions/certificate';
import { checkIn, checkOut } from './actions/scans';
import { confirm, dispute, myVisits, resolveDispute, toConfirm } from './actions/confirm';
import { coverage, ledgerCheck } from './actions/figures';
import { balance, donate, give, myMovements, pool } from './actions/hours';
import { myOffer, offer } from './actions/offers';
import { personalCode, reportCardLost } from './actions/cards';
import { approveNeed, queue } from './actions/queue';
import { catalogue, request, requestDetail, requests } from './actions/requests';

export const timebank = defineFunction('timebank', {
  catalogue,
  request,
  requestDetail,
  requests,
  cancelRequest,
  offer,
  myOffer,
  accept,
  personalCode,
  reportCardLost,
  checkIn,
  checkOut,
  toConfirm,
  myVisits,
  confirm,
  dispute,
  resolveDispute,
  queue,
  approveNeed,
  balance,
  myMovements,
  give,
  donate,
  pool,
  coverage,
  ledgerCheck,
  certificate,
  certificateView,
  verifyCertificate,
});
