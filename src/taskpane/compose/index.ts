/** What the tabs that compose a formatted block share (Objectives, Rating, and the ones later issues add). */
export { BlockPreview } from './BlockPreview';
export { useFormStyles } from './form-styles';
