/**
 * Fills `{name}` placeholders from a map. Unknown placeholders are an error, so a typo in a school's
 * wording file is caught rather than printed into a review. Values are inserted as plain text.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The wording pattern "${template}" uses {${name}}, which is not available here.`);
    return value;
  });
}
