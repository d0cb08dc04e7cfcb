/** The read/write/execute permission bits by their C names (`S_IRWXO`, `S_IWOTH` ...), as Node's `fs.constants`
 * and Python's `stat` name them. */
export const MODE_BITS: Readonly<Record<string, number>> = {
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o070,
  S_IRGRP: 0o040,
  S_IWGRP: 0o020,
  S_IXGRP: 0o010,
  S_IRWXO: 0o007,
  S_IROTH: 0o004,
  S_IWOTH: 0o002,
  S_IXOTH: 0o001,
};

/**
 * The mode a `chmod` command line grants others write with, if it does: `chmod 666 f`, `chmod -R 0777 dir`,
 * `chmod o+w f`, `chmod a+rwx f`. `words` are the command's literal words in order (a shell string split on blanks,
 * or the argv list's string elements); the words after `chmod` and its options must start with the mode. A mode
 * that keeps others from writing, or one the code computes, gives undefined.
 */
export function worldWritableChmod(words: string[]): string | undefined {
  const at = words.findIndex((w) => /(^|\/)chmod$/.test(w));
  if (at < 0) return undefined;
  let i = at + 1;
  while (i < words.length && /^-[a-zA-Z]+$|^--[a-z-]+$/.test(words[i]!)) i++;
  const mode = words[i];
  if (!mode) return undefined;
  if (/^0?[0-7]{3,4}$/.test(mode)) return Number.parseInt(mode, 8) & 0o002 ? mode : undefined;
  // Symbolic clauses: `o+w`, `a+rwx`, `ugo=rw`. A bare `+w` follows the umask, which normally strips others-write.
  const clauses = mode.split(",");
  if (!clauses.every((c) => /^[ugoa]*[-+=][rwxXst]*$/.test(c))) return undefined;
  return clauses.some((c) => /^[ugo]*[oa][ugoa]*[+=][rwxXst]*w/.test(c)) ? mode : undefined;
}

/** The words inside the quoted string literals of some source text, in order (`['chmod', '-R', '777', p]`,
 * `"chmod 666 " + path`, `f"chmod 777 {d}"`): what a command's literal parts say, split on blanks. */
export function quotedWords(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) out.push(...m[2]!.split(/\s+/));
  return out.filter(Boolean);
}
