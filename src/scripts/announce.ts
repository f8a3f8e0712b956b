/** Says `message` through the page's live region, once per call. */
export function announce(message: string): void {
  const announcer = document.querySelector<HTMLElement>('[data-announcer]');
  if (!announcer) return;
  announcer.textContent = '';
  // A fresh text node after clearing makes screen readers repeat an identical message.
  requestAnimationFrame(() => (announcer.textContent = message));
}
