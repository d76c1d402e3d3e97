// The usual way to show remote data: its loading sentence, its failure (with 再试一次 only where trying again can
// help: a refusal such as 没有权限 or 找不到 says its next step instead), or the screen itself.
import type { ReactNode } from 'react';
import { StateView } from '../../components/state-view';
import { tryAgainHelps } from '../../lib/api-error';
import type { RemoteData } from './use-remote';

interface RemoteViewProps<T> {
  remote: RemoteData<T>;
  /** What is being loaded, as a sentence: "正在读取书目，请稍等。" */
  loading: string;
  /** The failure's heading: "没能读取书目" (the message under it is the server's own sentence). */
  failed: string;
  children: (data: T) => ReactNode;
}

export function RemoteView<T>({ remote: { state, retry }, loading, failed, children }: RemoteViewProps<T>) {
  if (state.status === 'idle') return null;
  if (state.status === 'loading') return <StateView kind='loading' message={loading} />;
  if (state.status === 'error')
    return (
      <StateView
        kind='error'
        title={failed}
        message={state.message}
        onRetry={tryAgainHelps(state.code ?? undefined) ? retry : undefined}
      />
    );
  return <>{children(state.data)}</>;
}
