#!/usr/bin/env python3
"""Writes the fictional sample reports in Samples/ (run from the package root).

Every text here was written for Fazhi: real place names, invented content and figures.
Each file opens with the fictional-example notice. Encodings differ on purpose, and one sample
is a Word document, so the files are written from Python rather than kept as hand-edited text:

    python3 scripts/make-samples.py          # rewrites Samples/*.txt, *.html, *.docx and *.pdf
    (the PDF needs reportlab: python3 -m pip install reportlab)
"""
import io
import pathlib
import sys
import xml.dom.minidom as xml_dom
import zipfile
from xml.sax.saxutils import escape as xml_escape

NOTICE = "（虚构示例：本文由 Fazhi 项目编写，用于演示和测试，不是真实政府文件。）"
# Big5 cannot encode 虚构/项目/编写/测试 in simplified script, so the Big5 sample carries the same
# notice in traditional characters.
NOTICE_TRAD = "（虛構示例：本文由 Fazhi 項目編寫，用於演示和測試，不是真實政府文件。）"
HTML_NOTICE = "<!-- 虚构示例：本文由 Fazhi 项目编写，用于演示和测试，不是真实政府文件。 -->"

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Samples"


def body(text: str) -> str:
    """Strips the leading newline of a triple-quoted text and makes sure it ends with one."""
    return text.lstrip("\n").rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------------
# 01 — a county, UTF-8, clean, all five mandated parts, document number, addressee, 抄送.
# ---------------------------------------------------------------------------------------------
S01 = NOTICE + "\n" + body("""
开政〔2024〕9号　　　　签发人：周明远

开化县2023年法治政府建设年度报告

衢州市人民政府：

2023年，开化县人民政府在县委的领导和县人大及其常委会的监督下，把法治作为山区县治理的基本方式，紧扣生态保护和绿色发展两项中心任务，逐项落实《法治政府建设实施纲要（2021—2025年）》和省、市年度工作要点，全县法治政府建设各项指标稳中有进。按照年度报告制度的要求，现将全年情况报告如下。

一、推进法治政府建设的主要举措和成效

（一）依法全面履行政府职能

全年梳理调整县级部门权责清单事项342项，其中新增41项、取消29项、变更272项，清单实行动态管理并在县政府门户网站集中公布。推行“一件事”集成办理，上线企业开办、不动产登记与水电气联动过户等21个联办场景。全县依申请政务服务事项共1286项，其中1262项实现网上可办，可网办率98.13%；承诺办理时限比法定时限平均压缩62.4%。开展公平竞争审查，审查涉及市场主体经济活动的政策措施37件，未发现排除、限制竞争的内容。以“双随机、一公开”方式组织部门联合抽查96次，覆盖市场主体1043户。

（二）健全依法行政制度体系

严把规范性文件合法性审核关，全年审核县政府及县政府办公室规范性文件47件，提出修改意见183条，全部按时报送市政府和县人大常委会备案，报备率、及时率均为100%。组织对现行有效的203件规范性文件开展集中清理，废止11件、修改6件、宣布失效4件，清理结果向社会公布。在华埠镇设立县级基层立法联系点，收集上级立法草案意见建议58条，其中9条被采纳。

（三）推进行政决策科学化、民主化、法治化

编制并公布2023年度重大行政决策事项目录，纳入城区学校布局调整、农村供水一体化管理等8项事项，均按规定履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。县政府法律顾问和公职律师全年参与审查各类合同协议156份、信访疑难案件19件，出具法律意见书214份。村（社区）法律顾问实现全覆盖，签约律师共41名。

（四）严格规范公正文明执法

1.深化综合行政执法改革。整合组建8支乡镇综合行政执法队，向乡镇赋予高频执法事项97项，配套制定赋权事项履职指引和协作清单。

2.落实行政执法“三项制度”。全县全年作出行政处罚决定2431件，罚没款约1870万元。

（1）执法公示。行政处罚决定全部在作出后7个工作日内通过县政府网站公示。

（2）全过程记录。为一线执法队伍新配执法记录仪260台，现场执法音像记录实现全覆盖。

（3）法制审核。重大执法决定法制审核183件，审核意见采纳率100%。

3.推行包容审慎监管。依法作出不予处罚决定126件、减轻处罚决定48件，对首次轻微违法的经营主体以说服教育、提醒告诫为主。

4.加强执法队伍管理。组织执法人员公共法律知识轮训两期，参训1120人次；新申领行政执法证86本，全县持证执法人员达931名。开展案卷评查，抽查案卷300卷，其中优秀112卷、合格179卷、不合格9卷，合格率97%。

（五）依法有效化解社会矛盾纠纷

全年收到行政复议申请64件，受理58件，审结55件，其中维持38件、驳回7件、撤销或确认违法5件、调解和解后终止5件，直接纠错率9.09%。全县发生一审行政诉讼案件23件，行政机关负责人出庭应诉23人次，出庭应诉率100%；已审结19件，败诉1件，败诉率5.26%。依托县社会矛盾纠纷调处化解中心和各乡镇调委会，全年调处各类矛盾纠纷2317件，调解成功2296件，成功率99.09%。办理法律援助案件412件，接待群众法律咨询近6000人次。

（六）自觉接受监督和推进政务公开

办理县人大代表建议76件、县政协委员提案92件，按时办结率均为100%。全年主动公开政府信息4380条，办理依申请公开37件，无因信息公开引发的复议纠错。12345政务服务便民热线受理群众诉求5.6万余件，办结率99.6%，群众满意率比上年提高1.8个百分点。

二、党政主要负责人履行推进法治建设第一责任人职责情况

县政府主要负责人坚持把法治政府建设与经济社会发展同部署、同推进、同考核。年内主持召开县政府常务会议研究法治议题6次，审议重大行政决策草案8件；组织会前学法12次，内容涵盖行政复议法修订、优化营商环境条例等。带头出庭应诉行政案件1次，带头开展年终述法，并对17个县政府部门主要负责人履行法治建设职责情况进行点评。把法治建设成效纳入乡镇、部门年度综合考核，分值占比提高到5%。

三、存在的不足和原因

一是乡镇综合执法队伍专业力量不足。赋权事项下放后，部分乡镇执法人员对专业性较强的林业、国土等领域法律规定掌握不够，案件办理质量参差不齐，根源在于培训以集中授课为主，跟案指导偏少。二是规范性文件制定前的调研论证不够深入，个别文件施行不久即需修改。三是数字化手段应用不充分，执法信息平台与各部门业务系统之间仍存在数据重复录入的问题。

四、2024年推进法治政府建设的主要安排

（一）围绕山区县高质量发展需要，继续精简审批环节，年内新增“一件事”联办场景10个以上。

（二）完善乡镇综合执法运行机制，开展“以案代训”和跨乡镇交叉评查，力争全县案卷合格率保持在95%以上。

（三）落实规范性文件制定前评估制度，推动县级行政规范性文件数据库全面上线。

（四）健全行政复议与诉讼衔接机制，继续保持行政机关负责人出庭应诉全覆盖。

五、其他需要报告的情况

2023年，开化县未发生因违法行政被上级机关通报批评的情形。年内首次引入第三方机构对县政府部门依法行政情况开展评估，评估报告已在县政府网站公开。

特此报告。

开化县人民政府
2024年3月8日

抄送：县委全面依法治县委员会办公室，县人大常委会办公室。
""")


# ---------------------------------------------------------------------------------------------
# 02 — a 市辖区, GB18030, web chrome at top and bottom, one heading whose （三） was lost,
# and a completion rate that contradicts its counts (118 of 126 is 93.65%, not 95.2%).
# ---------------------------------------------------------------------------------------------
S02 = NOTICE + "\n" + body("""
岳麓区人民政府门户网站
首页 > 政务公开 > 法定主动公开内容 > 法治政府建设
岳麓区人民政府关于2022年度法治政府建设情况的报告
发布时间：2023-03-21 09:45　　来源：岳麓区司法局　　浏览次数：1386
字号：大 中 小　　　打印　　　关闭

岳麓区人民政府关于2022年度法治政府建设情况的报告

2022年，岳麓区人民政府以习近平法治思想为根本遵循，在区委的统一领导下，把法治政府建设同湘江新区核心区发展、岳麓山大学科技城服务保障紧密结合，统筹推进依法行政各项工作，较好完成了年度目标任务。现将有关情况报告如下：

一、2022年法治政府建设主要举措和成效

（一）深化“放管服”改革，优化法治化营商环境

区政务服务中心进驻事项1527项，其中“最多跑一次”事项1493项，占比97.77%。围绕企业和群众高频需求推出“一件事一次办”主题套餐64个，全年办件3.1万余件。企业开办时间压缩至0.5个工作日，实行证明事项告知承诺制事项112项。全年开展“双随机、一公开”抽查118次，涉及市场主体2640户，发现问题并督促整改73户。

在全市率先试行“证照分离”改革全覆盖清单管理，对清单内的237项涉企经营许可事项分类推进审批制度改革，其中直接取消审批11项、审批改为备案9项、实行告知承诺46项、优化审批服务171项，企业“准入不准营”问题得到明显缓解。

（二）完善制度体系，提升决策质量

区政府全年出台行政规范性文件9件，全部经过合法性审核并按时报送长沙市人民政府和区人大常委会备案。审查区政府及部门各类合同、协议等涉法文件263份，出具书面审查意见263份。公布年度重大行政决策事项目录5项，其中老旧小区改造三年行动方案召开听证会3场，收集意见建议417条，采纳96条。

持续规范行政执法行为

全区核发行政执法证件1184个，组织新任执法人员岗前培训3期、执法骨干专题轮训5期，累计培训2300余人次。开展行政执法案卷集中评查，抽评区直执法部门和街道案卷420卷，整改问题卷宗31卷。在市场监管、城市管理领域公布首违不罚事项清单两批共58项，全年适用“首违不罚”办结案件214件。

（四）强化矛盾化解，推动纠纷源头治理

区行政复议局全年受理行政复议案件126件，办结118件，办结率95.2%，通过调解和解方式结案的有27件。全区一审行政诉讼案件71件，行政机关负责人出庭应诉62人次。发挥“大学城”法学院校资源优势，组建由高校教师和执业律师参加的调解专家库，吸纳成员85名；全区人民调解组织调处矛盾纠纷4206件，调解成功率98.6%。

（五）加强权力监督，推进政务公开

认真办理区人大代表建议和区政协委员提案共204件，办复率100%。全年主动公开各类政府信息9,317条，受理依申请公开121件，均在法定期限内答复。全年完成区属单位主要领导干部经济责任审计18个，审计查出问题金额4863.5万元。

（六）推进数字政府建设，提升治理效能

依托区城市运行管理中心整合城管、应急、生态环境等部门视频监控资源1.7万路，对渣土运输、占道经营等问题实行非现场发现、网上派单。全年通过非现场方式发现并处置城市管理问题3.9万件，平均处置时长较上年缩短约40%。区政务数据共享平台累计向街道和部门提供数据调用86万余次，群众办事需提交的纸质材料减少两成以上。

（七）深化普法宣传，营造良好法治氛围

落实“谁执法谁普法”普法责任制，区直部门年初公布普法责任清单，年底接受评议。依托辖区高校组建青年普法志愿者队伍，深入社区、园区开展宪法、民法典、反电信网络诈骗法等主题宣讲260余场，受众超过4万人次。

二、党政主要负责人履行推进法治建设第一责任人职责情况

区政府主要负责人年内主持召开区政府常务会议专题研究法治政府建设工作4次，带头执行“会前学法”制度，全年学法11次。对区重点项目征收、产业园区招商等重大事项，坚持先行开展合法性审查再提交集体讨论。在年度述职中专门报告履行法治建设第一责任人职责情况，组织区直部门和街道主要负责人年度述法27人次。

三、存在的不足和原因

一是部分街道和部门对法治政府建设的认识还不到位，存在“重业务、轻法治”的现象；二是基层执法力量配置与执法任务增长不相适应，街道综合执法队伍中具有法律专业背景的人员占比不足两成；三是行政复议案件办理周期偏长，个别案件超过法定期限。上述问题的原因主要在于考核约束不够刚性、基层法治人才储备不足。

四、2023年工作安排

（一）以开展市县法治政府建设示范创建为抓手，补齐基层法治短板。

（二）推进街道综合行政执法规范化，年内完成全部街道执法人员轮训一遍。

（三）压实行政复议案件办理责任，将复议审理期限纳入绩效考核。

（四）继续推进政务公开标准化，完善重大决策预公开机制。

（五）深化“非现场执法”试点，制定非现场执法证据采集和审核工作规范，防止以罚代管。

岳麓区人民政府
2023年3月15日

【打印本页】　　【关闭窗口】
扫一扫在手机上查看当前页面
相关新闻
· 岳麓区召开全面依法治区委员会年度会议
· 区司法局开展“八五”普法中期评估工作
· 岳麓区举办行政执法人员专题培训班
主办：长沙市岳麓区人民政府办公室　　网站标识码：4301040001
""")


# ---------------------------------------------------------------------------------------------
# 03 — a prefecture-level city in traditional script, written in Big5 (HKSCS for the tone-marked
# pinyin vowels), with pinyin glued after some characters (質(zhì)) and real ASCII brackets that
# must survive: (一) headings, (2021-2025年), 縣(區).
# ---------------------------------------------------------------------------------------------
S03 = NOTICE_TRAD + "\n" + body("""
漳州市人民政府關於2021年度法治政府建設情況的報告

發布日期：2022-03-29　　來源：漳州市司法局　　字號：[大 中 小]　　打印本頁

2021年是實施《法治政府建設(shè)實施綱要(2021-2025年)》的開局之年。漳州市人民政府在省委、省政府和市委的堅強領導下，對照“職能科學、權責法定、執法嚴明、公開公正、智能高效、廉潔誠信、人民滿意”的總目標，把法治要求落實到經濟社會發展各個環節，全市法治政府建設整體水平穩步提升。根據年度報告制度的規定，現將有關情況報告如下。

一、2021年法治政府建設主要舉措和成效

(一)政府職(zhí)能轉變步伐加快。全市依申請政務服務事項全部納入省網上辦事大廳，“全程網辦”事項佔比由年初的71.6%提高到88.3%，提高16.7個百分點。市本級取消證明材料137項，推行證明事項告知承諾制事項64項。深化商事制度改革，新登記各類市場主體6.82萬戶，同比增長11.4%。全年開展跨部門“雙隨機、一公開”聯合抽查213次，抽查市場主體4516戶，抽查結果全部通過國家企業信用信息公示系統向社會公開。

(二)制度建設質(zhì)量持續提高。市人大常委會審議通過地方性法規2部，市政府制定政府規章1部。規範性文件審查實行“統一登記、統一編號、統一印發”，全年審核市政府及市政府辦公室規範性文件29件，提出審查意見96條；受理各縣(區)政府和市直部門報備文件74件，經審查責令糾正2件。組織開展民法典涉及規章、規範性文件專項清理，共清理文件412件，擬修改18件、廢止23件。

(三)行政決策機制更加健全。制定市政府重大行政決策程序實施細則，公佈年度決策事項目錄7項。對涉及群眾切身利益的中心城區停車收費調整事項，召開聽證會2場，通過網站徵集意見1,260餘條。市政府法律顧問團隊全年審查合同協議318份，列席市政府常務會議24次，提出法律意見和建議570餘條。

(四)嚴格規(guī)範公正文明執(zhí)法。出臺行政執法監(jiān)督辦法，開展行政執法案卷評查，共抽評案卷640卷，優良率85.6%。持續推進綜合行政執法體制改革，組建市級綜合執法隊伍5支，全市鄉鎮(街道)綜合執法機構實現(xiàn)全覆蓋。在市場監(jiān)管、交通運輸、生態環境等領域推行輕微違法行為免罰清單，全年作出不予處罰決定1,147件。全市持有效執法證件人員4,863名，組織執法人員崗位輪訓21期。

(五)社會矛盾糾紛依法化解。全市各級行政復議機關收到復議申請1,015件，依法受理932件，審結876件，直接糾錯121件，直接糾錯率13.8%。全市行政機關負責人出庭應訴率達97.3%，比上年提高9.6個百分點。人民調(tiáo)解組織共調解糾紛2.6萬餘件，調解成功率98.7%。建成縣級公共法律服務中心11個、鄉鎮工作站147個，辦理法律援助案件6,235件。

(六)行政權(quán)力監(jiān)督不斷強化。主動接受人大法律監督、工作監督和政協民主監督，辦理人大代表建議412件、政協提案538件，辦復率均為100%。完成審計項目63個，促進增收節支2.37億元。全市主動公開政府信息16.8萬條，辦理依申請公開1,932件。

(七)突發事件應對能力持續提升。修訂市級專項應急預案12部，指導各縣(區)完成基層應急預案修編。汛期前組織防汛防颱綜合演練9場，參演人員3,400餘人次。嚴格落實安全生產執法檢查計劃，全年檢查生產經營單位1.2萬家次，立案查處違法行為386起。

二、黨政主要負責人履行推進法治建設第一責任人職責情況

市政府主要負責人把法治政府建設擺在全局工作的重要位置，年內主持召開市政府常務會議專題研究法治政府建設議題5次，聽取行政復議體制改革、行政執法協調監督等專項彙報。建立市政府常務會議會前學法制度，全年集體學習法律法規14部。帶頭在年終述職中報告履行推進法治建設第一責任人職責情況，並組織各縣(區)政府和市直部門主要負責人開展述法。落實法治政府建設督察工作規定，對3個縣(區)開展實地督察，發現問題26個，已整改24個。

三、存在的不足和原因

一是部分基層執法人員法律素(sù)養與新時代要求還有差距，執法監督在鄉鎮(街道)層面仍然偏弱，主要原因是培訓的針對性和持續性不夠。二是數字政府建設中部門數(shù)據共享不夠順暢，個別系統重複建設，原因在於統籌協調機制還不完善。三是行政復議案件數量快速增長，復議機構人員配備相對不足。

四、2022年主要工作安排

(一)深入學習貫徹習近平法治思想，把法治政府建設納入全市“十四五”規劃實施的重點任務統籌推進。

(二)持續優化法治化營(yíng)商環境，年內實現高頻政務服務事項“跨省通辦”全覆蓋。

(三)深化行政執法規範化建設，推動執法監督向基層延伸，開展執法質(zhì)量提升年活動。

(四)推進行政復議規範化建設，配齊配強復議人員，提高辦案質(zhì)量和效率。

特此報告。

漳州市人民政府
2022年3月25日

【關閉窗口】　【打印本頁】
掃一掃在手機上查看當前頁面
""")


# ---------------------------------------------------------------------------------------------
# 04 — a township, UTF-16 LE with BOM, addressed to its county government; no shortcomings
# heading (they sit in an unnumbered paragraph); figures in Chinese numerals and 百分之.
# ---------------------------------------------------------------------------------------------
S04 = NOTICE + "\n" + body("""
茅坪镇2020年法治政府建设工作情况报告

秭归县人民政府：

2020年，茅坪镇在县委、县政府的领导下，面对疫情防控和防汛救灾的双重考验，坚持在法治轨道上推进各项工作，把依法行政要求落实到库区移民安置、集镇建设管理和乡村振兴等具体事务中，法治政府建设工作取得新的进展。现将全年工作情况报告如下。

一、2020年法治政府建设工作开展情况

（一）强化组织领导，压实工作责任

镇党委、镇政府调整充实法治政府建设工作领导小组，由镇长任组长，分管副镇长任副组长，镇司法所、综治办、执法中队等八个单位负责人为成员。全年召开党委会、镇长办公会研究法治建设事项七次，将法治建设纳入对各村（社区）和镇直单位的年度目标考核，权重由上年的百分之三提高到百分之五。镇政府主要负责人带头学法、带头述法，在全镇干部大会上专题讲授民法典一次。

（二）依法履行职能，提升服务水平

对照县级部门下放和委托的事项，镇政府逐项梳理形成镇级权责清单，共列明行政权力事项一百零六项、公共服务事项四十二项，在镇政务公开栏和县政府网站同步公布。

镇便民服务中心全年办理各类事项一万二千余件，其中社保、医保、民政等高频事项实现“一窗受理”；推行帮办代办，为辖区企业和困难群众上门代办事项三百四十余件。严格执行财政预算和政府采购制度，全年政府采购项目二十三个，采购金额一千二百余万元，全部通过县级平台公开进行。

镇政府严格按照县里下放事项清单承接审批服务事项，全年未发生超越权限办事的情况；对库区移民后期扶持资金发放实行镇审核、村公示、银行直达的办法，全年发放扶持资金八百六十余万元，公示期内收到群众异议三件，均已核实处理。

（三）规范行政决策，严格依法办事

对集镇污水管网改造、农村公路养护承包等四项重要事项，事前听取村民代表和专业人员意见，经法律顾问合法性审查后提交镇长办公会集体讨论决定。镇法律顾问全年审查合同协议六十一份，提出修改意见九十余条，参与处理涉法信访事项十二件。

（四）加强执法监督，推进严格执法

镇综合执法中队全年开展集镇市容环境、违法建设、河道采砂等专项整治十五次，拆除违法建筑三十二处，面积约四千六百平方米。在疫情防控期间，对农贸市场和沿江码头开展联合检查二百余次，对未落实防控措施的经营户依法责令整改四十七户，未发生因执法不当引发的投诉。

（五）化解矛盾纠纷，维护社会稳定

坚持和发展新时代“枫桥经验”，镇、村两级调解组织全年排查化解各类矛盾纠纷一百六十八起，调解成功一百六十五起，成功率百分之九十八点二。全年受理群众来信来访五十三件，按期办结五十三件，按期办结率百分之百。开展“法律进村”等普法宣传活动三十余场次，发放宣传资料三千余份，受教育群众近八千人次。

（六）依法做好防汛救灾和疫情防控

汛期长江水位持续上涨，镇政府依法启动防汛应急响应，提前转移沿江低洼地带群众二百一十六户、五百八十余人，未发生人员伤亡。疫情防控期间依照县指挥部统一部署实行网格化管理，设立卡口十四个，排查返乡人员四千三百余人次，全部防控措施均在县级授权范围内实施，做到依法防控、科学防控。

（七）推进政务公开，接受群众监督

在镇政府网站专栏和各村公示栏公开财政预决算、惠民补贴发放、工程招投标等信息六百余条。每季度召开一次村务监督委员会主任联席会议，听取对镇政府工作的意见建议，全年收集意见四十一条，已办理反馈四十一条。

（八）加强法治宣传，推进基层依法治理

以“法律明白人”培养工程为抓手，在全镇十二个村（社区）各确定骨干五至八名，由司法所定期集中培训。全镇创建县级民主法治示范村三个，村规民约全部完成合法性把关。

2020年，我镇法治政府建设虽然取得了一定成效，但也还存在一些短板弱项，主要表现在：一是部分镇村干部依法办事意识不够强，遇到问题仍习惯于用行政手段解决；二是镇综合执法中队在编人员只有九名，专业执法力量明显不足；三是村级法律顾问作用发挥不够均衡，少数村一年中仅咨询一两次。产生这些问题，既有基层人员结构方面的客观原因，也有学习培训抓得不够紧的主观原因。

二、2021年工作打算

（一）继续推进学法用法。以民法典宣传为重点，全年组织镇村干部集中学法不少于四次，年底开展一次法律知识测试。

（二）提升执法规范化水平。争取县级部门支持，为执法中队补充两至三名专业人员，推行执法全过程记录。

（三）深化矛盾纠纷源头治理。健全镇、村、组三级排查网络，确保矛盾纠纷调解成功率保持在百分之九十五以上。

（四）强化法治宣传教育。结合“八五”普法启动，打造一个村级法治文化阵地，培养“法律明白人”一百名。

（五）加强执法队伍作风建设。建立执法人员廉政档案，定期开展执法回访，每年回访当事人不少于五十户，回访满意率达到百分之九十以上。

（六）抓好疫情常态化防控中的依法行政。所有防控措施在实施前由镇法律顾问审查，并通过村广播和微信群提前告知群众，严禁擅自设卡、层层加码。

特此报告。

茅坪镇人民政府
2021年1月22日
""")


def mojibake(text: str) -> str:
    """What a UTF-8 text looks like after being read as GBK and saved again (unrecoverable)."""
    return text.encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", "?")


# ---------------------------------------------------------------------------------------------
# 05 — a city department (司法局), UTF-8 with BOM, two recipients, signed after 1 March of the
# next year (late for a department), a sum that does not add up, and a garbled (mojibake) run.
# ---------------------------------------------------------------------------------------------
S05 = NOTICE + "\n" + body("""
绵司〔2023〕15号

绵阳市司法局2022年法治政府建设年度报告

绵阳市人民政府、四川省司法厅：

2022年，绵阳市司法局在市委、市政府和省司法厅的领导下，围绕科技城建设和市域社会治理现代化，统筹抓好行政立法、执法监督、行政复议和公共法律服务等主责主业，各项工作取得新成效。现将我局2022年度法治政府建设情况报告如下。

一、主要举措和成效

（一）推进政府立法和规范性文件监督

配合市人大常委会完成地方性法规草案审查2件，起草并提请审议政府规章1件。严格落实规范性文件“三统一”制度，全年对市政府及市政府办公室拟出台的规范性文件进行合法性审核41件，提出审核意见157条；受理县（市、区）政府和市级部门报备文件96件，及时率100%，纠正存在问题的文件3件。牵头清理涉及营商环境的市政府文件310件，提请废止14件。

（二）统筹行政执法协调监督

制定全市行政执法监督年度计划，对12个市级执法部门开展执法监督检查，发现问题58个，已整改53个。组织全市行政执法案卷评查，共评查案卷1,080卷，优秀率23.7%、合格率96.5%。推动市场监管、交通运输、文化旅游等9个领域公布不予处罚、从轻减轻处罚事项清单，覆盖事项373项。全市新增持证执法人员1,216名，组织线上线下执法培训3.2万余人次。

（三）发挥行政复议化解行政争议主渠道作用

市本级行政复议机构全年收到复议申请687件，受理624件，审结598件，其中调解和解结案104件，调撤率17.39%；直接纠错63件，纠错率10.54%。在各县（市、区）设立行政复议受理点31个，复议申请渠道延伸到乡镇。对复议中发现的共性问题，向有关部门制发行政复议意见书9份。

（四）完善公共法律服务体系

全市建成市、县、乡、村四级公共法律服务实体平台3,382个，12348热线接听群众来电7.6万余个。全年办理法律援助案件1,862件，其中刑事案件734件、民事案件1,021件、行政案件45件，为受援人挽回经济损失约4,300万元。""" + mojibake("法律服务网络平台提供在线咨询") + """锟斤拷，全年在线解答群众问题近12万条。全市公证机构办理公证事项2.8万件，同比增长6.3%。

（五）深化普法和依法治理

印发全市“八五”普法年度工作要点，落实国家机关“谁执法谁普法”普法责任制清单，组织开展宪法宣传周、民法典宣传月等主题活动1,400余场次，发放宣传资料近26万份。培育农村“法律明白人”4,650名，新命名市级民主法治示范村（社区）38个。人民调解组织全年调解矛盾纠纷2.41万件，调解成功率98.3%。

（六）开展法治督察和示范创建

承担市委依法治市办日常工作，对江油市、三台县等5个县（市、区）开展法治政府建设实地督察，下发督察整改通知书5份，督促整改问题41个。指导涪城区、游仙区申报省级法治政府建设示范创建，组织第三方机构对全市9个县（市、区）法治政府建设情况开展评估，评估结果向市委、市政府专题报告。健全法治政府建设年度报告制度，督促全市114个单位在规定时限内公开年度报告，公开率由上年的86%提高到100%。

（七）加强自身依法行政建设

严格执行局机关重大事项集体决策制度，全年局长办公会审议涉法事项27件。局机关规范性文件全部经法制机构审核，年内未出现被上级机关纠正的情况。全局干部参加年度学法考试，参考率和合格率均为100%，其中90分以上的占81.4%。

二、党政主要负责人履行推进法治建设第一责任人职责情况

局党组书记、局长认真履行第一责任人职责，年内主持召开局党组会、局长办公会研究法治建设工作9次，对立法审查、复议案件集体讨论等重大事项亲自把关。带头参加市政府常务会议会前学法，在局机关组织专题学法8次。落实重大执法决定法制审核和集体讨论制度，全年审议重大复议案件43件。年终在市委全面依法治市委员会会议上述法。

此外，我局持续推进律师行业规范发展，全市执业律师达到1,356人，律师事务所98家；全年查处律师违法违规行为4起，对2家律师事务所给予行业处分。

三、存在的不足和原因

一是行政复议案件持续增长，市本级复议工作人员人均办案量超过80件，案多人少矛盾突出；二是县乡两级公共法律服务平台作用发挥不平衡，部分村级工作室服务频次偏低；三是执法监督信息化手段不足，对执法过程的实时监督仍然较弱。原因主要是机构改革后人员编制尚未完全到位，信息化建设投入不足。

四、2023年工作安排

一是推进行政复议体制改革成果巩固，争取增设复议审理岗位，提升案件审理质效。二是开展全市行政执法质量三年行动，年内完成执法人员全员轮训。三是优化公共法律服务网络布局，推动村级法律服务工作室规范化建设。四是持续深化“八五”普法，完成中期评估准备工作。

五、其他需要报告的情况

2022年，我局未发生工作人员违法违纪被查处的情形。局机关在全市政务服务“好差评”中连续12个月保持零差评。

特此报告。

绵阳市司法局
2023年3月10日
""")


# ---------------------------------------------------------------------------------------------
# 06 — a county-level city whose whole body was pasted twice on the web page; page chrome with
# 索引号; a 2015–2020 纲要 goal formula; a rectification part for the previous year's problems.
# ---------------------------------------------------------------------------------------------
S06_CHROME = body("""
索引号：SG00112-0203-2020-000047　　主题分类：政务公开
发布机构：寿光市人民政府办公室　　发布日期：2020-03-27
标题：寿光市2019年度法治政府建设情况报告
字号：大 中 小　　打印　　关闭
""")

S06_BODY = body("""
寿光市2019年度法治政府建设情况报告

2019年，寿光市人民政府按照建设“职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信”法治政府的目标，结合蔬菜产业和乡村振兴发展实际，扎实推进依法行政，各项工作有序开展。现将有关情况报告如下。

一、2018年度法治政府建设存在问题整改情况

针对上年度报告中提出的部分镇街执法人员持证率偏低、规范性文件清理不及时等问题，我市组织镇街执法人员集中培训考试两次，新取得执法证件217人，镇街执法人员持证率由81%提高到96%；建立规范性文件定期清理制度，年内完成两轮集中清理。

二、2019年度主要工作及成效

（一）推进政府职能转变。公布市级行政权力事项3,418项、公共服务事项596项。市政务服务大厅实行“一窗受理、集成服务”，可即办事项比例达到72%。全年新增市场主体1.46万户，同比增长9.8%。

（二）加强制度建设。全年审查市政府规范性文件14件，向潍坊市人民政府和市人大常委会备案14件，备案率100%。清理规范性文件186件，继续有效152件、废止27件、宣布失效7件。

（三）规范重大行政决策。将蔬菜批发市场搬迁、城区供热价格调整等6项事项列入重大行政决策目录管理，均经过合法性审查和集体讨论。市政府法律顾问参与审查合同128份，提出法律意见320余条。

（四）严格行政执法。全市行政执法机关办理行政处罚案件3,962件，其中重大案件经法制审核的有241件。开展案卷评查，评查案卷280卷，合格率93.2%。

（五）化解社会矛盾。全市收到行政复议申请97件，审结91件，其中撤销、变更或确认违法11件。一审行政诉讼案件102件，行政机关负责人出庭应诉88件次。全市调解各类纠纷7,120件，调解成功7,005件，调解成功率98.38%。

（六）强化监督和公开。办理人大代表建议、政协委员提案共311件，满意率98.7%。主动公开政府信息1.2万余条，办理依申请公开事项64件。

三、存在的问题

一是个别部门领导干部运用法治思维推动工作的能力不强；二是基层执法力量依然薄弱，镇街执法装备和经费保障不足；三是法治宣传教育针对性不强，农村群众法治意识有待提高。

四、2020年工作打算

2020年是现行法治政府建设实施纲要的收官之年。我市将对照纲要确定的各项目标任务逐项开展“回头看”，补齐短板：一是完善权责清单动态调整机制；二是推进镇街综合行政执法改革；三是落实行政机关负责人出庭应诉制度，力争出庭应诉率达到90%以上；四是深化“七五”普法，做好总结验收工作。

寿光市人民政府
2020年2月26日
""")

S06 = NOTICE + "\n" + S06_CHROME + "\n" + S06_BODY + "\n" + S06_BODY


# ---------------------------------------------------------------------------------------------
# 07 — a saved government web page (UTF-8): navigation, breadcrumb, sidebar, a TRS_Editor body
# with a table of figures, footer chrome; the plans contain a template placeholder (20XX年).
# ---------------------------------------------------------------------------------------------
S07 = HTML_NOTICE + "\n" + body("""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="肥西县人民政府关于2024年度法治政府建设情况的报告">
<meta name="PubDate" content="2025-03-18 16:20">
<meta name="ContentSource" content="肥西县司法局">
<title>肥西县人民政府关于2024年度法治政府建设情况的报告_法治政府建设年度报告_肥西县人民政府</title>
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div class="header">
  <div class="logo"><a href="/">肥西县人民政府</a></div>
  <ul class="nav">
    <li><a href="/">首页</a></li>
    <li><a href="/xxgk/">信息公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/zjfx/">走进肥西</a></li>
  </ul>
  <div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>
</div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/fzzf/">法治政府建设年度报告</a></div>
<div class="main">
<div class="sidebar">
  <h3>法定主动公开内容</h3>
  <ul>
    <li><a href="/xxgk/ldxx/">领导信息</a></li>
    <li><a href="/xxgk/jgzn/">机构职能</a></li>
    <li><a href="/xxgk/gfxwj/">行政规范性文件</a></li>
    <li><a href="/xxgk/zdjc/">重大行政决策</a></li>
    <li><a href="/xxgk/fzzf/">法治政府建设年度报告</a></li>
    <li><a href="/xxgk/ndbg/">政府信息公开年报</a></li>
  </ul>
</div>
<div class="article">
<h1 class="title">肥西县人民政府关于2024年度法治政府建设情况的报告</h1>
<div class="info">发布时间：2025-03-18 16:20　　信息来源：肥西县司法局　　浏览次数：<span id="hits">927</span>　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor">
<p>（虚构示例：本文由 Fazhi 项目编写，用于演示和测试，不是真实政府文件。）</p>
<p>2024年，肥西县人民政府在县委的坚强领导下，深入贯彻落实习近平法治思想，把法治政府建设作为推动县域高质量发展的基础性工作，以示范创建为牵引，持续提升依法行政能力和水平。现将全年工作情况报告如下。</p>
<p><strong>一、推进法治政府建设的主要举措和成效</strong></p>
<p><strong>（一）持续优化法治化营商环境。</strong>全面实行行政许可事项清单管理，县级清单共列明许可事项357项。深化“高效办成一件事”改革，推出新生儿出生、企业信息变更等重点事项集成服务19项，累计办件2.3万余件。县政务服务中心依申请事项全程网办率达到92.6%，较上年提高4.1个百分点。</p>
<p><strong>（二）提升制度建设和决策质量。</strong>全年审核县政府规范性文件16件、县政府常务会议议题涉法事项73件，审查县政府合同协议205份。县政府重大行政决策事项目录确定的6项决策全部依法履行法定程序，其中2项开展社会稳定风险评估。</p>
<p><strong>（三）推进严格规范公正文明执法。</strong>在全县12个乡镇推行“一支队伍管执法”，乡镇综合执法案件办理量同比增长27%。组织执法人员法律知识培训和考试，参训参考1,460人次，考试合格率99.2%。推行行政执法“首违不罚”“轻微免罚”，全年适用案件318件。主要执法数据见下表：</p>
<table class="data" border="1" cellspacing="0">
<tr><th>指标</th><th>2023年</th><th>2024年</th><th>变化</th></tr>
<tr><td>行政处罚案件（件）</td><td>3,105</td><td>2,876</td><td>同比下降7.4%</td></tr>
<tr><td>重大执法决定法制审核（件）</td><td>164</td><td>198</td><td>增加34件</td></tr>
<tr><td>行政复议新收案件（件）</td><td>142</td><td>171</td><td>同比增长20.4%</td></tr>
<tr><td>一审行政应诉案件（件）</td><td>96</td><td>88</td><td>同比下降8.3%</td></tr>
<tr><td>行政机关负责人出庭应诉率（%）</td><td>96.9</td><td>100</td><td>提高3.1个百分点</td></tr>
</table>
<p><strong>（四）依法化解矛盾纠纷。</strong>县行政复议机构全年审结复议案件163件，其中通过调解、和解方式结案41件，调撤率25.15%。全县各级调解组织调处矛盾纠纷5,380件，调解成功率98.9%。办理法律援助案件1,027件，提供法律咨询约1.9万人次。</p>
<p><strong>二、党政主要负责人履行推进法治建设第一责任人职责情况</strong></p>
<p>县政府主要负责人全年主持召开县政府常务会议专题研究法治政府建设工作5次，组织会前学法10次，在年度工作会议上对法治政府建设作出部署。坚持重大事项先审查后决策，对重点招商项目协议亲自过问合法性审查意见。年底在县委全面依法治县委员会会议上述法，接受评议。</p>
<p><strong>三、存在的不足和原因</strong></p>
<p>一是部分乡镇综合执法人员对新承接事项的法律依据掌握不够全面，执法文书制作不够规范；二是重大行政决策后评估工作刚刚起步，评估结果运用不充分；三是数字化执法监督手段仍然不足。主要原因是基层法治人才引进难、留住难，相关工作经费保障不足。</p>
<p><strong>四、2025年推进法治政府建设的主要安排</strong></p>
<p>（一）巩固示范创建成果，到20XX年底前完成全部县级部门法治建设评估。</p>
<p>（二）推进乡镇综合执法规范化，开展执法案卷交叉评查全覆盖。</p>
<p>（三）建设县级行政执法监督平台，实现执法数据实时汇聚和预警。</p>
<p>（四）做好行政复议法实施工作，提升案件办理质量和公信力。</p>
<p>特此报告。</p>
<p style="text-align:right">肥西县人民政府</p>
<p style="text-align:right">2025年3月12日</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="tools"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="related"><h4>相关链接</h4><ul><li><a href="#">肥西县2023年度法治政府建设情况的报告</a></li><li><a href="#">县政府召开常务会议专题学法</a></li></ul></div>
</div>
</div>
<div class="footer">
  <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
  <p>版权所有：肥西县人民政府　主办：肥西县人民政府办公室</p>
  <p>网站标识码：3401230099　皖ICP备00000000号-1　皖公网安备 34012302000000号</p>
</div>
</body>
</html>
""")


# ---------------------------------------------------------------------------------------------
# 08 — not an annual report: a fictional 工作要点 (work plan) for the coming year. It looks like a
# report (title with a year, 一、 outline, 法治政府建设) but reports nothing done.
# ---------------------------------------------------------------------------------------------
S08 = NOTICE + "\n" + body("""
中共洛阳市委全面依法治市委员会办公室

洛阳市2024年法治政府建设工作要点

为深入学习贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2025年）》，推动全市法治政府建设向纵深发展，结合我市实际，制定本工作要点。

一、总体要求

坚持以习近平法治思想为指导，围绕建设中原城市群副中心城市的目标，以提高依法行政能力为重点，以示范创建为抓手，着力解决行政执法、政务服务和基层治理中的突出问题，确保到2024年底全市法治政府建设主要指标保持全省前列。

二、主要任务

（一）健全政府机构职能体系

1.动态调整市、县两级权责清单，年内完成一次全面梳理。（牵头单位：市委编办；责任单位：各县区政府、市直有关部门）

2.全面推行行政许可事项清单管理，清单之外一律不得违法实施行政许可。（牵头单位：市政务服务和大数据管理局）

3.开展公平竞争审查第三方评估，对新出台政策措施实现审查全覆盖。（牵头单位：市市场监管局）

（二）健全依法行政制度体系

4.科学编制年度立法计划，做好城市管理、历史文化保护领域立法项目的调研论证。（牵头单位：市司法局）

5.严格规范性文件合法性审核和备案审查，备案审查发现问题的纠正率达到100%。（牵头单位：市司法局；责任单位：各县区政府）

6.建立规范性文件动态清理工作机制，上位法修改后及时启动清理。（牵头单位：市司法局）

（三）健全行政决策制度体系

7.各县区政府和市政府部门于3月底前公布年度重大行政决策事项目录。（责任单位：各县区政府、市直有关部门）

8.推进市、县两级政府法律顾问和公职律师工作全覆盖，健全法律顾问参与决策的工作规则。（牵头单位：市司法局）

（四）健全行政执法工作体系

9.深化乡镇（街道）综合行政执法改革，规范赋权事项清单，开展承接能力评估。（牵头单位：市委编办、市司法局）

10.全面落实行政执法“三项制度”，组织全市行政执法案卷评查，案卷合格率不低于95%。（牵头单位：市司法局）

11.推行包容审慎监管，在更多领域编制不予处罚、减轻处罚事项清单。（责任单位：市直各执法部门）

（五）健全矛盾纠纷行政预防调处化解体系

12.贯彻新修订的行政复议法，推动复议案件繁简分流，提升复议调解和解比例。（牵头单位：市司法局）

13.落实行政机关负责人出庭应诉制度，出庭应诉率保持100%。（牵头单位：市司法局；配合单位：市中级人民法院）

14.推进市、县、乡三级矛盾纠纷多元化解中心规范化建设。（牵头单位：市委政法委）

（六）健全行政权力制约和监督体系

15.认真办理人大代表建议和政协委员提案，主动接受民主监督和社会监督。（责任单位：各县区政府、市直有关部门）

16.推进政务公开标准化规范化，提高政策解读质量。（牵头单位：市政府办公室）

（七）健全突发事件应对体系

17.修订完善市级突发事件总体应急预案和专项预案，组织开展跨区域联合演练。（牵头单位：市应急管理局）

18.依法规范应急状态下的行政措施，防止层层加码和“一刀切”。（责任单位：各县区政府）

（八）健全法治政府建设科技保障体系

19.推进市级行政执法监督平台建设，年底前实现与省平台数据对接。（牵头单位：市司法局、市政务服务和大数据管理局）

20.拓展电子证照应用场景，推动高频证照在政务服务和执法检查中“免提交”。（牵头单位：市政务服务和大数据管理局）

（九）加强党对法治政府建设的领导

21.将学习贯彻习近平法治思想纳入各级党委（党组）理论学习中心组年度学习计划，各县区政府常务会议每年学法不少于4次。（责任单位：各县区政府、市直有关部门）

22.组织开展法治政府建设示范创建，指导2个县区争创省级示范。（牵头单位：市委依法治市办）

（十）深入推进法治社会建设

23.实施“八五”普法规划中期评估，落实国家机关“谁执法谁普法”普法责任制清单。（牵头单位：市委宣传部、市司法局）

24.深化“法律明白人”培养工程，每个行政村培养不少于5名“法律明白人”。（牵头单位：市司法局；责任单位：各县区政府）

三、保障措施

（一）加强组织领导。各级党委和政府主要负责人要切实履行推进法治建设第一责任人职责，将本要点任务纳入年度工作计划，明确责任人和完成时限。

（二）强化督察考核。市委依法治市办将适时组织开展法治政府建设督察，督察结果纳入年度综合考核。

（三）按时报告情况。各县区政府、市直各部门要在2025年3月1日前将本单位2024年度法治政府建设情况报告报送市委依法治市办，并在4月1日前通过门户网站向社会公开。

四、工作要求

各县区政府、市直各部门要对照本要点，结合实际制定具体落实措施，于3月15日前报市委依法治市办备案。各牵头单位要加强统筹协调，定期调度工作进展，每半年向市委依法治市办书面报送一次落实情况；责任单位要主动对接，形成工作合力。市委依法治市办将建立要点任务落实台账，实行清单化管理、项目化推进，对工作推进不力、进度明显滞后的单位予以通报，并约谈有关负责人。

中共洛阳市委全面依法治市委员会办公室
2024年2月20日
""")


# ---------------------------------------------------------------------------------------------
# 09 — a county report as a Word document (.docx) whose outline markers are not in the text:
# 一、 … 四、 and （一） … （三） come from automatic numbering (numbering.xml, chineseCounting),
# so a reader must render them. One table of figures (w:tbl) inside the first part.
#
# Light markup, one paragraph per non-blank line: "= " title, "# " first-level heading (numbered
# at ilvl 0), "## " second-level heading (ilvl 1), "|" table row (the first row is the header),
# "> " right-aligned (signature and date); anything else is a body paragraph.
# ---------------------------------------------------------------------------------------------
S09 = NOTICE + "\n" + body("""
= 安吉县2023年法治政府建设年度报告

湖州市人民政府：

2023年，安吉县人民政府在县委的领导和县人大及其常委会的监督下，坚持以习近平法治思想为指导，围绕“两山”理念诞生地高质量发展的目标，把法治政府建设与生态文明建设、共同富裕示范区建设统筹推进，全面落实《法治政府建设实施纲要（2021—2025年）》和省、市年度工作要点，较好完成了全年各项任务。现将有关情况报告如下。

# 推进法治政府建设的主要举措和成效

## 持续优化法治化营商环境

全年调整县级部门权责清单事项286项，其中新增34项、取消22项、变更230项，调整结果在县政府门户网站集中公布。深化“高效办成一件事”改革，上线企业开办、新生儿出生、竹林经营权流转登记等集成办理场景18个，全年办件2.6万余件。全县依申请政务服务事项共1175项，其中1151项实现网上可办，可网办率97.96%。开展公平竞争审查，审查涉及经营主体经济活动的政策措施29件，未发现排除、限制竞争的内容。全年审核县政府及县政府办公室行政规范性文件31件，提出修改意见126条，报备率、及时率均为100%。编制并公布2023年度重大行政决策事项目录，纳入乡村污水处理设施运维管理、城区停车设施规划建设等5项事项，均依法履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。

## 严格规范公正文明执法

深化“大综合一体化”行政执法改革，在各乡镇（街道）推行“一支队伍管执法”，向乡镇（街道）赋予高频执法事项88项，配套制定履职指引。全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，推行包容审慎监管，依法作出不予处罚决定98件、减轻处罚决定39件。全年主要执法数据见下表：

| 指标 | 数量 |
| 行政处罚决定（件） | 1968 |
| 罚没款（万元） | 1325 |
| 重大执法决定法制审核（件） | 146 |
| 不予处罚、减轻处罚决定（件） | 137 |
| 新申领行政执法证（本） | 72 |

组织开展行政执法案卷评查，抽查案卷240卷，合格232卷，合格率96.67%，对不合格案卷逐卷反馈并督促整改。组织执法人员法律知识轮训两期，参训960人次。

## 依法有效化解社会矛盾纠纷

全年收到行政复议申请71件，受理65件，审结60件，其中维持41件、驳回8件、撤销或确认违法6件、调解和解后终止5件，直接纠错率10%。全县发生一审行政诉讼案件27件，行政机关负责人出庭应诉27人次，出庭应诉率100%；已审结22件，败诉1件，败诉率4.55%。依托县社会矛盾纠纷调处化解中心，全年调处各类矛盾纠纷3204件，调解成功3171件，成功率98.97%。在各乡镇（街道）设立“共享法庭”和公共法律服务工作站，村（社区）法律顾问实现全覆盖。办理法律援助案件528件，接待群众法律咨询约7400人次。

# 党政主要负责人履行推进法治建设第一责任人职责情况

县政府主要负责人坚持把法治政府建设与经济社会发展同部署、同推进、同督促、同考核。全年主持召开县政府常务会议专题研究法治政府建设工作5次，审议重大行政决策草案6件；组织县政府常务会议会前学法11次，内容包括新修订的行政复议法、《浙江省生态环境保护条例》等。坚持重大事项先审查后决策，带头出庭应诉行政案件1次。年底在县委全面依法治县委员会会议上述法，并对县政府各部门主要负责人履行法治建设职责情况进行点评。督促县政府各部门主要负责人将履行法治建设第一责任人职责情况列入年终述职内容，全年约谈法治建设推进不力的单位负责人2人。将法治建设成效纳入乡镇（街道）和县级部门年度综合考核。

# 存在的不足和原因

一是乡镇（街道）综合执法力量仍显薄弱，部分执法人员对林业、自然资源等专业领域的法律规定掌握不够，执法文书制作不够规范。二是重大行政决策后评估刚刚起步，评估结果运用不充分。三是执法信息平台与部门业务系统之间数据共享不畅，仍存在重复录入的问题。主要原因是基层法治专业人才引进难、留住难，培训以集中授课为主，跟案指导偏少。

# 2024年主要工作安排

2024年，安吉县人民政府将重点做好以下工作：一是继续优化法治化营商环境，年内新增“一件事”集成办理场景10个以上；二是推进乡镇（街道）综合执法规范化建设，开展“以案代训”和交叉评查，案卷合格率保持在95%以上；三是健全重大行政决策后评估制度，选取2项已实施决策开展后评估；四是贯彻新修订的行政复议法，发挥行政复议化解行政争议主渠道作用，继续保持行政机关负责人出庭应诉全覆盖；五是深化“八五”普法，每个行政村培养“法律明白人”不少于5名。

特此报告。

> 安吉县人民政府
> 2024年3月5日
""")


# ---------------------------------------------------------------------------------------------
# Writing a WordprocessingML package (.docx) with the standard library only.
# ---------------------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# 1980-01-01 is the earliest date a ZIP entry can carry; a fixed stamp keeps the file byte-identical.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

DOCX_CONTENT_TYPES = XML_DECLARATION + """\
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>
"""

DOCX_PACKAGE_RELS = XML_DECLARATION + """\
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
"""

DOCX_DOCUMENT_RELS = XML_DECLARATION + """\
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>
"""

# Fonts and sizes of a government document (GB/T 9704): 仿宋 body at 三号 (16 pt = 32 half-points),
# 小标宋 title at 二号 (22 pt), 黑体 first-level and 楷体 second-level headings.
DOCX_STYLES = XML_DECLARATION + f"""\
<w:styles xmlns:w="{W_NS}">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:before="240" w:after="240"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
"""

# The outline numbering of a Chinese government document: 一、 at level 0 and （一） at level 1, with
# no tab after the number (w:suff nothing) so the heading text follows the marker directly.
DOCX_NUMBERING = XML_DECLARATION + f"""\
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
"""


def docx_run(text: str, bold: bool = False) -> str:
    properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'


def docx_paragraph(text: str, properties: str = "", bold: bool = False) -> str:
    pPr = f"<w:pPr>{properties}</w:pPr>" if properties else ""
    return f"<w:p>{pPr}{docx_run(text, bold)}</w:p>"


def docx_table(rows: list) -> str:
    """A bordered two-column table; the first row is the (bold, repeated) header."""
    widths = (5400, 2600)
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    xml = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           f'<w:jc w:val="center"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           f'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for index, cells in enumerate(rows):
        header = index == 0
        xml.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header else "<w:tr>")
        for column, (cell, width) in enumerate(zip(cells, widths)):
            align = "center" if header or column > 0 else "left"
            cell_properties = f'<w:spacing w:line="400" w:lineRule="exact"/><w:jc w:val="{align}"/>'
            paragraph = docx_paragraph(cell, cell_properties, bold=header)
            xml.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paragraph}</w:tc>')
        xml.append("</w:tr>")
    xml.append("</w:tbl>")
    return "".join(xml)


def docx_document(text: str) -> str:
    """word/document.xml for a text in the light markup described above S09."""
    numbered = '<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="1"/></w:numPr>'
    indented = '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    blocks = []
    table = []
    for line in text.split("\n"):
        if line.startswith("|"):
            table.append([cell.strip() for cell in line.strip().strip("|").split("|")])
            continue
        if table:
            blocks.append(docx_table(table))
            table = []
        if not line:
            continue
        if line.startswith("= "):
            blocks.append(docx_paragraph(line[2:], '<w:pStyle w:val="Title"/>'))
        elif line.startswith("## "):
            blocks.append(docx_paragraph(line[3:], '<w:pStyle w:val="Heading2"/>' + numbered.format(1)))
        elif line.startswith("# "):
            blocks.append(docx_paragraph(line[2:], '<w:pStyle w:val="Heading1"/>' + numbered.format(0)))
        elif line.startswith("> "):
            blocks.append(docx_paragraph(line[2:], '<w:ind w:right="640"/><w:jc w:val="right"/>'))
        elif line == NOTICE or line.endswith("人民政府："):
            blocks.append(docx_paragraph(line))  # the notice and the addressee: flush left
        else:
            blocks.append(docx_paragraph(line, indented))
    if table:
        blocks.append(docx_table(table))
    # A4 portrait with the margins of GB/T 9704 (top 37 mm, left 28 mm), in twentieths of a point.
    section = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
               'w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    return (XML_DECLARATION + f'<w:document xmlns:w="{W_NS}"><w:body>\n' + "\n".join(blocks)
            + f"\n{section}</w:body></w:document>\n")


# 10 — a county report as a PDF (CID font STSong-Light, not embedded, as in many government
# PDFs): paragraphs wrapped at a fixed width and a page number (- 1 -) at the foot of each page,
# so a reader must rejoin the lines and drop the page numbers. Extracting its text needs
# pdftotext with poppler-data.
S10 = NOTICE + "\n" + body("""
婺源县2022年法治政府建设年度报告

上饶市人民政府：

2022年，婺源县人民政府坚持以习近平法治思想为指导，紧扣建设“中国最美乡村”全域旅游示范县的目标，统筹推进法治政府建设各项任务，现将有关情况报告如下。

一、2022年推进法治政府建设的主要举措和成效

（一）深化“放管服”改革。全县依申请政务服务事项共968项，其中942项实现网上可办，可网办率97.31%。推行证明事项告知承诺制，全年以告知承诺方式办理事项1260件。新登记各类经营主体5812户，同比增长8.6%。

（二）严格规范公正文明执法。全年作出行政处罚决定1034件，罚没款846万元；组织行政执法案卷评查，抽查案卷150卷，合格144卷，合格率96%。新申领行政执法证件64本。

（三）依法化解矛盾纠纷。全年收到行政复议申请48件，受理45件，审结42件，其中调解和解结案9件。一审行政诉讼案件19件，行政机关负责人出庭应诉19人次，出庭应诉率100%。各级人民调解组织调解纠纷2316件，调解成功2290件，成功率98.88%。

二、党政主要负责人履行推进法治建设第一责任人职责情况

县政府主要负责人主持召开县政府常务会议专题研究法治政府建设3次，组织会前学法10次，带头出庭应诉行政案件1次，督促各部门主要负责人把履行法治建设职责情况列入年终述职。

三、存在的不足和原因

一是乡镇执法力量与执法任务不相适应；二是部分行政规范性文件起草质量不高，合法性审查退回修改较多；三是法治宣传针对性不强。主要原因是基层法治工作人员少、培训不足。

四、2023年主要工作安排

一是年内新增“一件事一次办”场景8个以上；二是开展执法案卷交叉评查，合格率保持在95%以上；三是落实行政机关负责人出庭应诉全覆盖；四是深化“八五”普法，每个行政村培养“法律明白人”不少于3名。

特此报告。

婺源县人民政府
2023年3月20日
""")


def pdf(text: str) -> bytes:
    """A PDF made the way many government PDFs are: CID font, fixed line width, page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    size, leading, per_line, top, bottom = 12, 22, 36, height - 72, 96
    number, y = 1, top

    def foot() -> None:
        page.setFont("STSong-Light", 10)
        page.drawCentredString(width / 2, 48, f"- {number} -")

    for paragraph in text.split("\n"):
        for line in [paragraph[i:i + per_line] for i in range(0, len(paragraph), per_line)] or [""]:
            if y < bottom:
                foot()
                page.showPage()
                number, y = number + 1, top
            page.setFont("STSong-Light", size)
            page.drawString(72, y, line)
            y -= leading
    foot()
    page.save()
    return buffer.getvalue()


def docx(text: str) -> bytes:
    """A minimal .docx package: fixed entry order and timestamps, deflated, so every run gives the same bytes."""
    parts = [
        ("[Content_Types].xml", DOCX_CONTENT_TYPES),
        ("_rels/.rels", DOCX_PACKAGE_RELS),
        ("word/document.xml", docx_document(text)),
        ("word/_rels/document.xml.rels", DOCX_DOCUMENT_RELS),
        ("word/styles.xml", DOCX_STYLES),
        ("word/numbering.xml", DOCX_NUMBERING),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in parts:
            # Every part must be well-formed XML; a mistake here fails the run, not the reader later.
            xml_dom.parseString(xml.encode("utf-8"))
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the host, so the headers do not depend on it
            info.external_attr = 0o644 << 16
            archive.writestr(info, xml.encode("utf-8"), compresslevel=9)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Writing the files.
# ---------------------------------------------------------------------------------------------
def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


FILES = [
    # (file name, text, encoding, byte-order mark, line ending)
    ("01-county-utf8.txt", S01, "utf-8", b"", "\n"),
    ("02-district-gb18030.txt", S02, "gb18030", b"", "\r\n"),
    ("03-city-big5.txt", S03, "big5hkscs", b"", "\r\n"),
    ("04-township-utf16.txt", S04, "utf-16-le", b"\xff\xfe", "\r\n"),
    ("05-department-utf8bom.txt", S05, "utf-8", b"\xef\xbb\xbf", "\n"),
    ("06-repeated-body.txt", S06, "utf-8", b"", "\n"),
    ("07-webpage.html", S07, "utf-8", b"", "\n"),
    ("08-not-a-report.txt", S08, "utf-8", b"", "\n"),
]

DOCX_FILES = [
    # (file name, text in the light markup described above S09)
    ("09-numbered.docx", S09),
]

PDF_FILES = [
    # (file name, text)
    ("10-county.pdf", S10),
]


def main() -> int:
    OUT.mkdir(exist_ok=True)
    for name, text, encoding, bom, newline in FILES:
        if encoding == "big5hkscs":
            # Only the tone-marked pinyin vowels need HKSCS; every Chinese character is plain Big5.
            stray = {c for c in text if ord(c) > 0x7F and not c.encode("big5", errors="ignore")}
            assert stray <= set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"), stray
        data = bom + text.replace("\n", newline).encode(encoding)
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(text)} characters, {len(data)} bytes, {encoding}{' with BOM' if bom else ''}")
    for name, text in DOCX_FILES:
        data = docx(text)
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(text)} characters, {len(data)} bytes, WordprocessingML (ZIP)")
    for name, text in PDF_FILES:
        data = pdf(text)
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(text)} characters, {len(data)} bytes, PDF")
    return 0


if __name__ == "__main__":
    sys.exit(main())
