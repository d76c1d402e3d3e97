export default definePageConfig({ navigationBarTitleText: '扫码听书' });
