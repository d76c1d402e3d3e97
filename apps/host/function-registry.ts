// Every cloud function the host serves at POST /api/<name>: each domain's (backend/domains/index.ts) and qrcode.
import { DOMAINS } from '../../backend/domains/index';
import type { CloudFunction } from '../../backend/runtime/define-function';
import { qrcode } from '../../backend/scan/qrcode/function';

/** A domain's function.ts, by the folder's convention (backend/domains/domain.ts): the manifests name no actions. */
function functionOf(name: string): CloudFunction {
  const fn = (require(`../../backend/domains/${name}/function.ts`) as Record<string, CloudFunction | undefined>)[name];
  if (fn?.name !== name)
    throw new Error(`backend/domains/${name}/function.ts must export the cloud function \`${name}\``);
  return fn;
}

const FUNCTIONS: readonly CloudFunction[] = [...DOMAINS.map((d) => functionOf(d.name)), qrcode];

export const functionsByName: ReadonlyMap<string, CloudFunction> = new Map(FUNCTIONS.map((f) => [f.name, f]));
