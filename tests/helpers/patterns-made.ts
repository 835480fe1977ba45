/** The sources of the regular expressions made while `run` runs (RegExp's constructor watched). */
export function patternsMadeBy(run: () => void): string[] {
  const made: string[] = [];
  const original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string, string?]) {
      made.push(args[0]);
      return Reflect.construct(target, args);
    },
  });
  try {
    run();
  } finally {
    globalThis.RegExp = original;
  }
  return made;
}
