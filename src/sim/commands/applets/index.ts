// The applets that need only a file system: generic commands both a container (busybox) and the
// lesson's shell (GNU coreutils) have. Each one picks its error wording from the context's
// dialect. The registry (../registry.ts) is where every command name resolves.
import type { CommandImpl } from '../../shell/types.js';
import { awk } from './awk.js';
import { base64 } from './base64.js';
import { basename, dirname } from './basename.js';
import { cat } from './cat.js';
import { md5sum, sha1sum, sha256sum, sha512sum } from './checksum.js';
import { chmod } from './chmod.js';
import { cmp } from './cmp.js';
import { comm } from './comm.js';
import { cp, mv } from './cp.js';
import { cut } from './cut.js';
import { date } from './date.js';
import { dd } from './dd.js';
import { df } from './df.js';
import { diff } from './diff.js';
import { du } from './du.js';
import { echo } from './echo.js';
import { fallocate } from './fallocate.js';
import { env, printenv } from './env.js';
import { expr } from './expr.js';
import { find } from './find.js';
import { fold } from './fold.js';
import { grep } from './grep.js';
import { head, tail } from './head.js';
import { hexdump, xxd } from './hexdump.js';
import { hostname } from './hostname.js';
import { ln } from './ln.js';
import { ls } from './ls.js';
import { mkdir } from './mkdir.js';
import { mktemp } from './mktemp.js';
import { less, more } from './more.js';
import { nl } from './nl.js';
import { nohup, sync, usleep } from './nohup.js';
import { od } from './od.js';
import { paste } from './paste.js';
import { printf } from './printf.js';
import { readlink, realpath } from './readlink.js';
import { rev, tac } from './rev.js';
import { rm } from './rm.js';
import { sed } from './sed.js';
import { seq } from './seq.js';
import { sleep } from './sleep.js';
import { sort } from './sort.js';
import { split } from './split.js';
import { stat } from './stat.js';
import { strings } from './strings.js';
import { tar } from './tar.js';
import { tee } from './tee.js';
import { test } from './test.js';
import { touch } from './touch.js';
import { tr } from './tr.js';
import { falseApplet, trueApplet } from './true.js';
import { truncate } from './truncate.js';
import { uniq } from './uniq.js';
import { wc } from './wc.js';
import { which } from './which.js';
import { xargs } from './xargs.js';
import { yes } from './yes.js';

export const applets: Record<string, CommandImpl> = {
  awk,
  base64,
  basename,
  cat,
  chmod,
  cmp,
  comm,
  cp,
  cut,
  date,
  dd,
  df,
  diff,
  dirname,
  du,
  echo,
  env,
  expr,
  false: falseApplet,
  fallocate,
  find,
  fold,
  grep,
  head,
  hexdump,
  hostname,
  less,
  ln,
  ls,
  md5sum,
  mkdir,
  mktemp,
  more,
  mv,
  nl,
  nohup,
  od,
  paste,
  printenv,
  printf,
  readlink,
  realpath,
  rev,
  rm,
  sed,
  seq,
  sha1sum,
  sha256sum,
  sha512sum,
  sleep,
  sort,
  split,
  stat,
  strings,
  sync,
  tac,
  tail,
  tar,
  tee,
  test,
  '[': test,
  touch,
  tr,
  true: trueApplet,
  truncate,
  uniq,
  usleep,
  wc,
  which,
  xargs,
  xxd,
  yes,
};
