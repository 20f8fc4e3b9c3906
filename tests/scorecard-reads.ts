// Finds every place the app's server code reads scorecards, ratings, notes or scorecard events,
// and says whether it goes through lib/scoring/visibility.ts (the one rule of who may read which
// scorecard). Used by tests/scorecard-reads.test.ts. Syntax only (TypeScript's parser, no type
// checker): quick, and enough because Prisma's names are fixed.
//
// A read site is:
//   - a read on a scorecard model:        db.scorecard.findMany(…), tx.score.groupBy(…), …
//   - a scorecard relation in a query:    { scorecards: { where, select } }, { scores: true }, _count: { select: { scores: … } }
//   - raw SQL naming a scorecard table:   $queryRaw`… FROM "Score" …`
// It goes through the rule when its own text refers to something imported from the visibility
// module (readableScorecardsWhere(viewer), ownScorecardWhere(…), panelProgressSelect…), directly or
// through a local constant built from one; when it sits inside a read that does; or when it is a
// named select object used only inside such reads.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "..");
export const VISIBILITY_MODULE = "lib/scoring/visibility.ts";

const SCORE_MODELS = new Set(["scorecard", "score", "scorecardEvent"]);
const READS = new Set(["findMany", "findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow", "count", "aggregate", "groupBy"]);
const RELATIONS = new Set(["scorecards", "scorecard", "scores", "score", "events", "scorecardEvents"]);
/** Keys that make an object literal a Prisma relation select, include or filter. */
const QUERY_KEYS = new Set(["select", "include", "where", "orderBy", "take", "skip", "some", "none", "every", "is", "isNot", "_count", "distinct", "cursor"]);
const SQL_TABLES = /"(Scorecard|Score|ScorecardEvent)"/;

export interface ReadSite {
  file: string;
  line: number;
  /** The function (or top-level constant) it is in, for the allow-list. */
  within: string;
  kind: "model read" | "relation" | "raw SQL";
  text: string;
  throughRule: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : walk(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** The server code to scan: everything in lib/, app/ and components/ except tests and the generated client. */
export function serverSourceFiles() {
  return ["lib", "app", "components"].flatMap(walk);
}

/** Local names imported from the visibility module. */
function visibilityImports(source: ts.SourceFile, file: string) {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const target = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.posix.join(path.posix.dirname(file), specifier) : specifier;
    if (target.replace(/\.ts$/, "") !== VISIBILITY_MODULE.replace(/\.ts$/, "")) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
  }
  return names;
}

function identifiersIn(node: ts.Node, found = new Set<string>()) {
  if (ts.isIdentifier(node)) found.add(node.text);
  node.forEachChild((child) => void identifiersIn(child, found));
  return found;
}

/** Names imported from the visibility module, plus local constants built (transitively) from them. */
function ruleNames(source: ts.SourceFile, imported: Set<string>) {
  const names = new Set(imported);
  const constants: [string, ts.Expression][] = [];
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.push([node.name.text, node.initializer]);
    node.forEachChild(collect);
  };
  collect(source);
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, initializer] of constants) {
      if (names.has(name)) continue;
      if ([...identifiersIn(initializer)].some((id) => names.has(id))) {
        names.add(name);
        changed = true;
      }
    }
  }
  return names;
}

const propertyName = (node: ts.ObjectLiteralElementLike) => (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : null);

/** db.scorecard.findMany(…), tx.score.count(…): a read on a scorecard model. */
function isScorecardModelRead(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const target = node.expression.expression;
  return READS.has(node.expression.name.text) && ts.isPropertyAccessExpression(target) && SCORE_MODELS.has(target.name.text);
}

function looksLikeRelation(node: ts.ObjectLiteralElementLike) {
  const name = propertyName(node);
  if (!name || !RELATIONS.has(name)) return false;
  if (ts.isShorthandPropertyAssignment(node)) return false;
  if (!ts.isPropertyAssignment(node)) return false;
  const value = node.initializer;
  if (value.kind === ts.SyntaxKind.TrueKeyword) return true;
  return ts.isObjectLiteralExpression(value) && value.properties.some((property) => QUERY_KEYS.has(propertyName(property) ?? ""));
}

function enclosingName(node: ts.Node): string {
  let constant: string | null = null;
  for (let current = node.parent; current; current = current.parent) {
    if ((ts.isFunctionDeclaration(current) || ts.isMethodDeclaration(current)) && current.name) return current.name.getText();
    if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) {
      if (current.initializer && (ts.isArrowFunction(current.initializer) || ts.isFunctionExpression(current.initializer))) return current.name.text;
      constant = current.name.text;
    }
  }
  return constant ?? "(top level)";
}

/** Every read site of one file, as found in `text` (passed in so tests can scan snippets). */
export function readSitesIn(file: string, text: string): ReadSite[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const rule = ruleNames(source, visibilityImports(source, file));
  const usesRule = (node: ts.Node) => [...identifiersIn(node)].some((id) => rule.has(id));
  const found: { node: ts.Node; kind: ReadSite["kind"]; own: boolean }[] = [];

  const visit = (node: ts.Node) => {
    if (isScorecardModelRead(node)) found.push({ node, kind: "model read", own: usesRule(node) });
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) if (looksLikeRelation(property)) found.push({ node: property, kind: "relation", own: usesRule(property) });
    }
    if (
      (ts.isTaggedTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || ts.isStringLiteral(node)) &&
      SQL_TABLES.test(node.getText(source))
    ) {
      if (!ts.isTaggedTemplateExpression(node.parent)) found.push({ node, kind: "raw SQL", own: false });
    }
    node.forEachChild(visit);
  };
  visit(source);

  const ok = new Set(found.filter((site) => site.own && site.kind !== "raw SQL").map((site) => site.node));
  const insideOk = (node: ts.Node) => {
    for (let current = node.parent; current; current = current.parent) if (ok.has(current)) return true;
    return false;
  };
  // Inside an Ok read (a rating under a readable scorecard), or a named select used only inside Ok reads.
  const namedSelectOk = (node: ts.Node) => {
    let declaration: ts.Node | undefined = node.parent;
    while (declaration && !ts.isVariableDeclaration(declaration)) declaration = declaration.parent;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return false;
    const name = declaration.name.text;
    const uses: ts.Node[] = [];
    const find = (current: ts.Node) => {
      if (ts.isIdentifier(current) && current.text === name && current !== (declaration as ts.VariableDeclaration).name) uses.push(current);
      current.forEachChild(find);
    };
    find(source);
    return uses.length > 0 && uses.every(insideOk);
  };
  const inVisibilityModule = file === VISIBILITY_MODULE;
  return found.map(({ node, kind, own }) => ({
    file,
    line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
    within: enclosingName(node),
    kind,
    text: node.getText(source).replace(/\s+/g, " ").slice(0, 120),
    throughRule: inVisibilityModule || (kind !== "raw SQL" && (own || insideOk(node) || namedSelectOk(node))),
  }));
}

export function readSites() {
  return serverSourceFiles().flatMap((file) => readSitesIn(file, readFileSync(path.join(ROOT, file), "utf8")));
}
