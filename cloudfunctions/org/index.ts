// org: the org tree, branch rosters, roles, roster import and export.
// Its actions land with the issue for this domain; until then every call answers NOT_FOUND through the router.
import { defineFunction } from '../../backend/runtime/define-function';

export const org = defineFunction('org', {});
