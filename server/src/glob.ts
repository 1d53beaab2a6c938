// Minimal glob matching for the index's include/exclude settings: `**`, `*`, `?`, `{a,b}`.
// Paths are relative to a workspace folder, with '/' separators.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // "**/" matches zero or more whole directories; a trailing "**" matches everything.
      if (glob[i + 2] === '/') {
        out += '(?:[^/]*/)*';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  // A brace left open (a typo in the settings) closes at the end rather than making an invalid RegExp.
  re = new RegExp(`^${out}${')'.repeat(braces)}$`, 'i');
  cache.set(glob, re);
  return re;
}

export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(relativePath));
}
