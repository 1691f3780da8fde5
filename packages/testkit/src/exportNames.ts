// The names a TypeScript module exports, types and values alike, read through the compiler:
// v3's clients declare most of their names (interfaces, type aliases) only in dist-types, so a
// runtime `Object.keys(await import(...))` would miss them.
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
