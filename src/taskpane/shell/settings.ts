import { useCallback, useState } from 'react';

/** The reviewer's insertion preferences, remembered by this browser or Office webview. */
export interface PaneSettings {
  asPlainText: boolean;
  /** Replace a non-empty selection instead of inserting after it. */
  replaceSelection: boolean;
}

const KEY = 'standards-companion:settings';
const DEFAULTS: PaneSettings = { asPlainText: false, replaceSelection: false };

function load(): PaneSettings {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<PaneSettings>) : {};
    return { asPlainText: parsed.asPlainText === true, replaceSelection: parsed.replaceSelection === true };
  } catch {
    return DEFAULTS;
  }
}

export function usePaneSettings(): [PaneSettings, (change: Partial<PaneSettings>) => void] {
  const [settings, setSettings] = useState<PaneSettings>(load);
  const update = useCallback((change: Partial<PaneSettings>) => {
    setSettings((old) => {
      const next = { ...old, ...change };
      try {
        globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
      } catch {
        // Storage can be off in some webviews; the setting then lasts for this session.
      }
      return next;
    });
  }, []);
  return [settings, update];
}
