export default definePageConfig({ navigationBarTitleText: '待接收的转接' });
