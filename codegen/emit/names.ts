/** Naming conventions shared by the emitters. */

/**
 * Turns a PascalCase member name into its setter name: `TrainingImage` to `trainingImage`,
 * `S3DataSource` to `s3DataSource`, `KMSKeyId` to `kmsKeyId`.
 */
export function setterName(member: string): string {
  const leadingCapitals = /^[A-Z0-9]+/.exec(member)?.[0] ?? "";
  if (leadingCapitals.length <= 1) return member.charAt(0).toLowerCase() + member.slice(1);
  if (leadingCapitals.length === member.length) return member.toLowerCase();

  // In `KMSKeyId` the last capital of the run starts the next word.
  const keep = leadingCapitals.length - 1;

  return member.slice(0, keep).toLowerCase() + member.slice(keep);
}

/** Turns a shape name into a kebab-case file name: `S3DataSource` to `s3-data-source`. */
export function fileName(shape: string): string {
  return shape
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

/** Names of methods that every builder has, which a member setter must not replace. */
export const reservedSetterNames = new Set(["build", "constructor", "$set", "$peek", "$values"]);
