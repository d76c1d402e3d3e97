// Transfers waiting for the caller to accept: into branches they manage.
import { incomingTransfersInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { inCallerScope } from '../../../access/unit-scope';
import { action } from '../../../runtime/define-function';
import { pendingTransfersInto } from './transfer-view';

export const incomingTransfers = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: incomingTransfersInput,
  },
  async function incomingTransfers(_input, ctx): Promise<OrgApi['incomingTransfers']['output']> {
    return {
      transfers: await pendingTransfersInto(
        ctx.deps.database.db,
        inCallerScope(ctx.caller, SCOPES.manageBranch, 'u.path'),
      ),
    };
  },
);
