// 登录: the login form; after logging in, go back to where the person came from.
import { PageFrame } from '../../../components/page-frame';
import { LoginForm } from '../../../features/account/components/login-form';
import { leavePage, TAB_ROUTES } from '../../../lib/routes';

export default function LoginPage() {
  return (
    <PageFrame title='登录'>
      <LoginForm onDone={() => leavePage(TAB_ROUTES.mine)} />
    </PageFrame>
  );
}
