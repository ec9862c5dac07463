import type { RequestType } from '../modules/governance/model';

// Templates for the demo city's past incidents: how people in 明湖市 describe what they report, per category.
// `{slot}` takes a word from a shared pool, `[a|b|c]` one of its choices. Wording is shared across categories where
// real reports share it (影响通行, 噪音, 漏水, 安全隐患), so the classifier has real work to do.

export const POOLS: Record<string, readonly string[]> = {
  road: ['幸福路', '和平路', '解放路', '人民路', '建设路', '湖滨路', '望江路', '西溪路', '桂园路', '南山路', '青石路', '文化路', '中山路', '新华路', '学院路', '滨江大道', '明湖大道', '春晖街'],
  estate: ['和平小区', '阳光花园', '春晖小区', '秋实苑', '湖畔家园', '金色家园', '翠苑', '东湖新村', '望江名苑', '桂花园小区', '南山公寓', '青石里', '幸福里', '锦绣华庭', '绿城花园'],
  market: ['东湖农贸市场', '西溪菜市场', '南山综合市场', '桂园生鲜市场', '望江农贸市场', '青石批发市场'],
  park: ['明湖公园', '东湖公园', '滨江公园', '南山森林公园', '桂园游园', '青石广场', '春晖口袋公园'],
  school: ['明湖小学', '东湖中学', '实验幼儿园', '西溪小学', '南山中学'],
  time: ['每天晚上', '凌晨一两点', '早上六点多', '中午', '晚上十点以后', '周末', '最近几天', '这几天', '近一个月', '每天傍晚', '下班高峰'],
  duration: ['一周', '半个月', '两天', '一个多月', '三天', '好几天', '十来天', '两个月'],
  n: ['1', '2', '3', '5', '6', '8', '9', '11', '12', '15', '17', '21', '23', '28'],
  shop: ['烧烤店', '饭店', '歌厅', 'KTV', '酒吧', '麻将馆', '超市', '水果店', '奶茶店', '洗车店', '火锅店', '健身房'],
};

const PREFIXES = ['', '', '', '市民反映：', '来电人反映，', '投诉：', '网格员巡查发现，', '有群众反映，', '我要反映一下，', '您好，'];
const SUFFIXES = ['', '', '希望尽快处理。', '请相关部门核实处理。', '已经反映过多次，一直没人管。', '存在安全隐患，请尽快处理。', '影响很大，请尽快解决。', '谢谢。', '希望有关部门管一管。'];

export interface CategoryTemplates {
  code: string;
  /** Request types people use for it, most frequent first (repeated = likelier). */
  requestTypes: RequestType[];
  texts: string[];
}

export const CATEGORY_TEMPLATES: CategoryTemplates[] = [
  { code: 'appearance.litter', requestTypes: ['complaint', 'report', 'suggestion'], texts: [
    '{road}{estate}门口的垃圾桶[满了|已经溢出来了]，{duration}没人清运，[气味难闻|苍蝇很多]',
    '{park}[草坪|湖边|步道]上[垃圾|塑料袋和饮料瓶]很多，没人打扫',
    '{estate}{n}号楼旁边有人[乱倒|堆放]建筑垃圾和[生活垃圾|旧家具]，{duration}了',
    '{road}沿街[垃圾|落叶和纸屑]没有清扫，环卫[不到位|很久没来]',
    '{market}门口垃圾[成堆|遍地]，[污水横流|气味难闻]，影响环境卫生'] },
  { code: 'appearance.street_vending', requestTypes: ['complaint', 'complaint', 'report'], texts: [
    '{road}{estate}门口有人占道摆摊卖[水果|蔬菜|小吃|衣服]，影响通行',
    '{time}{road}上[流动摊贩|小商贩]很多，占用人行道，[行人只能走机动车道|影响通行]',
    '{school}门口有[流动摊点|小摊贩]卖[烤肠|零食|冷饮]，放学时[堵塞|拥挤]',
    '{market}外面[占道经营|马路市场]严重，[三轮车|摊位]摆到路中间',
    '{shop}在门前[占道经营|出店经营]，桌椅摆满人行道'] },
  { code: 'appearance.illegal_ads', requestTypes: ['complaint', 'report'], texts: [
    '{estate}{n}号楼[楼道|电梯间|单元门]里贴满了[小广告|疏通下水道广告|办证广告]',
    '{road}[电线杆|公交站牌|围墙]上[小广告|牛皮癣]很多，[影响市容|清理不干净]',
    '有人在{road}[乱发传单|乱喷涂号码|乱拉横幅]，影响市容',
    '{shop}门前[广告牌|灯箱|招牌][破损|摇摇欲坠|没有审批]，存在安全隐患'] },
  { code: 'appearance.illegal_building', requestTypes: ['report', 'complaint'], texts: [
    '{estate}{n}号楼[一楼|顶楼]住户[私自搭建|违章搭建][阳光房|棚子|小屋]',
    '{estate}有业主[占用绿地|圈占公共区域][违法建设|私建围墙]，{duration}了',
    '{road}沿街店铺[私自扩建|违章搭建][雨棚|彩钢棚]，影响通行',
    '{estate}{n}号楼有人在[楼顶|露台][加盖|违建]房屋，[存在安全隐患|物业不管]'] },
  { code: 'environment.air', requestTypes: ['complaint', 'report'], texts: [
    '{road}附近[工厂|厂房]{time}排放[黑烟|刺鼻气体|废气]，[气味难闻|呛得睁不开眼]',
    '{estate}附近有人[焚烧垃圾|烧秸秆|焚烧树叶]，[浓烟|烟雾]很大',
    '{road}[工地|搅拌站]扬尘[很大|严重]，没有[洒水|覆盖防尘网]',
    '{shop}[油烟|烧烤油烟]直排，{estate}居民[不敢开窗|气味难闻]'] },
  { code: 'environment.water', requestTypes: ['report', 'complaint'], texts: [
    '{park}[湖水|河道][发黑发臭|有死鱼|漂浮垃圾]',
    '{road}附近[排污口|管道]往河里排[污水|废水]，[水面发黑|气味难闻]',
    '{road}旁边的河道[水质|颜色]异常，[泛白|发绿|有油污]，疑似偷排',
    '{market}的[污水|废水]直接排进[雨水管|河道]'] },
  { code: 'noise.construction', requestTypes: ['complaint', 'complaint', 'report'], texts: [
    '{road}工地{time}还在施工，[打桩|机器轰鸣|切割钢筋][噪音|声音]很大，影响居民休息',
    '{estate}旁边[建筑工地|地铁工地]夜间施工，[噪音|噪声]扰民',
    '{road}[道路施工|管道施工][晚上|凌晨]还在[破路|挖掘]，[噪音|声音]大得睡不着',
    '{estate}{n}号楼有住户装修，[电钻|敲墙]声音{time}都有，噪音扰民'] },
  { code: 'noise.commercial', requestTypes: ['complaint', 'complaint', 'report'], texts: [
    '{road}的{shop}{time}[音响|音乐]开得很大，噪音扰民',
    '{road}{shop}门口[大喇叭|高音喇叭]循环播放[促销广告|叫卖]，噪音很大',
    '{estate}楼下的{shop}{time}[营业|喧哗]，[噪音|声音]影响居民休息',
    '{park}[广场舞|商业演出]音响[声音|噪音]太大，{time}还不停'] },
  { code: 'noise.residential', requestTypes: ['complaint', 'help'], texts: [
    '{estate}{n}号楼楼上住户{time}[拍球|拖椅子|吵闹|唱歌]，噪音影响休息',
    '{estate}邻居家的狗{time}一直[叫|狂吠]，影响居民休息',
    '{estate}{n}号楼有住户{time}[打麻将|聚会喝酒|大声喧哗]，[声音|噪音]很大',
    '{estate}邻居[练琴|放音乐]声音太大，{time}都有'] },
  { code: 'roads.pothole', requestTypes: ['report', 'complaint', 'suggestion'], texts: [
    '{road}[靠近|在]{estate}路段有个大坑，[车辆经过颠簸|电动车容易摔倒]',
    '{road}路面[坑洼不平|破损严重|塌陷]，{duration}了没人修',
    '{road}与{road}交叉口[路面开裂|人行道砖松动|盲道破损]，影响通行',
    '{estate}门口[道路|路面][破损|积坑]，下雨天全是[泥水|积水]'] },
  { code: 'roads.streetlight', requestTypes: ['report', 'complaint'], texts: [
    '{road}路灯[不亮|坏了|一闪一闪]，{time}[一片漆黑|很暗]，存在安全隐患',
    '{estate}门口的路灯{duration}没亮了，晚上[出行不便|走路害怕]',
    '{park}[步道|广场]的[路灯|景观灯][全灭了|坏了好几盏]',
    '{road}路灯[白天也亮着|灯杆倾斜|灯罩掉了]'] },
  { code: 'roads.parking', requestTypes: ['complaint', 'report'], texts: [
    '{road}[乱停车|车辆乱停乱放]严重，[占用人行道|堵住消防通道]，影响通行',
    '{estate}门口[有车辆|有货车]长期[占道停放|停在消防通道]',
    '{school}门口[接送车辆|家长车辆]乱停，造成拥堵',
    '{road}[共享单车|电动车][乱停乱放|堆满人行道]，行人无法通行',
    '{road}有[僵尸车|废弃车辆]停放{duration}没人管'] },
  { code: 'roads.manhole', requestTypes: ['report', 'report', 'complaint'], texts: [
    '{road}[靠近|在]{estate}的窨井盖[丢失|破损|松动]，存在安全隐患',
    '{road}人行道上的井盖[缺了一块|塌陷|翘起来了]，[有人差点掉进去|晚上看不见]',
    '{estate}门口[下水道|井盖]踩上去[响|晃动]，[车一过就哐哐响|很危险]',
    '{road}雨水篦子[丢失|被偷了]，[留下一个洞|存在安全隐患]'] },
  { code: 'roads.flooding', requestTypes: ['report', 'help', 'complaint'], texts: [
    '{road}下雨就积水，[水深到膝盖|车辆熄火|行人无法通行]',
    '{road}[下穿隧道|桥洞]积水严重，[排水不畅|车辆被困]',
    '{estate}门口[雨水|积水]排不出去，{time}[漫进地下车库|淹到一楼]',
    '{road}雨水管道堵塞，一下雨路面积水[几十公分|很深]，影响通行'] },
  { code: 'market.food_safety', requestTypes: ['report', 'complaint'], texts: [
    '在{road}的{shop}吃饭后[拉肚子|食物中毒|呕吐]，怀疑食品不卫生',
    '{market}有摊位卖[过期食品|变质肉类|病死猪肉]',
    '{estate}附近{shop}后厨[卫生很差|老鼠乱窜|用地沟油]',
    '在{road}超市买的[牛奶|面包|熟食][过期了|发霉了|有异物]',
    '{school}附近小卖部卖[三无食品|过期零食]'] },
  { code: 'market.price', requestTypes: ['report', 'complaint'], texts: [
    '{market}[猪肉|蔬菜|鸡蛋]价格[乱涨|不明码标价]，[缺斤短两|秤有问题]',
    '{road}的{shop}[价格欺诈|先低价后加价|结账价格与标价不一致]',
    '{park}停车场[乱收费|收费标准不公示]，收了[二十元|五十元]',
    '{estate}物业[乱收费|多收停车费|收费不公示]，价格不合理'] },
  { code: 'market.unlicensed', requestTypes: ['report', 'report', 'complaint'], texts: [
    '{road}有一家{shop}[无证经营|没有营业执照]，[卫生很差|一直开着]',
    '{estate}{n}号楼有人[在家里开作坊|私设小加工厂|无证行医]',
    '{road}[黑诊所|无证诊所|无照药店]在营业，请查处',
    '{market}旁边[无证|无照]的[黑加油点|黑作坊|废品收购站]，存在安全隐患'] },
  { code: 'housing.property_service', requestTypes: ['complaint', 'complaint', 'suggestion'], texts: [
    '{estate}物业[不作为|服务差|不打扫卫生]，{duration}没人管',
    '{estate}物业[停车管理混乱|门禁坏了不修|保安不在岗]',
    '{estate}物业[擅自涨物业费|公共收益不公开|更换物业有纠纷]',
    '{estate}{n}号楼[楼道灯坏了|单元门坏了|绿化没人修剪]，物业一直拖着不修'] },
  { code: 'housing.elevator', requestTypes: ['complaint', 'report', 'help'], texts: [
    '{estate}{n}号楼电梯[经常坏|困人|运行异响]，存在安全隐患',
    '{estate}{n}号楼电梯停用{duration}了，老人上下楼[很困难|不方便]',
    '{estate}电梯[年检过期|没有维保记录|突然下坠]，很危险',
    '{estate}{n}号楼加装电梯[施工停了|有争议]，希望协调'] },
  { code: 'housing.leak', requestTypes: ['complaint', 'help'], texts: [
    '{estate}{n}号楼楼上[卫生间|厨房]漏水，[渗到我家天花板|墙面发霉]，协商无果',
    '{estate}{n}号楼[外墙|屋顶|楼顶]渗水，下雨天[家里漏水|墙皮脱落]',
    '{estate}{n}号楼[楼道|地下室]水管[破裂|漏水]，物业不修',
    '{estate}新房交付[不到|才]{duration}就[墙面开裂|漏水|窗户渗水]，开发商不处理'] },
  { code: 'facilities.park', requestTypes: ['report', 'suggestion', 'complaint'], texts: [
    '{park}[健身器材|滑梯|秋千]坏了，[小孩玩有危险|存在安全隐患]',
    '{park}[公厕|座椅|护栏][破损|脏乱|锁着不开]，希望维修',
    '{park}[树木|绿化][枯死|倒伏|遮挡路灯]，需要修剪',
    '{park}[步道|凉亭|围栏]损坏{duration}了，没人修',
    '建议{park}[增加座椅|增设公厕|加装照明]'] },
  { code: 'facilities.bus_stop', requestTypes: ['report', 'suggestion', 'complaint'], texts: [
    '{road}公交站[站牌|候车亭|座椅][损坏|倒了|被撞坏]',
    '{road}{estate}站公交车[不进站|经常不停|班次太少]',
    '建议在{road}{estate}附近[增设公交站|增加公交线路|延长末班车]',
    '{road}公交站台[遮阳棚破了|电子站牌不亮|站牌信息过时]'] },
  { code: 'facilities.water_supply', requestTypes: ['help', 'complaint', 'report'], texts: [
    '{estate}{n}号楼[停水|没水]{duration}了，也没有提前通知',
    '{estate}自来水[发黄|有异味|浑浊]，不敢[喝|用]',
    '{estate}[水压太低|高层没水|水管爆裂]，{time}[用不上水|水很小]',
    '{road}[消火栓|供水管道][漏水|爆管]，水流了一地'] },
  { code: 'social.hardship', requestTypes: ['help', 'help', 'enquiry'], texts: [
    '{estate}{n}号楼有一户[生活困难|因病致贫|失业在家]，希望申请[低保|临时救助]',
    '来电人[家里困难|身患重病|独自抚养孩子]，[询问|想申请][救助政策|低保]',
    '{road}[桥洞|公园]有[流浪人员|流浪乞讨人员]，天冷希望救助',
    '{estate}有残疾人[生活无着|无人照顾]，需要帮扶'] },
  { code: 'social.elderly', requestTypes: ['help', 'help', 'enquiry'], texts: [
    '{estate}{n}号楼有[独居老人|空巢老人]{duration}没出门，[担心出事|需要上门看看]',
    '{estate}[高龄老人|失能老人]希望[申请居家养老服务|上门照护|助餐服务]',
    '来电人询问[老年人补贴|高龄津贴|养老服务补贴]怎么申请',
    '{estate}附近的[养老院|老年食堂|日间照料中心][服务差|伙食差|不开门]'] },
  { code: 'social.wages', requestTypes: ['help', 'complaint', 'report'], texts: [
    '{road}[工地|项目]拖欠[农民工|工人]工资{duration}，[老板联系不上|一直拖着不给]',
    '来电人在{road}的{shop}打工，被拖欠工资[两个月|三个月|半年]',
    '[施工队|包工头]拖欠工资，[几十个工人|我们十几个人]讨薪无门',
    '{road}[公司|厂]倒闭，[员工工资|社保]没有结清'] },
];

/** A seeded PRNG (mulberry32): the same seed always gives the same demo city. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** One text from a template: slots filled, choices made, the reporter's phrasing around it. */
export function fillTemplate(random: () => number, template: string, fixed: Readonly<Record<string, string>> = {}): string {
  const body = template.replace(/\{(\w+)\}/g, (_, slot: string) => fixed[slot] ?? pick(random, POOLS[slot] ?? [slot])).replace(/\[([^\]]+)\]/g, (_, choices: string) => pick(random, choices.split('|')));
  const suffix = pick(random, SUFFIXES);
  return `${pick(random, PREFIXES)}${body}${suffix ? `，${suffix}` : '。'}`;
}
