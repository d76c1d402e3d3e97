export default definePageConfig({ navigationBarTitleText: '打印邀请单' });
