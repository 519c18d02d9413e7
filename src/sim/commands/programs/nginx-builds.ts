// What each nginx build prints and serves, by the catalog tag's `version`. Behaviour as data:
// the official image gained /docker-entrypoint.sh in 1.19 and its 15-local-resolvers.envsh in
// 1.25; the packaged nginx.conf of old builds logs at `warn`, so they print nothing at start; old
// Dockerfiles stop with SIGTERM (docker-nginx stretch Dockerfile read), newer ones with SIGQUIT.

export interface NginxBuild {
  /** `1.27.3`: the Server header, error pages and `nginx -v`. */
  version: string;
  /** docker-entrypoint.sh's lines: none before 1.19; the local-resolvers line since 1.25. */
  entrypoint: 'none' | 'pre-resolvers' | 'with-resolvers';
  /** Whether the error log is at `notice` (startup and shutdown lines) rather than `warn`. */
  noticeLog: boolean;
  /** The image's STOPSIGNAL. */
  stopSignal: 'SIGQUIT' | 'SIGTERM';
  /** `nginx -V` and the startup notice (with the trailing space nginx prints). */
  builtBy: string;
  openssl: string;
  /** The default page in /usr/share/nginx/html, if the image ships one. */
  indexHtml?: string;
}

/** A page in the style of nginx 1.21+'s bundled pages (index.html and 50x.html share it). */
export function nginxPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html>
<head>
<title>${title}</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
${body}</body>
</html>
`;
}

/** What both versions of the welcome page say. */
const WELCOME = `<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
`;

/** nginx's default index.html since 1.21 (615 bytes). */
export const NGINX_INDEX_HTML = nginxPage('Welcome to nginx!', WELCOME);

/** The default page of older packages (612 bytes, no color-scheme line). */
export const NGINX_INDEX_HTML_OLD = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
    body {
        width: 35em;
        margin: 0 auto;
        font-family: Tahoma, Verdana, Arial, sans-serif;
    }
</style>
</head>
<body>
${WELCOME}</body>
</html>
`;

const BOOKWORM = 'gcc 12.2.0 (Debian 12.2.0-14) ';

const BUILDS: Record<string, NginxBuild> = {
  '1.27.3': { version: '1.27.3', entrypoint: 'with-resolvers', noticeLog: true, stopSignal: 'SIGQUIT', builtBy: BOOKWORM, openssl: 'OpenSSL 3.0.15 3 Sep 2024', indexHtml: NGINX_INDEX_HTML },
  '1.26.3': { version: '1.26.3', entrypoint: 'with-resolvers', noticeLog: true, stopSignal: 'SIGQUIT', builtBy: BOOKWORM, openssl: 'OpenSSL 3.0.15 3 Sep 2024', indexHtml: NGINX_INDEX_HTML },
  '1.25.5': { version: '1.25.5', entrypoint: 'with-resolvers', noticeLog: true, stopSignal: 'SIGQUIT', builtBy: BOOKWORM, openssl: 'OpenSSL 3.0.11 19 Sep 2023', indexHtml: NGINX_INDEX_HTML },
  '1.23.4': { version: '1.23.4', entrypoint: 'pre-resolvers', noticeLog: true, stopSignal: 'SIGQUIT', builtBy: 'gcc 10.2.1 20210110 (Debian 10.2.1-6) ', openssl: 'OpenSSL 1.1.1n  15 Mar 2022', indexHtml: NGINX_INDEX_HTML },
  '1.21.6': { version: '1.21.6', entrypoint: 'pre-resolvers', noticeLog: true, stopSignal: 'SIGQUIT', builtBy: 'gcc 10.2.1 20210110 (Debian 10.2.1-6) ', openssl: 'OpenSSL 1.1.1k  25 Mar 2021', indexHtml: NGINX_INDEX_HTML },
  // The 2014 image of the oldest docs (Debian wheezy, no entrypoint script).
  '1.7.9': { version: '1.7.9', entrypoint: 'none', noticeLog: false, stopSignal: 'SIGTERM', builtBy: 'gcc 4.7.2 (Debian 4.7.2-5) ', openssl: 'OpenSSL 1.0.1e 11 Feb 2013', indexHtml: NGINX_INDEX_HTML_OLD },
  '1.16.1': { version: '1.16.1', entrypoint: 'none', noticeLog: false, stopSignal: 'SIGTERM', builtBy: 'gcc 8.3.0 (Debian 8.3.0-6) ', openssl: 'OpenSSL 1.1.1c  28 May 2019', indexHtml: NGINX_INDEX_HTML_OLD },
  '1.14.2': { version: '1.14.2', entrypoint: 'none', noticeLog: false, stopSignal: 'SIGTERM', builtBy: 'gcc 6.3.0 20170516 (Debian 6.3.0-18+deb9u1) ', openssl: 'OpenSSL 1.1.0j  20 Nov 2018', indexHtml: NGINX_INDEX_HTML_OLD },
  // nginx-slim: built from source on a slim Ubuntu; versions invented, no default page.
  'slim-1.11.1': { version: '1.11.1', entrypoint: 'none', noticeLog: false, stopSignal: 'SIGTERM', builtBy: 'gcc 5.3.1 20160413 (Ubuntu 5.3.1-14ubuntu2.1) ', openssl: 'OpenSSL 1.0.2h  3 May 2016' },
  'slim-1.13.12': { version: '1.13.12', entrypoint: 'none', noticeLog: false, stopSignal: 'SIGTERM', builtBy: 'gcc 5.4.0 20160609 (Ubuntu 5.4.0-6ubuntu1~16.04.9) ', openssl: 'OpenSSL 1.0.2o  27 Mar 2018' },
  'slim-1.15.8': { version: '1.15.8', entrypoint: 'none', noticeLog: false, stopSignal: 'SIGTERM', builtBy: 'gcc 7.3.0 (Ubuntu 7.3.0-27ubuntu1~18.04) ', openssl: 'OpenSSL 1.1.1a  20 Nov 2018' },
};

function compareDotted(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * The build behind a catalog version (the current one when the tag names none). A release the
 * table does not list behaves as the newest listed one not newer than it, at its own version.
 */
export function nginxBuild(version: string | undefined): NginxBuild {
  const v = version ?? '1.27.3';
  if (BUILDS[v]) return BUILDS[v]!;
  if (!/^\d+(\.\d+)*$/.test(v)) return BUILDS['1.27.3']!;
  const official = Object.values(BUILDS).filter((b) => /^\d/.test(b.version) && b.indexHtml !== undefined);
  const below = official.filter((b) => compareDotted(b.version, v) <= 0).sort((a, b) => compareDotted(b.version, a.version));
  const nearest = below[0] ?? official.sort((a, b) => compareDotted(a.version, b.version))[0]!;
  return { ...nearest, version: v };
}

/** The image's /etc/nginx/nginx.conf: `worker_processes auto` and notice logging in the newer packages. */
export function nginxConf(build: NginxBuild): string {
  const workers = build.noticeLog ? 'auto' : '1';
  const level = build.noticeLog ? 'notice' : 'warn';
  return `
user  nginx;
worker_processes  ${workers};

error_log  /var/log/nginx/error.log ${level};
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;
}

/** nginx's built-in error page (written with CRLF; the 404 is 153 bytes for a 6-character version). */
export function nginxErrorPage(status: number, statusText: string, version: string): string {
  const title = `${status} ${statusText}`;
  return ['<html>', `<head><title>${title}</title></head>`, '<body>', `<center><h1>${title}</h1></center>`, `<hr><center>nginx/${version}</center>`, '</body>', '</html>', ''].join('\r\n');
}
