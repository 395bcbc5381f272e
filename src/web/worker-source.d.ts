/** The built worker bundle as text (webpack.web.js), started from a blob URL so it runs from file:// too. */
declare module "ecom-web-worker-source" {
  const source: string;
  export default source;
}
