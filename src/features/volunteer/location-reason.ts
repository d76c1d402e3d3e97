// What both platforms' location readers share (location.ts on H5, location.weapp.ts in the mini-program). Kept apart
// because a platform file cannot import its own base name: in its own build `./location` is the file itself.
export interface Fix {
  lat: number;
  lng: number;
  accuracy: number;
}

/** Said beside the button, before the phone asks: why the location is needed and what it is not used for. */
export const LOCATION_REASON = '签到时要用一下手机的位置，确认您在驿站。位置只用来签到，不会给别人看，也不会一直跟踪您。';
