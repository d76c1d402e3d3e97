// 学习记录: loads the person's own record and shows it, or says honestly that nothing has been heard yet.
import { View } from '@tarojs/components';
import type { MyStudy } from '../../../../contracts/audiobooks';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { StateView } from '../../../components/state-view';
import { openTab, TAB_ROUTES } from '../../../lib/routes';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { getMyStudy } from '../api/get-my-study';
import { listeningSentence } from '../study-time';
import { WeekList } from './week-list';
import './my-study.scss';

export function MyStudyView() {
  const study = useRemote(getMyStudy, []);
  return (
    <RemoteView remote={study} loading='正在查看您的学习记录，请稍等。' failed='没能打开学习记录'>
      {(record) => <StudyRecord study={record} />}
    </RemoteView>
  );
}

function StudyRecord({ study }: { study: MyStudy }) {
  if (study.totalSeconds === 0) {
    return (
      <StateView
        kind='empty'
        title='您还没有听过书'
        message='在“听书”里收听有声书，听了多长时间、听完了哪些书，都会记在这里。'
        actionLabel='去听书'
        onAction={() => openTab(TAB_ROUTES.books)}
      />
    );
  }
  return (
    <>
      <Card title='听书时间'>
        <View className='my-study__lead'>{listeningSentence('今天', study.todaySeconds)}</View>
        <View className='my-study__line'>{listeningSentence('本周', study.weekSeconds)}</View>
        <View className='my-study__line'>{listeningSentence('本月', study.monthSeconds)}</View>
        <View className='my-study__line'>{listeningSentence('一共', study.totalSeconds)}</View>
      </Card>
      <Card title='听完的书'>
        <View className='my-study__line'>
          {study.booksFinished > 0 ? `听完了 ${study.booksFinished} 本书。` : '还没有从头到尾听完一本书。'}
        </View>
        <View className='my-study__line'>
          {study.chaptersFinished > 0 ? `听完了 ${study.chaptersFinished} 章。` : '还没有听完一整章。'}
        </View>
      </Card>
      <WeekList days={study.days} />
      <BigButton variant='primary' onClick={() => openTab(TAB_ROUTES.books)}>
        去听书
      </BigButton>
    </>
  );
}
