import { acceptedTemplates, templatesToAsk } from './consent';

describe('asking consent for WeChat messages', () => {
  const ids = { event_promoted: 'T-promoted', event_reminder: 'T-reminder', notice_posted: 'T-notice' };

  it('asks only for templates set up in this deployment, each once, at most three', () => {
    expect(templatesToAsk(['event_reminder', 'event_promoted'], ids)).toEqual([
      { template: 'event_reminder', id: 'T-reminder' },
      { template: 'event_promoted', id: 'T-promoted' },
    ]);
    expect(templatesToAsk(['event_reminder', 'notice_posted'], { event_reminder: 'T-reminder' })).toEqual([
      { template: 'event_reminder', id: 'T-reminder' },
    ]);
    expect(templatesToAsk(['event_reminder'], {})).toEqual([]);
    expect(
      templatesToAsk(['notice_posted', 'notice_posted', 'event_promoted', 'event_reminder'], ids).map(
        (t) => t.template,
      ),
    ).toEqual(['notice_posted', 'event_promoted', 'event_reminder']);
  });

  it('counts only “accept” as a yes', () => {
    const asked = templatesToAsk(['event_promoted', 'event_reminder', 'notice_posted'], ids);
    const answer = {
      errMsg: 'requestSubscribeMessage:ok',
      'T-promoted': 'accept',
      'T-reminder': 'reject',
      'T-notice': 'ban',
    };
    expect(acceptedTemplates(asked, answer)).toEqual(['event_promoted']);
    expect(acceptedTemplates(asked, { errMsg: 'requestSubscribeMessage:ok', 'T-notice': 'filter' })).toEqual([]);
  });
});
