export default definePageConfig({ navigationBarTitleText: '打印卷宗' });
