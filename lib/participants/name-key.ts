// The search and sort key of a name, the same as the database function
// teilhabe_name_key (migration name_search_keys): DIN 5007-2 umlauts, other Latin
// letters without accents, lower case, letters and digits only. A search term is
// turned into a key here and compared by range with the stored keys.
const PAIRS: [string, string][] = [['ä', 'ae'], ['Ä', 'ae'], ['ö', 'oe'], ['Ö', 'oe'], ['ü', 'ue'], ['Ü', 'ue'], ['ß', 'ss'], ['æ', 'ae'], ['Æ', 'ae'], ['œ', 'oe'], ['Œ', 'oe']];
const FROM = 'áÁàÀâÂãÃåÅāĀăĂąĄçÇćĆčČďĎđĐéÉèÈêÊëËēĒėĖęĘěĚğĞíÍìÌîÎïÏīĪįĮıłŁľĽĺĹñÑńŃňŇóÓòÒôÔõÕøØōŌőŐŕŔřŘśŚšŠşŞșȘťŤţŢțȚúÚùÙûÛūŪůŮűŰųŲýÝÿŸźŹżŻžŽ';
const TO = 'aaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeggiiiiiiiiiiiiillllllnnnnnnoooooooooooooorrrrssssssssttttttuuuuuuuuuuuuuuyyyyzzzzzz';
const MAP = new Map<string, string>([...PAIRS, ...[...FROM].map((c, i): [string, string] => [c, TO.charAt(i)])]);

export function nameKey(name: string): string {
  return [...name]
    .map((c) => MAP.get(c) ?? c)
    .join('')
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .replace(/[^a-z0-9]/g, '');
}

/** The first key after every key that starts with prefix: keys hold only [a-z0-9], and "{" follows "z". */
export function keyUpperBound(prefix: string): string {
  return `${prefix}{`;
}
