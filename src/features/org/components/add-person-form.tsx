// Adds a member by hand: name and phone are enough; the rest can be filled in on their record later.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { TextField } from '../../../components/text-field';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { hasProblems, problemsSentence, type Problems } from '../../../lib/form-problems';
import { useSession } from '../../../entities/session/use-session';
import { addPerson } from '../api/add-person';
import { cleanPhone, personProblems, type PersonField } from '../person-problems';
import { ORG_ROUTES, openOrgPage } from '../routes';

export function AddPersonForm({ orgUnitId, onDone }: { orgUnitId?: number; onDone: () => void }) {
  const { user } = useSession();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [problems, setProblems] = useState<Problems<PersonField>>({});
  const { run, busy, said, say } = useAction();
  const branch = orgUnitId ?? user?.orgUnitId;
  const save = async () => {
    // Both boxes are checked at once, each mistake said under its box.
    const found = personProblems({ name, phone, birthYear: '', joined: '' }, true);
    setProblems(found);
    if (hasProblems(found)) return say({ ok: false, text: problemsSentence(found) ?? '' });
    if (branch === undefined) return say({ ok: false, text: '请先选择支部。' });
    say(null);
    await run(
      (requestId) =>
        addPerson(
          { orgUnitId: branch, name: name.trim(), ...(phone.trim() ? { phone: cleanPhone(phone.trim()) } : {}) },
          requestId,
        ),
      {
        intent: `${branch}:${name.trim()}:${phone.trim()}`,
        unexplained: '没有保存上，请再试一次。',
        then: ({ person }) => {
          onDone();
          openOrgPage(ORG_ROUTES.person, { id: person.id });
        },
      },
    );
  };
  return (
    <Card title='添加党员'>
      <View className='org-form'>
        <TextField id='add-name' label='姓名' value={name} onChange={setName} maxLength={20} error={problems.name} />
        <TextField
          id='add-phone'
          label='手机号（可以不填）'
          value={phone}
          onChange={setPhone}
          maxLength={13}
          hint='11 位数字，例如 13905921234。'
          error={problems.phone}
        />
        <Said said={said} failedNote />
        <BigButton variant='primary' onClick={() => void save()} busy={busy} busyLabel='正在保存…'>
          保存这位党员
        </BigButton>
        <BigButton onClick={onDone}>不添加了</BigButton>
      </View>
    </Card>
  );
}
