import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeKind = 'light' | 'dark' | 'high-contrast';

export const themes: Record<ThemeKind, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

function isDarkColour(colour: string | undefined): boolean | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour?.trim() ?? '');
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h as string, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * The theme to follow: Windows high contrast first (forced colours), then Office's own theme where the host
 * reports one (`Office.context.officeTheme`), then the system's light or dark preference.
 */
export function detectTheme(win: Pick<Window, 'matchMedia'>, officeBodyBackground?: string): ThemeKind {
  if (win.matchMedia?.('(forced-colors: active)').matches) return 'high-contrast';
  const dark = isDarkColour(officeBodyBackground);
  if (dark !== undefined) return dark ? 'dark' : 'light';
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
