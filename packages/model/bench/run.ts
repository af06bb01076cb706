/**
 * Validation throughput: 200,000 host names and 200,000 IPv4 addresses, each checked by this
 * package and by a bare baseline (one precompiled regex test) over the same strings in the same
 * run. Prints values/second and our time divided by the baseline's (lower is better).
 */

import {
  ADDRESS_TYPE,
  HOST_TYPE,
  isIPv4,
  isValidHostName,
  isValidIndicatorSummary,
  normalizeIndicatorSummary,
  validateIndicatorSummary,
} from "../src/index.js";

const COUNT = 200_000;
const ROUNDS = 7;

/** A small deterministic PRNG so every run measures the same strings. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789-";

function label(): string {
  const length = 3 + Math.floor(next() * 12);
  let s = pick(Array.from("abcdefghijklmnopqrstuvwxyz"));
  for (let i = 1; i < length - 1; i++) s += LETTERS[Math.floor(next() * LETTERS.length)] ?? "a";
  return s + pick(Array.from("abcdefghijklmnopqrstuvwxyz0123456789"));
}

// About 5% invalid values, as a messy real-world feed would have.
const hosts = Array.from({ length: COUNT }, (_, i) => {
  const name = `${label()}.${label()}.${pick(["com", "net", "org", "ru", "io", "co.uk"])}`;
  return i % 20 === 0 ? `${name}.` : name;
});
const addresses = Array.from({ length: COUNT }, (_, i) => {
  const octets = [0, 0, 0, 0].map(() => Math.floor(next() * 256));
  const text = octets.join(".");
  return i % 20 === 0 ? text.replace(/^(\d)/, "0$1") : text;
});

type Counter = (values: readonly string[]) => number;

/**
 * Each case brings its own loop (see `count`), so no call site is shared between cases: a shared
 * one goes megamorphic and would slow whichever case runs last.
 */
function time(values: readonly string[], counter: Counter): { ms: number; accepted: number } {
  let best = Number.POSITIVE_INFINITY;
  let accepted = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    accepted = counter(values);
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, accepted };
}

/** A fresh loop per check: `new Function` gives each case its own feedback vector. */
function count(check: (s: string) => boolean): Counter {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function("check", "return (values) => { let n = 0; for (const v of values) if (check(v)) n++; return n; };") as (
    c: (s: string) => boolean,
  ) => Counter;
  return make(check);
}

function report(title: string, values: readonly string[], baseline: RegExp, cases: Record<string, (s: string) => boolean>): void {
  const base = time(values, count((s) => baseline.test(s)));
  console.log(`\n${title} (${values.length.toLocaleString("en")} values, best of ${String(ROUNDS)} rounds)`);
  const row = (name: string, ms: number, accepted: number): void => {
    const perSecond = Math.round((values.length / ms) * 1000).toLocaleString("en");
    const ratio = (ms / base.ms).toFixed(2);
    console.log(`  ${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms ${perSecond.padStart(13)} /s  x${ratio.padStart(6)}  accepted ${String(accepted)}`);
  };
  row(`baseline ${String(baseline)}`, base.ms, base.accepted);
  for (const [name, check] of Object.entries(cases)) {
    const result = time(values, count(check));
    row(name, result.ms, result.accepted);
  }
}
report("Host names", hosts, /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/i, {
  "isValidHostName": isValidHostName,
  "isValidIndicatorSummary(HOST_TYPE, s)": (s) => isValidIndicatorSummary(HOST_TYPE, s),
  "validateIndicatorSummary(HOST_TYPE, s).ok": (s) => validateIndicatorSummary(HOST_TYPE, s).ok,
  'validateIndicatorSummary("Host", s).ok': (s) => validateIndicatorSummary("Host", s).ok,
  "normalize + validate": (s) => isValidIndicatorSummary(HOST_TYPE, normalizeIndicatorSummary(HOST_TYPE, s)),
});

report("IPv4 addresses", addresses, /^\d{1,3}(?:\.\d{1,3}){3}$/, {
  "isIPv4": isIPv4,
  "isValidIndicatorSummary(ADDRESS_TYPE, s)": (s) => isValidIndicatorSummary(ADDRESS_TYPE, s),
  "validateIndicatorSummary(ADDRESS_TYPE, s).ok": (s) => validateIndicatorSummary(ADDRESS_TYPE, s).ok,
  'validateIndicatorSummary("Address", s).ok': (s) => validateIndicatorSummary("Address", s).ok,
});
console.log("\nx = time / baseline time in the same run; the baseline checks shape only, not label or octet rules.");
