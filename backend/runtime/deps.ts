// What every action may use from the outside world, created once per host process or cloud instance.
import type { Database } from '../data/database';
import type { Logger } from './logger';
import type { SessionTokens } from './session-tokens';

export interface RuntimeConfig {
  /** Demo mode: fixed demo logins (devLogin) are allowed. Never on in a real deployment. */
  demoMode: boolean;
}

export interface Deps {
  database: Database;
  tokens: SessionTokens;
  config: RuntimeConfig;
  log: Logger;
  now: () => Date;
}
