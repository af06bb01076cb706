/** "1 indicator", "3 indicators": English nouns of this tool all take a plain -s. */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
