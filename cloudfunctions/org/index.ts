// org: the org tree, branch rosters, roles, roster import and export. Invitations stay in `account`.
import { defineFunction } from '../../backend/runtime/define-function';
import { acceptTransfer } from './accept-transfer';
import { addPerson } from './add-person';
import { branchChoices } from './branch-choices';
import { closeOrgUnit } from './close-org-unit';
import { createOrgUnit } from './create-org-unit';
import { exportRoster } from './export-roster';
import { grantRole } from './grant-role';
import { importRoster } from './import-roster';
import { incomingTransfers } from './incoming-transfers';
import { markDeceased } from './mark-deceased';
import { moveOrgUnit } from './move-org-unit';
import { orgUnit } from './org-unit';
import { people } from './people';
import { person } from './person';
import { renameOrgUnit } from './rename-org-unit';
import { revokeRole } from './revoke-role';
import { rosterTemplate } from './roster-template';
import { transfer } from './transfer';
import { updatePerson } from './update-person';

export const org = defineFunction('org', {
  orgUnit, createOrgUnit, renameOrgUnit, moveOrgUnit, closeOrgUnit,
  people, person, addPerson, updatePerson, transfer, acceptTransfer, incomingTransfers, markDeceased,
  grantRole, revokeRole,
  branchChoices, importRoster, exportRoster, rosterTemplate,
});
