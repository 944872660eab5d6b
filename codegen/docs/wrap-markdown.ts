/**
 * Wraps Markdown lines at a column limit without changing what they render to. Breaks
 * fall only on spaces outside code spans, and continuation lines of list items keep the
 * item's indentation. No line starts with a token that Markdown would read as a block
 * marker, and fenced code blocks are left as they are.
 */

const LIST_LEAD = /^(\s*)((?:[-+*]|\d+[.)])\s+)?/;
const BLOCK_MARKER = /^(?:[-+*>=]|#{1,6}|\d+[.)])$/;

/** Wraps every line of `markdown` to at most `width` characters where spaces allow. */
export function wrapMarkdown(markdown: string, width: number): string[] {
  const output: string[] = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (inFence || line.startsWith("```") || line.length <= width) output.push(line);
    else output.push(...wrapLine(line, width));
  }

  return output;
}

/**
 * Wraps one line greedily; a word longer than the width gets a line of its own. A
 * marker-like word that does not fit moves to the next line together with the word before
 * it, because at a line start it would open a block.
 */
export function wrapLine(line: string, width: number): string[] {
  const lead = LIST_LEAD.exec(line)?.[0] ?? "";
  const continuation = " ".repeat(lead.length);
  const lines: string[] = [];
  let current: string[] = [];
  let prefix = lead;
  const length = (words: readonly string[]): number => prefix.length + words.join(" ").length;
  for (const word of splitWords(line.slice(lead.length))) {
    if (current.length === 0 || length([...current, word]) <= width) {
      current.push(word);
      continue;
    }
    const carried = BLOCK_MARKER.test(word) ? current.slice(current.length - 1) : [];
    if (carried.length === current.length) {
      // The marker's only neighbour is the line's first word, so the marker stays here.
      current.push(word);
      continue;
    }
    lines.push(prefix + current.slice(0, current.length - carried.length).join(" "));
    prefix = continuation;
    current = [...carried, word];
  }
  lines.push(prefix + current.join(" "));

  return lines;
}

/** Splits text at spaces, keeping each code span whole, and drops empty words. */
function splitWords(text: string): string[] {
  const words: string[] = [];
  let word = "";
  let index = 0;
  while (index < text.length) {
    const character = text[index] ?? "";
    if (character === "\\") {
      word += text.slice(index, index + 2);
      index += 2;
    } else if (character === "`") {
      const fence = /^`+/.exec(text.slice(index))?.[0] ?? "`";
      const close = text.indexOf(fence, index + fence.length);
      const end = close === -1 ? index + fence.length : close + fence.length;
      word += text.slice(index, end);
      index = end;
    } else if (character === " ") {
      if (word !== "") words.push(word);
      word = "";
      index += 1;
    } else {
      word += character;
      index += 1;
    }
  }
  if (word !== "") words.push(word);

  return words;
}
