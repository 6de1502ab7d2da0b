// What a long document's navigation needs of its headings: the contents list and the
// panel's links to the attachments. Pure, so that the rules are unit-tested.
import { matchKey } from '../parser/text.ts';

/** A rendered heading, as Astro's render() lists it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The headings a contents list shows: the embedded and attachment titles and the first outline level; none for fewer than two. */
export function contentsOf(headings: RenderedHeading[]): RenderedHeading[] {
  const top = headings.filter((h) => h.depth <= 3);
  return top.length >= 2 ? top : [];
}

/** For each attachment the panel lists, the anchor of its section, if the body holds one with that title. */
export function attachmentAnchors(
  attachments: string[],
  headings: RenderedHeading[],
): Array<string | null> {
  return attachments.map((title) => {
    const key = matchKey(title);
    return (
      headings.find((h) => h.depth === 2 && key !== '' && matchKey(h.text) === key)?.slug ?? null
    );
  });
}
