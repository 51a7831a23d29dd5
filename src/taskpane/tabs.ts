import type { PaneTab } from './shell/pane-tab';
import { descriptorsTab } from './descriptors';
import { checkTab } from './check';
import { objectivesTab } from './objectives';
import { ratingTab } from './rating';

/**
 * The pane's tabs, in order. To add one, make a folder under src/taskpane/ that exports a PaneTab and list it
 * here; the App needs no other change.
 */
export const paneTabs: readonly PaneTab[] = [descriptorsTab, objectivesTab, ratingTab, checkTab];
