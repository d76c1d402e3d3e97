export default definePageConfig({ navigationBarTitleText: '有声书管理' });
