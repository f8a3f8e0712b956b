/**
 * The page numbers a pagination bar shows: the first and the last page, and
 * `span` pages either side of the current one, with `gap` where numbers are
 * left out. Its length is bounded by `2 * span + 5`, however many pages there are.
 */
export function pageWindow(current: number, last: number, span = 2): (number | 'gap')[] {
  if (!Number.isInteger(current) || !Number.isInteger(last) || last < 1 || current < 1 || current > last) {
    throw new RangeError(`page ${current} of ${last} is not a page`);
  }
  const from = Math.max(1, current - span);
  const to = Math.min(last, current + span);
  const pages: (number | 'gap')[] = [];
  if (from > 1) pages.push(1);
  if (from > 3) pages.push('gap');
  else if (from === 3) pages.push(2);
  for (let page = from; page <= to; page++) pages.push(page);
  if (to < last - 2) pages.push('gap');
  else if (to === last - 2) pages.push(last - 1);
  if (to < last) pages.push(last);
  return pages;
}
