// Entry point used by tests to run the CLI from TypeScript sources.
import { main } from "../../src/cli/main.js";

process.exitCode = await main(process.argv);
