/**
 * 云城's website message replies (103rd batch): "还有3个行政村快递未直接到村，由镇级网点代收代投" says the express
 * service does not yet reach every village. 快递到村 is said of the villages as 快递进村 is.
 */
import { factsOf } from "../corpus/read-facts";

const said = (line: string) =>
  factsOf({
    sheets: [
      {
        name: "工作情况",
        rows: [
          ["某县电子商务进农村综合示范工作情况"],
          ["全县行政村56个，累计培训3500人次。"],
          ["电商公共服务中心于2020年9月28日投入运营。"],
          ["2020年农村网络零售额12.5亿元。"],
          [line],
        ],
      },
    ],
  }).facts.expressCoverage;

test("villages the express does not reach (快递未直接到村) are no full coverage; 快递到村率100% is", () => {
  expect(said("目前全区56个行政村中，还有3个行政村快递未直接到村，由镇级网点代收代投。")).toBe(false);
  expect(said("行政村快递到村率100%。")).toBe(true);
});
