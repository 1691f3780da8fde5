// The names a TypeScript module exports, types and values alike, read through the compiler:
// v3's clients declare most of their names (interfaces, type aliases) only in dist-types, so a
// runtime `Object.keys(await import(...))` would miss them.
import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';

export interface ExportedName {
  name: string;
  /** A value at run time (class, const, function), not only a type. */
  value: boolean;
  /** A class (v3 error classes, commands). */
  isClass: boolean;
}

/** Every name `file` exports (re-exports followed), with what kind of name it is. */
export function exportNames(file: string, options: ts.CompilerOptions = {}): Map<string, ExportedName> {
  const program = ts.createProgram([file], {
    noEmit: true,
    skipLibCheck: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: false,
    types: [],
    ...options,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`exportNames: cannot read ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`exportNames: ${file} is not a module`);
  const names = new Map<string, ExportedName>();
  for (const sym of checker.getExportsOfModule(moduleSymbol)) {
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    names.set(sym.name, {
      name: sym.name,
      value: (target.flags & ts.SymbolFlags.Value) !== 0,
      isClass: (target.flags & ts.SymbolFlags.Class) !== 0,
    });
  }
  return names;
}

/**
 * The v3 enums (consts declared in a models/enums.d.ts) that type a member Skiff has too:
 * walks each pair [v3 type name, Skiff type name] member by member, down through arrays and
 * nested shapes, and names the enum of every v3 member whose Skiff counterpart exists.
 */
export function enumsOfSharedMembers(v3File: string, skiffFile: string, pairs: [v3: string, skiff: string][]): Map<string, string[]> {
  const program = ts.createProgram([v3File, skiffFile], {
    noEmit: true, skipLibCheck: true, strict: true, target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [],
  });
  const checker = program.getTypeChecker();
  const exportsOf = (file: string) => {
    const sym = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
    return new Map(checker.getExportsOfModule(sym).map((s) => [s.name, s]));
  };
  const v3 = exportsOf(v3File);
  const skiff = exportsOf(skiffFile);
  const typeOf = (s: ts.Symbol) => checker.getDeclaredTypeOfSymbol(s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const found = new Map<string, string[]>();
  const enumOf = (t: ts.Type): string | undefined => {
    const alias = t.aliasSymbol;
    const decl = alias?.declarations?.[0];
    return alias && decl && /models[\\/]enums\.d\.ts$/.test(decl.getSourceFile().fileName) ? alias.name : undefined;
  };
  const strip = (t: ts.Type): ts.Type => {
    const nonNull = checker.getNonNullableType(t);
    if (checker.isArrayType(nonNull)) return strip(checker.getTypeArguments(nonNull as ts.TypeReference)[0]!);
    return nonNull;
  };
  const walk = (a: ts.Type, b: ts.Type, path: string, depth: number) => {
    if (depth > 6) return;
    for (const prop of b.getProperties()) {
      const theirs = a.getProperty(prop.name);
      if (!theirs) continue;
      const at = checker.getTypeOfSymbol(theirs);
      const enumName = enumOf(checker.getNonNullableType(at)) ?? enumOf(strip(at));
      const where = `${path}.${prop.name}`;
      if (enumName) found.set(enumName, [...(found.get(enumName) ?? []), where]);
      else {
        const sa = strip(at);
        const sb = strip(checker.getTypeOfSymbol(prop));
        if (sa.flags & ts.TypeFlags.Object && sb.flags & ts.TypeFlags.Object) walk(sa, sb, where, depth + 1);
      }
    }
  };
  for (const [a, b] of pairs) {
    const sa = v3.get(a);
    const sb = skiff.get(b);
    if (sa && sb) walk(typeOf(sa), typeOf(sb), b, 0);
  }
  return found;
}

/**
 * The names v3's client exports for what a Skiff package covers and the package lacks
 * (or has only as a type where v3 has a value), after `allowed` (name -> why).
 * Coverage: for each command X the package has, XCommand, XCommandInput/Output, v3's shape
 * names (XRequest, XInput, XOutput), paginateX, the errors v3's XCommand documents
 * (`@throws`); waitFor/waitUntil for each state the package waits for; the enums of shared
 * members; and the package's <Service>ServiceException and <Service>PaginationConfiguration.
 */
export function missingV3Names(opts: { skiffIndex: string; v3Dir: string; service: string; allowed: Record<string, string> }): string[] {
  const skiff = exportNames(opts.skiffIndex);
  const v3Index = `${opts.v3Dir}/dist-types/index.d.ts`;
  const v3 = exportNames(v3Index);
  const commands = [...skiff.keys()].filter((n) => n.endsWith('Command') && n !== 'Command' && skiff.get(n)!.value).map((n) => n.slice(0, -7));
  const wanted = new Set<string>([`${opts.service}ServiceException`, `${opts.service}PaginationConfiguration`]);
  for (const c of commands) {
    for (const n of [`${c}Command`, `${c}CommandInput`, `${c}CommandOutput`, `${c}Request`, `${c}Input`, `${c}Output`, `paginate${c}`]) wanted.add(n);
    const doc = `${opts.v3Dir}/dist-types/commands/${c}Command.d.ts`;
    if (existsSync(doc)) for (const m of readFileSync(doc, 'utf8').matchAll(/@throws \{@link (\w+)\}/g)) wanted.add(m[1]!);
  }
  for (const n of skiff.keys()) if (n.startsWith('waitUntil')) wanted.add(n).add(`waitFor${n.slice(9)}`);
  const pairs = commands.flatMap((c): [string, string][] => [[`${c}CommandInput`, `${c}Input`], [`${c}CommandOutput`, `${c}Output`]]);
  for (const e of enumsOfSharedMembers(v3Index, opts.skiffIndex, pairs).keys()) wanted.add(e);
  const missing: string[] = [];
  for (const n of wanted) {
    const theirs = v3.get(n);
    if (!theirs || n in opts.allowed) continue;
    const ours = skiff.get(n);
    if (!ours || (theirs.value && !ours.value)) missing.push(n);
  }
  return missing.sort();
}
