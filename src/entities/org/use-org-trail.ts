// The unit a manager's screen shows and the way there from the viewer's top unit, with the shown unit's children
// loaded (nothing to load below a branch).
import { useCallback, useEffect, useState } from 'react';
import type { OrgUnit } from '../../../contracts/account';
import { useRemote } from '../remote/use-remote';
import { getOrgUnits } from './api/get-org-units';
import { hasChildUnits, stepDown, stepUp, unitShown, type OrgTrail } from './org-trail';

export function useOrgTrail(topId: number) {
  // Empty until the first answer names the top unit; its id is known from the viewer's grant meanwhile.
  const [trail, setTrail] = useState<OrgTrail>([]);
  const shown = unitShown(trail);
  const unitId = shown?.id ?? topId;
  const leaf = shown !== null && !hasChildUnits(shown);
  const children = useRemote(leaf ? null : () => getOrgUnits(unitId), [unitId, leaf]);

  const answer = children.state.status === 'ready' ? children.state.data : null;
  useEffect(() => {
    const parent = answer?.parent;
    if (parent) setTrail((t) => (t.length === 0 ? [parent] : t));
  }, [answer]);

  const open = useCallback((child: OrgUnit) => setTrail((t) => stepDown(t, child)), []);
  const goUp = useCallback(() => setTrail((t) => stepUp(t)), []);
  return { trail, shown, unitId, children, open, goUp };
}
