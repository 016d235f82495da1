// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { snapshotDocument } from '../../../src/detect/snapshot';
import { collectVisibleText, isHiddenByMarkup } from '../../../src/detect/visible-text';
import { linkedomDocument } from './load-page';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('collectVisibleText', () => {
  test('one line per block, inline runs joined, whitespace collapsed', () => {
    document.body.innerHTML =
      '<div><p>各市州卫生健康委，<span>委直属各单位</span>：</p><p>  一、\u3000总体要求 </p><table><tr><td>索引号：</td><td>000014349/2023-00048</td></tr></table>第一行<br>第二行</div>';
    expect(collectVisibleText(document.body)).toBe(
      '各市州卫生健康委，委直属各单位：\n一、 总体要求\n索引号：\n000014349/2023-00048\n第一行\n第二行',
    );
  });

  test('skips scripts, styles, templates, form controls and hidden elements', () => {
    document.body.innerHTML =
      '<p>正文</p><script>var a = "脚本";</script><style>p{}</style><noscript>请启用脚本</noscript><template><p>模板</p></template><select><option>友情链接</option></select><div hidden>隐藏</div><div style="display: none">也隐藏</div><p>结尾</p>';
    expect(collectVisibleText(document.body, isHiddenByMarkup)).toBe('正文\n结尾');
  });

  test('class-based hiding is respected where styles are computed', () => {
    document.head.innerHTML = '<style>.hide{display:none}</style>';
    document.body.innerHTML = '<p>正文</p><div class="hide">分享到微信</div>';
    const snapshot = snapshotDocument(document, 'https://wjw.hunan.gov.cn/a/t20230101_1.html');
    expect(snapshot.text).toBe('正文');
  });
});

describe('snapshotDocument', () => {
  const html = `<html><head><title> 关于…的通知_通知公告_某卫健委 </title>
    <meta name="ArticleTitle" content="关于…的通知"><meta name="PUBDATE" content="2023-05-12 16:20"><meta name="ColumnName" content="">
    </head><body>
    <ul><li>索引号：430S00/2023-01287</li><li>文号：湘卫发〔2023〕5号</li></ul>
    <p>正文</p>
    <a href="./P0201.docx">附件1.docx</a><a href="javascript:void(0)">打印</a><a href="#top">顶部</a><a href="mailto:a@b.cn">邮件</a>
    <ul><li><a href="/a/t20230101_1.html">关于开展某项工作的通知</a><span>2023-01-01</span></li>
    <li><a href="/a/t20230102_1.html">关于举办某培训班的通知</a><span>[01-02]</span></li>
    <li><a href="/a/t20230103_1.html">短</a><span>2023-01-03</span></li></ul>
    </body></html>`;
  const url = 'https://wjw.example.gov.cn/xxgk/tzgg/202305/t20230512_1.html';

  test.each([
    [
      'happy-dom',
      () => {
        document.documentElement.innerHTML = html.replace(/^<html>|<\/html>$/g, '');
        return document;
      },
    ],
    ['linkedom', () => linkedomDocument(html)],
  ])('reads metas, links, info block and list rows (%s)', (_name, load) => {
    const snapshot = snapshotDocument(load(), url);
    expect(snapshot.url).toBe(url);
    expect(snapshot.title).toBe('关于…的通知_通知公告_某卫健委');
    expect(snapshot.metas).toMatchObject({
      articletitle: '关于…的通知',
      pubdate: '2023-05-12 16:20',
      columnname: '',
    });
    expect(snapshot.links.map((link) => link.href)).toEqual([
      'https://wjw.example.gov.cn/xxgk/tzgg/202305/P0201.docx',
      'https://wjw.example.gov.cn/a/t20230101_1.html',
      'https://wjw.example.gov.cn/a/t20230102_1.html',
      'https://wjw.example.gov.cn/a/t20230103_1.html',
    ]);
    expect(snapshot.infoBlock).toEqual({ 索引号: '430S00/2023-01287', 文号: '湘卫发〔2023〕5号' });
    expect(snapshot.listRowCount).toBe(2);
  });
});

describe('hidden elements without computed style', () => {
  test('class-based hiding inside a matching media rule is honoured, and no element style is computed', () => {
    document.head.innerHTML =
      '<style>@media all { .qr-pop { display: none } } .share { visibility: hidden }</style>';
    document.body.innerHTML =
      '<p>正文</p><div class="qr-pop">扫一扫</div><span class="share">分享到微信</span><p>结尾</p>';
    const view = document.defaultView as Window;
    const original = view.getComputedStyle;
    let calls = 0;
    view.getComputedStyle = ((el: Element) => (
      calls++,
      original.call(view, el)
    )) as typeof view.getComputedStyle;
    try {
      expect(snapshotDocument(document, 'https://wjw.hunan.gov.cn/a/t20230101_1.html').text).toBe(
        '正文\n结尾',
      );
      expect(calls).toBe(0);
    } finally {
      view.getComputedStyle = original;
    }
  });
});
