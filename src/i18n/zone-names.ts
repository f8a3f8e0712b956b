/**
 * How the calculator names a time zone to a reader: the zone's name in their
 * language (from Intl), a city (CLDR's exemplar city, see `zone-list.ts`) and
 * its current offset from UTC, e.g. "Mitteleuropäische Zeit — Berlin (UTC+02:00)".
 * Pure Intl, no DOM.
 */
import { utcOffsetMinutes } from '../rules/time-zone.ts';

/** A language's city names by zone id, where they differ from the id's own. */
export type ZoneCities = Readonly<Record<string, string>>;

/** The city a zone id names, as CLDR's root locale does: `America/Los_Angeles` → "Los Angeles". */
export function cityFromZoneId(id: string): string {
  return (id.split('/').at(-1) ?? id).replace(/_/g, ' ');
}

/** Whether a zone names a place; `UTC` and `Etc/GMT+12` do not, so they get no city. */
const namesPlace = (id: string) => id.includes('/') && !id.startsWith('Etc/');

/** The id this browser uses for a zone (Chromium says `Asia/Calcutta` for `Asia/Kolkata`), which the city lists use too. */
function canonicalZone(id: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: id }).resolvedOptions().timeZone;
}

/** `+02:00`, `−05:30` (with a real minus sign), `±00:00` for UTC itself. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes > 0 ? '+' : minutes < 0 ? '\u2212' : '±';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

/** The zone's name in the reader's language at `now`: "Mitteleuropäische Zeit", "Coordinated Universal Time". */
export function zoneDisplayName(id: string, lng: string, now: Date): string {
  const nameIn = (style: 'longGeneric' | 'long') =>
    new Intl.DateTimeFormat(lng, { timeZone: id, timeZoneName: style }).formatToParts(now).find((part) => part.type === 'timeZoneName')?.value ?? id;
  const generic = nameIn('longGeneric');
  // Zones without a name of their own come back as "GMT+02:00"; the long form names UTC ("Koordinierte Weltzeit").
  return /^(GMT|UTC)([+\-\u2212]|$)/.test(generic) ? nameIn('long') : generic;
}

/** One entry of the time-zone list. */
export interface ZoneOption {
  /** IANA id, the value kept in the URL (`tz=`). */
  id: string;
  name: string;
  /** Empty for zones that name no place (UTC, Etc/GMT+12). */
  city: string;
  /** Minutes east of UTC at the time the list was made. */
  offsetMinutes: number;
  /** What the reader sees: "Mitteleuropäische Zeit — Berlin (UTC+02:00)". */
  label: string;
}

/**
 * The entry for one zone. `cities` is the language's city names, or null
 * while they load: the entry then names no city, because the one in the zone
 * id may not be in the reader's language or even script ("Moscow" for a
 * Russian reader).
 * @throws {RulesError} `invalid-time-zone` for a name that is not an IANA zone.
 */
export function zoneOption(id: string, lng: string, now: Date, cities: ZoneCities | null): ZoneOption {
  const offsetMinutes = utcOffsetMinutes(now, id);
  const name = zoneDisplayName(id, lng, now);
  const city = namesPlace(id) && cities ? (cities[canonicalZone(id)] ?? cities[id] ?? cityFromZoneId(id)) : '';
  const offset = `UTC${formatUtcOffset(offsetMinutes)}`;
  return { id, name, city, offsetMinutes, label: `${name}${city ? ` — ${city}` : ''} (${offset})` };
}
