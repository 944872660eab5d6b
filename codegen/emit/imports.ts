/** Collects the imports of one generated file and prints them sorted. */
export class ImportSet {
  readonly #values = new Map<string, Set<string>>();
  readonly #types = new Map<string, Set<string>>();

  /** Imports `name` as a value from `from`. */
  value(from: string, name: string): void {
    addTo(this.#values, from, name);
  }

  /** Imports `name` as a type from `from`. */
  type(from: string, name: string): void {
    addTo(this.#types, from, name);
  }

  /** Prints one import statement per module, modules and names sorted. */
  print(): string {
    const modules = [...new Set([...this.#values.keys(), ...this.#types.keys()])].sort();
    const lines: string[] = [];
    for (const from of modules) {
      const values = [...(this.#values.get(from) ?? [])].sort();
      const types = [...(this.#types.get(from) ?? [])].filter((name) => !values.includes(name));
      types.sort();
      if (values.length === 0) {
        lines.push(`import type { ${types.join(", ")} } from "${from}";`);
        continue;
      }
      const names = [...values, ...types.map((name) => `type ${name}`)];
      lines.push(`import { ${names.join(", ")} } from "${from}";`);
    }

    return lines.join("\n");
  }
}

function addTo(map: Map<string, Set<string>>, from: string, name: string): void {
  const names = map.get(from) ?? new Set<string>();
  names.add(name);
  map.set(from, names);
}
