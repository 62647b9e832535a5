/**
 * A function that runs `compile` on its first call and the compiled function from then on:
 * compile work a start would otherwise do for routes that may never be called. Afterwards one
 * indirect call per use.
 */
export function compileOnFirstCall<A, R>(compile: () => (arg: A) => R): (arg: A) => R {
  let call = (arg: A): R => {
    call = compile();
    return call(arg);
  };
  return (arg) => call(arg);
}
