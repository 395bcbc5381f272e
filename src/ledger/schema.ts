/**
 * What each ledger kind looks like: the fields we read, the header wordings seen for each, and the
 * sheet-name / title words that point to the kind. Recognition scores sheets against this table.
 */
import type { LedgerKind } from "./records";

export interface FieldSpec {
  field: string;
  /** Header wordings, most specific first. Compared after normalizeLabel. */
  headers: string[];
  /** Without this field a sheet cannot be read as the kind. */
  required?: boolean;
  /** Weight of a match in recognition (default 1). Generic words like 日期 count less. */
  weight?: number;
  /** A column of weight 0 that still counts towards the two columns a table needs: it says what the table is. */
  counts?: boolean;
}

export interface KindSpec {
  kind: Exclude<LedgerKind, "facts">;
  label: string; // Chinese name shown in inspect output and the task pane
  /** Words in a sheet name or title row that suggest this kind. */
  hints: string[];
  /** Words that rule the kind out when they are in the sheet name or title. */
  antiHints?: string[];
  fields: FieldSpec[];
  /** Headers that rule the kind out: a 是否省定贫困村 column makes a list of all villages, not of poor ones. */
  antiHeaders?: string[];
  /** Field combinations of which at least one must be present (beyond required). */
  anyOf?: string[][];
}

const DATE = (headers: string[], weight = 0.5): FieldSpec => ({ field: "date", headers, weight });

export const KIND_SPECS: KindSpec[] = [
  {
    kind: "villages",
    label: "行政村清单",
    hints: [
      "行政村清单",
      "村（居）委会",
      "村居委会",
      "村委会名单",
      "行政村名单",
      "行政村",
      "村（居）民委员会",
      "村居名册",
      "村（居）名册",
      "村居名单",
      "村（社区）名单",
      "村（社区）名册",
      "统计用区划代码",
      "城乡划分代码",
      // (…or a 两委 election's results, every committee a row: 村（社区）“两委”换届选举结果统计表.)
      "换届选举结果",
      "换届结果",
      // (…and the towns' villages listed town by town, 镇村名单.)
      "镇村名单",
      "镇村一览",
      "镇村名册",
    ],
    antiHints: ["贫困村清单", "贫困村名单", "站点", "服务站"],
    fields: [
      { field: "town", headers: ["镇（街道）", "镇(街道)", "所属镇街", "所属镇", "镇街", "乡镇", "镇名", "镇", "=街道"], weight: 0.5 },
      {
        field: "name",
        headers: [
          "行政村名称",
          // (建制村 is the official name of a 行政村: the postal bureau's 建制村名称.)
          "建制村名称",
          "建制村",
          "村（居）委会名称",
          "村(居)委会名称",
          "村（居）民委员会名称",
          "村(居)民委员会名称",
          "村（居）委会",
          "村(居)委会",
          "村（居）民委员会",
          "村居名称",
          "村（社区）名称",
          "村(社区)名称",
          // (…or the list of a 街道's villages in one cell, 村（社区）名单.)
          "村（社区）名单",
          "村(社区)名单",
          // (A civil-affairs list of villages and communities, 村（社区） | 类型: its name column.)
          "村（社区）",
          "村(社区)",
          "村（居）名称",
          "村(居)名称",
          "村委会名称",
          "村民委员会名称",
          "行政村",
          "村委会",
          "村民委员会",
          "村名",
          "村庄名称",
          // A bare 名称 under a title naming the list (村（居）名单): only as the whole cell.
          "=名称",
          // The civil-affairs register of 自治组织 codes (基层群众性自治组织…赋码名单): each 村民委员会 by its full name.
          "=组织名称",
          // A place-name register's village part (标准地名录: 标准名称 | 汉语拼音 | 类别 | 所属镇): each committee by its standard name.
          "=标准名称",
          // A list of something every village has one of (农家书屋名录: 书屋名称 | 所在村（社区） | 类别 | 省定贫困村).
          "=所在村（社区）",
          "=所在村(社区)",
          // (A bare 村居 beside 镇街 and 类别: the village or community, 村（居）.)
          "=村居",
          "=村（居）",
          // (…or its name so headed, 村（居）名, beside the civil-affairs 组织类型.)
          "=村（居）名",
          "=村(居)名",
          "=村居名",
        ],
        required: true,
      },
      { field: "type", headers: ["村居类型", "类型", "性质", "村（居）类别", "村类别", "类别", "村/居", "村或居", "组织类型"], weight: 0.7 },
      // (…or an election register's 重点村类型: 省定贫困村, 软弱涣散村, blank for an ordinary village.)
      {
        field: "poor",
        headers: [
          "是否省定贫困村",
          "是否省定相对贫困村",
          "省定贫困村",
          "是否贫困村",
          "贫困村",
          "贫困村类别",
          "帮扶类别",
          "帮扶类型",
          "扶贫类别",
          "重点村类型",
          "重点村类别",
        ],
        weight: 1.5,
      },
      {
        field: "express",
        headers: [
          "快递物流覆盖",
          "物流快递覆盖",
          "是否通快递",
          "快递覆盖",
          "快递是否覆盖",
          "是否快递覆盖",
          "通快递",
          "快递物流通达",
          "快递通达",
          "物流快递通达",
          "快递服务是否通达",
          "快递服务通达",
          // (…or the service named bare, 快递服务 | 已通: the whole header, not a 快递服务站's.)
          "=快递服务",
          "=快递情况",
          "快递进村",
          "快递是否进村",
          "快递物流是否进村",
          "物流快递是否进村",
          "快递到村",
          "快递物流到村",
          "物流快递到村",
          "快递通村",
          // How many couriers reach the village (进村快递品牌数（个）): none is no delivery (read-kinds: readVillage).
          "进村快递品牌数",
          "快递品牌数",
          "通达快递品牌数",
          // (…a postal table's bare 品牌数 after its couriers' ✓ columns.)
          "=品牌数",
          // A survey of what each village's service centre holds (功能设置 over 快递收发点 | 电商服务站): √ a pickup point.
          "快递收发点",
          "快递收发",
          // (…or the way it comes or the point it comes to, 快递服务方式 邮快合作, 村级快递服务点 红朗菜鸟驿站: named, it comes.)
          "快递服务方式",
          "快递服务点",
          "村级快递服务点",
          "快递网点",
          // (…or a postal register of each village's outlet kept as the village list: 快递服务网点名称, — where none.)
          "快递服务网点名称",
          "快递网点名称",
          "快递服务网点",
          // (…or the couriers that reach it, 通达快递企业 | 中国邮政、中通快递; 无 none.)
          "通达快递企业",
          "进村快递企业",
        ],
        weight: 1,
      },
      // A village merged away says so here ("2020年12月已撤并入新楼村").
      { field: "remark", headers: ["备注", "说明", "完成情况"], weight: 0 },
      // The statistics bureau's division codes (统计用区划代码 | 名称 | 城乡分类代码): the code list of every village and
      // community, its names the only other column: it counts as a column without weighing it.
      { field: "divisionCode", headers: ["统计用区划代码", "区划代码", "行政区划代码"], weight: 0, counts: true },
      // A list by town, every village of a town in one cell (read-kinds: villagesListed): its
      // communities in a cell of their own, and the villages without delivery named apart.
      {
        field: "residents",
        headers: [
          "居民委员会（社区）",
          "居民委员会",
          "社区居委会",
          "居委会（社区）",
          "社区（居委会）",
          "社区名单",
          "居委会名单",
          "社区（居委会）名单",
          "社区居民委员会名称",
          "居民委员会名称",
          "社区名称",
          // (…a town a row, its villages in one cell and its communities in the next, 行政村 | 社区.)
          "=社区",
        ],
        weight: 0,
      },
      // …and its poor villages named in a cell of their own (省定贫困村名单 | 高溪村、三江村; — none; read-kinds:
      // villagesListed, which also finds one headed 其中：省定贫困村, no header to recognition).
      { field: "poorNames", headers: ["省定贫困村名单", "省定贫困村名称"], weight: 0 },
      // A 两委 election's results, a row per committee (选举日期 | 党组织书记 | 村（居）委会主任 | 是否“一肩挑”): every
      // committee listed, its election's particulars read as nothing.
      {
        field: "election",
        headers: ["选举日期", "换届日期", "党组织书记", "村（居）委会主任", "村委会主任", "居委会主任", "是否一肩挑", "两委成员", "两委成员人数"],
        weight: 0,
      },
      { field: "notExpress", headers: ["快递未通达的行政村", "未通快递的行政村", "快递未覆盖的行政村", "快递未通达的村", "未通快递的村"], weight: 0 },
    ],
  },
  {
    kind: "poorVillages",
    label: "省定贫困村清单",
    hints: ["省定贫困村", "相对贫困村", "贫困村清单", "贫困村名单"],
    // (A village list has no people in it: a column of ID numbers is a roster's.)
    antiHeaders: [
      "是否省定贫困村",
      "是否贫困村",
      "是否相对贫困村",
      "是否省定相对贫困村",
      "重点村类型",
      "快递覆盖",
      "通快递",
      "是否通快递",
      "快递进村",
      "村居类型",
      "居民委员会（社区）",
      "快递未通达的行政村",
      "身份证号码",
      "身份证号",
      "公民身份号码",
      // (…as a poverty system's export heads it: 证件号码.)
      "证件号码",
      "身份证件号码",
    ],
    fields: [
      { field: "town", headers: ["镇（街道）", "镇(街道)", "所属镇", "镇街", "乡镇", "镇", "镇（乡）", "=街道", "所属街道"], weight: 0.5 },
      // (…or the work teams' posting list, 驻点村: each team sent to a poor village; or the poor villages' solar
      // stations, one a village, 所在村.)
      {
        field: "name",
        headers: ["贫困村名称", "村名", "行政村", "村委会", "村（居）委会", "村名称", "贫困村", "省定贫困村", "=村", "驻点村", "派驻村", "=所在村"],
        required: true,
      },
      // Which kind of helped village it is (省定相对贫困村 / 市级帮扶村): only the province's count (read-kinds: readPoorVillage).
      { field: "category", headers: ["村类别", "村类型", "帮扶类别", "贫困村类别"], weight: 0 },
    ],
  },
  {
    kind: "stations",
    label: "村级电商服务站点清单",
    hints: ["站点", "服务站", "服务点"],
    fields: [
      // (…or the postal regulator's register of parcel outlets kept as the station list: 网点名称.)
      // (…or a carrier's broadband work orders for the stations, its 客户名称 the station: 南调村电商服务站.)
      { field: "name", headers: ["站点名称", "服务站名称", "服务站点名称", "服务点名称", "站点", "网点名称", "招牌内容", "客户名称"], weight: 1.5 },
      {
        field: "village",
        headers: [
          "所在行政村",
          "所在村",
          // (…or an Excel table's cascading drop-down, 所在镇街/村居: "铁铺镇/坑围村委会".)
          "所在镇街/村居",
          "镇街/村居",
          "镇/村",
          "镇／村",
          "所在镇/村",
          "所在村居",
          "所在镇村",
          "所在村镇",
          "所属镇村",
          "镇村",
          "镇（村）",
          "镇、村",
          "所属村",
          "行政村",
          "村名",
          "村委会",
          "村（社区）",
          "村(社区)",
          "村（居）",
          "村(居)",
          "=村",
          // An address that says it holds the village (read-kinds: villageInAddress).
          "站点地址（镇、村）",
          "地址（镇、村）",
          // (A sign-maker's bill for the stations' door signs: 安装地点（村、社区）.)
          "安装地点（村、社区）",
          "安装地点（村）",
          // (A platform's export: 所属区域 as a path, 清远市/英德市/大洞镇/和口村委会, the village its last part.)
          "所属区域",
          "所属地区",
          "所属行政区划",
        ],
      },
      // A system's export placing the station by its village's statistical code, named in the village list (read: villageCodes).
      {
        field: "villageCode",
        headers: ["所在村（社区）代码", "所在村代码", "村（社区）代码", "所在村（居）代码", "所在村区划代码", "村级区划代码"],
        weight: 0,
        counts: true,
      },
      { field: "town", headers: ["所在镇", "镇（街道）", "镇(街道)", "所属镇", "镇街", "乡镇", "镇"], weight: 0.5 },
      { field: "address", headers: ["站点地址", "详细地址", "地址", "装机地址"], weight: 0.7 },
      { field: "contact", headers: ["负责人", "联系人", "站长"], weight: 0.5 },
      { field: "phone", headers: ["联系电话", "电话", "手机号码", "手机"], weight: 0.5 },
      {
        field: "opened",
        // 上线时间: a station system's export, the day the station went live in it.
        headers: [
          "建成日期",
          "挂牌时间",
          "挂牌日期",
          "授牌日期",
          "授牌时间",
          "建成时间",
          "建站时间",
          "开业时间",
          "开业日期",
          "运营时间",
          "投入运营时间",
          "上线时间",
          "上线日期",
          // (…or the day a shop was put to use as a station, 启用时间.)
          "启用时间",
          "启用日期",
          "开通时间",
          "开通日期",
          // A 益农信息社 list kept as the station list (两站合一): the day the e-commerce sign was added, not 益农社认定时间.
          "加挂电商服务站牌时间",
          "加挂站牌时间",
          "加挂时间",
          // …or the post office's 便民服务站 list (加盟日期 | 系统开通日期 | 电商站挂牌日期): only the last names a station.
          "电商站挂牌日期",
          "电商站挂牌时间",
          "电商服务站挂牌日期",
          // (The register's 开办日期, not its 备案日期: the day the outlet opened.)
          "开办日期",
          // (…or a door sign's day put up, on the sign-maker's bill: "招牌安装当日挂牌运营".)
          "招牌安装日期",
          "挂牌安装日期",
          // (An acceptance register's 挂牌运营日期 beside its 验收日期: the day the station opened.)
          "挂牌运营日期",
          "挂牌运营时间",
          // (…or a subsidy roster's 开业运营日期 beside its 计发月份: the day, not the month paid from.)
          "开业运营日期",
          "开业运营时间",
          // (…its own column added to a borrowed list, 挂牌运营日期（补录）, beside the carrier's 竣工时间.)
          "挂牌运营日期（补录）",
          // (…or a construction-progress table's stages, 选址确认 | 装修完成 | 设备到位 | 挂牌运营: the last is the opening.)
          "=挂牌运营",
          "安装日期",
          "开始运营日期",
          "开始运营时间",
          "投入运营日期",
          // (…or an inspection register's 建成投用时间 before its months' columns.)
          "建成投用时间",
          "建成投用日期",
          "投用时间",
          "投用日期",
        ],
        weight: 1.2,
      },
      // A day checked again beside the one typed (建站时间 | 核实后建站时间): where filled, the day that stands (read-kinds: readStation).
      {
        field: "openedVerified",
        headers: ["核实后建站时间", "核实后挂牌时间", "核实后建成时间", "核实建站时间", "核实挂牌时间", "核定建站时间", "更正后建站时间", "更正后挂牌时间"],
        weight: 0,
      },
      { field: "services", headers: ["服务内容", "服务项目"], weight: 0.5 },
      // A list dated by batch, 挂牌批次 第一批 with each batch's day in a small table above it (./batch-days).
      { field: "batch", headers: ["挂牌批次", "建设批次", "建站批次", "批次"], weight: 0 },
      // A station opened apart from its batch says so here ("场地改造，推迟至2021年1月挂牌", read-kinds: readStation).
      { field: "remark", headers: ["备注"], weight: 0 },
      // 已撤销 / 停止运营: a station that no longer runs covers no village (read-kinds: readStation).
      { field: "status", headers: ["运营状态", "站点状态", "经营状态", "状态"], weight: 0 },
      // A list of every village with 已建 / 未建: only the villages with a station are stations.
      // (…or the bureau's own mark on a borrowed register, 商务局标注：村级电商站 是 / 否: only its stations.)
      // (…or a bank's list of its outlets, 是否与村级电商服务站合建: only those sharing a station's room are stations.)
      {
        field: "built",
        // (…or whether a bank's outlet put up the station's sign too, 村级电商服务站 over 是否加挂 | 挂牌时间.)
        headers: [
          "是否建站",
          "建站情况",
          "是否已建站",
          "是否建成",
          "是否村级电商站",
          "村级电商站",
          "是否与村级电商服务站合建",
          "是否与电商服务站合建",
          "是否合建",
          "是否加挂",
          "是否加挂电商站牌",
          "是否加挂站牌",
        ],
        weight: 0,
      },
    ],
    // A list of names only ("水寨镇湖联村电商服务站") names each station's village (read-kinds: villageInStationName).
    anyOf: [["village"], ["name"]],
  },
  {
    kind: "training",
    label: "培训台账",
    hints: ["培训", "签到", "学员"],
    // (A pool of lecturers, 讲师库 | 入库日期, names who may teach: no class held.)
    antiHints: ["讲师库", "师资库", "讲师名录", "专家库"],
    // (A centre's visitors' book, 来访日期 | 姓名 | 身份证号 | 来访事由 | 接待人: who came to see or ask, no class held.)
    antiHeaders: ["来访日期", "来访时间", "来访事由"],
    fields: [
      // (…or a group accident policy's list of the insured, 被保险人, one list a class.)
      // (…or a household's member, 成员姓名, beside its head's, 户主姓名.)
      // (…or an online meeting's export, 用户名（入会昵称）: the name each joined under.)
      { field: "name", headers: ["学员姓名", "参训人员", "姓名", "被保险人", "被保险人姓名", "成员姓名", "入会昵称", "用户昵称"], weight: 0.7 },
      { field: "id", headers: ["身份证号码", "身份证号", "公民身份号码", "身份证件号码", "证件号码", "身份证"], weight: 0.7 },
      // Not required: a sign-in sheet often states its day in the title only (Recognition.titleDate).
      // (A card reader's 读卡时间 is when the trainee came. Not 签到时间: a face-recognition export's holds the time of day only.)
      {
        field: "date",
        headers: [
          "培训日期",
          "培训时间",
          "日期",
          "时间",
          "培训月份",
          "月份",
          "读卡时间",
          "刷卡时间",
          // (…and an online meeting's 入会时间, "2020-10-16 13:40:07": when each joined the class.)
          "入会时间",
          "首次入会时间",
          "实际日期",
          "实际培训日期",
          "实际上课日期",
          "授课日期",
          "上课日期",
          // (A certificate register's days of the class, 2020.12.8-12.10: read at their end.)
          "培训期间",
          "参训期间",
          "培训起止日期",
          "培训起止时间",
          // (A register of classes filed with the labour bureau: 开班日期, read at its 结业日期 where it has one.)
          "开班日期",
          "开班时间",
          // (…or a group accident policy's list of the insured, its 保险期间 the class's day: "2020-12-15 00:00至2020-12-15 24:00".)
          "保险期间",
          "保障期间",
          "保险起止日期",
        ],
        weight: 0.7,
      },
      // …and the day its certificate was handed out, no day of training: named so that 日期 never takes it.
      { field: "certified", headers: ["发证日期", "发证时间", "证书发放日期", "颁证日期"], weight: 0 },
      // An online form's or quiz's export: when each answer was sent, not the session's day — that is the
      // session its answer names ("第2期 2020年12月3日"), else this (rows.ts: date).
      // (…or a register of sign-ups: the day each signed up, 报名日期, the class named in 报名班次 "第1期（11月26日）".)
      { field: "submitted", headers: ["提交答卷时间", "答卷提交时间", "提交时间", "填写时间", "答题时间", "报名日期", "报名时间"], weight: 0 },
      // (…and how long each answer took, 所用时间 "95秒": no day at all.)
      { field: "duration", headers: ["所用时间", "答题用时", "作答用时", "作答时长", "用时"], weight: 0 },
      // A timetable's planned day beside the day the class was held (计划日期 | 实际日期, "同左" the same).
      { field: "plannedDate", headers: ["计划日期", "计划时间", "原定日期", "计划培训日期", "计划上课日期"], weight: 0 },
      // An ID card reader's export: the card's own dates, named so that 日期 never takes them.
      { field: "born", headers: ["出生日期", "出生年月", "出生年月日"], weight: 0 },
      { field: "cardValid", headers: ["有效期限", "证件有效期", "有效期"], weight: 0 },
      // A clerk's check of each row ("重复刷卡，不计", "工作人员测试，非学员"): read-kinds readTraining.
      { field: "remark", headers: ["备注", "核对备注", "说明"], weight: 0 },
      // A class's WeChat group exported as its list: when each joined is no day of training, and the
      // group's owner and admins (the centre's staff, the teacher) are no trainees (read-kinds: readTraining).
      { field: "joined", headers: ["入群时间", "加入时间", "进群时间"], weight: 0 },
      // (…and an online meeting's export, 身份 主持人 / 参会者: the host no trainee.)
      { field: "groupRole", headers: ["群身份", "群角色", "成员身份", "=身份", "=参会身份", "=参会角色", "=用户角色"], weight: 0 },
      // (…or a room's register's 活动内容, beside its 活动类型.)
      { field: "topic", headers: ["培训主题", "培训内容", "培训班次", "培训名称", "期次", "课程", "主题", "班次", "场次", "报名班次", "活动内容"], weight: 1 },
      // The labour bureau's register of every trade's classes (育婴员, 电工, 电子商务师): only the e-commerce
      // trades are e-commerce training (read-kinds: readTraining).
      {
        field: "trade",
        // (…or the poverty system's measures, 措施名称: 农村电商培训 among 家政服务培训, 种养奖补, 公益性岗位.)
        headers: [
          "培训项目（职业／工种）",
          "培训项目（职业/工种）",
          "职业（工种）",
          "职业/工种",
          "职业／工种",
          "培训工种",
          "培训职业",
          "培训职业（工种）",
          "工种",
          "措施名称",
        ],
        weight: 0,
      },
      { field: "poor", headers: ["是否建档立卡贫困户", "是否建档立卡贫困人口", "建档立卡贫困户", "是否贫困户", "贫困户"], weight: 1 },
      {
        field: "personTimes",
        // (参训人员（人次） over its kinds of trainee, 农民 | 返乡青年 | …: counted, not named — its unit
        // keeps it from the name, which takes a bare 参训人员 first.)
        headers: [
          "培训人次",
          "参训人次",
          "人次",
          "参训人数",
          "培训人数",
          "实际人次",
          "实际参训人次",
          "实到人数",
          // (…or a borrowed activity register's 参加人数: the women's federation's classes, each its own row.)
          "参加人数",
          "签到人数",
          "签到人次",
          "参训人员",
          // (…as 参训学员（人，按签到表） on a board-and-lodging bill, beside its staff and meals.)
          "参训学员",
          // (…or a group accident policy's 实际保障人数 after the absent were struck off on the day, not its 投保人数.)
          "实际保障人数",
          // (…or a training school's bill, 核定人次 as the bureau checked it against the sign-ins, not the 申报人次 claimed.)
          "核定人次",
          "到课人数",
          "到课人次",
          // (…or a lecturers' fee sheet kept as the training ledger, its 学员人数（签到） beside each 课时费.)
          "学员人数",
          "学员人次",
          // (…or a lecturers' log's bare 实到, beside its 应到 and 课时: the whole header, not a month's 本月实到.)
          "=实到",
        ],
        weight: 1.2,
      },
      // A register of classes' 结业人数, those who finished, its 备案人数 the ones filed for it: its trainees
      // where no column says who came (recognize: scoreCandidate), never before a 实到人次.
      { field: "graduated", headers: ["结业人数", "结业人次"], weight: 0 },
      // …and the bureau's own check of the sign-ins, 审核确认人次, over the sign-ins it checked (实到人数（签到）).
      { field: "confirmed", headers: ["审核确认人次", "审核确认人数", "确认人次", "核实人次"], weight: 0 },
      // A board-and-lodging bill's meals served (就餐人次, staff's and second meals too): named so that 人次 never takes it.
      { field: "meals", headers: ["就餐人次", "用餐人次", "就餐人数", "用餐人数"], weight: 0 },
      // A session's plan beside what it did (计划人次 | 实际人次): named so that 人次 never takes it.
      {
        field: "planned",
        headers: ["计划人次", "计划人数", "计划培训人次", "应到人数", "预约人数", "报名人数", "投保人数", "申报人次", "备案人数", "=应到", "=计划"],
        weight: 0,
      },
      // A sign-up system's export: only the rows signed in were trained (read-kinds: readTraining).
      // (A bare 签到 column is where trainees sign their names.)
      // (A sign-in system's 考勤状态: 正常 / 迟到 / 早退 / 人工补签 came, 缺勤 did not.)
      // (…or a bus-and-class sheet's 到课签名: the trainee's name, or 未到.)
      // (…and the day of that change, 批改日期, no day of training: named so that 日期 never takes it.)
      { field: "endorsed", headers: ["批改日期", "批改时间", "批单日期"], weight: 0 },
      // (…or the policy's 批改: 批减 struck off on the day, not come; 批增 added.)
      {
        field: "signedIn",
        // (…or an ID-and-face check terminal's 比对结果: 通过, 不通过.)
        headers: [
          "是否签到",
          "签到情况",
          "签到状态",
          "考勤状态",
          "出勤状态",
          "考勤结果",
          "到课签名",
          "到课签到",
          "=到课",
          "到课情况",
          "批改",
          "批改情况",
          "批改类型",
          "比对结果",
          "核验结果",
        ],
        weight: 0,
      },
      // A sign-in sheet's own 签名 column, where each trainee signs: the clerk's 未到 / 请假 there, no one came
      // (read-kinds: readTraining).
      { field: "signature", headers: ["=签名", "=本人签名", "=学员签名", "=签字", "=本人签字", "=签到签名"], weight: 0 },
      // Where the class's sign-in sheets are filed (签到表页码 P1-P4): no sign-in of its own.
      { field: "signInPages", headers: ["签到表页码", "签到页码", "签到表编号"], weight: 0 },
      // A trainee's phone, when the ID and it are typed in each other's columns (read-kinds: idOf).
      { field: "phone", headers: ["联系电话", "电话", "手机号码", "手机"], weight: 0 },
      // A subsidy roster's days attended: 0 is a sign-up who never came (read-kinds: readTraining).
      { field: "daysAttended", headers: ["出勤天数", "实际出勤天数", "出勤（天）", "到课天数"], weight: 0 },
      // An operator's log of all its activities: only the 培训 rows are training (read-kinds: readTraining).
      // (…or a room's booking register's 类别, read apart: read-kinds useColumn.)
      { field: "activity", headers: ["活动类型", "活动类别", "活动形式"], weight: 0 },
      // A session over several days (开始日期 | 结束日期) is dated by its end, as a range is.
      // (…or by the day it ended in a register of classes, 开班日期 | 结业日期.)
      { field: "endDate", headers: ["结束日期", "结束时间", "培训结束日期", "结业日期", "结业时间", "结班日期"], weight: 0 },
      // …and the bureau's check of each class: 退回 (not recognised) and 撤销 (never opened) trained no one.
      // (…or a measure's 状态 in the poverty system: 已取消 took no place.)
      { field: "approval", headers: ["审核状态", "审核结果", "认定状态", "认定结果", "措施状态", "=状态"], weight: 0 },
    ],
    anyOf: [["name"], ["id"], ["personTimes"]],
  },
  {
    kind: "poorPersons",
    label: "建档立卡贫困人口名单",
    // (脱贫户, 脱贫人口: the same people, as 2021's papers call them.)
    hints: ["建档立卡", "贫困人口", "贫困户名单", "贫困户", "脱贫户", "脱贫人口"],
    antiHints: ["培训", "签到"],
    fields: [
      { field: "name", headers: ["姓名", "户主姓名", "贫困人口姓名"], weight: 0.5 },
      { field: "id", headers: ["身份证号码", "身份证号", "公民身份号码", "身份证件号码", "证件号码", "身份证"], required: true },
      // (…or one cell for both, "备注（劳动力、务工情况）": "有劳力，深圳打工" — read-kinds: workInLabourCell.)
      {
        field: "labour",
        headers: ["是否有劳动能力", "有无劳动能力", "劳动能力", "劳动技能", "劳动力状况", "劳动力类型", "劳动力、务工情况", "劳动力及务工情况", "劳动力和务工情况"],
        weight: 1.5,
      },
      // (…or a survey after the Spring Festival, 返岗情况, beside what they did before it, 节前务工情况: that only a
      // reference, named so that 务工情况 never takes it.)
      {
        field: "migrant",
        headers: ["是否外出务工", "是否外出", "外出务工", "务工状态", "是否务工", "务工情况", "务工状况", "返岗情况", "就业状况", "就业状态"],
        weight: 1.5,
      },
      { field: "workedBefore", headers: ["节前务工情况", "春节前务工情况", "节前务工"], weight: 0 },
      { field: "village", headers: ["所在村", "行政村", "村名", "所属村"], weight: 0.3 },
      // A roster kept by household lists the other members in one cell (./household).
      { field: "members", headers: ["家庭成员情况", "家庭成员", "其他家庭成员", "家庭成员信息", "其他成员"], weight: 0.3 },
      // A roster that also says when each person was trained (参训日期, several days with 、): trained on those days.
      { field: "trainedOn", headers: ["参训日期", "参训时间", "参加培训日期", "参加培训时间", "参训日期（多次的用、隔开）"], weight: 0 },
    ],
    anyOf: [["labour"], ["migrant"]],
  },
  {
    kind: "enterprises",
    label: "产业园入驻企业清单",
    hints: ["入驻企业", "产业园", "园区企业"],
    // (A list of firms that signed to come and have not, 意向入驻企业（尚未入驻）, holds no firm of the park.)
    antiHints: ["意向入驻", "尚未入驻", "拟入驻", "意向企业"],
    fields: [
      // (…or a park's lease register, its 承租方: each tenant a firm in the park.)
      // (…or an admission review's applicants, 申请单位: only those admitted and moved in are firms of the park.)
      // (…or the tax bureau's list of the park's taxpayers, 纳税人名称, the bureau's own columns added to it.)
      // (…or a park's bill-sharing table, 户名: the account a tenant pays its water and power under.)
      {
        field: "name",
        // (…or a park's room register's 使用单位, whoever uses each room: a firm, a shared studio, the park's office.)
        headers: ["企业名称", "公司名称", "单位名称", "企业", "承租方", "承租单位", "承租企业", "申请单位", "申请企业", "纳税人名称", "户名", "使用单位"],
        required: true,
      },
      { field: "creditCode", headers: ["统一社会信用代码", "信用代码", "社会信用代码"], weight: 1.2 },
      // (The bureau's 电商企业类型 beside the registry's 行业, which is no type of the rubric's.)
      // (…a registry export's own 企业类型 being the legal form where the clerk added the park's 园区企业类别 beside it.)
      { field: "type", headers: ["园区企业类别", "园区企业类型", "企业类型", "类型", "类别", "业态", "经营业态", "入园类型", "申请业态", "电商企业类型"], weight: 0.8 },
      // A registry export's form of the firm (有限责任公司, 个体工商户): named so that 类型 never takes it.
      { field: "legalForm", headers: ["市场主体类型", "主体类型", "企业性质", "公司类型"], weight: 0 },
      // (A park's lease register: the lease's start is the entry, its end no exit — only 实际退租日期 is.)
      // (入驻 over 合同签订日期 | 实际入驻日期: the day the firm moved in, not the day it signed.)
      {
        field: "entered",
        headers: [
          // (…or a lease register's 实际进场日期, not its 合同起始日 from which the rent runs.)
          "实际进场日期",
          "实际进场时间",
          "进场日期",
          "实际入驻日期",
          "实际入驻时间",
          "入驻日期",
          "入驻时间",
          "入园时间",
          "入园日期",
          "租赁起始日",
          "租赁开始日期",
          "起租日期",
          // (…both words, the second in brackets: 入驻（起租）日期.)
          "入驻（起租）日期",
          "起租（入驻）日期",
          "租期起",
          "签约入驻日期",
          "入孵日期",
          "入孵时间",
        ],
        weight: 1.2,
      },
      // (A park leasing rooms: 退租日期 is when the firm left.)
      {
        field: "left",
        headers: [
          // (…and its 解约日期 where the lease ended early, not the 合同到期日.)
          "解约日期",
          "提前解约日期",
          "解除日期",
          "合同解除日期",
          "实际退出日期",
          "实际退出时间",
          "退出日期",
          "退出时间",
          "迁出日期",
          "迁出时间",
          "退租日期",
          "退租时间",
          "退园日期",
          "退园时间",
          "出园日期",
          "出园时间",
          "退出园区日期",
          "退出园区时间",
          "离园日期",
          "实际退租日期",
          // (An incubator's register: 出孵 — graduated or ended — is leaving the park when the two share the site.)
          "出孵日期",
          "出孵时间",
        ],
        weight: 0.8,
      },
      { field: "status", headers: ["入驻状态", "状态"], weight: 0.5 },
      // A registry export's 核准日期: the day the last change was approved — for a firm 注销 or 迁出, the day it left.
      { field: "approved", headers: ["核准日期", "核准时间"], weight: 0 },
      // "2020.10入驻，2021.6退出" in one cell (read-kinds: readEnterprise).
      {
        field: "movement",
        headers: ["入驻及退出情况", "入驻退出情况", "入驻及退出时间", "入驻/退出", "入驻、退出情况", "进出情况", "变动记录", "变动情况", "入驻变动记录"],
        weight: 1,
      },
      // An agreement's term (2020.7.1-2023.6.30): the firm entered on its first day (read-kinds: readEnterprise).
      { field: "term", headers: ["入驻协议期限", "协议期限", "入驻期限", "租赁期限", "合同期限", "租期"], weight: 0 },
      // The firm's own stay, 2020.10—2021.6 (—至今, or no end: still in): it entered at the start, left at the end.
      { field: "stay", headers: ["入驻期间", "在园期间", "入驻起止时间", "入驻起止日期", "入园期间", "在园时间"], weight: 0 },
      // A change log (变动日期 | … | 变动事项: 入驻 / 退出 / 调整房号 / 续签): one row an event (./change-log).
      // (…or the park's register of events in order, 登记日期 | 企业名称 | 变动事项.)
      { field: "changed", headers: ["变动日期", "变动时间", "变更日期", "变更时间", "签订日期", "登记日期", "发生日期"], weight: 0 },
      // (…or a park's register of the fire-safety letters each firm signs, 签订类型 新签 the day it moved in, 续签 nothing new.)
      { field: "change", headers: ["变动事项", "变动类型", "变动情况", "变更事项", "变动内容", "签订类型"], weight: 0 },
      // A deposit register's refund (退还日期 | 退还原因): the day a firm left when the reason is 退园, else
      // (装修验收合格退还) nothing of the firm's stay (read-kinds: readEnterprise).
      { field: "refunded", headers: ["退还日期", "押金退还日期", "退款日期", "退还时间"], weight: 0 },
      { field: "refundReason", headers: ["退还原因", "退还事由", "退款原因"], weight: 0 },
      // "已迁出（2021.4）" said only in the remarks (read-kinds: readEnterprise).
      { field: "remark", headers: ["备注", "说明"], weight: 0 },
    ],
  },
  {
    kind: "funds",
    label: "资金台账",
    hints: ["资金台账", "资金使用", "资金", "拨付"],
    fields: [
      // (A treasury export's 申请日期 beside its 支付日期: the day it was paid.)
      // A progress table kept one row a month (月份 | 当月拨付 | 累计拨付): each month's payments dated by their month.
      DATE(["拨付日期", "支出日期", "付款日期", "支付日期", "拨付时间", "支付时间", "付款时间", "日期", "拨付月份", "支付月份", "月份"], 0.7),
      // (…or a contract table's 合同名称, its payments written in one cell: ./payments-in-cell.)
      { field: "project", headers: ["项目名称", "资金用途", "用途", "项目", "摘要", "合同名称"], weight: 0.7 },
      { field: "category", headers: ["类别", "类型", "建设内容"], weight: 0.3 },
      {
        field: "amount",
        // 贷方: a fund account kept as a bank-deposit book pays out on the credit side (see ./cash-book).
        headers: [
          "拨付金额",
          // A payment-by-payment list beside the contract and the running total (合同金额 | 本次拨付 | 累计拨付).
          "本次拨付",
          "本次拨付金额",
          // (…or 本次支付 beside 累计支付 and its 累计支付比例.)
          "本次支付",
          "本次支付金额",
          "本期拨付",
          "当月拨付",
          "当月拨付金额",
          "本月拨付",
          "本月拨付金额",
          "当月支出",
          "支出金额",
          // (A 以奖代补 payout sheet's 兑现金额: what was paid, beside the 核定金额 approved.)
          "兑现金额",
          "实际兑现金额",
          // (…or a payment-request book's 实付金额（元） beside the 申请金额（万元） asked.)
          "实付金额",
          "实际支付金额",
          // (…or a spending plan's request beside what was paid under 实际支付: 支付日期 | 支付金额.)
          "支付金额",
          "实拨金额",
          "实际拨付金额",
          "兑付金额",
          "拨付资金",
          "支出资金",
          "拨付(支出)金额",
          "支出(拨付)金额",
          "拨付(支出)",
          "支出(拨付)",
          // A 收入 | 支出 | 余额 cash book: only 支出 pays out.
          "支出",
          "金额",
          "贷方金额",
          "贷方发生额",
          "贷方",
          // A contract table's payments written in one cell, each with its day (./payments-in-cell).
          "已付款情况",
          "付款情况",
          "支付情况",
          "已支付情况",
          "付款记录",
          "支付记录",
          "付款明细",
        ],
        required: true,
        weight: 1.5,
      },
      { field: "voucher", headers: ["凭证号", "凭证编号"], weight: 0.5 },
      // A plan of what is to be paid (用款计划: 计划金额, 申报金额) above the payments: named so that 金额 never takes it.
      // (…and what was approved before it was paid, 核定金额 beside 兑现金额.)
      {
        field: "planned",
        headers: ["计划金额", "计划拨付金额", "计划用款金额", "用款计划金额", "申报金额", "预算金额", "核定金额", "审定金额", "批复金额", "核定奖补金额", "财政批复金额"],
        weight: 0,
      },
      // A book of money in and out (收/支 | 金额 | 单位): the side of each row, the unit of its amount (read-kinds: readFund).
      { field: "flow", headers: ["收/支", "收支", "收/付", "收付", "收支方向", "收支类型"], weight: 0 },
      { field: "amountUnit", headers: ["=单位", "金额单位", "计量单位", "币种单位"], weight: 0 },
      // A payment system's export: a voided or bounced order paid nothing (read-kinds: readFund)…
      { field: "status", headers: ["凭证状态", "支付状态", "拨付状态", "支付令状态", "状态"], weight: 0 },
      // …nor one its remark says was sent back or voided with no day paid ("审批退回…，未支付", read-kinds: readFund)…
      { field: "remark", headers: ["备注", "说明"], weight: 0 },
      // …nor is a payment from other money (市级配套, 县级自筹) one of the special funds'.
      { field: "fundSource", headers: ["资金性质", "资金来源", "资金类别", "资金渠道"], weight: 0 },
      // A voucher journal's account of each line (借 专项支出—… | 贷 银行存款): which line is the payment (read-kinds: readFund).
      { field: "account", headers: ["会计科目", "科目名称", "总账科目", "=科目"], weight: 0 },
      // A cash book's other money columns: named so that 金额 never takes them for payments.
      {
        field: "income",
        headers: [
          "下达(收入)金额",
          "收入(下达)金额",
          "下达金额",
          "收入金额",
          "下达资金",
          "到账金额",
          "收入",
          "结余",
          "余额",
          "结余金额",
          "借方金额",
          "借方发生额",
          "借方",
        ],
        weight: 0,
      },
      // A contract's sum or a running total beside each payment is no payment of its own.
      { field: "notPaid", headers: ["合同金额", "合同价", "预算金额", "未付", "未付金额", "累计拨付率", "拨付率"], weight: 0 },
      // …though a register keeping only the running total after each payment gives them by difference (./running-total).
      {
        field: "runningTotal",
        headers: ["累计拨付", "累计已拨付", "累计拨付金额", "累计支出", "累计已付", "累计已付款", "累计已支付", "累计支付", "累计支付金额"],
        weight: 0,
      },
      // An account book's date: 月 | 日 under a header cell giving the year ("2020年").
      { field: "month", headers: ["=月"], weight: 0 },
      { field: "day", headers: ["=日"], weight: 0 },
    ],
    // A payment has a day or says what it paid for: a 科目余额表 (借方 | 贷方 totals by account) is no ledger.
    anyOf: [["date"], ["month"], ["project"]],
  },
  {
    kind: "reports",
    label: "报送记录（月报）",
    // (…or the city bureau's own 收文登记簿 of what the county sent in.)
    hints: ["报送记录", "月报", "报送", "收文"],
    // (A 培训月报 is training by month, not reports to the city bureau.)
    antiHints: ["经验", "案例", "培训月报", "培训月度"],
    fields: [
      // (A mail client's sent folder: 发送时间 | 收件人 | 主题 | 附件.)
      // (…or a 发文登记簿: 发文字号 | 发文日期 | 文件标题 | 主送.)
      // (…or a task system's export, 粤政易's 我的任务: 任务名称 | 发布单位 | 发布时间 | 截止时间 | 任务状态 | 提交时间.)
      DATE(
        [
          "实际报送时间",
          "实际报送日期",
          "报送日期",
          "报送时间",
          "日期",
          "发送时间",
          "发送日期",
          "发文日期",
          "发文时间",
          "提交时间",
          "提交日期",
          "用印日期",
          // (A fax machine's 通信管理报告: No. | 日期时间 | 对方 | 时长 | 页数 | 模式 | 结果.)
          "日期时间",
          // (…or the province's statistics system's log of what was filed: 报告期 | 填报状态 | 上报时间.)
          "上报时间",
          "上报日期",
          // (…or a reporting system's operation log: 操作时间 | 操作人 | 操作类型 | 报表名称 | 报告期 | 操作结果.)
          "操作时间",
          // (…or the city bureau's own register of what came in, 收文登记簿: 来文单位 | 文件标题 | 收文时间.)
          "收文时间",
          "收文日期",
        ],
        0.8,
      ),
      // The month a report is of (报送月份 2020年8月, sent 2020.9.7): its day when no column says when it went
      // (read-kinds: readReport); beside a 报送日期, the day it went counts for the month sent.
      { field: "period", headers: ["报送月份", "月份", "所属月份", "报表月份", "报告期"], weight: 0.8 },
      // The day a report was due (应报送时间 | 实际报送时间): named so that the day it went is the date.
      // (A task's 发布时间 is when the city asked, not when the county sent.)
      { field: "due", headers: ["应报送时间", "应报送日期", "应报时间", "报送期限", "规定报送时间", "要求报送时间", "要求报送日期", "截止时间", "截止日期"], weight: 0 },
      { field: "asked", headers: ["发布时间", "发布日期", "下发时间"], weight: 0 },
      // (…or a seal-usage register, 用印日期 | 文件（材料）名称 | 发往单位: every paper the bureau stamped.)
      {
        field: "content",
        // (…or an archive file's index, 卷内目录: 件号 | 责任者 | 文号 | 题名 | 日期.)
        headers: [
          "报送内容",
          "内容",
          "标题",
          "报送材料名称",
          "报送材料",
          "邮件主题",
          "主题",
          "文件标题",
          "文件名称",
          "任务名称",
          "文件（材料）名称",
          "材料名称",
          "题名",
          "报表名称",
        ],
        weight: 0.5,
      },
      // A task's state: only a task submitted is a report sent (read-kinds: readReport).
      // (…or a fax's 结果: OK went; NG, 忙, 无应答 did not.)
      // (…or a city system's 审核状态: 未上报 went nowhere; 已退回 went, and was sent again.)
      {
        field: "status",
        // (…or a mail client's sent list, 状态: 已发送 went, 发送失败（退信） did not.)
        headers: [
          "任务状态",
          "办理状态",
          "报送状态",
          "报送情况",
          "结果",
          "发送结果",
          "传送结果",
          "填报状态",
          "上报状态",
          "操作结果",
          "审核状态",
          "发送状态",
          "邮件状态",
          "=状态",
        ],
        weight: 0,
      },
      // An operation log's 操作类型: only a submission (提交) sent anything; a login, a save, an export, the city's
      // 审核通过 none (read-kinds: readReport).
      { field: "action", headers: ["操作类型", "操作"], weight: 0 },
      // (…or the system's attachment column, 附表：电商扶贫情况统计表 | 已填报 / 未填报.)
      {
        field: "poverty",
        headers: ["是否含扶贫统计", "含电商扶贫统计", "扶贫统计", "电商扶贫统计", "电商扶贫数据", "扶贫数据", "附表：电商扶贫情况统计表", "电商扶贫情况统计表"],
        weight: 1.5,
      },
      {
        field: "recipient",
        headers: [
          "报送对象",
          "接收单位",
          "报送至",
          "接收对象",
          "报送机关",
          "报送单位（接收）",
          "主送单位",
          "主送机关",
          "来文单位/主送单位",
          "收件人",
          "收件单位",
          "主送",
          // (A task is reported to the office that set it.)
          "发布单位",
          "发往单位",
        ],
        weight: 0.5,
      },
      // The city bureau's 收文登记簿 names who sent each paper in: the county's bureau, reporting.
      { field: "sender", headers: ["来文单位", "来文机关", "来文单位名称"], weight: 0 },
      // A chat's speaker (发送人 吴海燕（雷州市商务局）): the group's messages, only those saying a report went being one.
      { field: "speaker", headers: ["发送人", "发送者", "发消息人"], weight: 0 },
      // A register of papers in and out (收 / 发): only what went out is a report (read-kinds: readReport).
      { field: "direction", headers: ["收/发", "收发", "收文/发文", "收发文", "收发类型"], weight: 0 },
      // A remark voiding the line (盖章错位，作废): nothing went under it (read-kinds: readReport).
      { field: "remark", headers: ["备注"], weight: 0 },
    ],
  },
  {
    kind: "disclosures",
    label: "信息公开专栏更新记录",
    hints: ["专栏", "信息公开", "公开"],
    // A 宣传报道 list of 标题 | 链接 | 发布日期 has a column log's columns, not its purpose.
    antiHints: ["宣传报道", "媒体报道"],
    // A site monitor's summary, a row per column (更新条数 | 最近更新日期 | 最长未更新间隔): no update log.
    antiHeaders: ["更新条数", "监测期内更新", "最长未更新间隔", "未更新天数"],
    fields: [
      // (A web-evidence certificate list: the page's own 网页显示发布时间, not the day it was preserved, 存证时间.)
      // (…or the bureau's 政务公开 register: 公开日期 | 公开事项 | 公开载体, the 专栏 one carrier among others.)
      // (…or a register of pieces sent to the site: the day it went online, 上网日期, not the day it was sent.)
      DATE(
        [
          "发布日期",
          "更新日期",
          "发布时间",
          "更新时间",
          "日期",
          // (…its day alone, 15日, under a month's line: 发布日.)
          "发布日",
          "网页显示发布时间",
          "页面发布时间",
          "公开日期",
          "公开时间",
          "上网日期",
          "上网时间",
          "操作时间",
          "操作日期",
          // (…or a log a month a row: 月份 | 更新条数 | 主要更新内容.)
          "月份",
          "更新月份",
        ],
        0.8,
      ),
      // How many went up that month, in such a log: a month of 0 had no update (read-kinds: readDisclosure).
      // (更新条数, an anti-header above, is this field only beside a 月份 column: not its first header.)
      { field: "count", headers: ["发布条数", "更新条数", "更新数量", "发布数量", "信息条数"], weight: 0 },
      // (A screenshot log: 截图日期 | 专栏最新一条信息 | 该信息发布日期 — the information and its own day.)
      // (…a government disclosure catalogue's export: 索引号 | 主题分类 | 发布机构 | 成文日期 | 发布日期 | 名称 | 文号.)
      { field: "title", headers: ["标题", "内容", "信息标题", "最新一条信息", "更新信息", "发布信息", "公开事项", "公开内容", "信息名称", "=名称"], weight: 0.5 },
      { field: "column", headers: ["栏目", "所属栏目", "公开载体", "发布载体", "主题分类"], weight: 1.2 },
      { field: "indexNo", headers: ["索引号"], weight: 0, counts: true },
      { field: "link", headers: ["链接", "网址", "网页链接"], weight: 1 },
      // A publishing system's 状态 (已发布 / 草稿 / 待审核): only what was published is an update.
      // (…or a register of approvals' verdict: 审核结果 同意发布 / 退回修改.)
      { field: "status", headers: ["状态", "发布状态", "审核状态", "信息状态", "审核结果"], weight: 0 },
      // A site monitor's check of every page (页面类型 栏目首页 | 子栏目页 | 信息页): only an information page was posted.
      { field: "pageType", headers: ["页面类型", "网页类型"], weight: 0 },
      // A content system's operation log (新建 | 编辑 | 提交审核 | 审核通过 | 发布): only 发布 put a page up.
      { field: "action", headers: ["操作类型", "操作动作", "操作"], weight: 0 },
      // (…its 结果: a 发布 that 失败 put nothing up.)
      { field: "result", headers: ["结果", "操作结果"], weight: 0 },
      // (Counted as a column of the table, no evidence of its kind: a second table's header under a
      // first is known by three such columns.)
      { field: "remark", headers: ["备注", "说明"], weight: 0 },
    ],
  },
  {
    kind: "media",
    label: "宣传报道清单",
    // (舆情: a press-monitoring system's export of what the media wrote.)
    hints: ["宣传报道", "媒体", "报道", "舆情"],
    fields: [
      // (…or a press briefing's register of the outlets invited and what they ran: 媒体单位 | 刊播日期 | 稿件标题.)
      // (A platform's register of pieces submitted: the day it ran is 采用日期, not 投稿日期.)
      // (…or a disc register's 首播日期, not the day the disc was burnt, 刻录日期.)
      // (…or both said at once, 刊发（播出）日期: the day it ran in print or on air.)
      DATE(
        [
          "报道日期",
          "播出日期",
          "发布日期",
          "发布时间",
          "日期",
          "时间",
          "刊播日期",
          "刊发日期",
          "采用日期",
          "上线日期",
          "首播日期",
          "首播时间",
          // (…or a register of the stations' 播出证明: 播出时间, the day and the hour it went out.)
          "播出时间",
          "刊发（播出）日期",
          "播出（刊发）日期",
        ],
        0.5,
      ),
      {
        field: "outlet",
        headers: [
          "媒体名称",
          "媒体",
          "报道媒体",
          "=来源",
          "稿件来源",
          "信息来源",
          "刊发媒体",
          "发布媒体",
          "媒体单位",
          "采用平台",
          "发布平台",
          "电视台",
          "电视台（频道）",
          "播出频道",
          // (A topic plan's 刊播媒体, the outlet that ran it; its 拟投媒体 only where it was sent.)
          "刊播媒体",
          "实际刊播媒体",
          "播出频道／栏目",
          "播出频道/栏目",
          // (A newsroom's register of pieces sent up, 上送平台, where its 采用情况 says which ran.)
          "上送平台",
          "播发平台",
          "播出机构",
        ],
        weight: 1.2,
      },
      // The station's channel or frequency (珠江频道, 广东新闻广播FM91.4): a radio frequency is no television.
      { field: "channel", headers: ["=频道/频率", "=频道／频率", "=频率"], weight: 0 },
      { field: "plannedOutlet", headers: ["拟投媒体", "拟投稿媒体", "计划投稿媒体", "投稿方向"], weight: 0 },
      // Without a 级别 column the level is read from the outlet's name (read-kinds: outletLevel).
      { field: "level", headers: ["媒体级别", "级别", "层级", "媒体类别", "类别"], weight: 1.5 },
      { field: "form", headers: ["形式", "媒体类型", "报道形式", "类型", "载体", "体裁"], weight: 0.7 },
      // (A register of the reports burnt to disc for the reviewers: 电视台（频道） | 栏目 | 节目标题.)
      { field: "title", headers: ["标题", "报道标题", "报道题目", "题目", "内容", "稿件标题", "节目标题", "节目名称"], weight: 0.3 },
      { field: "povertyCase", headers: ["是否电商扶贫典型案例", "电商扶贫典型案例", "扶贫案例"], weight: 1 },
      // 标题 | 链接 | 发布日期 and no 媒体 column: the outlet from the link's site or the title (./media-outlet).
      { field: "link", headers: ["链接", "报道链接", "网址", "网页链接"], weight: 0.5 },
      // A press reception log's day of the interview, not of the report (its 刊播日期): named so that 日期 never takes it.
      { field: "interviewed", headers: ["接待日期", "采访日期", "接待时间", "采访时间"], weight: 0 },
      // An outlet invited to a briefing that ran nothing (是否刊播 ×): no report (read-kinds: readMedia).
      // (…or a correspondents' register's 采用情况: 已刊发, 已播出 ran; 未采用, 待刊 did not.)
      { field: "published", headers: ["是否刊播", "是否刊发", "是否播出", "是否见报", "是否发布", "采用情况", "刊播情况", "采用状态"], weight: 0 },
      // A report a cell, its outlet, day and title together ("【江门日报】2020.12.9 A03版《…》"), under a header
      // listing them: 报道信息（媒体、日期、版面、标题） (read-kinds: readMedia).
      { field: "report", headers: ["报道信息", "报道情况"], weight: 0.3 },
    ],
    anyOf: [["level"], ["outlet"], ["title", "link"], ["report"]],
  },
  {
    kind: "materials",
    label: "经验材料报送记录",
    // (…or the city's commissioned articles, 约稿任务: each sent one a paper to the city's bureau.)
    hints: ["经验材料", "案例总结", "经验", "案例", "约稿"],
    fields: [
      // (Sent by e-mail: 发送时间 | 收件人 | 邮件主题.)
      // (…or the city's 收文登记簿, 收文时间: the day it came in from the county.)
      DATE(["报送日期", "报送时间", "日期", "发送时间", "发送日期", "发文日期", "发文时间", "收文时间", "收文日期"], 0.8),
      // (…or a call for cases answered: 案例名称 | 案例类型 | 报送时间.)
      { field: "title", headers: ["材料名称", "标题", "材料标题", "材料", "邮件主题", "主题", "文件标题", "文件名称", "约稿内容", "案例名称", "案例标题"], weight: 0.7 },
      { field: "unit", headers: ["报送单位", "单位"], weight: 0.5 },
      // (…or the city's table of every county's papers: only the county's own rows are its papers, read-kinds: readMaterial.)
      { field: "county", headers: ["县（市、区）", "县(市、区)", "县区", "县（区）", "县(区)"], weight: 0 },
      { field: "own", headers: ["本县", "本区", "本市", "是否本县", "本县稿件"], weight: 0 },
      // Whom it went to: the rubric counts what was sent to the city's commerce bureau (read-kinds: readMaterial).
      { field: "recipient", headers: ["报送对象", "接收单位", "报送至", "接收对象", "报送机关", "收件人", "收件单位", "主送", "主送单位", "主送机关"], weight: 0.5 },
      // A paper only planned ("拟9月下旬报送，未报"), with no day sent, went nowhere (read-kinds: readMaterial).
      { field: "remark", headers: ["备注", "说明"], weight: 0 },
      // A register of all the desk's government information: only its 经验做法 / 典型案例 are such papers, not its 工作动态.
      { field: "category", headers: ["类别", "信息类别", "材料类别", "信息类型"], weight: 0 },
      // A call for papers answered row by row (通知日期 | 要求报送时间 | 我区报送日期): when the city asked and by
      // when are no day sent.
      { field: "due", headers: ["要求报送时间", "要求报送日期", "应报送时间", "报送期限", "截止时间", "截止日期", "报送时限"], weight: 0 },
      { field: "asked", headers: ["通知日期", "通知时间", "征集时间", "发布时间", "下发时间", "约稿日期"], weight: 0 },
    ],
  },
];

/** Sheet names and title words of a facts / self-assessment sheet. */
export const FACTS_HINTS = ["基本情况", "自评填报", "自评", "参数", "填报"];

export function kindSpec(kind: LedgerKind): KindSpec | undefined {
  return KIND_SPECS.find((k) => k.kind === kind);
}

export function kindLabel(kind: LedgerKind): string {
  return kind === "facts" ? "基本情况与自评填报" : (kindSpec(kind)?.label ?? kind);
}
