/**
 * Reads of untrusted input that never throw. Getters, proxies and revoked proxies can throw
 * on any access, so every read here is guarded and reports failure as a value.
 */

/** An object read from the input, keyed by member name. */
export type PlainRecord = Readonly<Record<string, unknown>>;

/** Result of reading one own property: its value, or the error that the read raised. */
export type OwnRead = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Keys that are never looked up. Assigning `__proto__` replaces an object's prototype, so it
 * is never a request member. Other keys, `constructor` and `prototype` included, are read as
 * own properties only.
 */
export const reservedKeys: ReadonlySet<string> = new Set(["__proto__"]);

/**
 * Returns true for objects whose prototype is `Object.prototype` or `null`, as JSON parsing
 * and object literals produce. Returns false when the check itself throws.
 */
export function isPlainObject(value: unknown): value is PlainRecord {
  if (typeof value !== "object" || value === null) return false;
  try {
    if (Array.isArray(value)) return false;
    const prototype: unknown = Object.getPrototypeOf(value);

    return prototype === Object.prototype || prototype === null;
  } catch {
    return false;
  }
}

/** Returns true for arrays, and false when the check throws (a revoked proxy). */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** Lists the own enumerable string keys of an object, or returns `undefined` when that throws. */
export function ownKeys(value: object): string[] | undefined {
  try {
    return Object.keys(value);
  } catch {
    return undefined;
  }
}

/** Reads an own property without touching the prototype chain. A throwing getter yields `ok: false`. */
export function readOwn(value: object, key: string): OwnRead {
  try {
    if (!Object.hasOwn(value, key)) return { ok: true, value: undefined };

    return { ok: true, value: (value as Record<string, unknown>)[key] };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Reads an own member of a plain object, or returns `undefined` for anything unreadable. */
export function field(value: unknown, key: string): unknown {
  if (!isPlainObject(value) || reservedKeys.has(key)) return undefined;
  const read = readOwn(value, key);

  return read.ok ? read.value : undefined;
}

/** Reads the length of an array, or returns `undefined` when that throws. */
export function arrayLength(value: readonly unknown[]): number | undefined {
  try {
    const length = value.length;

    return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one element of an array. A throwing getter or proxy yields `ok: false`. */
export function readItem(value: readonly unknown[], index: number): OwnRead {
  try {
    return { ok: true, value: value[index] };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Copies the readable elements of an array with their indexes, or returns `[]` for a non-array. */
export function items(value: unknown): Array<{ index: number; value: unknown }> {
  if (!isArray(value)) return [];
  const length = arrayLength(value) ?? 0;
  const result: Array<{ index: number; value: unknown }> = [];
  for (let index = 0; index < length; index++) {
    const read = readItem(value, index);
    if (read.ok) result.push({ index, value: read.value });
  }

  return result;
}

/** Copies the readable members of a plain object, skipping reserved keys, or returns `[]`. */
export function entries(value: unknown): Array<[string, unknown]> {
  if (!isPlainObject(value)) return [];
  const result: Array<[string, unknown]> = [];
  for (const key of ownKeys(value) ?? []) {
    if (reservedKeys.has(key)) continue;
    const read = readOwn(value, key);
    if (read.ok) result.push([key, read.value]);
  }

  return result;
}

/** Reads the message of a thrown value for a problem message, never throwing itself. */
export function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message);

    return typeof error === "string" ? error : "unknown error";
  } catch {
    return "unknown error";
  }
}
