// 我的消息: the notices still waiting for her on top, then her messages newest first, a page at a time. A tap opens
// what a message is about and marks it read at once (the count follows the server's answer); “全部标为已读” marks
// the rest of the messages (a notice counts as read only once she has opened it).
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { InboxApi, InboxMessage, InboxNotice } from '../../../../contracts/inbox';
import { BigButton } from '../../../components/big-button';
import { ErrorNote } from '../../../components/error-note';
import { StateView } from '../../../components/state-view';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { a11y } from '../../../lib/a11y';
import { getMyMessages } from '../api/get-my-messages';
import { markRead } from '../api/mark-read';
import { EMPTY_INBOX_SENTENCE, markedAllSentence, unreadSentence } from '../message-words';
import { openMessageLink } from '../open-message-link';
import { ListEnd, MessageList, type MessageActions } from './message-list';
import { OlderMessages } from './older-messages';
import { WaitingNotices } from './waiting-notices';
import './inbox.scss';

type FirstPage = InboxApi['myMessages']['output'];

export function MessagesView() {
  const first = useRemote(() => getMyMessages(), []);
  return (
    <RemoteView remote={first} loading='正在读取您的消息，请稍等。' failed='没能打开我的消息'>
      {(page) => <Inbox first={page} />}
    </RemoteView>
  );
}

function Inbox({ first }: { first: FirstPage }) {
  const [unread, setUnread] = useState(first.unread);
  /** Read here since the list was loaded (the server is told at the same moment). */
  const [readHere, setReadHere] = useState<ReadonlySet<number>>(() => new Set());
  /** After “全部标为已读”: how many it marked. Every message shown is read from then on. */
  const [markedAll, setMarkedAll] = useState<number | null>(null);
  const marking = useAction();
  /** The `before` of each older page asked for, in order. */
  const [older, setOlder] = useState<number[]>([]);
  const [linkProblem, setLinkProblem] = useState<{ id: string; text: string } | null>(null);

  const isRead = (m: InboxMessage) => m.read || markedAll !== null || readHere.has(m.id);
  const setReadHereFor = (id: number, read: boolean) =>
    setReadHere((ids) => {
      const next = new Set(ids);
      if (read) next.add(id);
      else next.delete(id);
      return next;
    });

  const open = (m: InboxMessage) => {
    setLinkProblem(null);
    if (!isRead(m)) {
      // Shown read at once; if the server could not be told, it goes back to 未读, which is then the truth.
      setReadHereFor(m.id, true);
      setUnread((n) => Math.max(0, n - 1));
      markRead({ ids: [m.id] }).then(
        (answer) => setUnread(answer.unread),
        () => {
          setReadHereFor(m.id, false);
          setUnread((n) => n + 1);
        },
      );
    }
    if (m.link) {
      void openMessageLink(m.link).then((problem) => {
        if (problem) setLinkProblem({ id: `message:${m.id}`, text: problem });
      });
    }
  };
  const openNotice = (n: InboxNotice) => {
    setLinkProblem(null);
    void openMessageLink(n.link).then((problem) => {
      if (problem) setLinkProblem({ id: `notice:${n.id}`, text: problem });
    });
  };
  const unopenedNotices = first.notices.filter((n) => !n.read).length;

  const markAll = () =>
    void marking.run((requestId) => markRead({ all: true }, requestId), {
      then: (answer) => {
        setMarkedAll(answer.marked);
        setUnread(answer.unread);
      },
    });

  if (first.messages.length === 0 && first.notices.length === 0) {
    return <StateView kind='empty' title='现在没有新消息' message={EMPTY_INBOX_SENTENCE} />;
  }

  const actions: MessageActions = {
    isRead,
    onOpen: open,
    problemFor: (m) => (linkProblem?.id === `message:${m.id}` ? linkProblem.text : null),
  };
  const more = (before: number) => setOlder((pages) => [...pages, before]);
  return (
    <View className='inbox-summary'>
      {/* The notices waiting for her come first, right under the one sentence: they ask something of her. */}
      <View className='inbox-summary__sentence' {...a11y({ role: 'status', live: 'polite' })}>
        {markedAll !== null && unread === 0 ? markedAllSentence(markedAll) : unreadSentence(unread + unopenedNotices)}
      </View>
      <WaitingNotices
        notices={first.notices}
        onOpen={openNotice}
        problemFor={(n) => (linkProblem?.id === `notice:${n.id}` ? linkProblem.text : null)}
      />
      {unread > 0 ? (
        <BigButton onClick={markAll} busy={marking.busy} busyLabel='正在标为已读…'>
          全部标为已读
        </BigButton>
      ) : null}
      {marking.said && !marking.said.ok ? <ErrorNote>{`没能全部标为已读。${marking.said.text}`}</ErrorNote> : null}
      <MessageList messages={first.messages} actions={actions} />
      {older.length === 0 ? <ListEnd next={first.next} onMore={more} /> : null}
      {older.map((before, i) => (
        <OlderMessages key={before} before={before} last={i === older.length - 1} actions={actions} onMore={more} />
      ))}
    </View>
  );
}
