import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_NAME_KEPT, LATER_SOURCES, TRANSLATED_HERE, type GlossaryEntry } from '../../src/i18n/glossary.ts';
import { locales } from '../../src/i18n/locales.ts';
import { localesDir, projectRoot } from '../support/paths.ts';

const seedsDir = join(projectRoot, 'sources', 'seeds');
const seedFiles = readdirSync(seedsDir).filter((name) => name.endsWith('.md') && name !== 'README.md');
const laterSources = readFileSync(join(projectRoot, 'sources', LATER_SOURCES), 'utf8');
const englishGlossary = JSON.parse(readFileSync(join(localesDir, 'en', 'glossary.json'), 'utf8')) as Record<string, GlossaryEntry>;
const marks = [TRANSLATED_HERE, ENGLISH_NAME_KEPT, LATER_SOURCES];

/**
 * Whether a source article shows a label: verbatim, or with only its first
 * letter's case changed, because the machine translations lower-case labels
 * in mid-sentence ("selecteer **abonnement vernieuwen**").
 */
function shows(seed: string, label: string): boolean {
  const otherCase = `${label[0] === label[0]!.toLowerCase() ? label[0]!.toUpperCase() : label[0]!.toLowerCase()}${label.slice(1)}`;
  return seed.includes(label) || seed.includes(otherCase);
}

describe.each(locales.map((locale) => [locale.path] as const))('locales/%s/glossary.json', (localePath) => {
  const glossary = JSON.parse(readFileSync(join(localesDir, localePath, 'glossary.json'), 'utf8')) as Record<string, GlossaryEntry>;
  const ownSeeds = seedFiles.filter((name) => name.startsWith(`${localePath}-`));

  it('records a label and its source for every entry, and nothing else', () => {
    const wrong = Object.entries(glossary).filter(
      ([, entry]) => Object.keys(entry).sort().join() !== 'label,source' || typeof entry.label !== 'string' || entry.label.trim() === '' || typeof entry.source !== 'string',
    );
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it(`names as a source only one of this language's source articles (${ownSeeds.join(', ') || 'none'}), ${LATER_SOURCES}, "${TRANSLATED_HERE}" or "${ENGLISH_NAME_KEPT}"`, () => {
    const wrong = Object.entries(glossary).filter(([, entry]) => !marks.includes(entry.source) && !ownSeeds.includes(entry.source));
    expect(wrong.map(([key, entry]) => `${key}: ${entry.source}`)).toEqual([]);
  });

  it('shows each label that names a source article exactly as that article does', () => {
    const wrong = Object.entries(glossary).filter(([, entry]) => ownSeeds.includes(entry.source) && !shows(readFileSync(join(seedsDir, entry.source), 'utf8'), entry.label));
    expect(wrong.map(([key, entry]) => `${key}: "${entry.label}" is not in ${entry.source}`)).toEqual([]);
  });

  it(`shows each name that cites ${LATER_SOURCES} exactly as a page quoted there does`, () => {
    const wrong = Object.entries(glossary).filter(([, entry]) => entry.source === LATER_SOURCES && !shows(laterSources, entry.label));
    expect(wrong.map(([key, entry]) => `${key}: "${entry.label}" is not in sources/${LATER_SOURCES}`)).toEqual([]);
  });

  it('keeps the English name exactly where it says no source gives it in this language', () => {
    const wrong = Object.entries(glossary).filter(([key, entry]) => entry.source === ENGLISH_NAME_KEPT && entry.label !== englishGlossary[key]?.label);
    expect(wrong.map(([key, entry]) => `${key}: "${entry.label}" is not the English "${englishGlossary[key]?.label}"`)).toEqual([]);
  });
});

describe('the seed check', () => {
  it('finds a label verbatim or with its first letter lower-cased, and nothing looser', () => {
    expect(shows('Selecteer **abonnement vernieuwen** en', 'Abonnement vernieuwen')).toBe(true);
    expect(shows('Select **Renew subscription**', 'Renew subscription')).toBe(true);
    expect(shows('Select **Renew subscription**', 'Renew Subscription')).toBe(false);
    expect(shows('Wählen Sie **Abonnement stornieren**', 'Abonnement kündigen')).toBe(false);
  });
});
