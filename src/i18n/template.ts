/**
 * Fills the {name} placeholders of a UI string. Apart from t.ts so that browser code (the
 * catalogue island) can fill templates without bundling every translation. A placeholder without
 * a value is left as written, so a missing value shows rather than vanishing.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
