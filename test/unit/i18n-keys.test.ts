/**
 * i18next-cli reads the code (Astro components included, islands with their
 * namespaces written in) and must find every key it uses in English, and a
 * use for every English key. Each way of failing is shown on a copy of the
 * project, so the check is known to be able to fail.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../../bench/generated-site.ts';
import { astroAsScript, withNamespace } from '../../scripts/i18n-key-sources.ts';
import { projectRoot } from '../support/paths.ts';

const cli = (cwd: string, ...args: string[]) => {
  const run = spawnSync(process.execPath, ['node_modules/i18next-cli/dist/esm/cli.js', 'status', ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};

describe('translation keys, checked by i18next-cli', () => {
  it('every key the code uses exists in English and every language has it', () => {
    const { status, output } = cli(projectRoot);
    expect(output).not.toMatch(/could not be parsed|Skipping file/);
    expect(status, output).toBe(0);
  });

  it('every English key is used by the code', () => {
    const { status, output } = cli(projectRoot, '--unused');
    expect(output).not.toMatch(/could not be parsed|Skipping file/);
    expect(status, output).toBe(0);
  });

  it('fails naming a key the code uses that English lacks, and a key nothing uses', () => {
    const copy = copyProject(join(projectRoot, 'bench', 'tmp', 'i18n-keys'));
    const footer = join(copy, 'src/components/Footer.astro');
    writeFileSync(footer, readFileSync(footer, 'utf8').replace("{t('footer.note')}", "{t('footer.note')} {t('footer.missing')}"));
    const calculator = join(copy, 'locales/en/calculator.json');
    writeFileSync(calculator, JSON.stringify({ ...JSON.parse(readFileSync(calculator, 'utf8')), forgotten: 'Nobody shows this.' }));
    const used = cli(copy, 'en');
    expect(used.status).not.toBe(0);
    expect(used.output).toContain('footer.missing');
    const unused = cli(copy, 'en', '--unused');
    expect(unused.status).not.toBe(0);
    expect(unused.output).toContain('forgotten');
  }, 60_000);
});

describe('astroAsScript', () => {
  it('keeps the front matter, client scripts and template expressions, and drops markup, styles and comments', () => {
    const source = [
      '---',
      "const t = translator('en');",
      '---',
      '<!-- {not code} -->',
      "<p title={t('a')}>{t('b')} {/* a comment */}</p>",
      "{items.map((item) => <li>{t(`c.${item}`)}</li>)}",
      '<style>.x { color: red; }</style>',
      "<script>console.log('{d}');</script>",
    ].join('\n');
    expect(astroAsScript(source)).toBe(["const t = translator('en');", "console.log('{d}');", ";(t('a'));", ";(t('b'));", ';(items.map((item) => <li>{t(`c.${item}`)}</li>));'].join('\n'));
  });
});

describe('withNamespace', () => {
  it('writes the namespace into the key literals of each call, at the argument each takes its key from', () => {
    expect(withNamespace("t('status.open', { days }); sentence(last ? 'edge.a' : 'edge.b'); messageAt(messages, 'next.value');", 'calculator', { t: 1, sentence: 1, messageAt: 2 })).toBe(
      "t('calculator:status.open', { days }); t(last ? 'calculator:edge.a' : 'calculator:edge.b'); t('calculator:next.value');",
    );
  });

  it('prefixes a template literal but not the literals inside its ${…}, and leaves other calls and properties alone', () => {
    expect(withNamespace("t(`nodes.${kind === 'question' ? 'question' : 'text'}`); format('x'); item.t('y'); calculatorT('days', { count });", 'walkthrough', { t: 1 })).toBe(
      "t(`walkthrough:nodes.${kind === 'question' ? 'question' : 'text'}`); format('x'); item.t('y'); calculatorT('days', { count });",
    );
  });
});
