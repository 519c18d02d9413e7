// Files an image ships with, as data: what `cat`, `ls` and the image's server find in a fresh
// container. The OS release follows the image's base (`os` in the catalog; Debian 12 by default).
import type { ResolvedImage } from './image-catalog.js';
import { nginxBuild, nginxConf, nginxPage } from '../commands/programs/nginx-builds.js';

export { NGINX_INDEX_HTML } from '../commands/programs/nginx-builds.js';

export const NGINX_50X_HTML = nginxPage(
  'Error',
  `<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
`,
);

/** httpd's htdocs/index.html (45 bytes, as its access log's `200 45` shows). */
export const HTTPD_INDEX_HTML = '<html><body><h1>It works!</h1></body></html>\n';

const BUSYBOX_PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;

/** busybox's /etc/group (the busybox image's rootfs; root is in wheel). */
const BUSYBOX_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
kmem:x:9:
wheel:x:10:root
cdrom:x:11:
dialout:x:18:
floppy:x:19:
video:x:28:
audio:x:29:
tape:x:32:
www-data:x:33:
operator:x:37:
utmp:x:43:
plugdev:x:46:
staff:x:50:
lock:x:54:
netdev:x:82:
users:x:100:
nobody:x:65534:
`;

/** Debian 12's base-passwd /etc/passwd and /etc/group. */
const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

const DEBIAN_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
`;

function debianRelease(version: string, codename: string): string {
  return `PRETTY_NAME="Debian GNU/Linux ${version} (${codename})"
NAME="Debian GNU/Linux"
VERSION_ID="${version}"
VERSION="${version} (${codename})"
VERSION_CODENAME=${codename}
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;
}

function ubuntuRelease(version: string, full: string, codename: string, pretty: string): string {
  return `PRETTY_NAME="${pretty}"
NAME="Ubuntu"
VERSION_ID="${version}"
VERSION="${full}"
VERSION_CODENAME=${codename}
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=${codename}
`;
}

/** /etc/os-release by the catalog's `os` id. */
export const OS_RELEASES: Readonly<Record<string, string>> = {
  'debian-12': debianRelease('12', 'bookworm'),
  'debian-11': debianRelease('11', 'bullseye'),
  'debian-10': debianRelease('10', 'buster'),
  'debian-9': debianRelease('9', 'stretch'),
  'debian-8': debianRelease('8', 'jessie'),
  'ubuntu-24.04': ubuntuRelease('24.04', '24.04.1 LTS (Noble Numbat)', 'noble', 'Ubuntu 24.04.1 LTS'),
  'ubuntu-22.04': ubuntuRelease('22.04', '22.04.5 LTS (Jammy Jellyfish)', 'jammy', 'Ubuntu 22.04.5 LTS'),
  'ubuntu-20.04': ubuntuRelease('20.04', '20.04.6 LTS (Focal Fossa)', 'focal', 'Ubuntu 20.04.6 LTS'),
  'ubuntu-16.04': ubuntuRelease('16.04', '16.04.7 LTS (Xenial Xerus)', 'xenial', 'Ubuntu 16.04.7 LTS'),
};

const NGINX_DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

type Files = { dirs: string[]; files: Record<string, string> };

function nginxFiles(image: ResolvedImage, out: Files): void {
  // The nginx package's system user, whose workers run as 101.
  out.files['/etc/passwd'] += 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n';
  out.files['/etc/group'] += 'nginx:x:101:\n';
  out.dirs.push('/usr/share/nginx/html', '/etc/nginx/conf.d', '/var/log/nginx', '/var/cache/nginx');
  const build = nginxBuild(image.tagInfo.version);
  out.files['/etc/nginx/nginx.conf'] = nginxConf(build);
  if (build.indexHtml) {
    out.files['/usr/share/nginx/html/index.html'] = build.indexHtml;
    out.files['/usr/share/nginx/html/50x.html'] = NGINX_50X_HTML;
    out.files['/etc/nginx/conf.d/default.conf'] = NGINX_DEFAULT_CONF;
  }
  if (build.entrypoint !== 'none') {
    out.dirs.push('/docker-entrypoint.d');
    out.files['/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh'] = '#!/bin/sh\n';
    if (build.entrypoint === 'with-resolvers') out.files['/docker-entrypoint.d/15-local-resolvers.envsh'] = '#!/bin/sh\n';
    out.files['/docker-entrypoint.d/20-envsubst-on-templates.sh'] = '#!/bin/sh\n';
    out.files['/docker-entrypoint.d/30-tune-worker-processes.sh'] = '#!/bin/sh\n';
  }
}

/** Directories and files of an image, before the kubelet adds its own. */
export function userlandFiles(image: ResolvedImage): Files {
  const { userland, repository } = image.info;
  if (userland === 'none') return { dirs: ['/etc', '/dev', '/proc', '/sys', '/tmp', '/var/run'], files: {} };
  const dirs = ['/bin', '/dev', '/etc', '/home', '/proc', '/root', '/sys', '/tmp', '/usr/bin', '/usr/sbin', '/var/run', '/var/spool/mail', '/var/www'];
  const debian = userland === 'debian';
  const out: Files = { dirs, files: { '/etc/passwd': debian ? DEBIAN_PASSWD : BUSYBOX_PASSWD, '/etc/group': debian ? DEBIAN_GROUP : BUSYBOX_GROUP } };
  if (debian) {
    out.files['/etc/os-release'] = OS_RELEASES[image.info.os ?? 'debian-12'] ?? OS_RELEASES['debian-12']!;
    dirs.push('/usr/local/bin', '/var/log', '/var/cache');
  }
  if (image.info.workingDir !== '/') dirs.push(image.info.workingDir);
  if (repository.endsWith('/alpine')) out.files['/etc/alpine-release'] = '3.21.3\n';
  if (Object.values(image.info.programs).includes('nginx')) nginxFiles(image, out);
  if (Object.values(image.info.programs).includes('httpd')) out.files['/usr/local/apache2/htdocs/index.html'] = HTTPD_INDEX_HTML;
  Object.assign(out.files, image.info.files);
  return out;
}
