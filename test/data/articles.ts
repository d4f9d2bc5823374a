/** The two source articles (../shared/seeds) as the data tests read them. */
import { executeServerCommand } from '@web/test-runner-commands';

export const ARTICLE_2025 = '000_8d906bb71396de31.txt'; // Kazakhstan, then five European countries in one paragraph each
export const ARTICLE_2024 = '003_b0de86d8ee34c542.txt'; // one section per country, under the country's name

/** Each article's text, or null where ../shared/seeds is absent (a clone without it checks values only). */
export async function readArticles(): Promise<Map<string, string | null>> {
  const articles = new Map<string, string | null>();
  for (const name of [ARTICLE_2025, ARTICLE_2024]) {
    const { text } = await executeServerCommand<{ text: string | null }, { name: string }>('read-seed', { name });
    articles.set(name, text);
  }
  return articles;
}

/** Folds the articles' typography (no-break spaces, no-break hyphens and dashes, line breaks) so texts compare as words. */
export const fold = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u2011\u2013]/g, '-')
    .replace(/\s+/g, ' ');
