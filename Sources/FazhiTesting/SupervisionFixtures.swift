import FazhiCore

/// Short fictional reports of 衢州市 and its counties for 2022, written for Fazhi's supervision tests: some on time,
/// one late and lacking a part, one body under two spellings, one department not on the roster, one of another year.
public enum SupervisionFixtures {
    /// 衢州市's department roster: 司法局 and 公安局.
    public static let roster = "名称,部门类别,所属政府\n衢州市司法局,,衢州市人民政府\n衢州市公安局,公安,衢州市人民政府\n"

    /// A report text: title line, recipient, the parts named, a signature and its date.
    public static func report(body: String, year: Int, signed: String, firstResponsible: Bool = true, recipient: String = "衢州市人民政府") -> String {
        var lines = ["\(body)\(year)年法治政府建设年度报告", "\(recipient)：", "\(year)年，我们围绕法治政府建设目标扎实推进各项工作，现将有关情况报告如下：",
                     "一、推进法治政府建设的主要举措和成效", "全年收到行政复议申请26件，行政执法案卷评查合格率达到97.2%。"]
        var number = ["二", "三", "四"].makeIterator()
        if firstResponsible {
            lines += ["\(number.next()!)、党政主要负责人履行推进法治建设第一责任人职责情况", "主要负责同志带头学法，全年专题研究法治工作4次。"]
        }
        lines += ["\(number.next()!)、存在的不足和原因", "一是基层法治力量不足，二是执法规范化水平有待提高。",
                  "\(number.next()!)、\(year + 1)年主要安排", "下一步，将继续推进严格规范公正文明执法。", body, signed]
        return lines.joined(separator: "\n")
    }

    /// The reports by file name.
    public static let reports: [(name: String, text: String)] = [
        ("kaihua-2022.txt", Fixtures.countyReport),
        ("changshan-2022.txt", report(body: "常山县人民政府", year: 2022, signed: "2023年4月15日", firstResponsible: false)),
        ("changshan-2022-joint.txt", report(body: "中共常山县委 常山县人民政府", year: 2022, signed: "2023年3月15日")),
        ("justice-2022.txt", report(body: "衢州市司法局", year: 2022, signed: "2023年2月10日")),
        ("education-2022.txt", report(body: "衢州市教育局", year: 2022, signed: "2023年2月12日")),
        ("jiangshan-2021.txt", report(body: "江山市人民政府", year: 2021, signed: "2022年3月1日")),
    ]
}
