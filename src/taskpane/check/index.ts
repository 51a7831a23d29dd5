import type { PaneTab } from '../shell/pane-tab';
import { CheckTab } from './CheckTab';

export const checkTab: PaneTab = { id: 'check', label: 'Check', Panel: CheckTab };
