/**
 * webpack 5 config for the Excel add-in (task pane + function file) and the browser preview.
 *
 *   npx webpack --mode production                  dist/ for deployment
 *   npx webpack --mode development                 unminified dist/
 *   npx webpack serve --mode development           dev server on port 3000 (what manifest.xml points at)
 *   npx webpack serve --mode development --env preview
 *                                                  + the preview (demo workbook + the pane) served at /
 *
 * The dev server uses https when the Office dev certificates exist in ~/.office-addin-dev-certs
 * (created by `npx office-addin-dev-certs install`); otherwise plain http, which is enough for the preview.
 *
 * Production host: set JIXIAO_PUBLIC_URL (or --env publicUrl=…) to e.g. https://example.gov.cn/jixiao/
 * and the copy of manifest.xml in dist/ gets every https://localhost:3000/ replaced by it.
 *
 * Only one external resource is allowed in the pages: office.js from appsforoffice.microsoft.com, by a
 * <script> tag in the HTML templates (test/manifest/manifest.test.ts checks this).
 *
 *   npx webpack --mode production --env intranet   (npm run build:intranet)
 *                                                  for networks without internet: office.js served from
 *                                                  dist/office-js/ (the @microsoft/office-js package's
 *                                                  files, copied as they are — office.js loads its sibling
 *                                                  files itself, so it is never bundled), see docs/intranet.md.
 *                                                  AppSource requires the CDN: the default build keeps it.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where the intranet build serves office.js from, beside the pages. */
const OFFICE_LOCAL = 'office-js/office.js';
const DEV_PORT = 3000;

/** key/cert/ca from ~/.office-addin-dev-certs, or null when any of them is missing. */
function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const found = {};
  for (const [option, name] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) return null;
    found[option] = fs.readFileSync(file);
  }
  return found;
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const production = mode === 'production';
  const preview = Boolean(env.preview);
  const publicUrl = env.publicUrl || process.env.JIXIAO_PUBLIC_URL || '';
  // Office loads add-ins over https only; a plain-http manifest would also invite a man in the middle.
  if (publicUrl && !/^https:\/\/[^\s/]+/i.test(publicUrl)) {
    throw new Error(`JIXIAO_PUBLIC_URL must be an https:// URL (got "${publicUrl}"); dist/manifest.xml is not written.`);
  }
  const intranet = Boolean(env.intranet);
  /** A page template, with office.js from beside the pages in the intranet build. */
  const page = (file) => {
    const text = fs.readFileSync(path.resolve(__dirname, file), 'utf8');
    if (!intranet) return text;
    if (!text.includes(OFFICE_CDN)) throw new Error(`${file}: no office.js script tag to point at ${OFFICE_LOCAL}`);
    return text.split(OFFICE_CDN).join(OFFICE_LOCAL);
  };

  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    summary: './src/commands/summary.ts',
  };
  if (preview) entry.preview = './src/preview/index.tsx';

  const html = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      templateContent: page('./src/taskpane/taskpane.html'),
      chunks: ['taskpane'],
    }),
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      templateContent: page('./src/commands/commands.html'),
      chunks: ['commands'],
    }),
    new HtmlWebpackPlugin({
      // The dialog 一键校验 opens with its short summary (no task pane needed).
      filename: 'summary.html',
      templateContent: page('./src/commands/summary.html'),
      chunks: ['summary'],
    }),
  ];
  if (preview) {
    html.push(
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        // No office.js: the preview runs the pane against an in-page host (src/preview/demo-excel.ts).
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
    );
  }

  const certificates = devCertificates();
  if (env.WEBPACK_SERVE && !certificates && !preview) {
    console.warn(
      '[jixiao] No certificates in ~/.office-addin-dev-certs: serving http, which Office will not load. ' +
        'Run `npx office-addin-dev-certs install` (or use --env preview for the browser preview).',
    );
  }

  return {
    mode,
    context: __dirname,
    entry,
    // Production ships without source maps: the bundles are what users run, nothing more to fetch or read.
    devtool: production ? false : 'source-map',
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules for the bundle, so webpack can tree-shake @fluentui (tsconfig says commonjs for jest/CLI).
              compilerOptions: { module: 'esnext', sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      ...html,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The help page (SupportUrl, LearnMoreUrl) and the check that runs before the bundle in any engine.
          { from: 'src/static/help.html', to: 'help.html' },
          { from: 'src/static/legacy-check.js', to: 'legacy-check.js' },
          ...(intranet ? [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' }] : []),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              if (!publicUrl) return content;
              const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
              return content.toString('utf8').split(DEV_URL).join(base);
            },
          },
        ],
      }),
    ],
    optimization: production
      ? {
          // Keep each entry's own chunk small: libraries go to cacheable vendor chunks, and code the
          // task pane loads with import() stays out of the initial download.
          splitChunks: {
            chunks: 'all',
            cacheGroups: {
              react: {
                test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
                name: 'react',
                priority: 30,
              },
              fluent: {
                test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers|tslib)[\\/]/,
                name: 'fluent',
                priority: 20,
              },
              vendors: {
                test: /[\\/]node_modules[\\/]/,
                name: 'vendors',
                priority: 10,
                reuseExistingChunk: true,
              },
            },
          },
        }
      : undefined,
    performance: production
      ? {
          hints: 'warning',
          // Loaded from localhost or the intranet server, but the task pane should still open fast.
          maxEntrypointSize: 700 * 1024,
          maxAssetSize: 500 * 1024,
          assetFilter: (file) => file.endsWith('.js'),
        }
      : false,
    devServer: {
      port: Number(env.port) || DEV_PORT,
      server: certificates ? { type: 'https', options: certificates } : 'http',
      static: false,
      hot: !preview,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // In preview mode / serves the preview page; the add-in pages stay at their own paths.
      devMiddleware: preview ? { index: 'preview.html' } : undefined,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
