import { relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// On Node 20's V8, an object literal that spreads an object and then adds a key the object lacks
// ({ ...options, file }) takes 1-7 us to build and gives an object whose every property read is ~50x slower, down
// to whatever code reads it next (measured: one such options object made each analyse call 2x slower). Overriding
// keys the object already has ({ ...candidate, end }) is as fast as a literal, and so are spreads later in a literal
// ({ segment, ...(anchor ? { anchor } : {}) }). So a literal that starts with a spread may go on only with required
// properties of the spread's type; to add keys, build a literal or use Object.assign({}, x, { key }).
const ROOT = new URL("../", import.meta.url).pathname;

function spreadsAddingKeys(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(`${ROOT}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error("tsconfig.json did not parse");
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || !source.fileName.startsWith(`${ROOT}src/`)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const [first, ...rest] = node.properties;
        if (first && ts.isSpreadAssignment(first) && rest.length > 0) {
          const spread = checker.getTypeAtLocation(first.expression);
          for (const property of rest) {
            const name = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
            const symbol = name === undefined ? undefined : spread.getProperty(name);
            const required = symbol !== undefined && (symbol.flags & ts.SymbolFlags.Optional) === 0;
            if (!required) {
              const { line } = source.getLineAndCharacterOfPosition(node.getStart());
              found.push(`${relative(ROOT, source.fileName)}:${line + 1} adds ${name ?? property.getText()}`);
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("object spreads in src/", () => {
  it("only override keys the spread object always has", () => {
    expect(spreadsAddingKeys()).toEqual([]);
  }, 60_000);
});
