// The applet table: generic commands both a container (busybox) and the lesson's shell (GNU
// coreutils) need. Each one picks its error wording from the context's dialect.
import type { CommandImpl } from '../types.js';
import { awk } from './awk.js';
import { base64 } from './base64.js';
import { basename, dirname } from './basename.js';
import { cat } from './cat.js';
import { chmod } from './chmod.js';
import { cp, mv } from './cp.js';
import { cut } from './cut.js';
import { date } from './date.js';
import { echo } from './echo.js';
import { env, printenv } from './env.js';
import { grep } from './grep.js';
import { head, tail } from './head.js';
import { hostname } from './hostname.js';
import { ls } from './ls.js';
import { mkdir } from './mkdir.js';
import { printf } from './printf.js';
import { rm } from './rm.js';
import { sed } from './sed.js';
import { seq } from './seq.js';
import { sleep } from './sleep.js';
import { sort } from './sort.js';
import { tee } from './tee.js';
import { test } from './test.js';
import { touch } from './touch.js';
import { tr } from './tr.js';
import { falseApplet, trueApplet } from './true.js';
import { uniq } from './uniq.js';
import { wc } from './wc.js';
import { yes } from './yes.js';

export const applets: Record<string, CommandImpl> = {
  awk,
  base64,
  basename,
  cat,
  chmod,
  cp,
  cut,
  date,
  dirname,
  echo,
  env,
  false: falseApplet,
  grep,
  head,
  hostname,
  ls,
  mkdir,
  mv,
  printenv,
  printf,
  rm,
  sed,
  seq,
  sleep,
  sort,
  tail,
  tee,
  test,
  '[': test,
  touch,
  tr,
  true: trueApplet,
  uniq,
  wc,
  yes,
};
