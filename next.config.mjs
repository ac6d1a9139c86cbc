import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, and argon2
  // is a native addon: neither may be bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  poweredByHeader: false,
  devIndicators: false,
  typedRoutes: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
        ],
      },
      {
        // Everything but the file downloads, which set their own, stricter policy (a sandbox); a
        // header set here would replace the route's.
        source: '/:path((?!api/files/|api/bloc/evidence/).*)',
        headers: [
          // A full script CSP with nonces comes with the security work (quality.md S17); these hold now.
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
