// The event page's one button asks WeChat's consent for the messages that tap leads to, first thing on the tap and
// before the sign-up is sent (WeChat opens its prompt only straight after a tap), and the sign-up never waits on it.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { EventsApi } from '../../../../contracts/events';
import { getEvent } from '../api/get-event';
import { signUp } from '../api/sign-up';
import { EventDetailView } from './event-detail-view';

jest.mock('../api/get-event', () => ({ getEvent: jest.fn() }));
jest.mock('../api/sign-up', () => ({ signUp: jest.fn() }));
jest.mock('./sign-up-for-family', () => ({ SignUpForFamily: () => null }));

const day = 864e5;
const eventOf = (overrides: Partial<EventsApi['get']['output']['event']>) =>
  ({
    id: 7,
    title: '重阳节书法讲座',
    type: 'lecture',
    mode: 'first_come',
    place: '老干部活动中心',
    startAt: new Date(Date.now() + 5 * day).toISOString(),
    endAt: new Date(Date.now() + 5 * day + 36e5).toISOString(),
    signupOpensAt: new Date(Date.now() - day).toISOString(),
    signupClosesAt: new Date(Date.now() + 4 * day).toISOString(),
    capacity: 1,
    confirmed: 1,
    waitlisted: 0,
    applicants: 0,
    signedUp: 1,
    confirmHours: 24,
    cancelled: false,
    manageable: false,
    description: '',
    ...overrides,
  }) as EventsApi['get']['output']['event'];

async function showEvent(event: EventsApi['get']['output']['event'], askConsent: jest.Mock) {
  jest.mocked(getEvent).mockResolvedValue({ event, mine: { status: null } } as EventsApi['get']['output']);
  render(<EventDetailView eventId={event.id} askConsent={askConsent} />);
  await act(async () => undefined);
}

describe('EventDetailView and WeChat consent', () => {
  let sent: string[];
  beforeEach(() => {
    sent = [];
    jest.mocked(signUp).mockImplementation(async () => {
      sent.push('signUp');
      return {
        status: 'waitlisted',
        message: '名额已满，您已排队等空位，现在是第 1 位。',
      } as EventsApi['signUp']['output'];
    });
  });

  it('asks for the promotion message first when 排队等空位 is tapped, then sends the sign-up', async () => {
    const order: string[] = sent;
    const askConsent = jest.fn(() => order.push('ask'));
    await showEvent(eventOf({ confirmed: 1 }), askConsent);
    fireEvent.click(screen.getByText('排队等空位'));
    expect(askConsent).toHaveBeenCalledWith(['event_promoted', 'event_reminder', 'event_changed']);
    await act(async () => undefined);
    expect(order).toEqual(['ask', 'signUp']);
  });

  it('asks for the reminder and changes on 报名', async () => {
    const askConsent = jest.fn();
    await showEvent(eventOf({ confirmed: 0 }), askConsent);
    fireEvent.click(screen.getByText('报名'));
    expect(askConsent).toHaveBeenLastCalledWith(['event_reminder', 'event_changed']);
    await act(async () => undefined);
  });

  it('asks for the draw’s result on 申请抽签', async () => {
    const askConsent = jest.fn();
    await showEvent(eventOf({ mode: 'lottery', confirmed: 0 }), askConsent);
    fireEvent.click(screen.getByText('申请抽签'));
    expect(askConsent).toHaveBeenLastCalledWith(['event_drawn', 'event_reminder', 'event_changed']);
    await act(async () => undefined);
  });

  it('signs up even when the prompt never answers', async () => {
    const askConsent = jest.fn(() => new Promise(() => undefined));
    await showEvent(eventOf({ confirmed: 0 }), askConsent);
    fireEvent.click(screen.getByText('报名'));
    await act(async () => undefined);
    expect(sent).toEqual(['signUp']);
  });
});

describe('EventDetailView: what the page says first', () => {
  const buttonOf = (label: string) => screen.getByText(label).closest('.big-button')!;

  it('names the event for the page heading', async () => {
    const onTitle = jest.fn();
    jest.mocked(getEvent).mockResolvedValue({
      event: eventOf({ title: '重阳节书法讲座' }),
      mine: { status: null },
    } as EventsApi['get']['output']);
    render(<EventDetailView eventId={7} onTitle={onTitle} />);
    await act(async () => undefined);
    expect(onTitle).toHaveBeenLastCalledWith('重阳节书法讲座');
  });

  it('on an organiser’s own event the main (red) button is the roster, and the queue a quiet one', async () => {
    await showEvent(eventOf({ confirmed: 1, manageable: true }), jest.fn());
    expect(buttonOf('报名名单和签到二维码').className).toContain('big-button--primary');
    expect(buttonOf('排队等空位').className).not.toContain('big-button--primary');
    expect(document.querySelectorAll('.big-button--primary')).toHaveLength(1);
  });

  it('a lottery says how many applied, and keeps the seed hash behind 怎么保证公平？', async () => {
    const hash = 'a'.repeat(64);
    await showEvent(
      eventOf({ mode: 'lottery', capacity: 20, confirmed: 0, applicants: 35, signedUp: 35, seedHash: hash }),
      jest.fn(),
    );
    expect(screen.queryByText(/已报名 0 人/)).toBeNull();
    expect(screen.getByText(/已申请 35 人/)).toBeTruthy();
    expect(screen.queryByText(new RegExp(hash))).toBeNull();
    expect(screen.queryByText(/哈希/)).toBeNull();
    fireEvent.click(screen.getByText('怎么保证公平？'));
    expect(screen.getByText(new RegExp(hash))).toBeTruthy();
  });
});
