// events: classes, themed party days and lectures: sign-up, waitlist, attendance.
// Its actions land with the issue for this domain; until then every call answers NOT_FOUND through the router.
import { defineFunction } from '../../backend/runtime/define-function';

export const events = defineFunction('events', {});

