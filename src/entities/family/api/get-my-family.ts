// Who is linked to whom: the members one may sign up, and the relatives who may sign one up.
import { callFamily } from './call-family';

export function getMyFamily() {
  return callFamily('myFamily', {});
}
