// org: the org tree, branch rosters, roles, roster import and export. Invitations stay in `account`.
import { defineFunction } from '../../runtime/define-function';
import { acceptTransfer } from './actions/accept-transfer';
import { addPerson } from './actions/add-person';
import { branchChoices } from './actions/branch-choices';
import { closeOrgUnit } from './actions/close-org-unit';
import { createOrgUnit } from './actions/create-org-unit';
import { exportRoster } from './actions/export-roster';
import { grantRole } from './actions/grant-role';
import { importRoster } from './actions/import-roster';
import { incomingTransfers } from './actions/incoming-transfers';
import { markDeceased } from './actions/mark-deceased';
import { moveOrgUnit } from './actions/move-org-unit';
import { orgUnit } from './actions/org-unit';
import { people } from './actions/people';
import { person } from './actions/person';
import { renameOrgUnit } from './actions/rename-org-unit';
import { revokeRole } from './actions/revoke-role';
import { rosterTemplate } from './actions/roster-template';
import { transfer } from './actions/transfer';
import { updatePerson } from './actions/update-person';
import { withdrawTransfer } from './actions/withdraw-transfer';

export const org = defineFunction('org', {
  orgUnit,
  createOrgUnit,
  renameOrgUnit,
  moveOrgUnit,
  closeOrgUnit,
  people,
  person,
  addPerson,
  updatePerson,
  transfer,
  acceptTransfer,
  withdrawTransfer,
  incomingTransfers,
  markDeceased,
  grantRole,
  revokeRole,
  branchChoices,
  importRoster,
  exportRoster,
  rosterTemplate,
});
