import { offerToForm, offerToInput } from './offer-form';

describe('我能帮忙 form', () => {
  it('gives each ticked day the same hours', () => {
    expect(offerToInput({ services: ['陪聊', '代购'], weekdays: [4, 2], from: '14:00', to: '17:00' })).toEqual({
      input: {
        services: ['陪聊', '代购'],
        availability: [
          { weekday: 2, from: '14:00', to: '17:00' },
          { weekday: 4, from: '14:00', to: '17:00' },
        ],
      },
    });
  });

  it('reports every mistake at once', () => {
    expect(offerToInput({ services: [], weekdays: [], from: '', to: '' })).toEqual({
      problems: {
        services: '请至少选一项您能帮的事。',
        weekdays: '请选哪几天有空。',
        from: '请选几点开始有空。',
        to: '请选几点以后没空。',
      },
    });
    expect(offerToInput({ services: ['陪聊'], weekdays: [1], from: '17:00', to: '09:00' })).toEqual({
      problems: { to: '结束时间要晚于开始时间。' },
    });
  });

  it('fills the form from the saved offer', () => {
    const offer = {
      services: ['陪诊'],
      availability: [
        { weekday: 3, from: '09:00', to: '11:30' },
        { weekday: 1, from: '09:00', to: '11:30' },
      ],
    };
    expect(offerToForm(offer)).toEqual({ services: ['陪诊'], weekdays: [1, 3], from: '09:00', to: '11:30' });
    expect(offerToForm(null)).toEqual({ services: [], weekdays: [], from: '', to: '' });
  });
});
