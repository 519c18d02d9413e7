// Files an image ships with, as data: what `cat`, `ls` and nginx find in a fresh container.

/** nginx's default index.html (615 bytes). */
export const NGINX_INDEX_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** nginx's built-in 404 page (153 bytes: nginx writes its own pages with CRLF). */
export const NGINX_404_HTML = [
  '<html>',
  '<head><title>404 Not Found</title></head>',
  '<body>',
  '<center><h1>404 Not Found</h1></center>',
  '<hr><center>nginx/1.27.3</center>',
  '</body>',
  '</html>',
  '',
].join('\r\n');

export const NGINX_50X_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

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

const DEBIAN_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

/** Directories and files of each userland, before the kubelet adds its own. */
export function userlandFiles(userland: 'busybox' | 'debian' | 'none', repository: string): { dirs: string[]; files: Record<string, string> } {
  if (userland === 'none') return { dirs: ['/etc', '/dev', '/proc', '/sys', '/tmp', '/var/run'], files: {} };
  const dirs = ['/bin', '/dev', '/etc', '/home', '/proc', '/root', '/sys', '/tmp', '/usr/bin', '/usr/sbin', '/var/run', '/var/spool/mail', '/var/www'];
  const files: Record<string, string> = { '/etc/passwd': BUSYBOX_PASSWD, '/etc/group': 'root:x:0:\ndaemon:x:1:\nnogroup:x:65534:\n' };
  if (userland === 'debian') {
    files['/etc/os-release'] = DEBIAN_OS_RELEASE;
    dirs.push('/usr/local/bin', '/var/log', '/var/cache');
  }
  if (repository.endsWith('/alpine')) files['/etc/alpine-release'] = '3.21.3\n';
  if (repository.endsWith('/nginx')) {
    dirs.push('/usr/share/nginx/html', '/etc/nginx/conf.d', '/docker-entrypoint.d', '/var/log/nginx', '/var/cache/nginx');
    files['/usr/share/nginx/html/index.html'] = NGINX_INDEX_HTML;
    files['/usr/share/nginx/html/50x.html'] = NGINX_50X_HTML;
    files['/etc/nginx/conf.d/default.conf'] = `server {
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
    files['/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh'] = '#!/bin/sh\n';
    files['/docker-entrypoint.d/15-local-resolvers.envsh'] = '#!/bin/sh\n';
    files['/docker-entrypoint.d/20-envsubst-on-templates.sh'] = '#!/bin/sh\n';
    files['/docker-entrypoint.d/30-tune-worker-processes.sh'] = '#!/bin/sh\n';
  }
  return { dirs, files };
}
