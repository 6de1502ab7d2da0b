// JSON written inside an HTML <script> element (JSON-LD, a snapshot's offline search data).
// The HTML parser ends the element at the first `</script` and treats `<!--` specially,
// whatever the JSON means; the escapes below are the same string to JSON.parse and leave
// nothing from the input that HTML can read as markup. U+2028/2029 are escaped for older
// JavaScript parsers, where they end a line inside a string.
const UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
