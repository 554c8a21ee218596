import { theme, type ThemeConfig } from 'antd';

// Calm and dense: an agent looks at this eight hours a day. Compact spacing, no decorative colour, system CJK
// fonts first so that Chinese renders with the platform's own glyphs.
export const consoleTheme: ThemeConfig = {
  algorithm: theme.compactAlgorithm,
  token: {
    colorPrimary: '#1f5fa8',
    borderRadius: 4,
    fontSize: 13,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    Layout: { headerHeight: 44, headerPadding: '0 12px', siderBg: '#f7f8fa', headerBg: '#ffffff' },
    Menu: { itemBg: '#f7f8fa', itemHeight: 32 },
    Table: { cellPaddingBlockSM: 4 },
  },
};
