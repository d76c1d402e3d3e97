// The unit 支部学习情况 shows and the way there from the viewer's top unit, with the shown unit's children loaded.
import { useCallback, useEffect, useState } from 'react';
import type { OrgUnit } from '../../../contracts/account';
import { messageOf } from '../../lib/api-error';
import { getOrgUnits } from './api/get-org-units';
import { hasChildUnits, stepDown, stepUp, unitShown, type OrgTrail } from './org-trail';

export type ChildUnitsLoad = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; units: OrgUnit[] };

export function useOrgTrail(topId: number) {
  // Empty until the first answer names the top unit; its id is known from the viewer's grant meanwhile.
  const [trail, setTrail] = useState<OrgTrail>([]);
  const [children, setChildren] = useState<ChildUnitsLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const shown = unitShown(trail);
  const unitId = shown?.id ?? topId;
  const leaf = shown !== null && !hasChildUnits(shown);

  useEffect(() => {
    if (leaf) {
      setChildren({ kind: 'ready', units: [] });
      return undefined;
    }
    let live = true;
    setChildren({ kind: 'loading' });
    getOrgUnits(unitId).then(
      ({ parent, units }) => {
        if (!live) return;
        if (parent) setTrail((t) => (t.length === 0 ? [parent] : t));
        setChildren({ kind: 'ready', units });
      },
      (error: unknown) => {
        if (live) setChildren({ kind: 'error', message: messageOf(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [unitId, leaf, attempt]);

  const open = useCallback((child: OrgUnit) => setTrail((t) => stepDown(t, child)), []);
  const goUp = useCallback(() => setTrail((t) => stepUp(t)), []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { trail, shown, unitId, children, open, goUp, retry };
}
