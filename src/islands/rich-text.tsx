import type { ComponentChildren } from 'preact';

/**
 * Fills a message whose `{{name}}` placeholders are Partner Center labels or
 * values: labels come out bold, as in the articles; everything is text, never HTML.
 */
export function richText(template: string, labels: Readonly<Record<string, string>>, values: Readonly<Record<string, string>> = {}): ComponentChildren[] {
  return template.split(/(\{\{\s*\w+\s*\}\})/).map((part) => {
    const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
    if (!name) return part;
    if (name in labels) return <strong class="ui-label">{labels[name]}</strong>;
    return values[name] ?? '';
  });
}

/**
 * The same message as plain text, for "Copy as text". Labels cannot be bold
 * there, so each is set in the language's quotation marks: `labelFormat` is a
 * template such as `«{{label}}»`.
 */
export function plainText(template: string, labels: Readonly<Record<string, string>>, values: Readonly<Record<string, string>> = {}, labelFormat = '{{label}}'): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const label = labels[name];
    return label === undefined ? (values[name] ?? '') : labelFormat.replace('{{label}}', () => label);
  });
}
