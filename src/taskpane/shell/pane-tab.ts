import type { ComponentType } from 'react';

/** One tab of the pane: a folder under src/taskpane/ exports one of these and src/taskpane/tabs.ts lists it. */
export interface PaneTab {
  id: string;
  /** The tab's name in the tab list, in the users' words ("Descriptors", "Objectives", …). */
  label: string;
  /** The tab's content; it reads what it needs with `usePane()`. */
  Panel: ComponentType;
}
