import { LineCounter, isNode, parseDocument } from 'yaml';
import { ValidationError } from '../errors.ts';

/** A text file handed to the core by the command line or the build, which do the reading. */
export interface SourceFile {
  /** Path relative to the project root, used in error messages. */
  path: string;
  text: string;
}

/** Parsed YAML plus a way to find the line of any field, for error messages. */
export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the node at `path`, or of its nearest existing parent. */
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
}

/**
 * Parses YAML (or JSON, which is YAML) and keeps node positions. Syntax errors become a
 * {@link ValidationError} naming the file and line.
 *
 * @param file - the file's path and text
 * @param lineOffset - lines before the YAML in the file (front matter starts on line 2)
 */
export function parseYaml(file: SourceFile, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  // Plain scalars like 2019-05-13 stay strings (core schema, no timestamps): dates are ISO text.
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  if (doc.errors.length > 0) {
    throw new ValidationError(
      doc.errors.map((e) => ({
        file: file.path,
        line: lineCounter.linePos(e.pos[0]).line + lineOffset,
        message: `malformed YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  return {
    data: doc.toJS(),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
      return undefined;
    },
  };
}
