import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isValidTimeZone } from '../rules/time-zone.ts';
import { zoneOption, type ZoneCities, type ZoneOption } from '../i18n/zone-names.ts';
import type { SearchableZone } from '../i18n/zone-list.ts';
import type { Translate } from './translate.ts';

interface Props {
  /** The input's id; the list and options get ids derived from it. */
  id: string;
  lng: string;
  /** The language's folder (`zh-cn`), which names its city list. */
  localePath: string;
  /** The chosen IANA zone, possibly invalid when a link carried a bad `tz=`. */
  value: string;
  onChange: (zone: string) => void;
  t: Translate;
  describedBy: string;
  invalid: boolean;
  disabled: boolean;
}

/** Options rendered at once; typing narrows the rest. */
const SHOWN = 50;

/**
 * A searchable list of time zones in the reader's language (ARIA 1.2
 * combobox): each entry shows the zone's name, a city and its current UTC
 * offset, and a search matches any of them. The list, its search and the city
 * names load when the reader first focuses the field. Arrow keys move through the list,
 * Enter chooses, Escape closes it and restores the choice.
 */
export function TimeZonePicker({ id, lng, localePath, value, onChange, t, describedBy, invalid, disabled }: Props) {
  const [cities, setCities] = useState<ZoneCities | null>(null);
  const [options, setOptions] = useState<SearchableZone[] | null>(null);
  const [matchZones, setMatchZones] = useState<((options: readonly SearchableZone[], query: string) => SearchableZone[]) | null>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);

  const selected = useMemo(() => (isValidTimeZone(value) ? zoneOption(value, lng, new Date(), cities) : null), [value, lng, cities]);
  const shownLabel = selected?.label ?? value;

  // The city names arrive after the field gets focus and add the city to the
  // chosen zone; writing the new name clears the selection that
  // focus made, so select it again or the reader's typing would be appended.
  useLayoutEffect(() => {
    const field = input.current;
    if (field && query === null && document.activeElement === field) field.select();
  }, [shownLabel]);

  const matches = options && matchZones ? matchZones(options, query ?? '') : [];
  const shown = matches.slice(0, SHOWN);

  async function load(): Promise<void> {
    if (options) return;
    const list = await import('../i18n/zone-list.ts');
    const names = await list.loadZoneCities(localePath);
    setCities(names);
    setOptions(list.zoneOptions(lng, new Date(), names));
    setMatchZones(() => list.matchZones);
  }

  function close(): void {
    setOpen(false);
    setQuery(null);
  }

  function choose(option: ZoneOption): void {
    onChange(option.id);
    close();
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void load();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const last = Math.max(shown.length - 1, 0);
      setActive((current) => (event.key === 'ArrowDown' ? Math.min(current + 1, last) : Math.max(current - 1, 0)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const option = shown[active];
      if (option) choose(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  }

  const status = !open || !options ? '' : matches.length === 0 ? t('zone.noResults', { query: query ?? '' }) : `${t('zone.results', { count: matches.length })}${matches.length > SHOWN ? ` ${t('zone.more', { shown: SHOWN })}` : ''}`;

  return (
    <div class="zone-picker">
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid ? 'true' : undefined}
        autocomplete="off"
        spellcheck={false}
        disabled={disabled}
        value={query ?? shownLabel}
        onFocus={(event) => {
          void load();
          event.currentTarget.select();
        }}
        onClick={() => {
          void load();
          setOpen(true);
        }}
        onInput={(event) => {
          void load();
          setQuery(event.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul id={listId} role="listbox" class="zone-picker__list" aria-label={t('zone.label')} hidden={!open || shown.length === 0}>
        {open &&
          shown.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              class="zone-picker__option"
              aria-selected={index === active ? 'true' : 'false'}
              // Keeps focus in the field, so choosing with the mouse does not close the list first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.label}
            </li>
          ))}
      </ul>
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
