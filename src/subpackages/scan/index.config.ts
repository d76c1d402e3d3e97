// The title until the code is known; the page then names what was scanned (features/scan/scene-words.ts).
export default definePageConfig({ navigationBarTitleText: '扫码' });
