/**
 * Generates a long, realistic policy page: gov meta tags, a numbered body whose paragraphs
 * carry deadlines and targets, and optionally many inline nodes per paragraph.
 */
const SENTENCES = [
  '各地要于2024年6月30日前将实施方案报送省卫生健康委。',
  '到2025年，全省二级以上公立医院门诊患者满意度达到90%以上。',
  '家庭医生签约服务覆盖率不低于75%，重点人群签约率达到85%。',
  '请于每季度末前报送工作进展情况，每年12月5日之前报送年度总结。',
  '各级卫生健康行政部门要加强组织领导，完善工作机制，确保各项任务落到实处。',
  '年底前完成基层医疗卫生机构标准化建设任务。',
];

export function buildLargePage(opts: { targetBytes: number; nodesPerParagraph: number }): string {
  const head = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>关于印发全省卫生健康事业发展实施方案的通知 - 某省卫生健康委员会</title>
<meta name="SiteName" content="某省卫生健康委员会"><meta name="ArticleTitle" content="关于印发全省卫生健康事业发展实施方案的通知">
<meta name="PubDate" content="2024-03-01 09:00"><meta name="ContentSource" content="某省卫生健康委员会"></head><body>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<h1>关于印发全省卫生健康事业发展实施方案的通知</h1><p style="text-align:center">某卫发〔2024〕1号</p>
<p>各市卫生健康委，委直属各单位：</p>`;
  const tail = `<p>特此通知。</p><p style="text-align:right">某省卫生健康委员会</p><p style="text-align:right">2024年3月1日</p>
<p>（此件主动公开）</p></body></html>`;
  const parts: string[] = [head];
  let bytes = head.length * 3;
  for (let i = 0; bytes < opts.targetBytes; i++) {
    const sentence = `（${i + 1}）${SENTENCES[i % SENTENCES.length]}`;
    let html: string;
    if (opts.nodesPerParagraph <= 1) html = `<p>${sentence}</p>\n`;
    else {
      const chunk = Math.ceil(sentence.length / opts.nodesPerParagraph);
      const pieces: string[] = [];
      for (let k = 0; k < sentence.length; k += chunk)
        pieces.push(`<span>${sentence.slice(k, k + chunk)}</span>`);
      html = `<p>${pieces.join('')}</p>\n`;
    }
    parts.push(html);
    bytes += Buffer.byteLength(html);
  }
  parts.push(tail);
  return parts.join('');
}
