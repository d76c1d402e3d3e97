// Every panel source the domains' manifests give, in PANEL_KEYS order: a domain not built yet simply has none, and
// its panels are not shown (never a placeholder number). Two sources for one key would be a mistake: the first wins.
// Gathered on first use and required then, not imported: the dashboard's own manifest (in DOMAINS) reaches this
// module through its job, so a static import would be a cycle that leaves DOMAINS unset whichever loads first.
import { PANEL_KEYS } from '../../contracts/panel-keys';
import type * as Domains from '../domains/index';
import type { PanelSource } from './panel-source';

let sources: readonly PanelSource[] | null = null;

export function panelSources(): readonly PanelSource[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: a cycle at load
  const { DOMAINS } = require('../domains/index') as typeof Domains;
  sources ??= DOMAINS.flatMap((d): readonly PanelSource[] => ('panels' in d ? d.panels : []))
    .filter((s, i, all) => all.findIndex((t) => t.key === s.key) === i)
    .sort((a, b) => PANEL_KEYS.indexOf(a.key) - PANEL_KEYS.indexOf(b.key));
  return sources;
}
