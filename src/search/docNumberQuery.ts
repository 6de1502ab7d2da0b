// A query that is a 发文字号, typed in any bracket style, with spaces, or as 2020年47号.

const NUMBER_QUERY = /^\s*([\p{Script=Han}A-Za-z]{1,15}?)\s*[〔\[［(（【]?\s*((?:19|20)\d{2})\s*(?:[〕\]］)）】]|年)?\s*第?\s*(\d{1,5})\s*号\s*$/u;

/** The normalised 发文字号 (南府办函〔2020〕47号) a query stands for, or null. */
export function docNumberOf(query: string): string | null {
  const ascii = query.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = NUMBER_QUERY.exec(ascii);
  return m ? `${m[1]}〔${m[2]}〕${Number(m[3])}号` : null;
}

/** The file, under the search bundle, that lists the documents numbered in a year. */
export const docNumberFile = (docNumber: string) => `numbers/${/〔(\d{4})〕/.exec(docNumber)![1]}.json`;
