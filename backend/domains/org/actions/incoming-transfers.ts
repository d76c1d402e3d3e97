// Transfers waiting for the caller to accept: into branches they manage.
import { incomingTransfersInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { action } from '../../../runtime/define-function';
import { pendingTransfersInto } from './transfer-view';
import { inReceivingBranches } from '../access';

export const incomingTransfers = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: incomingTransfersInput,
  },
  async function incomingTransfers(_input, ctx): Promise<OrgApi['incomingTransfers']['output']> {
    return {
      transfers: await pendingTransfersInto(ctx.deps.database.db, inReceivingBranches(ctx.caller)),
    };
  },
);
