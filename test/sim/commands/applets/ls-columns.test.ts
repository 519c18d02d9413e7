// ls -C: names in columns as a terminal shows them, compared with GNU ls (golden/ls-columns.bash.json)
// and busybox ls (golden/ls-columns.busybox.json), 80 columns wide and at $COLUMNS.
import { cases } from '../../shell/support.js';
import { describeAgainstRealTools } from './real-tools.js';

const ROOT = Object.fromEntries(['bin', 'dev', 'etc', 'home', 'lib', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'].map((n) => [`r/${n}/x`, '']));
const MIXED = Object.fromEntries(['a', 'bb', 'a-much-longer-file-name.txt', 'config.yaml', 'deployment.yaml', 'service.yaml', 'README.md', 'z', 'notes', 'Makefile', 'kustomization.yaml', 'x1', 'x2', 'x3'].map((n) => [`m/${n}`, '']));
const WIDE = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`w/${'n'.repeat(30 + i)}`, '']));

const both = cases([
  ['ls -C fills columns top to bottom in 80 columns', 'ls -C r; ls -C m; ls -C w', { ...ROOT, ...MIXED, ...WIDE }],
  ['ls -C follows $COLUMNS, and -1 or -l after it wins', 'COLUMNS=40 ls -C r; COLUMNS=20 ls -C m; ls -C -1 r | head -3; ls -1 -C r | head -2', { ...ROOT, ...MIXED }],
  ['ls -C with one name, and with several directories', 'ls -C m/z; ls -C m r', { ...ROOT, ...MIXED }],
]);

describeAgainstRealTools('ls-columns', 'ls -C', 'GNU ls', { both });
