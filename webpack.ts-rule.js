/**
 * The TypeScript rule both webpack builds share (webpack.config.js: the add-in; webpack.web.js:
 * the web page). Type checking is `npm run typecheck` (and ts-jest); the bundles only transpile.
 */
const path = require("path");

/** `sourceMap`: the add-in's development build maps to the sources; the web page ships none. */
module.exports = function tsRule({ sourceMap }) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        configFile: path.resolve(__dirname, "tsconfig.json"),
        transpileOnly: true,
        compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap },
      },
    },
  };
};
