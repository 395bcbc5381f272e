/**
 * 云城's website message replies (103rd batch): "还有3个行政村快递未直接到村，由镇级网点代收代投" says the express
 * service does not yet reach every village. 快递到村 is said of the villages as 快递进村 is.
 */
import { factsSaid } from "./said-among-facts";

const said = (line: string) => factsSaid(line).expressCoverage;

test("villages the express does not reach (快递未直接到村) are no full coverage; 快递到村率100% is", () => {
  expect(said("目前全区56个行政村中，还有3个行政村快递未直接到村，由镇级网点代收代投。")).toBe(false);
  expect(said("行政村快递到村率100%。")).toBe(true);
});
