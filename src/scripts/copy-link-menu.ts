/**
 * The copy-link menu (`CopyLinkMenu.astro`), loaded on first use: it copies the
 * address of a section, step or island (with the query, which holds an island's
 * answers, and the #anchor) either language-neutral, so it opens in the
 * recipient's language, or in a language the sender chooses.
 */
import { announce } from './announce.ts';

interface OpenMenu {
  trigger: HTMLElement;
  anchor: string;
}

const menu = document.querySelector<HTMLElement>('[data-copy-menu]')!;
const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
const fallback = menu.querySelector<HTMLLabelElement>('.copy-menu__fallback')!;
const fallbackField = fallback.querySelector('input')!;
let open: OpenMenu | null = null;

/** The address an item copies: its page in the chosen language (or the neutral permalink), this page's query, and the anchor. */
function addressFor(item: HTMLButtonElement, anchor: string): string {
  const url = new URL(item.dataset.copyTo!, location.origin);
  url.search = location.search;
  url.hash = anchor;
  return url.href;
}

function place(trigger: HTMLElement): void {
  const box = trigger.getBoundingClientRect();
  const width = menu.offsetWidth;
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
  menu.style.top = `${box.bottom + scrollY + 4}px`;
  menu.style.left = `${left + scrollX}px`;
}

/** Opens the menu for `trigger`, or closes it when it is already open for that control (a menu button toggles). */
export function toggleCopyMenu(trigger: HTMLElement, anchor: string): void {
  if (open?.trigger === trigger) {
    closeCopyMenu(true);
    return;
  }
  if (open) closeCopyMenu(false);
  open = { trigger, anchor };
  fallback.hidden = true;
  menu.hidden = false;
  place(trigger);
  trigger.setAttribute('aria-expanded', 'true');
  items[0]!.focus();
}

function closeCopyMenu(returnFocus: boolean): void {
  if (!open) return;
  menu.hidden = true;
  open.trigger.setAttribute('aria-expanded', 'false');
  if (returnFocus) open.trigger.focus();
  open = null;
}

async function copy(item: HTMLButtonElement): Promise<void> {
  if (!open) return;
  const { trigger, anchor } = open;
  const address = addressFor(item, anchor);
  try {
    await navigator.clipboard.writeText(address);
  } catch {
    // Clipboard access can be refused (permissions, an insecure origin); the address is then offered to copy by hand.
    fallbackField.value = address;
    fallback.hidden = false;
    // The field widens the menu; place it again so it stays on screen.
    place(trigger);
    fallbackField.focus();
    fallbackField.select();
    announce(menu.dataset.failed!);
    return;
  }
  closeCopyMenu(true);
  announce(item.dataset.copied!);
  // A section's link icon also shows it, for a moment; the islands' buttons have the message beside them.
  if (!trigger.classList.contains('copy-link')) return;
  trigger.classList.add('copy-link--copied');
  setTimeout(() => trigger.classList.remove('copy-link--copied'), 2000);
}

function moveFocus(step: number | 'first' | 'last'): void {
  const current = items.indexOf(document.activeElement as HTMLButtonElement);
  const next = step === 'first' ? 0 : step === 'last' ? items.length - 1 : (current + step + items.length) % items.length;
  items[next]!.focus();
}

menu.addEventListener('click', (event) => {
  const item = (event.target as Element).closest<HTMLButtonElement>('[role="menuitem"]');
  if (item) void copy(item);
});

menu.addEventListener('keydown', (event) => {
  const keys: Record<string, () => void> = {
    ArrowDown: () => moveFocus(1),
    ArrowUp: () => moveFocus(-1),
    Home: () => moveFocus('first'),
    End: () => moveFocus('last'),
    Escape: () => closeCopyMenu(true),
  };
  if (event.key === 'Tab') closeCopyMenu(true);
  const onItem = (event.target as Element).matches('[role="menuitem"]');
  const action = onItem || event.key === 'Escape' ? keys[event.key] : undefined;
  if (!action) return;
  event.preventDefault();
  action();
});

// Escape closes the menu wherever focus is (a click on its title moves focus to the page).
document.addEventListener('keydown', (event) => {
  if (open && event.key === 'Escape' && !menu.contains(event.target as Node)) closeCopyMenu(true);
});

document.addEventListener('pointerdown', (event) => {
  if (open && !menu.contains(event.target as Node) && !open.trigger.contains(event.target as Node)) closeCopyMenu(false);
});
