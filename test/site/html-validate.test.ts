import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/html.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(builtPages().map((page) => [page.path, page] as const))('%s', (_, page) => {
  it('is valid HTML (html-validate, recommended rules)', async () => {
    const report = await validator.validateString(page.html, page.file);
    const errors = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
    expect(errors).toEqual([]);
  });
});
