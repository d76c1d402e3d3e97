// 朗读 as a small state machine, pure: what the one big button says and what the sentence under it says. The button
// never does nothing silently: every press changes the state, and every state has a sentence.
export type ReadAloudStatus = 'idle' | 'preparing' | 'speaking' | 'paused' | 'done' | 'unavailable';

export interface ReadAloudState {
  status: ReadAloudStatus;
  /** Why it cannot read aloud, in a sentence (status unavailable). */
  problem: string | null;
}

export type ReadAloudEvent =
  { type: 'press' } | { type: 'started' } | { type: 'ended' } | { type: 'failed'; message: string };

export const READ_ALOUD_IDLE: ReadAloudState = { status: 'idle', problem: null };

/** What a press asks the speaker to do in each state. */
export function actionOnPress(status: ReadAloudStatus): 'start' | 'pause' | 'resume' | 'wait' {
  if (status === 'speaking') return 'pause';
  if (status === 'paused') return 'resume';
  if (status === 'preparing') return 'wait';
  return 'start';
}

export function nextReadAloud(state: ReadAloudState, event: ReadAloudEvent): ReadAloudState {
  switch (event.type) {
    case 'press': {
      const action = actionOnPress(state.status);
      if (action === 'pause') return { status: 'paused', problem: null };
      if (action === 'resume') return { status: 'speaking', problem: null };
      if (action === 'wait') return state;
      return { status: 'preparing', problem: null };
    }
    case 'started':
      return state.status === 'preparing' ? { status: 'speaking', problem: null } : state;
    case 'ended':
      return state.status === 'speaking' || state.status === 'preparing' ? { status: 'done', problem: null } : state;
    case 'failed':
      return { status: 'unavailable', problem: event.message };
  }
}

export function buttonWords(status: ReadAloudStatus): string {
  if (status === 'speaking') return '暂停';
  if (status === 'paused') return '继续';
  if (status === 'preparing') return '正在准备朗读…';
  if (status === 'done') return '再听一遍';
  return '朗读';
}

export function statusSentence(state: ReadAloudState): string {
  switch (state.status) {
    case 'idle':
      return '点“朗读”，手机会把这条通知读给您听。';
    case 'preparing':
      return '正在准备声音，请稍等。';
    case 'speaking':
      return '正在朗读这条通知。想停一下，请点“暂停”。';
    case 'paused':
      return '已暂停。点“继续”接着听。';
    case 'done':
      return '读完了。想再听一遍，请点“再听一遍”。';
    case 'unavailable':
      return state.problem ?? '这里暂时不能朗读。';
  }
}

/** Said when the sound could not be played (the browser refused, the file did not load). */
export const PLAY_FAILED = '声音没有放出来。请看看手机是不是静音了，再点一次“朗读”。';
