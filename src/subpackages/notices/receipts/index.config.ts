export default definePageConfig({ navigationBarTitleText: '谁看了通知' });
