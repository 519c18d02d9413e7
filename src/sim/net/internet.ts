// The little of the internet that containers can reach: a few well-known hosts with fixed
// addresses and pages, so `wget http://example.com` in a lesson behaves the same everywhere.

export interface InternetHost {
  ip: string;
  /** Path -> body. */
  pages: Record<string, string>;
  server: string;
}

const EXAMPLE_COM = `<!doctype html>
<html>
<head>
    <title>Example Domain</title>
</head>

<body>
<div>
    <h1>Example Domain</h1>
    <p>This domain is for use in illustrative examples in documents. You may use this
    domain in literature without prior coordination or asking for permission.</p>
    <p><a href="https://www.iana.org/domains/example">More information...</a></p>
</div>
</body>
</html>
`;

const INFO_CERN_CH = `<html><head></head><body><header>
<title>http://info.cern.ch</title>
</header>

<h1>http://info.cern.ch - home of the first website</h1>
<p>From here you can:</p>
<ul>
<li><a href="http://info.cern.ch/hypertext/WWW/TheProject.html">Browse the first website</a></li>
<li><a href="http://line-mode.cern.ch/www/hypertext/WWW/TheProject.html">Browse the first website using the line-mode browser simulator</a></li>
<li><a href="http://home.web.cern.ch/topics/birth-web">Learn about the birth of the web</a></li>
<li><a href="http://home.web.cern.ch/about">Learn about CERN, the physics laboratory where the web was born</a></li>
</ul>
</body></html>
`;

const HOSTS: Record<string, InternetHost> = {
  'example.com': { ip: '93.184.215.14', pages: { '/': EXAMPLE_COM }, server: 'ECAcc' },
  'www.example.com': { ip: '93.184.215.14', pages: { '/': EXAMPLE_COM }, server: 'ECAcc' },
  'info.cern.ch': { ip: '188.184.67.127', pages: { '/': INFO_CERN_CH }, server: 'Apache' },
};

export function lookupInternetHost(name: string): InternetHost | undefined {
  return HOSTS[name.toLowerCase().replace(/\.$/, '')];
}

export function internetHostByIp(ip: string): InternetHost | undefined {
  return Object.values(HOSTS).find((h) => h.ip === ip);
}
