// `true` and `false`.
export function trueApplet(): number {
  return 0;
}

/** Does nothing, unsuccessfully. */
export function falseApplet(): number {
  return 1;
}
