/**
 * What i18next-cli needs to read this project's translation keys (see
 * i18next.config.ts). Its parser reads JavaScript and TypeScript only, so
 * an Astro component is handed over as the code it runs; and an island's
 * `t()` reads one namespace it was given as data, so its keys are handed over
 * with that namespace written in, as `t('calculator:status.open')`.
 */

/** The index just past the `{…}` expression that opens at `start`, skipping braces inside strings and template literals. */
function expressionEnd(code: string, start: number): number {
  let depth = 0;
  for (let index = start; index < code.length; index++) {
    const char = code[index]!;
    if (char === "'" || char === '"' || char === '`') {
      index = literalEnd(code, index) - 1;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return index + 1;
  }
  throw new Error(`unclosed { at offset ${start}`);
}

/** The index just past the string or template literal that opens at `start`, nested `${…}` included. */
function literalEnd(code: string, start: number): number {
  const quote = code[start]!;
  for (let index = start + 1; index < code.length; index++) {
    const char = code[index]!;
    if (char === '\\') index++;
    else if (char === quote) return index + 1;
    else if (quote === '`' && char === '$' && code[index + 1] === '{') index = expressionEnd(code, index + 1) - 1;
  }
  throw new Error(`unclosed ${quote} at offset ${start}`);
}

/**
 * An Astro component as the script it runs: its front matter, its client
 * `<script>` blocks, and every `{…}` expression of its template, in order.
 * Markup, styles and HTML comments carry no code and are left out.
 */
export function astroAsScript(source: string): string {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const template = (frontMatter ? source.slice(frontMatter[0].length) : source).replace(/<!--[\s\S]*?-->/g, '').replace(/<style\b[\s\S]*?<\/style>/g, '');
  const parts = frontMatter ? [frontMatter[1]!] : [];
  const markup = template.replace(/<script\b[^>]*>([\s\S]*?)<\/script>/g, (_, script: string) => {
    parts.push(script);
    return '';
  });
  for (let index = markup.indexOf('{'); index >= 0; index = markup.indexOf('{', index)) {
    const end = expressionEnd(markup, index);
    const expression = markup.slice(index + 1, end - 1);
    // `{/* … */}` is how a template comments; it is no expression.
    if (expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() !== '') parts.push(`;(${expression});`);
    index = end;
  }
  return parts.join('\n');
}

/**
 * The island code with its translation calls written as `t()` calls with
 * `namespace:` in every key literal: for each function of `calls`, the
 * argument at its position (1 for `t(key, …)`, 2 for `messageAt(messages,
 * key)`) becomes the key of a `t('namespace:key')`. Only literals at the top
 * of that argument are keys (`cond ? 'a' : 'b'`, `` `flows.${id}` ``); those
 * inside `${…}` are not.
 */
export function withNamespace(code: string, namespace: string, calls: Readonly<Record<string, number>>): string {
  const call = new RegExp(`(?<![\\w.])(${Object.keys(calls).join('|')})\\(`, 'g');
  let result = '';
  let copied = 0;
  for (let match = call.exec(code); match; match = call.exec(code)) {
    let index = match.index + match[0].length;
    for (let skip = calls[match[1]!]! - 1; skip > 0; skip--) index = argumentEnd(code, index) + 1;
    while (/\s/.test(code[index] ?? '')) index++;
    const end = argumentEnd(code, index);
    result += `${code.slice(copied, match.index)}t(${prefixKeys(code.slice(index, end), namespace)}`;
    copied = end;
    call.lastIndex = end;
  }
  return result + code.slice(copied);
}

/** The index of the `,` or `)` that ends the call argument starting at `start`. */
function argumentEnd(code: string, start: number): number {
  let depth = 0;
  for (let index = start; index < code.length; index++) {
    const char = code[index]!;
    if (depth === 0 && (char === ',' || char === ')')) return index;
    if (char === "'" || char === '"' || char === '`') index = literalEnd(code, index) - 1;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
  }
  throw new Error(`unclosed call argument at offset ${start}`);
}

/** `argument` with `namespace:` after the opening quote of each literal at its top level. */
function prefixKeys(argument: string, namespace: string): string {
  let result = '';
  let depth = 0;
  for (let index = 0; index < argument.length; index++) {
    const char = argument[index]!;
    if (char === "'" || char === '"' || char === '`') {
      const end = literalEnd(argument, index);
      result += depth === 0 ? `${char}${namespace}:${argument.slice(index + 1, end)}` : argument.slice(index, end);
      index = end - 1;
      continue;
    }
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    result += char;
  }
  return result;
}
