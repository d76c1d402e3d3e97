// Which database engines this run can test. Outside CI a missing PostgreSQL skips only its half, saying how to
// get it; under CI=true it is a failure (global setup throws first).
import type { Engine } from '../../backend/data/database';

export function availableEngines(): Engine[] {
  if (process.env.TEST_DATABASE_URL) return ['sqlite', 'postgres'];
  if (process.env.CI === 'true') throw new Error('CI=true but no PostgreSQL for the tests (TEST_DATABASE_URL unset).');
  process.stdout.write(
    'PostgreSQL suites skipped: install PostgreSQL (apt-get install postgresql) or set TEST_DATABASE_URL.\n',
  );
  return ['sqlite'];
}
