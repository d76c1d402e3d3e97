// Remember a member's display preferences (大字 mode, read-aloud) so every device they use starts the same way.
import { updatePreferencesInput, type AccountApi } from '../../../../contracts/account';
import { action } from '../../../runtime/define-function';

export const updatePreferences = action(
  {
    access: 'person',
    input: updatePreferencesInput,
  },
  async function updatePreferences(input, ctx): Promise<AccountApi['updatePreferences']['output']> {
    const { person } = ctx.caller;
    const before = { largeText: person.large_text === 1, readAloud: person.read_aloud === 1 };
    const after = { largeText: input.largeText ?? before.largeText, readAloud: input.readAloud ?? before.readAloud };
    if (after.largeText === before.largeText && after.readAloud === before.readAloud) return { preferences: after };
    return ctx.transaction(async (trx, audit) => {
      await trx
        .updateTable('people')
        .set({
          large_text: after.largeText ? 1 : 0,
          read_aloud: after.readAloud ? 1 : 0,
          updated_at: ctx.deps.now().toISOString(),
        })
        .where('id', '=', person.id)
        .execute();
      await audit({ entity: 'person', entityId: person.id, before, after });
      return { preferences: after };
    });
  },
);
