// `hostname` in a container: the pod's hostname; `-i` its IP.
import type { CommandImpl } from '../../shell/types.js';

export function hostnameApplet(name: () => string, ip: () => string): CommandImpl {
  return (ctx) => {
    if (ctx.argv[1] === '-i') ctx.stdout.write(`${ip()}\n`);
    else if (ctx.argv[1] === '-s' || ctx.argv.length === 1) ctx.stdout.write(`${name()}\n`);
    else {
      ctx.stderr.write(`hostname: sethostname: Operation not permitted\n`);
      return 1;
    }
    return 0;
  };
}
