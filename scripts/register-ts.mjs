// Lets Node run the TypeScript scripts (and the src/lib modules they import) as they are: Node 22
// strips the types itself, and this hook resolves the extensionless relative imports that the
// rest of the project's tooling (Vite, Vitest) resolves, by trying "<specifier>.ts".
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith("./") || specifier.startsWith("../");
      if (error?.code !== "ERR_MODULE_NOT_FOUND" || !relative || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
