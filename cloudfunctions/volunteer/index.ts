// volunteer: service posts: shifts, clock in and out, service hours.
// Its actions land with the issue for this domain; until then every call answers NOT_FOUND through the router.
import { defineFunction } from '../../backend/runtime/define-function';

export const volunteer = defineFunction('volunteer', {});

