/**
 * The 「提交」 page: the changed content files, and a form for the editor's name and a message.
 * While validate reports an error the form is not offered; the server refuses the commit anyway.
 */
import { changesTable, type GitOverview } from './git-sections';
import { escapeHtml, renderShell } from './page-shell';

export interface CommitPageState {
  git: GitOverview;
  /** validate's error count on the working copy. */
  errors: number;
  /** The name to fill in (last used on this computer, or what was typed). */
  name: string;
  message?: string;
  /** Why the last 提交 was refused. */
  refused?: string;
  csrfToken: string;
}

function form(state: CommitPageState): string {
  const files = state.git.changes.map((c) => `<input type="hidden" name="file" value="${escapeHtml(c.path)}">`).join('');
  return `<form method="post" action="/commit/">
<input type="hidden" name="token" value="${escapeHtml(state.csrfToken)}">${files}
<label for="bz-name">你的姓名</label>
<p class="hint" id="bz-name-hint">记在这次提交上，让同事知道是谁改的。</p>
<input type="text" id="bz-name" name="name" autocomplete="name" required aria-describedby="bz-name-hint" value="${escapeHtml(state.name)}">
<label for="bz-message">提交说明</label>
<p class="hint" id="bz-message-hint">用一句话写改了什么，例如「新增好人张三」「更正发布稿日期」。</p>
<textarea id="bz-message" name="message" required aria-describedby="bz-message-hint">${escapeHtml(state.message ?? '')}</textarea>
<button type="submit">提交</button>
</form>`;
}

export function renderCommitPage(state: CommitPageState): string {
  const { git } = state;
  const refused = state.refused ? `<p class="alert" role="alert">没有提交：${escapeHtml(state.refused)}</p>\n` : '';
  let body: string;
  if (git.error) body = `<p class="alert">${escapeHtml(git.error)}</p>`;
  else if (git.changes.length === 0)
    body = `<p>没有尚未提交的改动。在编辑器里保存过的改动会列在这里。${git.unpushed.total ? '已提交的改动可以<a href="/publish/">发布</a>。' : ''}</p>`;
  else {
    const gate =
      state.errors > 0
        ? `<p class="alert">检查发现 ${state.errors} 个错误，改正后才能提交。请打开<a href="/check/">「检查」</a>页，按提示改正，保存后再回到这里。</p>`
        : form(state);
    body = `<p>「提交」会把下面这些改动连同你的姓名和说明保存为一个版本，记在这台电脑上的项目文件夹里。只提交 content/ 里的内容文件。提交后，再到<a href="/publish/">「发布」</a>页发布到网站。</p>
${changesTable(git.changes)}
${gate}`;
  }
  return renderShell('提交', '/commit/', `${refused}${body}`);
}
