/** Commander reducer for repeatable options such as `--query a=1 --query b=2`. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
