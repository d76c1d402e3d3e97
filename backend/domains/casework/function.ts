// casework: the cloud function of 民情工作室 records; one file per action under actions/, listed here.
import { defineFunction } from '../../runtime/define-function';
import { addStep } from './actions/add-step';
import { agreementLink } from './actions/agreement-link';
import { attachAgreement } from './actions/attach-agreement';
import { close } from './actions/close';
import { followUp } from './actions/follow-up';
import { get } from './actions/get';
import { list } from './actions/list';
import { openCase } from './actions/open-case';
import { recordVisit } from './actions/record-visit';
import { studios } from './actions/studios';
import { toTimebank } from './actions/to-timebank';

export const casework = defineFunction('casework', {
  studios,
  recordVisit,
  openCase,
  addStep,
  followUp,
  close,
  attachAgreement,
  agreementLink,
  get,
  list,
  toTimebank,
});
