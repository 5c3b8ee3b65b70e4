/**
 * A custom-elements-manifest analyzer plugin: reactive state — a `static properties` entry with
 * `state: true` — is the element's own business, so it leaves the manifest. The analyzer's Lit
 * support reads every `static properties` entry as a public property and attribute; this removes
 * the members and attributes it made for state entries.
 */
export function reactiveStatePlugin() {
  /** State names by class name, per module path. */
  const stateByModule = new Map();

  return {
    name: 'trade-widgets:reactive-state',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (member) =>
          ts.isPropertyDeclaration(member) &&
          member.name?.getText() === 'properties' &&
          member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
      );
      const object = properties?.initializer;
      if (!object || !ts.isObjectLiteralExpression(object)) return;
      const names = object.properties
        .filter(
          (entry) =>
            ts.isPropertyAssignment(entry) &&
            ts.isObjectLiteralExpression(entry.initializer) &&
            entry.initializer.properties.some(
              (option) =>
                ts.isPropertyAssignment(option) &&
                option.name.getText() === 'state' &&
                option.initializer.kind === ts.SyntaxKind.TrueKeyword,
            ),
        )
        .map((entry) => entry.name.getText());
      if (!names.length) return;
      const classes = stateByModule.get(moduleDoc.path) ?? new Map();
      classes.set(node.name.getText(), new Set(names));
      stateByModule.set(moduleDoc.path, classes);
    },
    moduleLinkPhase({ moduleDoc }) {
      const classes = stateByModule.get(moduleDoc.path);
      if (!classes) return;
      for (const declaration of moduleDoc.declarations ?? []) {
        const state = classes.get(declaration.name);
        if (!state) continue;
        declaration.members = declaration.members?.filter((member) => !state.has(member.name));
        declaration.attributes = declaration.attributes?.filter((attribute) => !state.has(attribute.fieldName));
      }
    },
  };
}
