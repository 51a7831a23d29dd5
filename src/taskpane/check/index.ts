import type { PaneTab } from '../shell/pane-tab';
import { lazyPart } from '../shell/lazy-part';

// Not on the pane's first screen: loaded from its own script when first shown, or once the first screen has painted.
const part = lazyPart(() => import(/* webpackChunkName: "tab-check" */ './CheckTab').then((m) => m.CheckTab));

export const checkTab: PaneTab = { id: 'check', label: 'Check', Panel: part.Component, preload: part.preload };
