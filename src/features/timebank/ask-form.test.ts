import { askToInput, type AskForm } from './ask-form';

const NOW = new Date('2026-12-07T02:00:00Z'); // 上午10点, China time
const filled: AskForm = {
  forPersonId: null,
  area: '居家养老',
  service: '代购',
  date: '2026-12-08',
  start: '09:00',
  end: '11:00',
  place: '鹭江道 8 号 302',
  urgency: 'soon',
  note: '',
};

describe('请人帮忙 form', () => {
  it('turns the choices into the request, in China time', () => {
    expect(askToInput(filled, NOW)).toEqual({
      input: {
        category: '居家养老',
        service: '代购',
        startsAt: '2026-12-08T09:00:00+08:00',
        endsAt: '2026-12-08T11:00:00+08:00',
        place: '鹭江道 8 号 302',
        urgency: 'soon',
      },
    });
  });

  it('names the elder when a relative asks, and keeps a note', () => {
    const answer = askToInput({ ...filled, forPersonId: 861, note: ' 腿脚不便 ' }, NOW);
    expect(answer).toMatchObject({ input: { forPersonId: 861, note: '腿脚不便' } });
  });

  it('reports every mistake at once, each by its field', () => {
    const answer = askToInput({ ...filled, area: null, service: null, date: '', start: '', end: '', place: '  ' }, NOW);
    expect(answer).toEqual({
      problems: {
        area: '请选择要哪一类帮助。',
        service: '先选上面的类别，再选要什么帮助。',
        date: '请选择哪一天。',
        start: '请选择几点开始。',
        end: '请选择几点结束。',
        place: '请填写到哪里帮忙，例如家里的地址。',
      },
    });
  });

  it('refuses a time already past, an end before the start, and more than 8 hours', () => {
    expect(askToInput({ ...filled, date: '2026-12-07', start: '09:00' }, NOW)).toEqual({
      problems: { start: '这个时间已经过去了，请选以后的时间。' },
    });
    expect(askToInput({ ...filled, end: '08:30' }, NOW)).toEqual({ problems: { end: '结束时间要晚于开始时间。' } });
    expect(askToInput({ ...filled, start: '08:00', end: '17:00' }, NOW)).toEqual({
      problems: { end: '一次帮助最长8小时，请分成几次申请。' },
    });
  });
});
