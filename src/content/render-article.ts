import type { MarkdownHeading } from 'astro';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import type { Position } from 'unist';
import { glossaryLabel } from '../i18n/glossary.ts';
import { glossaryLinks } from '../i18n/glossary-links.ts';
import { localeByPath, type Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import { learnUrl } from '../i18n/urls.ts';
import { flowForSection } from '../rules/walkthrough-keys.ts';

/** The callout types an article may use, and the key of each one's title. */
const calloutTitles = { important: 'callout.important', note: 'callout.note' } as const;
const isCalloutType = (type: unknown): type is keyof typeof calloutTitles => typeof type === 'string' && Object.hasOwn(calloutTitles, type);

/**
 * Articles are MDX, rendered to HTML here when their page is built, with the
 * Sätteri parser and the options Astro's MDX integration uses. Compiling each
 * article into its own bundled module instead (what @astrojs/mdx does) was a
 * third of the build time and most of its memory at 200 articles per language.
 * In exchange an article may use only the components below; anything else
 * stops the build, naming the file and line.
 */

/** The parser options of Astro's Markdown defaults (GFM, smart punctuation) plus the explicit heading ids every article uses. */
const features = { gfm: true, smartPunctuation: true, headingAttributes: true } as const;

/** The interactive islands an article can place; the page template renders them where the marker stands. */
export const islandNames = ['Walkthrough', 'RenewalCalculator'] as const;
export type IslandName = (typeof islandNames)[number];

const islandMarker = (name: IslandName): string => `island:${name}`;
const islandMarkerPattern = /<!--island:([A-Za-z]+)-->/;

export interface RenderedArticle {
  html: string;
  headings: MarkdownHeading[];
}

interface RenderContext {
  file: string;
  locale: Locale;
  t: ReturnType<typeof translator>;
  /** Whether the article places the walkthrough, so its procedure headings can offer "Guide me through this". */
  hasWalkthrough: boolean;
  headings: MarkdownHeading[];
}

type MdxJsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

type Attributes = Readonly<Record<string, string | true>>;

interface ArticleComponent {
  /** Attribute name → whether it takes a string (`k="…"`) or is a flag (`link`). */
  attributes: Readonly<Record<string, { kind: 'string' | 'flag'; required?: boolean }>>;
  render(attributes: Attributes, children: ElementContent[], context: RenderContext): ElementContent[];
}

/** The copy-link icon, drawn once per page by `CopyLinkMenu.astro` (#copy-link-icon) and used by every heading and step. */
const copyIcon: ElementContent = {
  type: 'raw',
  value: '<svg aria-hidden="true" width="16" height="16"><use href="#copy-link-icon"></use></svg>',
} as ElementContent;

function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/**
 * A link to a section or step. Without JavaScript it is a plain anchor link;
 * with it, a click also copies the full URL for support agents.
 */
function copyLink(target: string, label: string): Element {
  // No text of its own (the icon is hidden, the name an attribute), so Pagefind has nothing to index here; page.ts adds the tooltip.
  return element('a', { className: ['copy-link'], href: `#${target}`, dataCopyLink: true, ariaLabel: label }, [copyIcon]);
}

const components: Readonly<Record<string, ArticleComponent>> = {
  /** A Partner Center UI label from the locale's glossary, so a button reads the same in every article, the calculator and the walkthrough. */
  Label: {
    attributes: { k: { kind: 'string', required: true }, link: { kind: 'flag' } },
    render({ k, link }, _children, { file, locale }) {
      const label = element('strong', { className: ['ui-label'] }, [text(glossaryLabel(locale.code, k as string))]);
      if (!link) return [label];
      const href = glossaryLinks[k as string];
      if (!href) throw new Error(`${file}: <Label k="${k}" link />: no Partner Center link for this label in src/i18n/glossary-links.ts`);
      return [element('a', { href }, [label])];
    },
  },
  /** A numbered procedure; each `<Step>` inside carries its own stable id. */
  Steps: {
    attributes: {},
    render: (_attributes, children) => [element('ol', { className: ['steps'] }, children)],
  },
  /** One step; its id is `<section-id>-step-<n>` in every locale, so support links survive translation. */
  Step: {
    attributes: { id: { kind: 'string', required: true } },
    render({ id }, children, { file, t }) {
      const number = /-step-(\d+)$/.exec(id as string)?.[1];
      if (!number) throw new Error(`${file}: <Step id="${id}">: a step id must end in -step-<number>`);
      return [element('li', { id: id as string, className: ['step'] }, [element('div', { className: ['step__body'] }, children), copyLink(id as string, t('copyLink.step', { number }))])];
    },
  },
  Callout: {
    attributes: { type: { kind: 'string', required: true } },
    render({ type }, children, { file, t }) {
      if (!isCalloutType(type)) throw new Error(`${file}: <Callout type="${type}">: the type is one of ${Object.keys(calloutTitles).map((name) => `"${name}"`).join(', ')}`);
      return [element('div', { className: ['callout', `callout--${type}`], role: 'note' }, [element('p', { className: ['callout__title'] }, [text(t(calloutTitles[type]))]), ...children])];
    },
  },
  /** A link to a Partner Center article on Microsoft Learn, in the reader's language. */
  LearnLink: {
    attributes: { page: { kind: 'string', required: true } },
    render: ({ page }, children, { locale }) => [element('a', { href: learnUrl(locale, page as string), hrefLang: locale.code }, children)],
  },
};

function isJsx(node: Root | RootContent): node is MdxJsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function where(node: { position?: Position | undefined }, context: RenderContext): string {
  return node.position ? `${context.file}:${node.position.start.line}` : context.file;
}

function readAttributes(node: MdxJsxElement, component: ArticleComponent, context: RenderContext): Attributes {
  const attributes: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    const spec = attribute.type === 'mdxJsxAttribute' ? component.attributes[attribute.name] : undefined;
    if (attribute.type !== 'mdxJsxAttribute' || !spec) {
      throw new Error(`${where(node, context)}: <${node.name}> takes only ${Object.keys(component.attributes).join(', ') || 'no attributes'}`);
    }
    const { value } = attribute;
    if (spec.kind === 'flag' ? value !== null && value !== undefined : typeof value !== 'string') {
      throw new Error(`${where(node, context)}: <${node.name} ${attribute.name}> must be written ${spec.kind === 'flag' ? `as a bare ${attribute.name}` : `${attribute.name}="…"`}`);
    }
    attributes[attribute.name] = typeof value === 'string' ? value : true;
  }
  for (const [name, spec] of Object.entries(component.attributes)) {
    if (spec.required && !(name in attributes)) throw new Error(`${where(node, context)}: <${node.name}> needs ${name}="…"`);
  }
  return attributes;
}

function textOf(node: RootContent | Root, context: RenderContext): string {
  if (node.type === 'text') return node.value;
  if (isJsx(node) && node.name === 'Label') {
    const k = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'k')?.value;
    return typeof k === 'string' ? glossaryLabel(context.locale.code, k) : '';
  }
  return 'children' in node ? (node.children as RootContent[]).map((child) => textOf(child, context)).join('') : '';
}

function placesComponent(node: Root | RootContent, name: string): boolean {
  if (isJsx(node) && node.name === name) return true;
  return 'children' in node && (node.children as RootContent[]).some((child) => placesComponent(child, name));
}

function renderHeading(heading: Element, context: RenderContext): ElementContent[] {
  const depth = Number(heading.tagName.slice(1));
  const id = typeof heading.properties.id === 'string' ? heading.properties.id : undefined;
  const title = textOf(heading, context);
  if (!id) throw new Error(`${where(heading, context)}: every article heading needs an explicit id: write "${'#'.repeat(depth)} ${title} {#english-anchor}"`);
  context.headings.push({ depth, slug: id, text: title });
  const children = renderChildren(heading.children, context);
  if (depth !== 2 && depth !== 3) return [{ ...heading, children }];
  const decorated = element(heading.tagName, { id, className: ['section-heading'] }, [...children, copyLink(id, context.t('copyLink.section'))]);
  const flow = context.hasWalkthrough ? flowForSection[id] : undefined;
  if (!flow) return [decorated];
  return [decorated, element('p', { className: ['guide-me'], dataPagefindIgnore: true }, [element('a', { href: `?guide=${flow}#guide` }, [text(context.t('guideMe'))])])];
}

function renderNode(node: RootContent, context: RenderContext): ElementContent[] {
  if (isJsx(node)) {
    const name = node.name ?? '';
    if ((islandNames as readonly string[]).includes(name)) {
      if (node.attributes.length > 0 || node.children.length > 0) throw new Error(`${where(node, context)}: <${name} /> takes no attributes or content`);
      return [{ type: 'comment', value: islandMarker(name as IslandName) }];
    }
    const component = components[name];
    if (!component) throw new Error(`${where(node, context)}: <${name}> is not an article component; use one of ${[...Object.keys(components), ...islandNames].join(', ')}`);
    const attributes = readAttributes(node, component, context);
    return component.render(attributes, renderChildren(node.children, context), context);
  }
  switch (node.type) {
    case 'element':
      if (/^h[1-6]$/.test(node.tagName)) return renderHeading(node, context);
      return [{ ...node, children: renderChildren(node.children, context) }];
    case 'text':
    case 'raw':
      return [node];
    case 'comment':
      return [];
    default:
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test((node as { value: string }).value)) return [];
        throw new Error(`${where(node, context)}: articles hold no JavaScript expressions; write "\\{" for a literal brace`);
      }
      throw new Error(`${where(node, context)}: articles hold no ${node.type === 'mdxjsEsm' ? 'imports or exports' : node.type}`);
  }
}

function renderChildren(children: readonly RootContent[], context: RenderContext): ElementContent[] {
  return children.flatMap((child) => renderNode(child, context));
}

/**
 * An article's HTML and headings. Where the article places an island the HTML
 * holds a marker that {@link splitAtIslands} finds.
 * @param source the whole `.mdx` file, front matter included, so error lines match the file.
 * @param file the path shown in error messages, e.g. `content/articles/de/buy-or-renew-action-pack.mdx`.
 */
export function renderArticle(source: string, file: string, localePath: string): RenderedArticle {
  let tree: Root;
  try {
    tree = mdxToHast(source, { features }) as Root;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const locale = localeByPath(localePath);
  const hasWalkthrough = placesComponent(tree, 'Walkthrough');
  const context: RenderContext = { file, locale, t: translator(locale.code), hasWalkthrough, headings: [] };
  const html = toHtml({ type: 'root', children: renderChildren(tree.children, context) }, { allowDangerousHtml: true });
  return { html, headings: context.headings };
}

export type ArticlePart = { html: string; island?: undefined } | { island: IslandName; html?: undefined };

/** The rendered HTML cut where the islands go, in page order. */
export function splitAtIslands(html: string): ArticlePart[] {
  return html.split(islandMarkerPattern).map((part, index) => {
    if (index % 2 === 0) return { html: part };
    if (!(islandNames as readonly string[]).includes(part)) throw new Error(`Unknown island marker "${part}"`);
    return { island: part as IslandName };
  });
}
