/**
 * Every number and every list in the dataset, checked against the article each fact cites: an income, a fee,
 * a processing time, a length of stay, a quota, a launch date, a cost-of-living figure must appear in that
 * article's passage about the programme's country; a nationality, a family member, a kind of work must be
 * named there. What an article gives in other words (1,5 Jahre for 18 months) is listed below with the words.
 */
import { expect } from '@open-wc/testing';
import { programmes } from '../../src/data/dataset.js';
import type { Programme } from '../../src/data/schema.js';
import { ARTICLE_2025, fold, readArticles } from './articles.js';

const NEW = ARTICLE_2025;

/** The article's words for a value it does not write as a plain number; `words` must be in the passage. */
const IN_OTHER_WORDS: Record<string, { words: string; because: string }> = {
  'ee-digital-nomad validity.maxStay.amount': {
    words: 'maximale Dauer des Aufenthalts beträgt 1,5 Jahre',
    because: '1.5 years = 18 months',
  },
  'pt-digital-nomad income.conflicts[0].amount': {
    words: '4 Mindestmonatsgehältern in Portugal (im Jahr 2024 beträgt es 820 Euro vor Steuern)',
    because: '4 × 820 EUR = 3,280 EUR',
  },
  'ro-digital-nomad checks[1].months': { words: 'für mindestens 3 Jahre', because: '3 years = 36 months' },
  'hu-white-card validity.maxStay.amount': {
    words: '1 Jahr mit der Möglichkeit einer einmaligen Verlängerung um ein weiteres Jahr',
    because: 'one year plus one renewal of a year',
  },
};

interface Leaf {
  programme: Programme;
  path: string;
  value: number;
  sources: string[];
}

/** Every number inside the facts' values (shown and older), with the sources of the value it belongs to. */
function numbers(programme: Programme): Leaf[] {
  const found: Leaf[] = [];
  const walk = (node: unknown, path: string, sources: string[]) => {
    if (typeof node === 'number') found.push({ programme, path, value: node, sources });
    else if (node && typeof node === 'object' && isText(node) && TEXTS_WITH_NUMBERS.test(path)) {
      // A renewal is written as a sentence ("Renewable for another 2 years"): its numbers count too.
      const english = (node as { en?: string }).en ?? '';
      for (const [digits] of english.matchAll(/\d+(?:[.,]\d+)?/g))
        found.push({ programme, path: `${path}.en`, value: Number(digits.replace(',', '')), sources });
    } else if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`, sources));
    else if (node && typeof node === 'object' && !isText(node))
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key, sources);
  };
  const facts: (readonly [string, unknown])[] = Object.entries(programme).flatMap(([key, fact]): (readonly [string, unknown])[] =>
    Array.isArray(fact) ? fact.map((f, i) => [`${key}[${i}]`, f] as const) : [[key, fact] as const],
  );
  for (const [key, fact] of facts) {
    if (!fact || typeof fact !== 'object' || !('value' in fact) || !('sources' in fact)) continue;
    const sourced = fact as { value: unknown; sources: string[]; conflicts?: { value: unknown; sources: string[] }[] };
    walk(sourced.value, key, sourced.sources);
    sourced.conflicts?.forEach((c, i) => walk(c.value, `${key}.conflicts[${i}]`, c.sources));
  }
  return found;
}

/** Sentences whose numbers are facts in their own right. */
const TEXTS_WITH_NUMBERS = /(^|\.)renewal$/;

const isText = (node: object) => Object.keys(node).every((key) => key === 'en' || key === 'de' || key === 'ru');

const WORDS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  zehn: 10,
  zwölf: 12,
};

/** Every number a passage writes, in German (3.480 / 2.539,31) or English (3,480 / 1.5) notation, or as a word. */
function numbersIn(passage: string): Set<number> {
  const out = new Set<number>();
  for (const [token] of fold(passage).matchAll(/\d+(?:[.,]\d+)*/g)) {
    out.add(Number(token.replace(/\./g, '').replace(',', '.'))); // German
    out.add(Number(token.replace(/,/g, ''))); // English
    if (/^\d{1,3}(,\d{3})+$/.test(token) || /^\d{1,3}(\.\d{3})+$/.test(token)) out.add(Number(token.replace(/[.,]/g, '')));
  }
  for (const word of fold(passage)
    .toLowerCase()
    .split(/[^\p{L}]+/u))
    if (word in WORDS) out.add(WORDS[word]);
  return out;
}

/** The German name an article uses for a country. */
const COUNTRY_NAMES: Record<string, string> = { nl: 'Die Niederlande', cz: 'Tschechien' };
const countryName = (code: string) => COUNTRY_NAMES[code] ?? new Intl.DisplayNames('de', { type: 'region' }).of(code.toUpperCase())!;

/** The part of an article about a programme's country. */
function passage(articles: Map<string, string>, source: string, programme: Programme): string {
  const text = articles.get(source)!;
  const name = countryName(programme.country);
  if (source === NEW) {
    const [kazakhstan, others] = text.split('5 weitere Länder');
    if (programme.country === 'kz') return kazakhstan;
    return others.split(/\n\s*\n/).find((paragraph) => paragraph.includes(name)) ?? '';
  }
  const lines = text.split('\n');
  const headings = new Set(programmes.map((p) => countryName(p.country)));
  const start = lines.findIndex((line) => line.trim() === name);
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && headings.has(line.trim()));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('every number and list against the articles', () => {
  const articles = new Map<string, string>();
  before(async function () {
    // The articles live in ../shared/seeds beside the repository; a clone without them cannot run this.
    for (const [name, text] of await readArticles()) {
      if (text === null) this.skip();
      articles.set(name, text);
    }
  });

  it("finds each programme's passage in each article it cites", () => {
    const empty = programmes.flatMap((p) =>
      p.sources.filter((s) => articles.has(s) && passage(articles, s, p).length < 120).map((s) => `${p.id} ${s}`),
    );
    expect(empty).to.deep.equal([]);
  });

  /** The numbers of `list` that the cited passages do not give; `used` collects the exceptions that applied. */
  const unfound = (list: readonly Programme[], used = new Set<string>()) => {
    const missing: string[] = [];
    for (const programme of list) {
      for (const leaf of numbers(programme)) {
        const key = `${programme.id} ${leaf.path}`;
        const passages = leaf.sources.map((s) => passage(articles, s, programme));
        if (passages.some((text) => numbersIn(text).has(leaf.value))) continue;
        const other = IN_OTHER_WORDS[key];
        if (other && passages.some((text) => fold(text).includes(fold(other.words)))) {
          used.add(key);
          continue;
        }
        missing.push(`${key} = ${leaf.value} (${leaf.sources.join(', ')})`);
      }
    }
    return missing;
  };

  it('finds every number in the passage of the article it cites', () => {
    const used = new Set<string>();
    expect(unfound(programmes, used)).to.deep.equal([]);
    expect(
      Object.keys(IN_OTHER_WORDS).filter((key) => !used.has(key)),
      'exceptions no longer needed',
    ).to.deep.equal([]);
    expect(programmes.flatMap(numbers).length).to.be.greaterThan(200);
  });

  it('fails on a number the article does not give, or gives for another country', () => {
    const pt = structuredClone(programmes.find((p) => p.id === 'pt-digital-nomad')!);
    if (pt.income?.value.type === 'amount') pt.income.value.amount = 3490;
    const hr = structuredClone(programmes.find((p) => p.id === 'hr-digital-nomad')!);
    if (hr.costOfLiving) hr.costOfLiving.value.utilities = 216; // Greece's figure
    expect(unfound([pt, hr])).to.deep.equal([
      'pt-digital-nomad income.amount = 3490 (000_8d906bb71396de31.txt)',
      'hr-digital-nomad costOfLiving.utilities = 216 (003_b0de86d8ee34c542.txt)',
    ]);
  });

  /** The nationalities, family members and accepted kinds of work of `list` that the cited passages do not name. */
  const unnamed = (list: readonly Programme[]) => {
    const missing: string[] = [];
    for (const programme of list) {
      const named = (
        list: string,
        fact: { sources: string[] } | undefined,
        items: readonly string[] | undefined,
        words: (item: string) => RegExp,
      ) => {
        if (!fact || !items) return;
        const passages = fact.sources.map((s) => fold(passage(articles, s, programme)));
        for (const item of items) if (!passages.some((text) => words(item).test(text))) missing.push(`${programme.id} ${list}: ${item}`);
      };
      const nationality = programme.nationality;
      named('nationality', nationality, [...(nationality?.value.allowed ?? []), ...(nationality?.value.excluded ?? [])], nationalityWords);
      named('family', programme.family, programme.family?.value.members, (m) => FAMILY_WORDS[m]);
      programme.family?.conflicts?.forEach((c) => named('family (older)', c, c.value.members, (m) => FAMILY_WORDS[m]));
      const employment = programme.employment;
      const accepted =
        employment &&
        Object.entries(employment.value)
          .filter(([, status]) => status === 'accepted')
          .map(([kind]) => kind);
      named('accepted work', employment, accepted, (kind) => WORK_WORDS[kind]);
    }
    return missing;
  };

  it('finds every nationality, family member and accepted kind of work named in the passage', () => {
    expect(unnamed(programmes)).to.deep.equal([]);
  });

  it('fails on a nationality, family member or kind of work the article does not name', () => {
    const cz = structuredClone(programmes.find((p) => p.id === 'cz-digital-nomad')!);
    cz.nationality!.value.allowed = [...cz.nationality!.value.allowed!, 'br'];
    const hr = structuredClone(programmes.find((p) => p.id === 'hr-digital-nomad')!);
    hr.family!.value.members = [...hr.family!.value.members!, 'siblings'];
    expect(unnamed([cz, hr])).to.deep.equal(['cz-digital-nomad nationality: br', 'hr-digital-nomad family: siblings']);
  });

  it('finds every launch date in the passage, as the article writes dates', () => {
    const missing = programmes
      .filter((p) => p.launched)
      .filter((p) => !p.launched!.sources.some((s) => fold(passage(articles, s, p)).includes(germanDate(p.launched!.value))))
      .map((p) => `${p.id}: ${germanDate(p.launched!.value)}`);
    expect(missing).to.deep.equal([]);
  });

  it("matches every cost-of-living figure to the article's line for the country", () => {
    const wrong: string[] = [];
    for (const programme of programmes.filter((p) => p.costOfLiving)) {
      const fact = programme.costOfLiving!;
      const line = fold(passage(articles, fact.sources[0], programme)).match(/Leben im Land:[^\n]*/)?.[0] ?? '';
      const figure = (label: string) =>
        line
          .match(new RegExp(`${label}[^€\\d]*€?\\s*(\\d+)(?:\\s*-\\s*(\\d+))?`))
          ?.slice(1)
          .filter(Boolean)
          .map(Number);
      const { rentOneBedroom, utilities, transportPass, cheapLunch, currency } = fact.value;
      const given = {
        rent: figure('Einzimmerwohnung'),
        utilities: figure('Nebenkosten'),
        transport: figure('Fahrkarte für einen Monat'),
        lunch: figure('Mittagessen in einem preiswerten Café'),
      };
      const ours = {
        rent: typeof rentOneBedroom === 'number' ? [rentOneBedroom] : [rentOneBedroom.min, rentOneBedroom.max],
        utilities: [utilities],
        transport: [transportPass],
        lunch: [cheapLunch],
      };
      if (currency !== 'EUR' || JSON.stringify(given) !== JSON.stringify(ours))
        wrong.push(`${programme.id}: article ${JSON.stringify(given)}, dataset ${JSON.stringify(ours)} ${currency}`);
    }
    expect(wrong).to.deep.equal([]);
  });
});

const FAMILY_WORDS: Record<string, RegExp> = {
  spouse: /ehepartner|ehegatte/i,
  partner: /(?<!ehe)partner/i,
  children: /\bkind(er)?\b/i,
  parents: /(?<!groß)eltern/i,
  grandparents: /großeltern/i,
  siblings: /geschwister/i,
  dependants: /angehörige/i,
};

const WORK_WORDS: Record<string, RegExp> = {
  employee: /angestellt|arbeitnehmer|arbeitgeber|arbeitsvertrag|arbeitsverhältnis|arbeitsbescheinigung/i,
  freelancer: /freiberufl|freelancer|selbst(st)?ändig|unabhängige spezialisten|kunden/i,
  'business-owner':
    /unternehmer|geschäftsführ|eigene[ns]? unternehmen|geschäft|besitzes\/managements|gründungsvertrag|gesellschafter|anteil an einem/i,
};

/** Groups by the names the articles use; countries by their German name, or the name the article uses. */
const GROUP_WORDS: Record<string, RegExp> = {
  EU: /\bEU\b/,
  EEA: /\bEWR\b|Europäischen Wirtschaftsraum/,
  EFTA: /\bEFTA\b|Europäischen Freihandelszone/,
  SCHENGEN: /Schengen/,
};
const ALSO_CALLED: Record<string, string> = {
  gb: 'Großbritannien',
  us: 'USA',
  kr: 'Republik Korea',
  by: 'Weißrussland|Weißrussen',
  ru: 'Russland|Russen',
};
const nationalityWords = (item: string) => GROUP_WORDS[item] ?? new RegExp(ALSO_CALLED[item] ?? countryName(item));

/** "März 2025", "30. Oktober 2022", "2021": a partial ISO date as the articles write it. */
function germanDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const at = new Date(Date.UTC(year, month - 1, day ?? 1));
  return new Intl.DateTimeFormat('de', { ...(day ? { day: 'numeric' } : {}), month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at);
}
