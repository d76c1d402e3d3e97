// notices: branch notices and who has read them.
// Its actions land with the issue for this domain; until then every call answers NOT_FOUND through the router.
import { defineFunction } from '../../backend/runtime/define-function';

export const notices = defineFunction('notices', {});

