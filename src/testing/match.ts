/**
 * Partial matching of a determination against a fixture's expectation: objects are compared on the
 * keys the expectation gives, arrays whole (same length, element by element, objects again partially),
 * everything else by strict equality.
 */

/** One place where the determination differs from the expectation. */
export interface Difference {
  /** Path in the determination, `dibao.monthlyAmount`, `warnings[0].code`. */
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function join(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;
}

/** Every difference between `expected` (partial) and `actual`, in document order. */
export function matchPartial(expected: unknown, actual: unknown, path = ""): Difference[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [{ path, expected, actual }];
    return expected.flatMap((item, index) => matchPartial(item, actual[index], join(path, index)));
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return [{ path, expected, actual }];
    return Object.keys(expected).flatMap((key) =>
      Object.prototype.hasOwnProperty.call(actual, key) ? matchPartial(expected[key], actual[key], join(path, key)) : [{ path: join(path, key), expected: expected[key], actual: undefined }],
    );
  }
  return Object.is(expected, actual) ? [] : [{ path, expected, actual }];
}
