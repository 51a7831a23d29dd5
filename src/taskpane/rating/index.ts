import type { PaneTab } from '../shell/pane-tab';
import { RatingTab } from './RatingTab';

export const ratingTab: PaneTab = { id: 'rating', label: 'Rating', Panel: RatingTab };
