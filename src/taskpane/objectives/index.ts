import type { PaneTab } from '../shell/pane-tab';
import { ObjectivesTab } from './ObjectivesTab';

export const objectivesTab: PaneTab = { id: 'objectives', label: 'Objectives', Panel: ObjectivesTab };
