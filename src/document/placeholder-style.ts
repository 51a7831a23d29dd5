/**
 * How a placeholder run (a SMART field still to fill in, `TextRun.placeholder`) looks in the document, the same in
 * Word and in the preview: italic, in a mid grey, keeping its square-bracketed prompt text so it reads as a placeholder
 * even when printed or copied as plain text. #595959 keeps a contrast of at least 4.5:1 on white and on the preview's
 * light grey block background.
 *
 * In Word these are `Word.Font.italic` and `Word.Font.color` ('#RRGGBB'), both WordApi 1.1
 * (https://learn.microsoft.com/en-us/javascript/api/word/word.font). A nested content control with `placeholderText`
 * was not used: the checker reads every content control as a block, and a second control inside each objective would
 * be one more thing for it, the .docx reader and Word on the web (#3640) to treat alike.
 */
export const PLACEHOLDER_STYLE = { italic: true, color: '#595959' } as const;
