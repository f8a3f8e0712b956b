/**
 * Search, loaded the first time a reader opens it. Pagefind picks the index of
 * the page's `<html lang>`, so a German page searches German articles only.
 * Excerpts are built as DOM nodes, never as HTML strings.
 */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
type PagefindResult = { data(): Promise<PagefindResultData> };
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}
interface SearchStrings {
  loading: string;
  error: string;
  noResults: string;
  results: Record<string, string>;
}

const pagefindUrl = '/pagefind/pagefind.js';
/**
 * Results shown at a time. Each one downloads its page's fragment (2–3 KB
 * gzip), so the rest load only when the reader asks for more. Three, each
 * with up to three sections, fill a phone's screen; with five, a first search
 * on a site of a thousand articles per language came to 84–88 KB, over the
 * 85 KB the tests hold it to at two (`npm run bench` measures it at 1,002).
 */
const resultsPerPage = 3;
let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind runs in the page rather than in its web worker: a help site's
 * index is small, and the worker would be a second copy of the engine
 * (about 12 KB gzip) on every reader's first search.
 */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>).then(async (engine) => {
    await engine.options({ noWorker: true });
    return engine;
  });
  return pagefind;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** Pagefind excerpts are escaped text with `<mark>` around matches; rebuild them as text nodes and mark elements. */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(part.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name] ?? ''));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        nodes.push(mark);
      } else nodes.push(text);
    }
  }
  return nodes;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'search-results__title';
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, excerpt);
  const sections = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, 3);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    for (const sub of sections) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      const subExcerpt = document.createElement('p');
      subExcerpt.append(...excerptNodes(sub.excerpt));
      subItem.append(subLink, subExcerpt);
      list.append(subItem);
    }
    item.append(list);
  }
  return item;
}

let wired = false;

function wire(dialog: HTMLDialogElement): void {
  const strings = JSON.parse(dialog.dataset.strings ?? '{}') as SearchStrings;
  const form = dialog.querySelector<HTMLFormElement>('[data-search-form]');
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  const more = dialog.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !more) return;
  wireControls(dialog, strings, { form, input, status, list, more });
}

interface SearchControls {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

function wireControls(dialog: HTMLDialogElement, strings: SearchStrings, { form, input, status, list, more }: SearchControls): void {
  const plural = new Intl.PluralRules(document.documentElement.lang);
  let latest = 0;
  let pending: PagefindResult[] = [];
  let shown: Promise<unknown> = Promise.resolve();

  /** Shows the next results of the current search; undefined when a newer search has started meanwhile. */
  function showMore(ticket: number): Promise<HTMLLIElement[] | undefined> {
    // Taken before waiting, so a second click meanwhile gets the results after these, and appends after them.
    const next = pending.splice(0, resultsPerPage);
    more.hidden = pending.length === 0;
    const appended = Promise.all([Promise.all(next.map((result) => result.data())), shown]).then(([data]) => {
      if (ticket !== latest) return undefined;
      const items = data.map(resultItem);
      list.append(...items);
      return items;
    });
    shown = appended.catch(() => undefined);
    return appended;
  }

  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    pending = [];
    more.hidden = true;
    if (!query.trim()) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = strings.loading;
    try {
      const engine = await loadPagefind();
      const search = await engine.debouncedSearch(query, {}, 200);
      if (search === null || ticket !== latest) return;
      pending = [...search.results];
      list.replaceChildren();
      if (!(await showMore(ticket))) return;
      const count = search.results.length;
      status.textContent =
        count === 0
          ? fill(strings.noResults, { query })
          : fill(strings.results[plural.select(count)] ?? strings.results.other ?? '', { count, query });
    } catch {
      status.textContent = strings.error;
    }
  }

  more.addEventListener('click', async () => {
    try {
      const items = await showMore(latest);
      // The button may have just hidden itself; keyboard and screen reader users continue at the first new result.
      items?.[0]?.querySelector('a')?.focus();
    } catch {
      status.textContent = strings.error;
    }
  });
  input.addEventListener('input', () => void run(input.value));
  // A search field swallows the first Escape to clear itself; readers expect Escape to close search.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dialog.close();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  list.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) dialog.close();
  });
}

export function openSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  if (!wired) {
    wire(dialog);
    wired = true;
    void loadPagefind();
  }
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
}
