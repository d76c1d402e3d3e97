// An action: validate → authorise → load → decide with the rule → write in one transaction → answer.
import { z } from 'zod';
import { action } from '../../../runtime/define-function';
import { addNote, countNotes } from '../queries/notes';
import { greeting } from '../rules/greeting';

// A real domain keeps its inputs and outputs in contracts/<d>.ts, where the client reads them.
const greetInput = z.object({ note: z.string().trim().min(1).max(200).optional() }).strict();

export const greet = action(
  {
    access: 'person',
    input: greetInput,
  },
  async function greet({ note }, { deps, caller, transaction }): Promise<{ greeting: string }> {
    const before = await countNotes(deps.database.db, caller.person.id);
    if (note === undefined) return { greeting: greeting(caller.person.name, before) };
    return transaction(async (trx, audit) => {
      await addNote(trx, caller.person.id, note, deps.now().toISOString());
      await audit({ entity: 'template_note', entityId: caller.person.id, after: { note } });
      return { greeting: greeting(caller.person.name, before + 1) };
    });
  },
);
