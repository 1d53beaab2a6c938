// Chance-corrected agreement coefficients for nominal data.

/** A unit's values, one per coder; null where that coder gave no value (missing data). */
export type ReliabilityUnit = (string | null)[];

/**
 * Krippendorff's alpha for nominal data, from the coincidence matrix (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"). Units with fewer than two values are not pairable
 * and are left out, which is how missing data is handled. Returns null when there is nothing to
 * compare, and 1 when every pairable value is the same category (no variation to disagree on).
 */
export function krippendorffAlphaNominal(units: ReliabilityUnit[]): number | null {
  const coincidence = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    let row = coincidence.get(c);
    if (!row) coincidence.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + w);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) if (i !== j) add(values[i], values[j], 1 / (m - 1));
  }
  const totals = new Map<string, number>();
  let n = 0;
  let observedDisagreement = 0;
  for (const [c, row] of coincidence) {
    for (const [k, w] of row) {
      totals.set(c, (totals.get(c) ?? 0) + w);
      n += w;
      if (c !== k) observedDisagreement += w;
    }
  }
  if (n === 0) return null;
  let expectedDisagreement = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expectedDisagreement += nc * nk;
  if (expectedDisagreement === 0) return 1;
  return 1 - ((n - 1) * observedDisagreement) / expectedDisagreement;
}

/**
 * Cohen's kappa for two coders over the same items (pairs where either value is missing are
 * left out). Returns null with no items; 1 when both coders use one and the same category throughout.
 */
export function cohenKappa(pairs: [string | null, string | null][]): number | null {
  const items = pairs.filter((p): p is [string, string] => p[0] !== null && p[1] !== null);
  const n = items.length;
  if (n === 0) return null;
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of items) {
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const observed = agree / n;
  let expected = 0;
  for (const [c, na] of a) expected += (na / n) * ((b.get(c) ?? 0) / n);
  if (expected === 1) return observed === 1 ? 1 : 0;
  return (observed - expected) / (1 - expected);
}
