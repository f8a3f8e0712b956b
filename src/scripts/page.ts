/**
 * The little JavaScript every page needs: copy-link buttons, language links that
 * keep the reader's place, and opening search (whose code loads on first use).
 */
import { rememberLocale, shareStoredLocale } from './preferred-locale.ts';

function announce(message: string): void {
  const announcer = document.querySelector<HTMLElement>('[data-announcer]');
  if (!announcer) return;
  announcer.textContent = '';
  // A fresh text node after clearing makes screen readers repeat an identical message.
  requestAnimationFrame(() => (announcer.textContent = message));
}

async function copySectionLink(link: HTMLAnchorElement): Promise<void> {
  const id = link.hash.slice(1);
  const url = new URL(location.href);
  url.hash = id;
  history.replaceState(history.state, '', url);
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
  try {
    await navigator.clipboard.writeText(url.href);
    announce(document.documentElement.dataset.copied ?? '');
    link.classList.add('copy-link--copied');
    setTimeout(() => link.classList.remove('copy-link--copied'), 2000);
  } catch {
    announce(document.documentElement.dataset.copyFailed ?? '');
  }
}

shareStoredLocale();

document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element)) return;
  const copyLink = event.target.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (copyLink) {
    event.preventDefault();
    void copySectionLink(copyLink);
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

const searchButton = document.querySelector<HTMLButtonElement>('[data-search-open]');
if (searchButton) {
  searchButton.hidden = false;
  searchButton.addEventListener('click', async () => {
    const { openSearch } = await import('./search.ts');
    openSearch();
  });
}
