// Every cloud function the host serves at POST /api/<name>.
import { account } from '../../cloudfunctions/account/index';
import { audiobooks } from '../../cloudfunctions/audiobooks/index';
import { events } from '../../cloudfunctions/events/index';
import { notices } from '../../cloudfunctions/notices/index';
import { org } from '../../cloudfunctions/org/index';
import { qrcode } from '../../cloudfunctions/qrcode/index';
import { volunteer } from '../../cloudfunctions/volunteer/index';
import type { CloudFunction } from '../../backend/runtime/define-function';

const FUNCTIONS: readonly CloudFunction[] = [account, audiobooks, events, volunteer, notices, qrcode, org];

export const functionsByName: ReadonlyMap<string, CloudFunction> = new Map(FUNCTIONS.map((f) => [f.name, f]));
