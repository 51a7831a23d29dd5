/** What the tabs that compose a formatted block share (Objectives, areas for development, Rating, pay recommendation). */
export { BlockPreview } from './BlockPreview';
export { BlockedReason, CheckBeforeInserting } from './CheckBeforeInserting';
export { InsertAction } from './InsertAction';
export { useFormStyles } from './form-styles';
