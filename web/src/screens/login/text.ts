import { defineMessages } from '../../i18n/index.tsx';

export const useText = defineMessages({
  'zh-CN': {
    title: '12345 热线工作台',
    subtitle: '政务服务便民热线',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登录',
    language: 'English',
    network: '无法连接服务器，请检查网络后重试',
  },
  en: {
    title: '12345 Hotline Console',
    subtitle: 'Government service hotline',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    submit: 'Log in',
    language: '中文',
    network: 'Cannot reach the server; check the network and retry',
  },
});
