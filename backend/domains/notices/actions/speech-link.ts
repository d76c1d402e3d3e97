// Whether a person may still hear a 朗读 file, asked by the host's /listen route on every request (a player fetches
// by Range as it plays): the same audience check as opening the notice (access.ts), and the file must be
// the audio of the notice's current text — never an edited-away version, never a withdrawn notice.
import { loadPersonProfile } from '../../../data/people';
import { noticeSpeechKey, readNoticeSpeechKey } from '../../../files/file-keys';
import { AppError } from '../../../runtime/app-error';
import type { PersonCaller } from '../../../runtime/caller';
import type { Deps } from '../../../runtime/deps';
import { loadForCaller } from '../access';

export async function mayHearSpeech(deps: Deps, key: string, personId: number): Promise<boolean> {
  const named = readNoticeSpeechKey(key);
  if (!named || key !== noticeSpeechKey(named.noticeId, named.version, deps.fileLinkKey)) return false;
  const db = deps.database.db;
  const profile = await loadPersonProfile(db, personId);
  if (!profile) return false;
  const caller: PersonCaller = { kind: 'person', identity: { source: 'host', token: null }, ...profile };
  try {
    const { notice } = await loadForCaller(db, named.noticeId, caller, deps.now());
    return notice.withdrawn_at === null && notice.version === named.version;
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return false;
    throw err;
  }
}
