// Shown where a logged-out person would see their own things: says why to log in, and the one way to do it.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { openPage, PAGE_ROUTES } from '../../../lib/routes';

interface LoginPromptProps {
  title?: string;
  reason: string;
}

export function LoginPrompt({ title = '您还没有登录', reason }: LoginPromptProps) {
  return (
    <Card title={title}>
      <View>{reason}</View>
      <BigButton variant='primary' onClick={() => openPage(PAGE_ROUTES.login)}>
        去登录
      </BigButton>
    </Card>
  );
}
