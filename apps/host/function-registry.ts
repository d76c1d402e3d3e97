// Every cloud function the host serves at POST /api/<name>.
import { account } from '../../backend/domains/account/function';
import { audiobooks } from '../../backend/domains/audiobooks/function';
import { events } from '../../backend/domains/events/function';
import { notices } from '../../backend/domains/notices/function';
import { org } from '../../backend/domains/org/function';
import { qrcode } from '../../backend/scan/qrcode/function';
import { volunteer } from '../../backend/domains/volunteer/function';
import type { CloudFunction } from '../../backend/runtime/define-function';

const FUNCTIONS: readonly CloudFunction[] = [account, audiobooks, events, volunteer, notices, qrcode, org];

export const functionsByName: ReadonlyMap<string, CloudFunction> = new Map(FUNCTIONS.map((f) => [f.name, f]));
