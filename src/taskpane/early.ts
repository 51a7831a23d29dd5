/**
 * The pane's first, small script (the task pane's and the preview page's): the bundled edition and career stage
 * detection, which need neither Office nor React. The page loads it beside the main script; it runs as soon as the
 * page is parsed, while the main script (React, Fluent UI and the pane) is still being fetched and compiled and
 * office.js is still starting, so the framework is indexed and detection's patterns are compiled before the pane
 * needs them. The main script then takes the same modules from it (webpack's `dependOn`).
 */
import { bundledFramework } from '../core/framework/bundled';
import { prepareCareerStageDetection } from '../core/detect/career-stage';

prepareCareerStageDetection(bundledFramework());
