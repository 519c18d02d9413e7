// The perl image's one modelled program, the Job docs' `perl -Mbignum=bpi -wle 'print bpi(N)'`,
// which prints N significant digits of pi (computed in pi-digits.ts). `perl -v` prints the
// version banner; with no program perl reads one from stdin, finds none and exits 0. Any other
// program says it is not simulated and exits 255, as perl does when it dies.
import { piDigits } from './pi-digits.js';
import type { Program, ProgramHost } from './types.js';

/** `-wle` -> flags w, l and e (whose script is the next argument). */
function parseArgs(argv: string[]): { modules: string[]; flags: Set<string>; script?: string; rest: string[] } {
  const modules: string[] = [];
  const flags = new Set<string>();
  let script: string | undefined;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('-') || a === '-' || a === '--') break;
    if (a.startsWith('-M') || a.startsWith('-m')) {
      modules.push(a.slice(2) || argv[++i] || '');
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j]!;
      flags.add(f);
      if (f === 'e' || f === 'E') {
        script = a.slice(j + 1) || argv[++i];
        break;
      }
    }
  }
  return { modules, flags, ...(script !== undefined ? { script } : {}), rest: argv.slice(i) };
}

function versionBanner(version: string): string {
  const [major, minor, patch] = version.split('.');
  return `\nThis is perl ${major}, version ${minor}, subversion ${patch} (v${version}) built for x86_64-linux-gnu\n\nCopyright 1987-2021, Larry Wall\n\nPerl may be copied only under the terms of either the Artistic License or the\nGNU General Public License, which may be found in the Perl 5 source kit.\n\nComplete documentation for Perl, including FAQ lists, should be found on\nthis system using "man perl" or "perldoc perl".  If you have access to the\nInternet, point your browser at http://www.perl.org/, the Perl Home Page.\n\n`;
}

export function perlProgram(host: ProgramHost): Program {
  const version = host.version ?? '5.34.0';
  return {
    *command(ctx) {
      const { modules, flags, script, rest } = parseArgs(ctx.argv);
      if (flags.has('v')) {
        ctx.stdout.write(versionBanner(version));
        return 0;
      }
      if (script === undefined && rest.length === 0 && !flags.has('d')) return 0;
      const bpi = script?.match(/^\s*print\s+bpi\(\s*(\d+)\s*\)\s*;?\s*$/);
      if (bpi && modules.some((m) => /^bignum(=|$)/.test(m))) {
        const n = Number(bpi[1]);
        // Math::BigFloat's bpi is quadratic in the digits; this pace (6.4 s for 2000) is invented.
        yield { kind: 'sleep', ms: 400 + Math.round((n / 1000) ** 2 * 1500) };
        ctx.stdout.write(`${piDigits(n)}${flags.has('l') ? '\n' : ''}`);
        return 0;
      }
      ctx.stderr.write("kindling: this perl program is not simulated (only perl -Mbignum=bpi -wle 'print bpi(N)' is)\n");
      return 255;
    },
  };
}
