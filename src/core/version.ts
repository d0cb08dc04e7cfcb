/** The tool's version, in a module of its own so the CLI can name it without loading the provenance helpers. */
export const TOOL_VERSION = "0.1.0";
