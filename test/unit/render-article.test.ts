import { describe, expect, it } from 'vitest';
import { islandNames, renderArticle, splitAtIslands } from '../../src/content/render-article.ts';
import { glossaryLabel } from '../../src/i18n/glossary.ts';
import { localePaths, localeByPath } from '../../src/i18n/locales.ts';
import { articleSources, headingIds } from '../support/articles.ts';

const file = 'content/articles/en/example.mdx';
const frontMatter = '---\ntitle: Example\n---\n\n';
const render = (body: string, localePath = 'en') => renderArticle(frontMatter + body, file, localePath);
const html = (body: string, localePath = 'en') => render(body, localePath).html;

describe('renderArticle: Markdown', () => {
  it('renders Markdown with smart punctuation and GFM, and escapes text', () => {
    expect(html("You're a partner & it's **bold**.\n")).toBe('<p>You’re a partner &#x26; it’s <strong>bold</strong>.</p>');
    expect(html('| a |\n|---|\n| b |\n')).toContain('<table>');
    expect(html('[link](https://partner.microsoft.com/)\n')).toBe('<p><a href="https://partner.microsoft.com/">link</a></p>');
  });

  it('drops MDX comments', () => {
    expect(html('{/* a note for translators */}\n\nText\n')).toBe('\n<p>Text</p>');
  });

  it('refuses JavaScript expressions, imports and exports, naming the file and line', () => {
    expect(() => html('Text\n\n{1 + 1}\n')).toThrow(`${file}:7: articles hold no JavaScript expressions`);
    expect(() => html("import X from './x.js'\n\nText\n")).toThrow(`${file}:5: articles hold no imports or exports`);
    expect(() => html('export const x = 1\n\nText\n')).toThrow('articles hold no imports or exports');
  });

  it('names the file when the MDX does not parse', () => {
    expect(() => html('<Label k="buy"\n')).toThrow(file);
  });
});

describe('renderArticle: headings', () => {
  it('gives h2 and h3 a copy-link labelled in the language, and lists every heading', () => {
    const { html: out, headings } = render('## Renew {#renew}\n\n### Check it {#check}\n\n#### Detail {#detail}\n', 'de');
    expect(out).toContain('<h2 id="renew" class="section-heading">Renew<a class="copy-link" href="#renew" data-copy-link aria-label="Link zu diesem Abschnitt kopieren"');
    expect(out).toContain('<h3 id="check" class="section-heading">Check it<a class="copy-link" href="#check"');
    expect(out).toContain('<h4 id="detail">Detail</h4>');
    expect(headings).toEqual([
      { depth: 2, slug: 'renew', text: 'Renew' },
      { depth: 3, slug: 'check', text: 'Check it' },
      { depth: 4, slug: 'detail', text: 'Detail' },
    ]);
  });

  it('requires an explicit id on every heading, naming the file and line', () => {
    expect(() => html('Text\n\n## Renew\n')).toThrow(`${file}:7: every article heading needs an explicit id: write "## Renew {#english-anchor}"`);
    expect(() => html('#### Detail\n')).toThrow('needs an explicit id');
  });

  it('reads a label inside a heading as its glossary text', () => {
    expect(render('## Select <Label k="buy" /> {#select-buy}\n').headings[0]).toEqual({ depth: 2, slug: 'select-buy', text: `Select ${glossaryLabel('en', 'buy')}` });
  });

  it('offers "Guide me through this" on walkthrough sections only when the article places the walkthrough', () => {
    const section = '## Cancel {#cancel-your-action-pack-subscription}\n';
    expect(html(section)).not.toContain('guide-me');
    expect(html(`<Walkthrough />\n\n${section}`)).toContain('<p class="guide-me" data-pagefind-ignore><a href="?guide=cancel#guide">');
    expect(html('<Walkthrough />\n\n## Other {#other}\n')).not.toContain('guide-me');
  });
});

describe('renderArticle: components', () => {
  it('renders a glossary label in the article’s language, linked when asked', () => {
    for (const localePath of localePaths) {
      const label = glossaryLabel(localeByPath(localePath).code, 'membershipOffers');
      expect(html('Go to <Label k="membershipOffers" />.\n', localePath)).toBe(`<p>Go to <strong class="ui-label">${label}</strong>.</p>`);
      expect(html('<Label k="membershipOffers" link />\n', localePath)).toBe(`<a href="https://partnercenter.microsoft.com/pcv/partnership/offers"><strong class="ui-label">${label}</strong></a>`);
    }
  });

  it('stops on a label the glossary lacks or cannot link', () => {
    expect(() => html('<Label k="noSuchLabel" />\n')).toThrow('locales/en/glossary.json has no label "noSuchLabel"');
    expect(() => html('<Label k="buy" link />\n')).toThrow(`${file}: <Label k="buy" link />: no Partner Center link`);
  });

  it('renders numbered steps with stable ids and per-step copy-links', () => {
    const out = html('<Steps>\n<Step id="renew-step-1">\nFirst.\n</Step>\n<Step id="renew-step-2">\nSecond.\n</Step>\n</Steps>\n', 'nl');
    expect(out).toMatch(/^<ol class="steps"><li id="renew-step-1" class="step"><div class="step__body"><p>First\.<\/p><\/div><a class="copy-link" href="#renew-step-1" data-copy-link aria-label="[^"]*1[^"]*"/);
    expect(out).toContain('<li id="renew-step-2" class="step"><div class="step__body"><p>Second.</p></div>');
    expect(out).not.toMatch(/<ol class="steps">\s+<li/);
  });

  it('refuses a step id that does not end in -step-<number>', () => {
    expect(() => html('<Steps>\n<Step id="renew">\nFirst.\n</Step>\n</Steps>\n')).toThrow('<Step id="renew">: a step id must end in -step-<number>');
  });

  it('renders callouts with a translated title and only the two known types', () => {
    expect(html('<Callout type="important">\nRead this.\n</Callout>\n', 'ru')).toMatch(/^<div class="callout callout--important" role="note"><p class="callout__title">[^<]+<\/p><p>Read this\.<\/p><\/div>$/);
    expect(html('<Callout type="note">\nRead this.\n</Callout>\n')).toContain('<p class="callout__title">Note</p>');
    expect(() => html('<Callout type="warning">\nRead this.\n</Callout>\n')).toThrow('<Callout type="warning">: the type is one of "important", "note"');
  });

  it('links Microsoft Learn in the reader’s language', () => {
    expect(html('<LearnLink page="learn-about-competencies">Competencies</LearnLink>\n', 'zh-cn')).toBe(
      '<a href="https://learn.microsoft.com/zh-cn/partner-center/learn-about-competencies" hreflang="zh-CN">Competencies</a>',
    );
  });

  it('refuses unknown components, attributes, expression values and missing attributes, naming the line', () => {
    expect(() => html('Text\n\n<Button />\n')).toThrow(`${file}:7: <Button> is not an article component; use one of Label, Steps, Step, Callout, LearnLink, Walkthrough, RenewalCalculator`);
    expect(() => html('<Label k="buy" size="2" />\n')).toThrow('<Label> takes only k, link');
    expect(() => html('<Label k={key} />\n')).toThrow('<Label k> must be written k="…"');
    expect(() => html('<Label k="buy" link="yes" />\n')).toThrow('<Label link> must be written as a bare link');
    expect(() => html('<Label {...props} />\n')).toThrow('<Label> takes only k, link');
    expect(() => html('<Label />\n')).toThrow('<Label> needs k="…"');
    expect(() => html('<Steps kind="x">\n</Steps>\n')).toThrow('<Steps> takes only no attributes');
  });
});

describe('islands', () => {
  it('marks where each island goes and splits the HTML there', () => {
    const out = html('Before.\n\n<RenewalCalculator />\n\nBetween.\n\n<Walkthrough />\n\nAfter.\n');
    expect(splitAtIslands(out)).toEqual([
      { html: '<p>Before.</p>\n' },
      { island: 'RenewalCalculator' },
      { html: '\n<p>Between.</p>\n' },
      { island: 'Walkthrough' },
      { html: '\n<p>After.</p>' },
    ]);
  });

  it('leaves an article without islands in one piece', () => {
    expect(splitAtIslands(html('Only text.\n'))).toEqual([{ html: '<p>Only text.</p>' }]);
  });

  it('refuses attributes or content on an island', () => {
    for (const name of islandNames) {
      expect(() => html(`<${name} open />\n`)).toThrow(`<${name} /> takes no attributes or content`);
      expect(() => html(`<${name}>\nText\n</${name}>\n`)).toThrow(`<${name} /> takes no attributes or content`);
    }
  });
});

describe('every article', () => {
  it.each(articleSources().map((source) => [source.file, source] as const))('%s renders, with a heading for every id it declares', (_file, source) => {
    const { headings } = renderArticle(source.source, source.file, source.localePath);
    expect(headings.map((heading) => heading.slug)).toEqual(headingIds(source.body));
  });
});
