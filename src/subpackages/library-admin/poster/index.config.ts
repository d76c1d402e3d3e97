export default definePageConfig({ navigationBarTitleText: '打印听书海报' });
