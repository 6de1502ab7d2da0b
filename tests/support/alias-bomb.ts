// A YAML alias bomb ("billion laughs"): seven top-level keys, each a list of nine aliases of the
// one before, 9^7 strings once expanded, a few hundred bytes as written. Its first alias is on
// the second line of it.
export const ALIAS_BOMB = [
  'x: &a [甲, 甲, 甲, 甲, 甲, 甲, 甲, 甲, 甲]',
  ...'bcdefg'
    .split('')
    .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`),
].join('\n');
