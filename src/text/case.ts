/**
 * A label from the server (Vietnamese, or the language asked for) set inside a sentence: "Mã tra cứu" becomes
 * "mã tra cứu"; "4 số cuối CCCD" stays as is, and so does an acronym ("CCCD", "SĐT").
 */
export function lowerFirst(label: string): string {
  const [first, second] = [...label];
  if (!first || (second && second === second.toUpperCase() && second !== second.toLowerCase())) return label;
  return first.toLowerCase() + label.slice(first.length);
}
