import { describe, expect, test } from 'vitest';
import { classifyTitle, coreOfTitle } from '../../../src/detect/title-genre';

describe('classifyTitle', () => {
  test.each([
    ['湖南省卫生健康委关于做好2023年基层卫生健康重点工作的通知', 'policy'],
    ['国务院办公厅关于印发深化医药卫生体制改革2023年下半年重点工作任务的通知', 'policy'],
    ['关于进一步改善护理服务行动计划（2023-2025年）的通知', 'policy'],
    ['关于推进健康广西建设的决定', 'policy'],
    ['关于同意设立XX医院的批复', 'policy'],
    ['关于加强基层医疗卫生服务的实施意见（试行）', 'policy'],
    ['湖南省医疗机构依法执业自查管理办法（征求意见稿）', 'policy'],
    ['关于XX问题的复函', 'policy'],
    ['国家卫生健康委关于发布《食品安全国家标准》等的公告', 'policy'],
    ['湖州市卫生健康委员会2023年工作要点', 'work-points'],
    ['《2017年南宁市卫生计生工作要点》', 'unknown'],
    ['在2023年全省卫生健康工作会议上的讲话', 'speech'],
    ['卫生与健康工作会议上的讲话稿篇一', 'speech'],
    ['最新卫生计生工作会议讲话内容 在卫计工作会上的讲话(十一篇)', 'speech'],
    ['《关于做好2023年基层卫生健康重点工作的通知》政策解读', 'interpretation'],
    ['一图读懂《四川省“十四五”卫生健康发展规划》', 'interpretation'],
    ['国家卫生健康委有关负责人就《XX办法》答记者问', 'interpretation'],
    ['关于省政协十二届一次会议第20230156号提案答复的函', 'proposal-reply'],
    ['对十三届全国人大五次会议第1234号建议的答复', 'proposal-reply'],
    ['关于2023年度全省卫生健康系统先进集体和先进个人拟表彰对象的公示', 'publicity-list'],
    ['2023年度卫生系列高级职称评审拟通过人员名单', 'publicity-list'],
    ['北京市卫生健康委员会2023年6月政府采购意向', 'procurement'],
    ['XX医院信息化建设项目竞争性磋商公告', 'procurement'],
    ['XX项目中标结果公告', 'procurement'],
    ['2023年XX市卫生健康委所属事业单位公开招聘工作人员公告', 'announcement'],
    ['湘潭县卫生健康局2022年度部门整体支出绩效自评报告', 'report'],
    ['XX市卫生健康委2022年工作总结', 'report'],
    ['XX市卫生健康委2022年法治政府建设情况的报告', 'report'],
    ['截至9月7日24时新型冠状病毒肺炎疫情最新情况', 'bulletin'],
    ['2022年9月8日湖南省新冠肺炎疫情情况', 'bulletin'],
    ['2023年全省卫生健康工作会议在长沙召开', 'news'],
    ['国务院办公厅印发《关于进一步完善医疗卫生服务体系的意见》', 'news'],
    ['省卫生健康委赴凉山州调研健康扶贫工作', 'news'],
    ['湖南省卫生健康委员会', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (title, genre) => {
    expect(classifyTitle(title)).toBe(genre);
  });
});

describe('coreOfTitle', () => {
  test.each([
    ['关于印发《XX方案》的通知', '关于印发的通知'],
    ['XX实施细则（试行）（2023年修订）', 'XX实施细则'],
    ['讲话稿篇一', '讲话稿'],
    ['XX的通知。', 'XX的通知'],
  ])('%s → %s', (title, core) => {
    expect(coreOfTitle(title)).toBe(core);
  });
});
