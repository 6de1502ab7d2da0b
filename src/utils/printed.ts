// The printed issue (印刷版): the PDF an editor puts beside the text,
// content/<gazette>/<year>-<number>.pdf. Pure rules: what counts as a PDF, and which page of it
// a document starts on.

/** Every PDF file begins with these bytes (ISO 32000-1, 7.5.2: the header line). */
const PDF_HEADER = '%PDF-';

/** Whether the file's bytes are a PDF's: a Word file or a text renamed .pdf are not. */
export function isPdf(bytes: Uint8Array): boolean {
  return (
    bytes.length >= PDF_HEADER.length &&
    [...PDF_HEADER].every((ch, i) => bytes[i] === ch.charCodeAt(0))
  );
}

/**
 * The page of the PDF a document starts on (for `…pdf#page=N`), or null when nothing tells it.
 * `start` is the PDF page that bears printed page 1 (gazette.yaml's `pdfStart`: the cover and
 * the TOC usually come before it, unnumbered). The TOC's printed page, counted from there,
 * comes first when `start` is set; without it, the page the text's own page breaks put the
 * document on (`sourcePage`: a converter such as pdftotext writes one form feed a PDF page), and
 * else the printed page as the PDF's.
 */
export function pdfPage(
  doc: { tocPage: number | null; sourcePage: number | null },
  start: number | null,
): number | null {
  const printed = doc.tocPage !== null && doc.tocPage >= 1 ? doc.tocPage : null;
  if (printed !== null && (start !== null || doc.sourcePage === null))
    return printed + (start ?? 1) - 1;
  return doc.sourcePage;
}

/**
 * A file's size as the link to it shows it: 980 KB, 1.2 MB (binary units, as the file
 * managers of the machines readers download to count them; whole KB, MB to one decimal).
 */
export function fileSize(bytes: number): string {
  const kb = Math.max(1, Math.round(bytes / 1024));
  if (kb < 1000) return `${kb} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
