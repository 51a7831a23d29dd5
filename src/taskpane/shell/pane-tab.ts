import type { ComponentType } from 'react';

/** One tab of the pane: a folder under src/taskpane/ exports one of these and src/taskpane/tabs.ts lists it. */
export interface PaneTab {
  id: string;
  /** The tab's name in the tab list, in the users' words ("Descriptors", "Objectives", …). */
  label: string;
  /** The tab's content; it reads what it needs with `usePane()`. */
  Panel: ComponentType;
  /**
   * For a tab loaded from its own script (see lazy-part.tsx): starts loading it. The pane calls it once its first
   * screen has painted, so a switch to the tab seldom waits.
   */
  preload?: () => Promise<unknown>;
}
