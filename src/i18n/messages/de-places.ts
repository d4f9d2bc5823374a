/**
 * German country names after a preposition. Most take none ("in Portugal", "außerhalb von Portugal"); these take
 * an article, and with it a case ("in den Niederlanden", "außerhalb der Schweiz", "im Vereinigten Königreich").
 * Keyed by the name Intl.DisplayNames gives in German. No DOM.
 */

/** [where: "in …", "auf …" or "im …" with its dative; outside: the genitive after "außerhalb"] */
const WITH_ARTICLE: Record<string, [where: string, outside: string]> = {};

const feminine = ['Schweiz', 'Türkei', 'Slowakei', 'Ukraine', 'Mongolei', 'Vatikanstadt'];
for (const name of feminine) WITH_ARTICLE[name] = [`in der ${name}`, `der ${name}`];
for (const name of ['Dominikanische Republik', 'Zentralafrikanische Republik']) {
  const inflected = name.replace('ische ', 'ischen ');
  WITH_ARTICLE[name] = [`in der ${inflected}`, `der ${inflected}`];
}
const masculine = ['Irak', 'Iran', 'Jemen', 'Libanon', 'Niger', 'Oman', 'Senegal', 'Sudan', 'Südsudan', 'Tschad'];
for (const name of masculine) WITH_ARTICLE[name] = [`im ${name}`, `des ${name}s`];
// Islands take "auf"; a plural takes "den …n" in the dative where the word allows it.
const islands = ['Philippinen', 'Malediven', 'Seychellen', 'Bahamas', 'Komoren', 'Salomonen', 'Marshallinseln', 'Kaimaninseln', 'Färöer'];
for (const name of islands) WITH_ARTICLE[name] = [`auf den ${name}`, `der ${name}`];
Object.assign(WITH_ARTICLE, {
  Niederlande: ['in den Niederlanden', 'der Niederlande'],
  'Vereinigte Staaten': ['in den Vereinigten Staaten', 'der Vereinigten Staaten'],
  'Vereinigte Arabische Emirate': ['in den Vereinigten Arabischen Emiraten', 'der Vereinigten Arabischen Emirate'],
  'Vereinigtes Königreich': ['im Vereinigten Königreich', 'des Vereinigten Königreichs'],
});

/** "in Portugal", "in den Niederlanden", "auf den Philippinen". */
export const inPlace = (name: string): string => WITH_ARTICLE[name]?.[0] ?? `in ${name}`;

/** "außerhalb von Portugal", "außerhalb der Niederlande". */
export const outsidePlace = (name: string): string => {
  const genitive = WITH_ARTICLE[name]?.[1];
  return genitive ? `außerhalb ${genitive}` : `außerhalb von ${name}`;
};

/** "von Portugal", "der Niederlande": whose passport, whose citizens. */
export const ofPlace = (name: string): string => WITH_ARTICLE[name]?.[1] ?? `von ${name}`;
