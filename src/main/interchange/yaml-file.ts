import {
  Document,
  LineCounter,
  isAlias,
  isMap,
  isNode,
  isScalar,
  parseAllDocuments,
  visit,
  type Node,
  type ToStringOptions,
} from 'yaml';
import { checkFile, type CheckedFile } from '../../shared/interchange/check';
import {
  JOURNEY_FILE_FORMAT,
  JOURNEY_FILE_VERSION,
  MAX_JOURNEY_FILE_CHARS,
  journeyFileSchema,
  type JourneyFile,
} from '../../shared/interchange/format';
import { problem, type FileProblem } from '../../shared/interchange/problems';
import { schemaProblems, type Path } from '../../shared/interchange/schema-problems';

/**
 * Journey files as YAML text, with the `yaml` package. Writing: block style,
 * no line folding (a re-wrapped paragraph would make a one-word edit a
 * ten-line diff), multi-line text as literal blocks. Reading: strict — syntax
 * errors, duplicate keys, alias bombs, foreign or newer files, schema
 * problems and broken references all come back as problems with their line,
 * and nothing is returned to import.
 */

const WRITE: ToStringOptions = {
  lineWidth: 0,
  minContentWidth: 0,
  blockQuote: 'literal',
  indentSeq: true,
};

/** Aliases a journey file may use at most (it needs none; hand-written anchors stay possible). */
const MAX_ALIASES = 100;
const HEADER = ' Omnichannel Workbench journey file (format: docs/journey-file.md)';

export function writeJourneyYaml(files: readonly JourneyFile[]): string {
  return files
    .map((file, i) => {
      const doc = new Document(file);
      if (i === 0) doc.commentBefore = HEADER;
      return doc.toString(WRITE);
    })
    .join('---\n');
}

export type YamlRead = { ok: true; files: CheckedFile[] } | { ok: false; problems: FileProblem[] };

export function readJourneyYaml(text: string): YamlRead {
  if (text.length > MAX_JOURNEY_FILE_CHARS)
    return refuse([problem('too_large', [], { expected: String(MAX_JOURNEY_FILE_CHARS / (1024 * 1024)) })]);
  if (text.trim() === '') return refuse([problem('empty', [])]);
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (!Array.isArray(docs) || docs.length === 0) return refuse([problem('empty', [])]);
  const lineAt = (offset: number) => lines.linePos(offset).line;

  const problems: FileProblem[] = [];
  const files: CheckedFile[] = [];
  docs.forEach((doc, i) => {
    const document = i + 1;
    if (doc.errors.length > 0) {
      for (const err of doc.errors.slice(0, 10)) {
        const line = err.linePos?.[0].line ?? lineAt(err.pos[0]);
        if (err.code === 'DUPLICATE_KEY')
          problems.push(problem('duplicate_yaml_key', [], { document, line, value: duplicateKeyAt(text, err.pos[0]) }));
        else
          problems.push(
            problem('syntax', [], { document, line, value: err.message.split('\n')[0]!.replace(/ at line.*$/, '') }),
          );
      }
      return;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (err) {
      if (err instanceof ReferenceError) {
        problems.push(problem('aliases', [], { document, line: firstAliasLine(doc.contents, lineAt) }));
        return;
      }
      throw err;
    }
    const lineOf = (path: Path, key?: string): number | null => {
      for (let n = path.length; n >= 0; n -= 1) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if (!isNode(node)) continue;
        if (key !== undefined && n === path.length && isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
          if (pair && isNode(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
        }
        if (node.range) return lineAt(node.range[0]);
      }
      return null;
    };
    const head = headProblem(data, document, lineOf);
    if (head) {
      problems.push(head);
      return;
    }
    const parsed = journeyFileSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...schemaProblems(parsed.error.issues, data, document, lineOf));
      return;
    }
    const { checked, problems: found } = checkFile(parsed.data, document, lineOf);
    problems.push(...found);
    files.push(checked);
  });
  return problems.length > 0 ? refuse(problems) : { ok: true, files };
}

function refuse(problems: FileProblem[]): YamlRead {
  return { ok: false, problems };
}

/** A file of another kind, or of a newer version, is named as such before its keys are judged. */
function headProblem(data: unknown, document: number, lineOf: (path: Path) => number | null): FileProblem | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return problem('not_journey_file', [], { document, line: lineOf([]) });
  const head = data as Record<string, unknown>;
  if (head.format !== JOURNEY_FILE_FORMAT)
    return problem('not_journey_file', ['format'], { document, line: lineOf(['format']) });
  if (typeof head.version === 'number' && head.version > JOURNEY_FILE_VERSION)
    return problem('newer_version', ['version'], {
      document,
      line: lineOf(['version']),
      value: String(head.version),
      expected: String(JOURNEY_FILE_VERSION),
    });
  return null;
}

function firstAliasLine(root: Node | null, lineAt: (offset: number) => number): number | null {
  let line: number | null = null;
  visit(root, {
    Alias(_, node) {
      if (isAlias(node) && node.range) {
        line = lineAt(node.range[0]);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return line;
}

/** The key a duplicate-key error points at: the text up to the colon. */
function duplicateKeyAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 120);
  return (rest.split(/:\s|:$|\n/)[0] ?? '').trim();
}
