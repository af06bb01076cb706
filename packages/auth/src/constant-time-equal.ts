const encoder = new TextEncoder();

/**
 * Compares two strings in time that depends only on the length of `expected`,
 * never on the position of the first difference. Used where node:crypto's
 * timingSafeEqual is not available.
 *
 * @public
 */
export function constantTimeEqual(expected: string, actual: string): boolean {
  const left = encoder.encode(expected);
  const right = encoder.encode(actual);

  // Fold the length difference in instead of returning early, and always walk
  // the whole of `expected` (the value the verifier computed itself).
  let difference = left.length ^ right.length;

  for (let index = 0; index < left.length; index += 1) {
    const other = right.length === 0 ? 0 : (right[index % right.length] ?? 0);

    difference |= (left[index] ?? 0) ^ other;
  }

  return difference === 0;
}
