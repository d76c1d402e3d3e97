// audiobooks: the library, listening progress and study figures. Its tables are in backend/data/schema.ts.
import { defineDomain } from '../domain';
import { AUDIOBOOK_PANELS } from './panels';
import * as m0002 from './migrations/0002-audiobooks';
import { audiobookScenes } from './scenes/resolve';

export const audiobooks = defineDomain({
  name: 'audiobooks',
  migrations: { '0002-audiobooks': m0002 },
  scenes: audiobookScenes,
  makesCodes: ['book', 'chapter'],
  seeds: true,
  panels: AUDIOBOOK_PANELS,
});
