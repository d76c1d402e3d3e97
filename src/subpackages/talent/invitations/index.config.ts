export default definePageConfig({ navigationBarTitleText: '人才库邀请' });
