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
        lines.push(importStatement("import type", types, from));
        continue;
      }
      lines.push(
        importStatement("import", [...values, ...types.map((name) => `type ${name}`)], from),
      );
    }

    return lines.join("\n");
  }
}

/** Column limit of the generated files, as `.prettierrc.json` sets it. */
const printWidth = 100;

/**
 * Prints an import the way prettier does, so that the formatter can leave imports alone:
 * on one line when it fits, otherwise one name per line with a trailing comma. Prettier
 * never breaks an import of a single name.
 */
function importStatement(keyword: string, names: string[], from: string): string {
  const line = `${keyword} { ${names.join(", ")} } from "${from}";`;
  if (line.length <= printWidth || names.length === 1) return line;

  return `${keyword} {\n${names.map((name) => `  ${name},`).join("\n")}\n} from "${from}";`;
}

function addTo(map: Map<string, Set<string>>, from: string, name: string): void {
  const names = map.get(from) ?? new Set<string>();
  names.add(name);
  map.set(from, names);
}
