/** Styles of the preview page's own chrome and sample document (the pane styles itself with Fluent). */
export const PREVIEW_CSS = `
.preview { display: flex; flex-direction: column; min-height: 100vh; background: #e9e7e4; color: #201f1e; }
.preview-bar { display: flex; align-items: center; gap: 16px; flex-wrap: wrap; padding: 8px 16px; background: #2b579a; color: #fff; }
.preview-bar .name { font-weight: 600; margin-right: auto; }
.preview-bar label { display: flex; align-items: center; gap: 6px; }
.preview-bar select, .preview-bar button { font: inherit; padding: 2px 6px; }
.preview-bar a { color: #fff; }
.preview-main { display: flex; flex: 1; min-height: 0; }
.preview-page { flex: 1; overflow: auto; padding: 24px; min-width: 0; }
.sample-document { max-width: 720px; margin: 0 auto; min-height: 80vh; background: #fff; color: #201f1e; padding: 48px 56px;
  box-shadow: 0 1px 4px rgba(0,0,0,.25); font-family: Calibri, Carlito, "Segoe UI", sans-serif; font-size: 11pt; line-height: 1.5; outline: none; }
.sample-document:focus-visible { box-shadow: 0 0 0 2px #2b579a; }
.sample-document h2 { font-size: 14pt; color: #2b579a; margin: 18px 0 6px; }
.sample-document p { margin: 0 0 8px; min-height: 1.5em; }
.sample-document .tagged-block { outline: 1px solid #8a8886; outline-offset: 1px; background: #f3f2f1; border-radius: 2px; }
.sample-document .tagged-block:hover { outline-color: #2b579a; }
.preview-pane { width: 320px; flex: none; box-shadow: -1px 0 0 #c8c6c4; overflow-y: auto; overflow-x: hidden; max-height: 100vh; position: sticky; top: 0; }
@media (max-width: 700px) { .preview-main { flex-direction: column; } .preview-pane { width: 100%; max-height: none; position: static; box-shadow: none; } }
`;
