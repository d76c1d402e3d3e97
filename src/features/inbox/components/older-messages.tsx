// One page of older messages, loaded when 看更早的消息 was tapped; its loading line and failure stay in its place.
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { getMyMessages } from '../api/get-my-messages';
import { ListEnd, MessageList, type MessageActions } from './message-list';

interface OlderMessagesProps {
  before: number;
  /** Whether this is the last page asked for (it then shows the way to the next one). */
  last: boolean;
  actions: MessageActions;
  onMore: (before: number) => void;
}

export function OlderMessages({ before, last, actions, onMore }: OlderMessagesProps) {
  const page = useRemote(() => getMyMessages(before), [before]);
  return (
    <RemoteView remote={page} loading='正在读取更早的消息，请稍等。' failed='没能读取更早的消息'>
      {({ messages, next }) => (
        <>
          <MessageList messages={messages} actions={actions} />
          {last ? <ListEnd next={next} onMore={onMore} /> : null}
        </>
      )}
    </RemoteView>
  );
}
