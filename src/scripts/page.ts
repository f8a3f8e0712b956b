/**
 * The little JavaScript every page needs: copy-link buttons, language links that
 * keep the reader's place, and opening search (whose code loads on first use).
 */
import { rememberLocale, shareStoredLocale } from './preferred-locale.ts';

/**
 * A section's or step's link (`<a data-copy-link href="#id">`) or an island's
 * button (`data-copy-link="anchor"`) opens the copy-link menu. A section link
 * also moves to its section, as it does without JavaScript.
 */
async function openCopyMenuFor(trigger: HTMLElement): Promise<void> {
  const anchor = trigger instanceof HTMLAnchorElement ? trigger.hash.slice(1) : trigger.dataset.copyLink!;
  if (trigger instanceof HTMLAnchorElement) {
    const url = new URL(location.href);
    url.hash = anchor;
    history.replaceState(history.state, '', url);
    document.getElementById(anchor)?.scrollIntoView({ block: 'start' });
  }
  try {
    const { toggleCopyMenu } = await import('./copy-link-menu.ts');
    toggleCopyMenu(trigger, anchor);
  } catch {
    // The menu's code could not load (the connection dropped): a section's link has still moved to its section and put its address in the address bar.
  }
}

shareStoredLocale();

document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element)) return;
  const copyLink = event.target.closest<HTMLElement>('[data-copy-link]');
  if (copyLink && document.querySelector('[data-copy-menu]')) {
    event.preventDefault();
    void openCopyMenuFor(copyLink);
    return;
  }
  const localeChoice = event.target.closest<HTMLAnchorElement>('a[data-locale-choice]');
  if (localeChoice) rememberLocale(localeChoice.dataset.localeChoice ?? '');
  const keepLocation = event.target.closest<HTMLAnchorElement>('a[data-keep-location]');
  if (keepLocation) {
    keepLocation.search = location.search;
    keepLocation.hash = location.hash;
  }
});

// With JavaScript, a section's link icon is a menu button: announced as one, and opened with Space as well as Enter.
// Its tooltip repeats its name, so the page's HTML carries the name only once.
for (const trigger of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
  trigger.title = trigger.getAttribute('aria-label') ?? '';
  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'menu');
  trigger.setAttribute('aria-controls', 'copy-link-menu');
  trigger.setAttribute('aria-expanded', 'false');
}
document.addEventListener('keydown', (event) => {
  if (event.key !== ' ' || !(event.target instanceof HTMLAnchorElement) || !event.target.matches('a[data-copy-link]')) return;
  event.preventDefault();
  event.target.click();
});

const searchButton = document.querySelector<HTMLButtonElement>('[data-search-open]');
if (searchButton) {
  searchButton.hidden = false;
  searchButton.addEventListener('click', async () => {
    const { openSearch } = await import('./search.ts');
    openSearch();
  });
}
