// Ambient declarations the Taro build provides: style imports and static assets.
/// <reference types="@tarojs/taro" />

declare module '*.scss';
declare module '*.css';
declare module '*.png';
declare module '*.svg';
