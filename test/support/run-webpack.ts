/** Runs one webpack compilation for a test and fails with webpack's own error text. */
import webpack from "webpack";

export function runWebpack(config: webpack.Configuration): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats ? stats.toString({ all: false, errors: true }) : "no stats"));
      resolve();
    });
  });
}
