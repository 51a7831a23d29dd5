import type { PaneTab } from '../shell/pane-tab';
import { lazyPart } from '../shell/lazy-part';

// Not on the pane's first screen: loaded from its own script when first shown, or once the first screen has painted.
const part = lazyPart(() => import(/* webpackChunkName: "tab-rating" */ './RatingTab').then((m) => m.RatingTab));

export const ratingTab: PaneTab = { id: 'rating', label: 'Rating', Panel: part.Component, preload: part.preload };
