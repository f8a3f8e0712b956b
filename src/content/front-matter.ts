import { load as parseYaml } from 'js-yaml';

/**
 * YAML reads an unquoted `2025-06-22` as a Date at UTC midnight; read back in
 * UTC it is the calendar day that was written. Anything else is returned as is.
 */
export function calendarDayOf(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * An article's front matter fields (unvalidated) and its body.
 * @throws {Error} naming `file` when there is no front matter or it is not YAML fields.
 */
export function splitFrontMatter(source: string, file: string): { fields: Record<string, unknown>; body: string } {
  const match = frontMatterPattern.exec(source);
  if (!match) throw new Error(`${file}: an article starts with front matter between --- lines`);
  let fields: unknown;
  try {
    fields = parseYaml(match[1]!);
  } catch (error) {
    throw new Error(`${file}: front matter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw new Error(`${file}: front matter must be a set of fields`);
  return { fields: fields as Record<string, unknown>, body: source.slice(match[0].length) };
}

/**
 * The article's source with its `translation` block marked as reviewed on
 * `reviewed` against the English text whose hash is `source`; every other
 * line is kept as written.
 */
export function withTranslationMark(source: string, file: string, mark: { reviewed: string; source: string }): string {
  const block = /^translation:\r?\n((?:[ \t]+.*\r?\n)+)/m.exec(source);
  if (!block || !/^\s+kind: translation\s*$/m.test(block[1]!)) throw new Error(`${file}: not a translation (its front matter has no "translation: kind: translation" block)`);
  const indent = /^([ \t]+)/.exec(block[1]!)![1]!;
  const kept = block[1]!.split(/\r?\n/).filter((line) => line !== '' && !/^\s+(reviewed|source):/.test(line));
  const lines = [...kept, `${indent}reviewed: ${mark.reviewed}`, `${indent}source: ${mark.source}`];
  return source.slice(0, block.index) + `translation:\n${lines.join('\n')}\n` + source.slice(block.index + block[0].length);
}
