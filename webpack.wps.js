/**
 * webpack 5 config for the WPS 加载项 (npm run build:wps, through scripts/build-wps.js):
 * main.js (fixed name: WPS's own add-in page loads it; the ribbon callbacks) and taskpane.html
 * (the React pane on the WPS host), with ribbon.xml and the icons, into dist-wps/<name>_<version>/.
 * No office.js and no external resource: the add-in runs offline.
 */
'use strict';

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

module.exports = (env = {}) => {
  const out = env.out || path.resolve(__dirname, 'dist-wps', 'addin');
  return {
    mode: 'production',
    context: __dirname,
    entry: { main: './src/wps/main.ts', taskpane: './src/wps/taskpane.tsx' },
    devtool: false,
    output: {
      path: out,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.json'), compilerOptions: { module: 'esnext', sourceMap: false } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/wps/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets/icon-32.png', to: 'assets/icon-32.png' },
          { from: 'assets/icon-16.png', to: 'assets/icon-16.png' },
        ],
      }),
    ],
    performance: { hints: false },
  };
};
