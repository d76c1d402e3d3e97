export default definePageConfig({ navigationBarTitleText: '我发的通知' });
