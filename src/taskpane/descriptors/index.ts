import type { PaneTab } from '../shell/pane-tab';
import { DescriptorsTab } from './DescriptorsTab';

export const descriptorsTab: PaneTab = { id: 'descriptors', label: 'Descriptors', Panel: DescriptorsTab };
